import { describe, expect, it } from 'vitest';
import { FrameworkError, parseFramework, safeParseFramework, type FrameworkIssue } from '../../src/index.js';
import { minimalYaml, referenceYaml, sevenThemesYaml } from './helpers.js';

/** Parses text that must fail, and returns its issues. */
function issuesOf(text: string, roles?: readonly string[]): readonly FrameworkIssue[] {
  const result = safeParseFramework(text, { file: 'f.yaml', roles });
  if (result.success) throw new Error('expected the framework to be refused');
  return result.error.issues;
}

describe('parseFramework', () => {
  it('parses a valid file, fills defaults and freezes the result', () => {
    const framework = parseFramework(minimalYaml);
    expect(framework.id).toBe('tiny');
    expect(framework.themes[0]?.conditionsOfSuccess[0]?.weight).toBe(1);
    expect(framework.themes[0]?.conditionsOfSuccess[1]).toEqual({ id: 'T1.C2', text: 'Another behaviour.', weight: 1 });
    expect(framework.scales[0]?.dontKnow.label).toBe("Don't know");
    expect(Object.isFrozen(framework.themes[0]?.enablingFactors[0]?.enables)).toBe(true);
  });

  it('parses the reference framework 1.0.0: eight themes, five levels, target 4', () => {
    const framework = parseFramework(referenceYaml('1.0.0'));
    expect(framework.themes.map((theme) => theme.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect(framework.themes.map((theme) => theme.title)).toEqual([
      'Shared vision, strategy and planning',
      'Leadership, governance and accountability',
      'System partnerships and relationships',
      'Clinical leadership and engagement',
      'Transformation funding and programme delivery',
      'Data, evidence and insight',
      'Team capacity, capability and development',
      'Learning, improvement and sharing good practice',
    ]);
    for (const theme of framework.themes) {
      expect(theme.conditionsOfSuccess.length).toBeGreaterThanOrEqual(4);
      expect(theme.enablingFactors.length).toBeGreaterThanOrEqual(4);
      theme.conditionsOfSuccess.forEach((item, i) => expect(item.id).toBe(`${theme.id}.C${i + 1}`));
      theme.enablingFactors.forEach((item, i) => expect(item.id).toBe(`${theme.id}.E${i + 1}`));
    }
    expect(framework.scales[0]?.levels.map((level) => `${level.value} ${level.label}`)).toEqual(['1 Not started', '2 Emerging', '3 Developing', '4 Maturing', '5 Thriving']);
    expect(framework.defaultTarget).toBe(4);
    expect(framework.provenance.status).toBe('reference');
    expect(framework.provenance.statement).toMatch(/not public/);
  });

  it('parses the reference framework 1.1.0: thirteen themes of 5 + 5 items, each supporter with its responsibility', () => {
    const framework = parseFramework(referenceYaml('1.1.0'));
    expect(framework.version).toBe('1.1.0');
    expect(framework.themes.map((theme) => theme.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13']);
    expect(framework.themes.slice(8).map((theme) => theme.title)).toEqual([
      'Earlier diagnosis and screening',
      'Faster diagnosis and treatment pathways',
      'Reducing inequalities in cancer',
      'Personalised care and patient experience',
      'The cancer workforce',
    ]);
    for (const theme of framework.themes) {
      expect([theme.conditionsOfSuccess.length, theme.enablingFactors.length]).toEqual([5, 5]);
      for (const entry of theme.supportedBy) {
        if (typeof entry === 'string') throw new Error(`${theme.id} names ${entry} without its responsibility`);
        expect(entry.role).toMatch(/^[a-z-]+$/);
        expect(entry.responsibility).toMatch(/^[A-Z]+\d+$/);
      }
    }
    expect(framework.themes[0]?.supportedBy).toEqual([
      { role: 'regional-team', responsibility: 'RT2' },
      { role: 'national-team', responsibility: 'NT1' },
      { role: 'stp-ics', responsibility: 'STP1' },
    ]);
    expect(framework.scales[0]?.levels.map((level) => level.value)).toEqual([1, 2, 3, 4, 5]);
    expect(framework.defaultTarget).toBe(4);
  });

  it('parses a framework with seven themes and a four-level scale starting at 0', () => {
    const framework = parseFramework(sevenThemesYaml());
    expect(framework.themes).toHaveLength(7);
    expect(framework.scales[0]?.levels.map((level) => level.value)).toEqual([0, 1, 2, 3]);
    expect(framework.themes[0]?.conditionsOfSuccess[0]?.weight).toBe(2);
  });

  it('accepts JSON text and a leading byte-order mark', () => {
    const framework = parseFramework(minimalYaml);
    expect(parseFramework(`\uFEFF${JSON.stringify(framework)}`)).toEqual(framework);
  });

  it('does not mutate or retain its options', () => {
    const options = Object.freeze({ file: 'x.yaml', roles: Object.freeze(['regional-team']) });
    expect(() => parseFramework(minimalYaml, options)).not.toThrow();
  });

  it('throws TypeError for a non-string and RangeError for a bad option', () => {
    expect(() => parseFramework(42 as unknown as string)).toThrow(new TypeError('parseFramework: yamlText must be a string (the text of a YAML or JSON file), got number'));
    expect(() => parseFramework(minimalYaml, { maxBytes: -1 })).toThrow(RangeError);
    expect(() => safeParseFramework(minimalYaml, { maxAliasCount: 1.5 })).toThrow(/^safeParseFramework: options.maxAliasCount/);
  });
});

describe('safeParseFramework', () => {
  it('returns the data on success and the FrameworkError on failure', () => {
    const ok = safeParseFramework(minimalYaml);
    expect(ok.success).toBe(true);
    const bad = safeParseFramework('id: x');
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(FrameworkError);
      expect(bad.error.name).toBe('FrameworkError');
    }
  });
});

describe('shape errors carry the YAML line and column and the id path', () => {
  it('reports a missing field at its parent, with the enclosing id', () => {
    const issues = issuesOf(minimalYaml.replace('    whatGoodLooksLike: Good.\n', ''));
    expect(issues).toEqual([
      {
        code: 'schema',
        severity: 'error',
        reason: 'missing',
        field: 'themes.0.whatGoodLooksLike',
        detail: 'expected string',
        message: 'themes.0.whatGoodLooksLike: required, but missing (expected string)',
        hint: 'Add whatGoodLooksLike; docs/framework-format.md describes every field.',
        location: { file: 'f.yaml', line: 21, column: 5, path: ['themes', 0, 'whatGoodLooksLike'], id: 'T1' },
      },
    ]);
  });

  it('reports an unknown key at the key itself', () => {
    const issues = issuesOf(minimalYaml.replace('    title: One\n', '    title: One\n    colour: blue\n'));
    expect(issues).toEqual([
      {
        code: 'schema',
        severity: 'error',
        reason: 'unknown-key',
        field: 'colour',
        detail: 'unknown key',
        message: 'unknown key "colour"',
        hint: 'Remove it or check its spelling; docs/framework-format.md describes every key.',
        location: { file: 'f.yaml', line: 23, column: 5, path: ['themes', 0, 'colour'], id: 'T1' },
      },
    ]);
  });

  it('reports a wrong type at the value', () => {
    const issues = issuesOf(minimalYaml.replace('defaultTarget: 2', 'defaultTarget: high'));
    expect(issues[0]?.location).toEqual({ file: 'f.yaml', line: 19, column: 16, path: ['defaultTarget'] });
    expect(issues[0]?.message).toBe('defaultTarget: Invalid input: expected number, received string');
  });

  it('reports a bad version and a bad role id', () => {
    const issues = issuesOf(minimalYaml.replace('version: 1.0.0', 'version: one').replace('[regional-team]', '[Regional Team]'));
    expect(issues.map((issue) => [issue.location.line, issue.message])).toEqual([
      [2, 'version: version must be semantic, e.g. "1.0.0"'],
      [24, 'themes.0.supportedBy.0: role id must be kebab-case, e.g. "regional-team"'],
    ]);
  });

  it('reports YAML syntax errors with their line and column', () => {
    const issues = issuesOf('id: x\nthemes: [a, b\n');
    expect(issues[0]?.code).toBe('yaml-syntax');
    expect(issues[0]?.location.file).toBe('f.yaml');
    expect(issues[0]?.location.line).toBeGreaterThanOrEqual(2);
    expect(issues[0]?.message).toMatch(/^YAML syntax error: /);
  });

  it('reports a key given twice in one map, at the second, with its path', () => {
    const issues = issuesOf(minimalYaml.replace('title: Tiny\n', 'title: Tiny\ntitle: Again\n'));
    expect(issues).toEqual([
      {
        code: 'duplicate-key',
        key: 'title',
        message: 'the key "title" is given twice in the same map; only one value can be kept',
        hint: 'Remove one of the two, or rename it.',
        severity: 'error',
        location: { file: 'f.yaml', line: 4, column: 1, path: ['title'] },
      },
    ]);
  });

  it('puts the file name and every issue in the error message', () => {
    const result = safeParseFramework(minimalYaml.replace('defaultTarget: 2', 'defaultTarget: 9').replace('[T1.C1]', '[T1.C9]'), {
      file: 'f.yaml',
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.message).toBe(
        [
          'f.yaml is not a valid framework: 2 problems',
          '  - f.yaml:19:16 (at defaultTarget): the default target 9 is not a level of scale "three"',
          '    hint: Use one of: 1, 2, 3.',
          '  - f.yaml:33:19 (id T1.E1, at themes.0.enablingFactors.0.enables.0): enabling factor "T1.E1" enables "T1.C9", which is not a Condition of Success in this framework',
          '    hint: Fix the id, or remove it from enables.',
        ].join('\n'),
      );
    }
  });
});

describe('source addresses', () => {
  it('accepts http and https sources and refuses other schemes', () => {
    const withSource = (url: string) =>
      minimalYaml.replace('  statement: A tiny framework.\n', () => `  statement: A tiny framework.\n  sources:\n    - { title: A source, url: '${url}' }\n`);
    expect(safeParseFramework(withSource('https://www.england.nhs.uk/cancer/')).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      const result = safeParseFramework(withSource(url));
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.message).toBe('provenance.sources.0.url: a source url must be an http or https address');
    }
  });
});
