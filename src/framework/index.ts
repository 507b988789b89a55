export * from './schema.js';
export { FrameworkError, type FrameworkIssue, type FrameworkIssueCode } from './errors.js';
export { parseFramework, safeParseFramework, type ParseFrameworkOptions } from './parse.js';
export { lintFramework, type LintFrameworkOptions } from './lint.js';
export {
  findTheme,
  findItem,
  listItems,
  themeItems,
  scaleOf,
  levelOf,
  nearestLevel,
  scaleRange,
  type ItemKind,
  type ItemRef,
} from './lookup.js';
export { diffFrameworks, type FrameworkDiff, type DiffItem, type ChangedItem, type ChangedTheme } from './diff.js';
export { effectiveCancerAllianceFramework } from './reference.js';
