import { frameworkIssue, type FrameworkIssue } from './errors.js';
import { lintItems } from './lint-items.js';
import { lintMeaning, type LintFrameworkOptions } from './lint-meaning.js';
import { checkFramework } from './lookup.js';
import type { Framework } from './schema.js';

export type { LintFrameworkOptions, ResponsibilityLink } from './lint-meaning.js';

/**
 * Checks the meaning of a framework whose shape is valid: ids, links, scales, target, id patterns, roles and
 * responsibilities (errors), and the wording of its items (warnings: two questions in one, long items,
 * near-duplicates, ideas asked twice, what others decide). docs/framework-format.md lists every rule.
 *
 * @param framework - A framework that passed the schema.
 * @param options - The role ids and responsibility statements that `supportedBy` may name, and the statements never to
 *   offer as help; without them these are not checked.
 * @returns Every problem found, each with its `severity` and id path (no line numbers: {@link parseFramework} adds
 *   them): the errors in document order, then the warnings.
 * @example
 * ```ts
 * lintFramework(effectiveCancerAllianceFramework); // []
 * // With the roles and statements of the bundled programme (cancer-alliance-framework/programme and /analysis):
 * lintFramework(effectiveCancerAllianceFramework, { roles: roles.map((role) => role.id), responsibilities, notHelp: nonHelpResponsibilityIds }); // []
 * lintFramework(effectiveCancerAllianceFramework, { roles: ['national-team'] })[0]?.code; // 'unknown-role'
 * // The reference framework 1.0.0 asks two things at once in many items: warnings, which parseFramework does not raise.
 * lintFramework(referenceFrameworks['1.0.0']).filter((issue) => issue.severity === 'warning').length; // 78
 * ```
 * @category Framework
 */
export function lintFramework(framework: Framework, options?: LintFrameworkOptions | undefined): readonly FrameworkIssue[] {
  checkFramework('lintFramework', framework);
  const issues = lintMeaning(framework, options);
  for (const { data, path, id } of lintItems(framework)) issues.push(frameworkIssue(data, { path, id }));
  return issues;
}
