import { frameworkIssue, type FrameworkIssue, type FrameworkIssueData } from './errors.js';
import type { Framework } from './schema.js';

type Path = readonly (string | number)[];

/** Options for `lintFramework` (and its programme checks, which `parseFramework` takes too). */
export interface LintFrameworkOptions {
  /**
   * The role ids that `supportedBy` may name: each other id is an `unknown-role` issue. Default: none given, and the
   * check is skipped (`null` is the same). The roles belong to the programme, which sits above the framework, so
   * the caller that knows them passes them in, e.g. the bundled programme's `roles.map((role) => role.id)` from
   * `cancer-alliance-framework/programme` (the CLI's `validate` and `report` do).
   */
  readonly roles?: readonly string[] | null | undefined;
  /**
   * The responsibility statements of the programme, each with the roles it is about (`roleIds`) and the roles it names
   * (`involves`): a `supportedBy` entry that names a responsibility must name one of them (else `unknown-responsibility`)
   * that is about its role or names it (else `responsibility-not-of-role`). Default: none given, and the check is
   * skipped (`null` is the same). Pass the bundled programme's `responsibilities` from
   * `cancer-alliance-framework/programme` as they are.
   */
  readonly responsibilities?: readonly ResponsibilityLink[] | null | undefined;
  /**
   * The ids of responsibility statements that must never be offered as help: sanctions, assurance and sign-off duties,
   * accountability notes. A `supportedBy` entry that names one is a `responsibility-not-help` issue. Default: none
   * (`null` is the same); for the bundled 2019 programme pass `nonHelpResponsibilityIds` from
   * `cancer-alliance-framework/analysis`.
   */
  readonly notHelp?: readonly string[] | null | undefined;
}

/**
 * A responsibility statement as `lintFramework` reads it: its id, the roles it is about and the roles it names.
 * The programme's `Responsibility` is one.
 *
 * @category Framework
 */
export interface ResponsibilityLink {
  /** The statement's id, e.g. `RT4`. */
  readonly id: string;
  /** The roles the statement is about. */
  readonly roleIds: readonly string[];
  /** The other roles it names. */
  readonly involves: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Why a declared id pattern could take exponential time, or null when it cannot. A pattern may not repeat a group
 * that itself repeats or alternates (`(a+)+`, `(a|aa)*`, `(\\w{2,})+`): those are the regular expressions whose
 * matching time explodes on a crafted id. Id patterns never need them.
 */
function unsafePattern(pattern: string): string | null {
  const groups: { quantified: boolean; alternates: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      // Skip a character class: its quantifier-looking characters are literals.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    const inner = groups[groups.length - 1];
    if (char === '(') groups.push({ quantified: false, alternates: false });
    else if (char === '|' && inner) inner.alternates = true;
    else if ((char === '*' || char === '+' || char === '{') && inner) inner.quantified = true;
    else if (char === ')') {
      const group = groups.pop();
      const next = pattern[i + 1];
      const repeated = next === '*' || next === '+' || next === '{';
      if (group && repeated && (group.quantified || group.alternates)) {
        return 'it repeats a group that itself repeats or alternates, which can take exponential time';
      }
      const outer = groups[groups.length - 1];
      if (group && outer && (group.quantified || repeated)) outer.quantified = true;
    }
  }
  return null;
}

function compile(pattern: string, themeId: string | null): RegExp {
  const source = themeId === null ? pattern : pattern.split('{theme}').join(escapeRegExp(themeId));
  return new RegExp(source, 'u');
}

/**
 * The error rules of `lintFramework` (ids, links, scales, target, id patterns, roles and responsibilities), which
 * `parseFramework` runs too; `lintFramework` adds the item rules, whose warnings `parseFramework` does not raise.
 */
export function lintMeaning(framework: Framework, options: LintFrameworkOptions | undefined): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  lintMeaningInto(framework, options, (data, path, id) => {
    issues.push(frameworkIssue(data, id === undefined ? { path } : { path, id }));
  });
  return issues;
}

/** Where {@link lintMeaningInto} reports each problem: its data, the path of the value and the id of the entity. */
export type LintReport = (data: FrameworkIssueData, path: Path, id?: string) => void;

/**
 * The checks of {@link lintMeaning}, each problem handed to `report` as it is found, in document order: parseFramework
 * makes issues of the first `maxIssues` only, and counts the rest.
 */
export function lintMeaningInto(framework: Framework, options: LintFrameworkOptions | undefined, report: LintReport): void {
  // Scales: unique ids, ascending values, unique values and labels.
  const scaleIds = new Map<string, Path>();
  framework.scales.forEach((scale, s) => {
    const path: Path = ['scales', s];
    const first = scaleIds.get(scale.id);
    if (first) report({ code: 'duplicate-id', kind: 'scale', id: scale.id, firstPath: first }, [...path, 'id'], scale.id);
    else scaleIds.set(scale.id, path);
    const values = new Set<number>();
    const labels = new Set<string>();
    let ascending = true;
    for (const [l, level] of scale.levels.entries()) {
      if (values.has(level.value)) {
        report({ code: 'duplicate-scale-value', scaleId: scale.id, value: level.value }, [...path, 'levels', l, 'value'], scale.id);
      }
      const label = level.label.toLowerCase();
      if (labels.has(label)) {
        report({ code: 'duplicate-scale-label', scaleId: scale.id, label: level.label }, [...path, 'levels', l, 'label'], scale.id);
      }
      const previous = scale.levels[l - 1];
      if (previous && previous.value >= level.value) ascending = false;
      values.add(level.value);
      labels.add(label);
    }
    if (!ascending && values.size === scale.levels.length) {
      report({ code: 'scale-not-ascending', scaleId: scale.id, values: scale.levels.map((level) => level.value) }, [...path, 'levels'], scale.id);
    }
  });

  const known = [...scaleIds.keys()];
  const defaultScale = framework.defaultScale === undefined ? framework.scales[0] : framework.scales.find((scale) => scale.id === framework.defaultScale);
  if (framework.defaultScale !== undefined && !scaleIds.has(framework.defaultScale)) {
    report({ code: 'unknown-scale', scaleId: framework.defaultScale, known }, ['defaultScale']);
  }
  if (defaultScale && !defaultScale.levels.some((level) => level.value === framework.defaultTarget)) {
    report({ code: 'target-outside-scale', target: framework.defaultTarget, scaleId: defaultScale.id, values: defaultScale.levels.map((level) => level.value) }, ['defaultTarget']);
  }

  // Declared id patterns.
  const patterns: { theme: string | null; conditionOfSuccess: string | null; enablingFactor: string | null } = {
    theme: null,
    conditionOfSuccess: null,
    enablingFactor: null,
  };
  for (const name of ['theme', 'conditionOfSuccess', 'enablingFactor'] as const) {
    const pattern = framework.idPatterns?.[name];
    if (pattern === undefined) continue;
    try {
      const unsafe = unsafePattern(pattern);
      if (unsafe !== null) throw new Error(unsafe);
      compile(pattern, name === 'theme' ? null : 'T');
      patterns[name] = pattern;
    } catch (error) {
      report({ code: 'invalid-id-pattern', kind: name, pattern, detail: (error as Error).message }, ['idPatterns', name]);
    }
  }

  const roles = options?.roles === undefined ? null : options.roles;
  const roleSet = roles === null ? null : new Set(roles);
  const listed = options?.responsibilities ?? null;
  const statements = listed === null ? null : new Map(listed.map((statement) => [statement.id, statement]));
  const notHelp = new Set(options?.notHelp ?? []);

  // Themes and items.
  const themeIds = new Map<string, Path>();
  const itemIds = new Map<string, Path>();
  // Theme and item ids by their lower case: two that differ only in case are one id to a survey, which names items in any case.
  const byCase = new Map<string, { readonly id: string; readonly path: Path }>();
  const checkCase = (id: string, path: Path, kind: 'theme' | 'item') => {
    const folded = id.toLowerCase();
    const first = byCase.get(folded);
    if (first === undefined) byCase.set(folded, { id, path });
    else if (first.id !== id) report({ code: 'duplicate-id', kind, id, firstPath: first.path, firstId: first.id }, [...path, 'id'], id);
  };
  const conditionTheme = new Map<string, string>();
  for (const theme of framework.themes) {
    for (const condition of theme.conditionsOfSuccess) conditionTheme.set(condition.id, theme.id);
  }
  const themePattern = patterns.theme === null ? null : compile(patterns.theme, null);
  framework.themes.forEach((theme, t) => {
    const path: Path = ['themes', t];
    const itemPatterns = {
      conditionOfSuccess: patterns.conditionOfSuccess === null ? null : compile(patterns.conditionOfSuccess, theme.id),
      enablingFactor: patterns.enablingFactor === null ? null : compile(patterns.enablingFactor, theme.id),
    };
    const first = themeIds.get(theme.id);
    if (first) report({ code: 'duplicate-id', kind: 'theme', id: theme.id, firstPath: first }, [...path, 'id'], theme.id);
    else {
      themeIds.set(theme.id, path);
      checkCase(theme.id, path, 'theme');
    }
    if (patterns.theme !== null && themePattern !== null && !themePattern.test(theme.id)) {
      report({ code: 'id-pattern', kind: 'theme', id: theme.id, pattern: patterns.theme }, [...path, 'id'], theme.id);
    }
    if (theme.scale !== undefined && !scaleIds.has(theme.scale)) {
      report({ code: 'unknown-scale', scaleId: theme.scale, known }, [...path, 'scale'], theme.id);
    }
    if (theme.conditionsOfSuccess.length === 0) {
      report({ code: 'no-conditions', themeId: theme.id }, [...path, 'conditionsOfSuccess'], theme.id);
    }
    if (theme.enablingFactors.length === 0) {
      report({ code: 'no-enablers', themeId: theme.id }, [...path, 'enablingFactors'], theme.id);
    }
    const checkItem = (id: string, itemPath: Path, kind: 'conditionOfSuccess' | 'enablingFactor') => {
      const firstItem = itemIds.get(id) ?? themeIds.get(id);
      if (firstItem) report({ code: 'duplicate-id', kind: 'item', id, firstPath: firstItem }, [...itemPath, 'id'], id);
      else {
        itemIds.set(id, itemPath);
        checkCase(id, itemPath, 'item');
      }
      const pattern = patterns[kind];
      const compiled = itemPatterns[kind];
      if (pattern !== null && compiled !== null && !compiled.test(id)) {
        const shown = pattern.split('{theme}').join(theme.id);
        report({ code: 'id-pattern', kind, id, pattern: shown }, [...itemPath, 'id'], id);
      }
    };
    theme.conditionsOfSuccess.forEach((condition, c) => checkItem(condition.id, [...path, 'conditionsOfSuccess', c], 'conditionOfSuccess'));
    theme.enablingFactors.forEach((enabler, e) => {
      const enablerPath: Path = [...path, 'enablingFactors', e];
      checkItem(enabler.id, enablerPath, 'enablingFactor');
      enabler.enables.forEach((target, k) => {
        const targetTheme = conditionTheme.get(target);
        if (targetTheme === undefined) {
          report({ code: 'dangling-enables', enablerId: enabler.id, targetId: target }, [...enablerPath, 'enables', k], enabler.id);
        } else if (targetTheme !== theme.id) {
          report({ code: 'enables-other-theme', enablerId: enabler.id, targetId: target, targetThemeId: targetTheme }, [...enablerPath, 'enables', k], enabler.id);
        }
      });
    });
    theme.supportedBy.forEach((entry, r) => {
      const at: Path = [...path, 'supportedBy', r];
      const roleId = typeof entry === 'string' ? entry : entry.role;
      if (roleSet !== null && roles !== null && !roleSet.has(roleId)) report({ code: 'unknown-role', roleId, known: [...roles] }, at, theme.id);
      if (typeof entry === 'string') return;
      const responsibilityId = entry.responsibility;
      if (notHelp.has(responsibilityId)) report({ code: 'responsibility-not-help', roleId, responsibilityId }, at, theme.id);
      if (statements === null) return;
      const statement = statements.get(responsibilityId);
      if (statement === undefined) report({ code: 'unknown-responsibility', roleId, responsibilityId }, at, theme.id);
      else if (!statement.roleIds.includes(roleId) && !statement.involves.includes(roleId)) {
        const known = [...statements.values()].filter((other) => other.roleIds.includes(roleId) || other.involves.includes(roleId)).map((other) => other.id);
        report({ code: 'responsibility-not-of-role', roleId, responsibilityId, known }, at, theme.id);
      }
    });
  });
}
