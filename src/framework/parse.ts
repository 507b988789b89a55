import type { IssueLocation } from '../internal/error.js';
import { freezeParsed } from '../internal/freeze.js';
import { IssueCap, maxIssuesOf } from '../internal/limits.js';
import type { SafeParseResult } from '../internal/result.js';
import { READING_KIT, readData } from '../internal/schema-kit.js';
import { byPosition, checkLimitOptions, checkText, readYaml, schemaProblemsOf, type YamlPath, type YamlReadProblem } from '../internal/yaml.js';
import { FrameworkError, frameworkIssue, frameworkSummary, type FrameworkIssue } from './errors.js';
import { lintMeaningInto, type ResponsibilityLink } from './lint-meaning.js';
import { frameworkSchema } from './lazy-schema.js';
import type { Framework } from './schema.js';

/** Options for {@link parseFramework} and {@link safeParseFramework}. */
export interface ParseFrameworkOptions {
  /** The file name, shown in every issue's location. */
  readonly file?: string | undefined;
  /** Refuse texts larger than this many UTF-8 bytes. Default 1,000,000 (about 1 MB). */
  readonly maxBytes?: number | undefined;
  /** Refuse documents that use more aliases than this (alias bombs). Default 100. */
  readonly maxAliasCount?: number | undefined;
  /**
   * List at most this many problems; a last `too-many-issues` issue then says how many more were found. A whole
   * number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
  /**
   * The role ids that a theme's `supportedBy` may name: each other id is an `unknown-role` issue. Default: none
   * given, so any well-formed (kebab-case) role id is accepted. The framework does not know the roles: they belong
   * to the programme, so pass them in to check against them, e.g. the bundled programme's
   * `roles.map((role) => role.id)` from `cancer-alliance-framework/programme`. `null` is the same as leaving it out.
   */
  readonly roles?: readonly string[] | null | undefined;
  /**
   * The programme's responsibility statements, to check the responsibility each `supportedBy` entry names, as
   * `lintFramework` does: pass `responsibilities` from `cancer-alliance-framework/programme`. Default: not checked.
   */
  readonly responsibilities?: readonly ResponsibilityLink[] | null | undefined;
  /**
   * The ids of statements never to offer as help, as `lintFramework` takes them: for the bundled programme,
   * `nonHelpResponsibilityIds` from `cancer-alliance-framework/analysis`. Default: not checked.
   */
  readonly notHelp?: readonly string[] | null | undefined;
}

/** The issues of a text that could not be read as YAML or JSON at all. */
function readProblemIssues(problem: YamlReadProblem, fileOnly: IssueLocation, cap: IssueCap<FrameworkIssue>): void {
  switch (problem.kind) {
    case 'too-large':
      cap.add(frameworkIssue({ code: 'too-large', bytes: problem.bytes, max: problem.max }, fileOnly));
      return;
    case 'alias-limit':
      cap.add(frameworkIssue({ code: 'alias-limit', max: problem.max }, fileOnly));
      return;
    case 'too-deep':
      cap.add(frameworkIssue({ code: 'too-deep', max: problem.max }, { ...fileOnly, line: problem.line, column: problem.column }));
      return;
    case 'syntax':
      for (const { detail, line, column } of problem.errors) cap.add(frameworkIssue({ code: 'yaml-syntax', detail }, { ...fileOnly, line, column }));
      cap.total += problem.more;
      return;
    case 'duplicate-key':
      for (const { key, path, line, column } of problem.duplicates) {
        cap.add(frameworkIssue({ code: 'duplicate-key', key }, { ...fileOnly, line, column, path: [...path, key] }));
      }
      cap.total += problem.more;
      return;
  }
}

function fail(file: string | undefined, cap: IssueCap<FrameworkIssue>, fileOnly: IssueLocation): never {
  const issues = cap.listed(byPosition, (more, max) => frameworkIssue({ code: 'too-many-issues', more, max }, fileOnly));
  throw new FrameworkError(frameworkSummary(file, cap.total), issues);
}

function run(yamlText: string, options: ParseFrameworkOptions | undefined, name: string): Framework {
  checkText(yamlText, name);
  checkLimitOptions(options, name, ['maxBytes', 'maxAliasCount']);
  const maxIssues = maxIssuesOf(name, options?.maxIssues);
  const file = options?.file;
  const fileOnly = file === undefined ? {} : { file };
  const cap = new IssueCap<FrameworkIssue>(maxIssues);
  const read = readYaml(yamlText, { maxBytes: options?.maxBytes ?? 1_000_000, maxAliasCount: options?.maxAliasCount ?? 100, maxIssues });
  if (!read.ok) {
    readProblemIssues(read.problem, fileOnly, cap);
    return fail(file, cap, fileOnly);
  }
  const { data, position } = read.source;
  const where = (path: YamlPath, key?: string, id?: string): IssueLocation => ({
    ...fileOnly,
    ...position(path, key),
    path: key === undefined ? path : [...path, key],
    ...(id === undefined ? {} : { id }),
  });
  const shape = readData(frameworkSchema(READING_KIT), data, {
    full: () => cap.full,
    count: (problems) => (cap.total += problems),
    add: (issue) =>
      schemaProblemsOf(issue, data, ({ reason, field, detail, path, key, id }) => {
        if (cap.full) cap.count();
        else cap.add(frameworkIssue({ code: 'schema', reason, field, detail }, where(path, key, id)));
      }),
  });
  if (shape === undefined) return fail(file, cap, fileOnly);
  // The item rules only warn, so they are not run here: lintFramework reports them.
  lintMeaningInto(shape.data, { roles: options?.roles, responsibilities: options?.responsibilities, notHelp: options?.notHelp }, (issue, path, id) => {
    if (cap.full) cap.count();
    else cap.add(frameworkIssue(issue, where(path, undefined, id)));
  });
  if (cap.total > 0) return fail(file, cap, fileOnly);
  return freezeParsed(shape.data);
}

/**
 * Parses and validates a framework file (YAML or JSON text): its shape, then its meaning.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, the most problems to list (`maxIssues`), and
 *   (optionally) the role ids and responsibility statements `supportedBy` may name and those never to offer as help;
 *   without them any kebab-case role id and any responsibility id (capitals then digits) are accepted.
 * @returns The framework, validated and deeply frozen, with defaults filled in (weights 1, empty `enables`).
 * @throws {@link FrameworkError} listing the problems with their line, column and id path (at most `maxIssues`, then
 *   one `too-many-issues` issue counting the rest).
 * @throws TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const framework = parseFramework(readFileSync('my-framework.yaml', 'utf8'), { file: 'my-framework.yaml' });
 * framework.themes.length;
 * ```
 * @category Framework
 */
export function parseFramework(yamlText: string, options?: ParseFrameworkOptions | undefined): Framework {
  return run(yamlText, options, 'parseFramework');
}

/**
 * Parses and validates a framework file, returning a result object instead of throwing.
 *
 * @param yamlText - The text of the file.
 * @param options - As for {@link parseFramework}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link FrameworkError}.
 * @throws TypeError when `yamlText` is not a string (a programmer error, not bad input).
 * @example
 * ```ts
 * const result = safeParseFramework('id: broken');
 * if (!result.success) result.error.issues.length; // > 0
 * ```
 * @category Framework
 */
export function safeParseFramework(yamlText: string, options?: ParseFrameworkOptions | undefined): SafeParseResult<Framework, FrameworkError> {
  try {
    return { success: true, data: run(yamlText, options, 'safeParseFramework') };
  } catch (error) {
    if (error instanceof FrameworkError) return { success: false, error };
    throw error;
  }
}
