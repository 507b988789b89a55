import type { IssueLocation } from '../internal/error.js';
import { freezeParsed } from '../internal/freeze.js';
import type { SafeParseResult } from '../internal/result.js';
import { byPosition, checkLimitOptions, checkText, readYaml, schemaProblems, type YamlPath } from '../internal/yaml.js';
import { FrameworkError, frameworkIssue, frameworkSummary, type FrameworkIssue } from './errors.js';
import { lintMeaning, type ResponsibilityLink } from './lint-meaning.js';
import { frameworkSchema } from './lazy-schema.js';
import type { Framework } from './schema.js';

/** Options for {@link parseFramework} and {@link safeParseFramework}. */
export interface ParseFrameworkOptions {
  /** The file name, shown in every issue's location. */
  readonly file?: string | undefined;
  /** Refuse texts longer than this many UTF-16 code units. Default 1,000,000 (about 1 MB). */
  readonly maxBytes?: number | undefined;
  /** Refuse documents that use more aliases than this (alias bombs). Default 100. */
  readonly maxAliasCount?: number | undefined;
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

function run(yamlText: string, options: ParseFrameworkOptions | undefined, name: string): Framework {
  checkText(yamlText, name);
  checkLimitOptions(options, name, ['maxBytes', 'maxAliasCount']);
  const file = options?.file;
  const fileOnly = file === undefined ? {} : { file };
  const read = readYaml(yamlText, { maxBytes: options?.maxBytes ?? 1_000_000, maxAliasCount: options?.maxAliasCount ?? 100 });
  if (!read.ok) {
    const { problem } = read;
    const issues: FrameworkIssue[] =
      problem.kind === 'too-large'
        ? [frameworkIssue({ code: 'too-large', length: problem.length, max: problem.max }, fileOnly)]
        : problem.kind === 'alias-limit'
          ? [frameworkIssue({ code: 'alias-limit', max: problem.max }, fileOnly)]
          : problem.errors.map(({ detail, line, column }) => frameworkIssue({ code: 'yaml-syntax', detail }, { ...fileOnly, line, column }));
    throw new FrameworkError(frameworkSummary(file, issues.length), issues);
  }
  const { data, position } = read.source;
  const where = (path: YamlPath, key?: string, id?: string): IssueLocation => ({
    ...fileOnly,
    ...position(path, key),
    path,
    ...(id === undefined ? {} : { id }),
  });
  const shape = frameworkSchema().safeParse(data);
  if (!shape.success) {
    const issues = schemaProblems(shape.error, data)
      .map(({ reason, field, detail, path, key, id }) => frameworkIssue({ code: 'schema', reason, field, detail }, where(path, key, id)))
      .sort(byPosition);
    throw new FrameworkError(frameworkSummary(file, issues.length), issues);
  }
  // The item rules only warn, so they are not run here: lintFramework reports them.
  const meaning = lintMeaning(shape.data, { roles: options?.roles, responsibilities: options?.responsibilities, notHelp: options?.notHelp });
  if (meaning.length > 0) {
    const issues = meaning.map((issue) => ({ ...issue, location: where(issue.location.path ?? [], undefined, issue.location.id) })).sort(byPosition);
    throw new FrameworkError(frameworkSummary(file, issues.length), issues);
  }
  return freezeParsed(shape.data);
}

/**
 * Parses and validates a framework file (YAML or JSON text): its shape, then its meaning.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and (optionally) the role ids and responsibility
 *   statements `supportedBy` may name and those never to offer as help; without them any kebab-case role id and any
 *   responsibility id (capitals then digits) are accepted.
 * @returns The framework, validated and deeply frozen, with defaults filled in (weights 1, empty `enables`).
 * @throws {@link FrameworkError} listing every problem with its line, column and id path.
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
