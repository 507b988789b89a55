import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { nonHelpResponsibilityIds } from '../../src/analysis/index.js';
import { mappingProblems } from '../../src/framework/mapping-check.js';
import {
  effectiveCancerAllianceFramework,
  lintFramework,
  parseFramework,
  referenceFrameworkMappings,
  referenceFrameworks,
  type FrameworkMapping,
} from '../../src/framework/index.js';
import { responsibilities, roles } from '../../src/programme/data.js';
import { FrameworkMappingSchema, FrameworkSchema } from '../../src/schemas/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { readRepoFile, referenceYaml } from './helpers.js';

const programme = { roles: roles.map((role) => role.id), responsibilities, notHelp: nonHelpResponsibilityIds };
const versions = ['1.0.0', '1.1.0'] as const;

describe('effectiveCancerAllianceFramework: the current reference, 1.1.0', () => {
  it('is exactly what its YAML file parses to, and is referenceFrameworks["1.1.0"]', () => {
    expect(effectiveCancerAllianceFramework).toEqual(parseFramework(referenceYaml('1.1.0')));
    expect(effectiveCancerAllianceFramework.version).toBe('1.1.0');
    expect(referenceFrameworks['1.1.0']).toBe(effectiveCancerAllianceFramework);
  });

  it('passes every rule of lintFramework with the programme given: no error and no warning', () => {
    expect(lintFramework(effectiveCancerAllianceFramework, programme)).toEqual([]);
  });

  it('names, for every theme, roles with a responsibility that is theirs and is help', () => {
    for (const theme of effectiveCancerAllianceFramework.themes) {
      expect(theme.supportedBy.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const entry of theme.supportedBy) {
        if (typeof entry === 'string') throw new Error(`${theme.id} names the role ${entry} without its responsibility`);
        const statement = responsibilities.find((candidate) => candidate.id === entry.responsibility);
        expect(statement === undefined ? [] : [...statement.roleIds, ...statement.involves]).toContain(entry.role);
        expect(nonHelpResponsibilityIds).not.toContain(entry.responsibility);
        // Each role once per theme, and the alliance's own officers never as its helpers.
        expect(seen.has(entry.role)).toBe(false);
        seen.add(entry.role);
        expect(['alliance-chair', 'alliance-managing-director', 'alliance-chief-medical-officer']).not.toContain(entry.role);
      }
    }
  });
});

describe('referenceFrameworks: every version, frozen', () => {
  it('holds 1.0.0 and 1.1.0, each exactly what its YAML file parses to', () => {
    expect(Object.keys(referenceFrameworks)).toEqual(versions);
    for (const version of versions) {
      expect(referenceFrameworks[version]).toEqual(parseFramework(referenceYaml(version)));
      expect(referenceFrameworks[version].version).toBe(version);
    }
    expect(referenceFrameworks['1.0.0'].themes).toHaveLength(8);
    expect(referenceFrameworks['1.1.0'].themes).toHaveLength(13);
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(referenceFrameworks)).toBe(true);
    const framework = referenceFrameworks['1.0.0'];
    expect(Object.isFrozen(framework.themes[7]?.enablingFactors[4]?.enables)).toBe(true);
    expect(() => {
      (framework.themes as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (referenceFrameworks as Record<string, unknown>)['2.0.0'] = framework;
    }).toThrow(TypeError);
  });

  it('each version has no error with the programme given, and every condition enabled by an enabler', () => {
    for (const version of versions) {
      const framework = referenceFrameworks[version];
      expect(lintFramework(framework, programme).filter((issue) => issue.severity === 'error')).toEqual([]);
      for (const theme of framework.themes) {
        const enabled = new Set(theme.enablingFactors.flatMap((enabler) => enabler.enables));
        expect(theme.conditionsOfSuccess.filter((condition) => !enabled.has(condition.id))).toEqual([]);
        expect([theme.conditionsOfSuccess.length, theme.enablingFactors.length]).toEqual([5, 5]);
      }
    }
  });

  it('1.0.0 names roles only, so that the keyword rule chooses their responsibilities, as when its rounds were answered', () => {
    for (const theme of referenceFrameworks['1.0.0'].themes) for (const entry of theme.supportedBy) expect(typeof entry).toBe('string');
  });

  it('say plainly that they are reference texts, not the official wording', () => {
    for (const version of versions) {
      const { provenance } = referenceFrameworks[version];
      expect(provenance.status).toBe('reference');
      expect(provenance.statement).toMatch(/not public/i);
      expect(provenance.sources.length).toBeGreaterThan(0);
    }
  });
});

describe("referenceFrameworkMappings['1.0.0 to 1.1.0']", () => {
  const mapping = referenceFrameworkMappings['1.0.0 to 1.1.0'];
  const from = referenceFrameworks['1.0.0'];
  const to = referenceFrameworks['1.1.0'];

  it('is exactly what framework-data/mapping-1.0.0-to-1.1.0.yaml parses to, deeply frozen', () => {
    expect(mapping).toEqual(FrameworkMappingSchema.parse(parse(readRepoFile('framework-data/mapping-1.0.0-to-1.1.0.yaml'))));
    expect(Object.keys(referenceFrameworkMappings)).toEqual(['1.0.0 to 1.1.0']);
    expect(isDeepFrozen(referenceFrameworkMappings)).toBe(true);
  });

  it('joins the two versions exactly: every item once, every target once, the new ones listed, continuity consistent', () => {
    expect(mappingProblems(mapping, from, to)).toEqual([]);
    const targets = Object.values(mapping.itemMapping).filter((target) => target !== null);
    expect([Object.keys(mapping.itemMapping).length, targets.length, mapping.newItems.length]).toEqual([80, 73, 57]);
    expect(Object.fromEntries(Object.entries(mapping.continuity).map(([kind, ids]) => [kind, ids.length]))).toEqual({
      same: 27,
      narrowed: 32,
      reframed: 9,
      moved: 5,
      dropped: 4,
      merged: 1,
      split: 2,
    });
    expect(mapping.themeMapping).toEqual({ T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4', T5: 'T5', T6: 'T6', T7: 'T7', T8: 'T8' });
    expect(mapping.newThemes).toEqual(['T9', 'T10', 'T11', 'T12', 'T13']);
    // The items the outside review named.
    expect(Object.fromEntries(['T1.E4', 'T2.E5', 'T3.C1', 'T4.C2', 'T6.C5', 'T7.C4', 'T8.E2', 'T6.C2', 'T6.C3'].map((id) => [id, mapping.itemMapping[id]]))).toEqual({
      'T1.E4': null,
      'T2.E5': null,
      'T3.C1': null,
      'T4.C2': null,
      'T6.C5': null,
      'T7.C4': null,
      'T8.E2': null,
      'T6.C2': 'T9.C1',
      'T6.C3': 'T11.C1',
    });
  });

  it('the check finds each kind of fault in a mapping', () => {
    const broken = (change: (copy: { -readonly [K in keyof FrameworkMapping]: unknown }) => void): string[] => {
      const copy = JSON.parse(JSON.stringify(mapping)) as { -readonly [K in keyof FrameworkMapping]: unknown };
      change(copy);
      return mappingProblems(copy as FrameworkMapping, from, to);
    };
    const items = (copy: { itemMapping: unknown }) => copy.itemMapping as Record<string, string | null>;
    expect(
      broken((copy) => {
        delete items(copy)['T1.C1'];
      }),
    ).toEqual(['item T1.C1 of 1.0.0 is not mapped', 'no item of 1.0.0 is mapped to T1.C1, which the new items do not list']);
    expect(
      broken((copy) => {
        items(copy)['T1.C2'] = 'T1.C1';
      }),
    ).toEqual([
      'items T1.C1 and T1.C2 are both mapped to T1.C1',
      'no item of 1.0.0 is mapped to T1.C2, which the new items do not list',
      'T1.C2 is retired but 1.1.0 uses the id T1.C2 again',
    ]);
    expect(
      broken((copy) => {
        items(copy)['T1.E4'] = 'T1.E9';
      }),
    ).toEqual(['item T1.E4 is mapped to T1.E9, which 1.1.0 does not have', 'T1.E4 is dropped in continuity but mapped to T1.E9']);
    expect(
      broken((copy) => {
        copy.from = { id: 'effective-cancer-alliance', version: '0.9.0' };
      }),
    ).toEqual(['from is effective-cancer-alliance 0.9.0, not effective-cancer-alliance 1.0.0']);
    expect(
      broken((copy) => {
        copy.newThemes = ['T9', 'T10', 'T11', 'T12'];
      }),
    ).toEqual(['no theme of 1.0.0 is mapped to T13, which the new themes do not list']);
    expect(
      broken((copy) => {
        const continuity = copy.continuity as Record<string, string[]>;
        continuity['same'] = continuity['same']!.filter((id) => id !== 'T1.C4');
        continuity['moved'] = [...continuity['moved']!, 'T1.C4'];
      }),
    ).toEqual(['T1.C4 is moved in continuity but mapped to T1.C4 in theme T1']);
  });
});

describe('framework.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run npm run generate if this fails)', () => {
    const shipped = JSON.parse(readRepoFile('framework-data/framework.schema.json')) as Record<string, unknown>;
    const fresh = JSON.parse(JSON.stringify(z.toJSONSchema(FrameworkSchema, { io: 'input', target: 'draft-2020-12' }))) as Record<string, unknown>;
    const { $id, title, description, ...generated } = shipped;
    expect(typeof $id).toBe('string');
    expect(typeof title).toBe('string');
    expect(typeof description).toBe('string');
    expect(generated).toEqual(fresh);
  });

  it('names every top-level key of a framework file, and forbids others', () => {
    const shipped = JSON.parse(readRepoFile('framework-data/framework.schema.json')) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(Object.keys(shipped.properties)).toEqual(expect.arrayContaining(['id', 'version', 'provenance', 'scales', 'defaultTarget', 'themes']));
    expect(shipped.additionalProperties).toBe(false);
    expect(shipped.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'provenance', 'scales', 'defaultTarget', 'themes']));
  });

  it('takes a supportedBy entry as a role id, or as a role with its responsibility and nothing else', () => {
    const shipped = JSON.parse(readRepoFile('framework-data/framework.schema.json')) as {
      properties: { themes: { items: { properties: { supportedBy: { items: { anyOf: { type: string; additionalProperties?: boolean; required?: string[] }[] } } } } } };
    };
    const entry = shipped.properties.themes.items.properties.supportedBy.items.anyOf;
    expect(entry.map((option) => option.type)).toEqual(['string', 'object']);
    expect(entry[1]).toMatchObject({ additionalProperties: false, required: ['role', 'responsibility'] });
  });
});
