import { describe, expect, it } from 'vitest';
import { nonHelpResponsibilityIds } from '../../src/analysis/index.js';
import { effectiveCancerAllianceFramework, lintFramework, parseFramework, safeParseFramework, type FrameworkIssue, type ParseFrameworkOptions } from '../../src/index.js';
import { minimalYaml } from './helpers.js';
import { responsibilities, roles } from '../../src/programme/data.js';

function issuesOf(text: string, options?: readonly string[] | ParseFrameworkOptions): readonly FrameworkIssue[] {
  const result = safeParseFramework(text, {
    file: 'f.yaml',
    ...(Array.isArray(options) ? { roles: options as readonly string[] } : (options as ParseFrameworkOptions | undefined)),
  });
  if (result.success) throw new Error('expected the framework to be refused');
  return result.error.issues;
}

/** Each lint rule: a failing input, and its code, place and message pinned. */
describe('lint rules', () => {
  it('duplicate-id: an item id used twice', () => {
    expect(issuesOf(minimalYaml.replace('id: T1.C2', 'id: T1.C1'))).toEqual([
      {
        code: 'duplicate-id',
        severity: 'error',
        kind: 'item',
        id: 'T1.C1',
        firstPath: ['themes', 0, 'conditionsOfSuccess', 0],
        message: 'the item id "T1.C1" is used twice (first at themes.0.conditionsOfSuccess.0)',
        hint: 'Give each item its own id.',
        location: { file: 'f.yaml', line: 28, column: 13, path: ['themes', 0, 'conditionsOfSuccess', 1, 'id'], id: 'T1.C1' },
      },
    ]);
  });

  it('duplicate-id: an item id equal to a theme id', () => {
    const text = minimalYaml.replace('id: T1.C2', 'id: T1').replace("  conditionOfSuccess: '^{theme}\\.C[0-9]+$'\n", '');
    expect(issuesOf(text).map((issue) => issue.message)).toEqual(['the item id "T1" is used twice (first at themes.0)']);
  });

  it('duplicate-id: a theme id used twice', () => {
    const second = `  - id: T1
    title: Again
    whatGoodLooksLike: Good.
    conditionsOfSuccess: [{ id: T1.C7, text: X. }]
    enablingFactors: [{ id: T1.E7, text: Y. }]
`;
    const issues = issuesOf(minimalYaml + second);
    expect(issues.map((issue) => [issue.code, issue.location.line, issue.message])).toEqual([['duplicate-id', 34, 'the theme id "T1" is used twice (first at themes.0)']]);
  });

  it('dangling-enables: an enabler links to a condition that does not exist', () => {
    expect(issuesOf(minimalYaml.replace('enables: [T1.C1]', 'enables: [T1.C9]'))).toEqual([
      {
        code: 'dangling-enables',
        severity: 'error',
        enablerId: 'T1.E1',
        targetId: 'T1.C9',
        message: 'enabling factor "T1.E1" enables "T1.C9", which is not a Condition of Success in this framework',
        hint: 'Fix the id, or remove it from enables.',
        location: { file: 'f.yaml', line: 33, column: 19, path: ['themes', 0, 'enablingFactors', 0, 'enables', 0], id: 'T1.E1' },
      },
    ]);
  });

  it('dangling-enables: an enabler links to another enabler', () => {
    expect(issuesOf(minimalYaml.replace('enables: [T1.C1]', 'enables: [T1.E1]'))[0]?.code).toBe('dangling-enables');
  });

  it('enables-other-theme: an enabler links to a condition of another theme', () => {
    const second = `  - id: T2
    title: Two
    whatGoodLooksLike: Good.
    conditionsOfSuccess: [{ id: T2.C1, text: X. }]
    enablingFactors: [{ id: T2.E1, text: Y., enables: [T1.C2] }]
`;
    expect(issuesOf(minimalYaml + second)).toEqual([
      {
        code: 'enables-other-theme',
        severity: 'error',
        enablerId: 'T2.E1',
        targetId: 'T1.C2',
        targetThemeId: 'T1',
        message: 'enabling factor "T2.E1" enables "T1.C2", which is in another theme (T1)',
        hint: 'Link an enabling factor only to Conditions of Success of its own theme.',
        location: { file: 'f.yaml', line: 38, column: 56, path: ['themes', 1, 'enablingFactors', 0, 'enables', 0], id: 'T2.E1' },
      },
    ]);
  });

  it('no-conditions: a theme with no Conditions of Success', () => {
    const text = minimalYaml.replace(/ {4}conditionsOfSuccess:\n(?: {6}.*\n| {8}.*\n)+/, '    conditionsOfSuccess: []\n').replace('enables: [T1.C1]', 'enables: []');
    expect(issuesOf(text)).toEqual([
      {
        code: 'no-conditions',
        severity: 'error',
        themeId: 'T1',
        message: 'theme "T1" has no Conditions of Success',
        hint: 'Add at least one Condition of Success to the theme.',
        location: { file: 'f.yaml', line: 25, column: 26, path: ['themes', 0, 'conditionsOfSuccess'], id: 'T1' },
      },
    ]);
  });

  it('no-enablers: a theme with no Enabling Factors', () => {
    const text = minimalYaml.replace(/ {4}enablingFactors:\n(?: {6}.*\n| {8}.*\n)+/, '    enablingFactors: []\n');
    expect(issuesOf(text)).toEqual([
      {
        code: 'no-enablers',
        severity: 'error',
        themeId: 'T1',
        message: 'theme "T1" has no Enabling Factors',
        hint: 'Add at least one Enabling Factor to the theme.',
        location: { file: 'f.yaml', line: 30, column: 22, path: ['themes', 0, 'enablingFactors'], id: 'T1' },
      },
    ]);
  });

  it('duplicate-scale-value: two levels with one value', () => {
    expect(issuesOf(minimalYaml.replace('{ value: 3, label: High', '{ value: 2, label: High'))).toEqual([
      {
        code: 'duplicate-scale-value',
        severity: 'error',
        scaleId: 'three',
        value: 2,
        message: 'scale "three" has two levels with the value 2',
        hint: 'Give each level of the scale its own value.',
        location: { file: 'f.yaml', line: 18, column: 18, path: ['scales', 0, 'levels', 2, 'value'], id: 'three' },
      },
    ]);
  });

  it('duplicate-scale-label: two levels with one label, in any case', () => {
    expect(issuesOf(minimalYaml.replace('label: High', 'label: mid'))).toEqual([
      {
        code: 'duplicate-scale-label',
        severity: 'error',
        scaleId: 'three',
        label: 'mid',
        message: 'scale "three" has two levels labelled "mid"',
        hint: 'Give each level of the scale its own label (labels are compared ignoring case).',
        location: { file: 'f.yaml', line: 18, column: 28, path: ['scales', 0, 'levels', 2, 'label'], id: 'three' },
      },
    ]);
  });

  it('scale-not-ascending: levels listed out of order', () => {
    const text = minimalYaml.replace('{ value: 1, label: Low', '{ value: 4, label: Low').replace('defaultTarget: 2', 'defaultTarget: 3');
    expect(issuesOf(text)).toEqual([
      {
        code: 'scale-not-ascending',
        severity: 'error',
        scaleId: 'three',
        values: [4, 2, 3],
        message: 'the levels of scale "three" are not listed lowest value first (4, 2, 3)',
        hint: 'List the levels of the scale lowest value first.',
        location: { file: 'f.yaml', line: 16, column: 7, path: ['scales', 0, 'levels'], id: 'three' },
      },
    ]);
  });

  it('target-outside-scale: a default target that is not a level', () => {
    expect(issuesOf(minimalYaml.replace('defaultTarget: 2', 'defaultTarget: 2.5'))).toEqual([
      {
        code: 'target-outside-scale',
        severity: 'error',
        target: 2.5,
        scaleId: 'three',
        values: [1, 2, 3],
        message: 'the default target 2.5 is not a level of scale "three"',
        hint: 'Use one of: 1, 2, 3.',
        location: { file: 'f.yaml', line: 19, column: 16, path: ['defaultTarget'] },
      },
    ]);
  });

  it('unknown-scale: a default scale or theme scale that is not declared', () => {
    const text = minimalYaml.replace('defaultTarget: 2', 'defaultTarget: 2\ndefaultScale: five').replace('    title: One\n', '    title: One\n    scale: seven\n');
    expect(issuesOf(text).map((issue) => [issue.code, issue.location.line, issue.message, issue.hint])).toEqual([
      ['unknown-scale', 20, 'there is no scale "five"', 'Use one of: three.'],
      ['unknown-scale', 24, 'there is no scale "seven"', 'Use one of: three.'],
    ]);
    expect(issuesOf(text)[0]).toMatchObject({ scaleId: 'five', known: ['three'] });
  });

  it('id-pattern: ids that break the declared patterns', () => {
    const text = minimalYaml.replace('id: T1.C2', 'id: T1.X2').replace('id: T1.E1', 'id: T2.E1');
    expect(issuesOf(text)).toEqual([
      {
        code: 'id-pattern',
        severity: 'error',
        kind: 'conditionOfSuccess',
        id: 'T1.X2',
        pattern: '^T1\\.C[0-9]+$',
        message: 'the Condition of Success id "T1.X2" does not match the declared pattern ^T1\\.C[0-9]+$',
        hint: 'Rename it, or change the pattern in idPatterns.',
        location: { file: 'f.yaml', line: 28, column: 13, path: ['themes', 0, 'conditionsOfSuccess', 1, 'id'], id: 'T1.X2' },
      },
      {
        code: 'id-pattern',
        severity: 'error',
        kind: 'enablingFactor',
        id: 'T2.E1',
        pattern: '^T1\\.E[0-9]+$',
        message: 'the Enabling Factor id "T2.E1" does not match the declared pattern ^T1\\.E[0-9]+$',
        hint: 'Rename it, or change the pattern in idPatterns.',
        location: { file: 'f.yaml', line: 31, column: 13, path: ['themes', 0, 'enablingFactors', 0, 'id'], id: 'T2.E1' },
      },
    ]);
    expect(issuesOf(minimalYaml.replace('  - id: T1\n', '  - id: Theme1\n'))[0]?.message).toBe('the theme id "Theme1" does not match the declared pattern ^T[0-9]+$');
  });

  it('invalid-id-pattern: a pattern that is not a regular expression', () => {
    const issues = issuesOf(minimalYaml.replace("theme: '^T[0-9]+$'", () => "theme: '^T[0-9+$'"));
    expect(issues.map((issue) => [issue.code, issue.location.line])).toEqual([['invalid-id-pattern', 9]]);
    expect(issues[0]).toMatchObject({ kind: 'theme', pattern: '^T[0-9+$' });
    expect(issues[0]?.message).toMatch(/^the id pattern "theme" is not a valid regular expression \(.+\)$/);
  });

  it('unknown-role: supportedBy names a role that the given role list lacks', () => {
    expect(issuesOf(minimalYaml, ['national-team', 'cancer-alliance'])).toEqual([
      {
        code: 'unknown-role',
        severity: 'error',
        roleId: 'regional-team',
        known: ['national-team', 'cancer-alliance'],
        message: '"regional-team" is not a programme role',
        hint: 'Use one of: national-team, cancer-alliance.',
        location: { file: 'f.yaml', line: 24, column: 19, path: ['themes', 0, 'supportedBy', 0], id: 'T1' },
      },
    ]);
  });

  it('reports every problem at once, in document order', () => {
    const text = minimalYaml.replace('defaultTarget: 2', 'defaultTarget: 7').replace('id: T1.C2', 'id: T1.C1').replace('label: High', 'label: Low');
    expect(issuesOf(text).map((issue) => issue.code)).toEqual(['duplicate-scale-label', 'target-outside-scale', 'duplicate-id']);
  });
});

describe('supportedBy: any kebab-case role id, checked against roles only when they are given', () => {
  it('accepts any well-formed role id by default: the framework knows no roles', () => {
    expect(safeParseFramework(minimalYaml).success).toBe(true);
    expect(safeParseFramework(minimalYaml.replace('[regional-team]', '[quality-lead]')).success).toBe(true);
    expect(safeParseFramework(minimalYaml.replace('[regional-team]', '[quality-lead]'), { roles: null }).success).toBe(true);
  });

  it('refuses a role id that is not kebab-case, as the schema does any id', () => {
    const result = safeParseFramework(minimalYaml.replace('[regional-team]', '[Regional Team]'));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => [issue.code, issue.location.line])).toEqual([['schema', 24]]);
  });

  it('lintFramework reports each unknown role with its id path, and skips the check without roles', () => {
    const framework = effectiveCancerAllianceFramework;
    const first = framework.themes[0]!;
    const entry = first.supportedBy[0]!;
    const roleId = typeof entry === 'string' ? entry : entry.role;
    expect(lintFramework(framework)).toEqual([]);
    expect(lintFramework(framework, { roles: null })).toEqual([]);
    const known = roles.map((role) => role.id).filter((id) => id !== roleId);
    const issues = lintFramework(framework, { roles: known });
    expect(issues.filter((issue) => issue.location.id === first.id)).toMatchObject([
      {
        code: 'unknown-role',
        severity: 'error',
        message: `"${roleId}" is not a programme role`,
        hint: `Use one of: ${known.join(', ')}.`,
        location: { path: ['themes', 0, 'supportedBy', 0], id: first.id },
      },
    ]);
  });

  it("checks against the roles given, e.g. the programme's, with the place of each unknown one", () => {
    const programmeRoles = roles.map((role) => role.id);
    expect(safeParseFramework(minimalYaml, { roles: programmeRoles }).success).toBe(true);
    const result = safeParseFramework(minimalYaml.replace('[regional-team]', '[regional-teams]'), { roles: programmeRoles });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.code, issue.location.line])).toEqual([['unknown-role', 24]]);
      expect(result.error.issues[0]?.message).toBe('"regional-teams" is not a programme role');
      expect(result.error.issues[0]?.hint).toMatch(/^Use one of: cancer-alliance, alliance-chair, /);
    }
  });
});

describe('id patterns that could hang', () => {
  it('refuses a repeated group that itself repeats or alternates, quickly, with its place', () => {
    for (const pattern of ['^(a+)+$', '^(a|aa)*$', '^(\\\\w{2,})+$', '^((ab)*c)+$']) {
      const started = Date.now();
      const result = safeParseFramework(minimalYaml.replace("theme: '^T[0-9]+$'", () => `theme: '${pattern}'`).replace('  - id: T1\n', `  - id: ${'a'.repeat(40)}b\n`), {
        file: 'f.yaml',
      });
      // A pattern that backtracks would take 2^40 steps here; refusing it takes milliseconds, so 5 s holds on a busy machine.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues[0]).toMatchObject({ code: 'invalid-id-pattern', location: { line: 9 } });
        expect(result.error.issues[0]?.message).toContain('repeats a group that itself repeats or alternates');
      }
    }
  });

  it('accepts the usual id patterns, with classes and optional parts', () => {
    const text = minimalYaml.replace("theme: '^T[0-9]+$'", () => "theme: '^T(?:[0-9]{1,2})?[a-z]?$'");
    expect(safeParseFramework(text).success).toBe(true);
  });
});

describe('supportedBy with a responsibility: checked against the programme statements and the ones that are no help', () => {
  const programme = { roles: roles.map((role) => role.id), responsibilities, notHelp: nonHelpResponsibilityIds };
  const naming = (entry: string) => minimalYaml.replace('supportedBy: [regional-team]', `supportedBy:\n      - ${entry}`);

  it('accepts a role with one of its statements, and takes any well-formed id without the programme', () => {
    expect(safeParseFramework(naming('{ role: regional-team, responsibility: RT4 }'), programme).success).toBe(true);
    // STP1 is about systems and names commissioners: a statement that names the role will do.
    expect(safeParseFramework(naming('{ role: commissioner, responsibility: STP1 }'), programme).success).toBe(true);
    expect(safeParseFramework(naming('{ role: quality-lead, responsibility: QL7 }')).success).toBe(true);
  });

  it('unknown-responsibility: an id that is no statement of the programme', () => {
    expect(issuesOf(naming('{ role: national-team, responsibility: NT9 }'), programme)).toEqual([
      {
        code: 'unknown-responsibility',
        severity: 'error',
        roleId: 'national-team',
        responsibilityId: 'NT9',
        message: '"NT9" is not a responsibility statement of the programme',
        hint: 'Fix the id: name a statement about the role "national-team" or one that names it.',
        location: { file: 'f.yaml', line: 25, column: 9, path: ['themes', 0, 'supportedBy', 0], id: 'T1' },
      },
    ]);
  });

  it("responsibility-not-of-role: another role's statement", () => {
    expect(issuesOf(naming('{ role: provider, responsibility: RT4 }'), programme)).toMatchObject([
      {
        code: 'responsibility-not-of-role',
        severity: 'error',
        roleId: 'provider',
        responsibilityId: 'RT4',
        known: ['CA1', 'STP1', 'RT1', 'ACC1'],
        message: 'the responsibility "RT4" is neither about the role "provider" nor names it',
        hint: 'Use one of: CA1, STP1, RT1, ACC1.',
        location: { line: 25, path: ['themes', 0, 'supportedBy', 0] },
      },
    ]);
  });

  it('responsibility-not-help: a sanction, an assurance or sign-off duty or an accountability note offered as help', () => {
    expect(issuesOf(naming('{ role: cancer-delivery-group, responsibility: ACC3 }'), programme)).toMatchObject([
      {
        code: 'responsibility-not-help',
        severity: 'error',
        roleId: 'cancer-delivery-group',
        responsibilityId: 'ACC3',
        message: 'the responsibility "ACC3" is a sanction, an assurance or sign-off duty or an accountability note, not help',
        hint: 'Name a statement by which "cancer-delivery-group" supports alliances, or leave the role out of supportedBy.',
        location: { line: 25, path: ['themes', 0, 'supportedBy', 0] },
      },
    ]);
    // The list alone is enough: the check needs no programme statements.
    expect(issuesOf(naming('{ role: regional-team, responsibility: RT1 }'), { notHelp: ['RT1'] }).map((issue) => issue.code)).toEqual(['responsibility-not-help']);
  });

  it('every statement of the 2019 programme is help but those of nonHelpResponsibilityIds', () => {
    expect(nonHelpResponsibilityIds).toEqual(['RD0', 'RT1', 'RT3', 'JW2', 'ACC1', 'ACC2', 'ACC3', 'ACC4']);
    expect(nonHelpResponsibilityIds.every((id) => responsibilities.some((statement) => statement.id === id))).toBe(true);
    expect(Object.isFrozen(nonHelpResponsibilityIds)).toBe(true);
  });

  it('the schema refuses a misspelt key and an id of another form, with their places', () => {
    const misspelt = safeParseFramework(naming('{ role: national-team, responsibilty: NT2 }'), { file: 'f.yaml' });
    expect(misspelt.success).toBe(false);
    if (!misspelt.success) expect(misspelt.error.issues.map((issue) => [issue.code, issue.location.line])).toEqual([['schema', 25]]);
    const lower = safeParseFramework(naming('{ role: national-team, responsibility: nt2 }'), { file: 'f.yaml' });
    expect(lower.success).toBe(false);
  });

  it('lintFramework gives the same issues, with their id paths', () => {
    const framework = parseFramework(naming('{ role: cancer-delivery-group, responsibility: ACC3 }'));
    expect(lintFramework(framework, programme).map((issue) => [issue.code, issue.location.path])).toEqual([['responsibility-not-help', ['themes', 0, 'supportedBy', 0]]]);
    expect(lintFramework(framework)).toEqual([]);
  });
});
