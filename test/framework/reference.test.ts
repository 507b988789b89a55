import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { effectiveCancerAllianceFramework, lintFramework, parseFramework } from '../../src/index.js';
import { roles } from '../../src/programme/data.js';
import { FrameworkSchema } from '../../src/schemas/index.js';
import { readRepoFile, referenceYaml } from './helpers.js';

describe('effectiveCancerAllianceFramework', () => {
  it('is exactly what the YAML file parses to: the YAML stays the single source', () => {
    expect(effectiveCancerAllianceFramework).toEqual(parseFramework(referenceYaml()));
  });

  it('is deeply frozen', () => {
    const framework = effectiveCancerAllianceFramework;
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.themes)).toBe(true);
    expect(Object.isFrozen(framework.themes[7]?.enablingFactors[4]?.enables)).toBe(true);
    expect(Object.isFrozen(framework.scales[0]?.levels[0])).toBe(true);
    expect(() => {
      (framework.themes as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('passes its own lint, with every condition enabled by at least one enabler', () => {
    expect(lintFramework(effectiveCancerAllianceFramework)).toEqual([]);
    // Every role it names is one of the bundled programme's: the check lives with whoever knows the roles.
    expect(lintFramework(effectiveCancerAllianceFramework, { roles: roles.map((role) => role.id) })).toEqual([]);
    for (const theme of effectiveCancerAllianceFramework.themes) {
      const enabled = new Set(theme.enablingFactors.flatMap((enabler) => enabler.enables));
      expect(theme.conditionsOfSuccess.filter((condition) => !enabled.has(condition.id))).toEqual([]);
      expect(theme.supportedBy.length).toBeGreaterThan(0);
    }
  });

  it('says plainly that it is a reference text, not the official wording', () => {
    const { provenance } = effectiveCancerAllianceFramework;
    expect(provenance.status).toBe('reference');
    expect(provenance.statement).toMatch(/not public/i);
    expect(provenance.sources.length).toBeGreaterThan(0);
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
});
