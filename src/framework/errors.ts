import { formatIssues, type IssueLocation } from '../internal/error.js';

/** The codes of problems that a framework file can have. */
export type FrameworkIssueCode =
  | 'too-large'
  | 'yaml-syntax'
  | 'alias-limit'
  | 'schema'
  | 'duplicate-id'
  | 'dangling-enables'
  | 'enables-other-theme'
  | 'no-conditions'
  | 'no-enablers'
  | 'duplicate-scale-value'
  | 'duplicate-scale-label'
  | 'scale-not-ascending'
  | 'unknown-scale'
  | 'target-outside-scale'
  | 'invalid-id-pattern'
  | 'id-pattern'
  | 'unknown-role';

/** One problem found in a framework file: what it is, where, and what to do. */
export interface FrameworkIssue {
  readonly code: FrameworkIssueCode;
  readonly message: string;
  readonly location: IssueLocation;
}

/**
 * The error {@link parseFramework} throws when a framework file cannot be used.
 * Its `issues` list every problem found, each with its YAML line and column and its id path.
 *
 * @example
 * ```ts
 * try {
 *   parseFramework('id: x', { file: 'x.yaml' });
 * } catch (error) {
 *   if (error instanceof FrameworkError) error.issues.map((issue) => issue.code);
 * }
 * ```
 * @category Framework
 */
export class FrameworkError extends Error {
  /** Every problem found, in document order. */
  readonly issues: readonly FrameworkIssue[];

  constructor(issues: readonly FrameworkIssue[], file?: string | undefined) {
    const summary = `${file ?? 'The framework file'} is not a valid framework: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(formatIssues(summary, issues));
    this.name = 'FrameworkError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/** Every message about a framework file is written here, apart from the issue data. */
export const frameworkMessages = {
  tooLarge: (bytes: number, max: number) =>
    `the file is ${bytes} bytes, more than the limit of ${max}; split it or raise the maxBytes option if you trust it`,
  aliasLimit: (max: number) =>
    `the YAML uses more than ${max} aliases, which looks like an alias bomb; write the values out in full`,
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  schema: (detail: string) => detail,
  duplicateId: (kind: string, id: string, firstPath: string) =>
    `the ${kind} id "${id}" is used twice (first at ${firstPath}); give each ${kind} its own id`,
  danglingEnables: (enabler: string, target: string) =>
    `enabling factor "${enabler}" enables "${target}", which is not a Condition of Success in this framework; fix the id or remove it`,
  enablesOtherTheme: (enabler: string, target: string) =>
    `enabling factor "${enabler}" enables "${target}", which is in another theme; link only to conditions of the same theme`,
  noConditions: (theme: string) => `theme "${theme}" has no Conditions of Success; add at least one`,
  noEnablers: (theme: string) => `theme "${theme}" has no Enabling Factors; add at least one`,
  duplicateScaleValue: (scale: string, value: number) =>
    `scale "${scale}" has two levels with the value ${value}; each level needs its own value`,
  duplicateScaleLabel: (scale: string, label: string) =>
    `scale "${scale}" has two levels labelled "${label}"; each level needs its own label`,
  scaleNotAscending: (scale: string) => `the levels of scale "${scale}" must be listed lowest value first`,
  unknownScale: (scale: string, known: readonly string[]) =>
    `there is no scale "${scale}"; use one of: ${known.join(', ')}`,
  targetOutsideScale: (target: number, scale: string, values: readonly number[]) =>
    `the default target ${target} is not a level of scale "${scale}"; use one of: ${values.join(', ')}`,
  invalidIdPattern: (name: string, detail: string) =>
    `the id pattern "${name}" is not a valid regular expression (${detail}); fix the pattern`,
  idPattern: (kind: string, id: string, pattern: string) =>
    `the ${kind} id "${id}" does not match the declared pattern ${pattern}; rename it or change the pattern`,
  unknownRole: (role: string, known: readonly string[]) =>
    `"${role}" is not a programme role; use one of: ${known.join(', ')}`,
} as const;
