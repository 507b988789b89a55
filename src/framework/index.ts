/**
 * Framework files: parse and lint them, compare two versions, look items, themes, scales and levels up by id.
 * The reference framework of the Cancer Alliance self-assessment is `effectiveCancerAllianceFramework` (the current
 * version); `referenceFrameworks` holds every version, and `referenceFrameworkMappings` how one continues in the next.
 *
 * @packageDocumentation
 */
export type {
  Condition,
  Enabler,
  Framework,
  FrameworkId,
  FrameworkInput,
  FrameworkMapping,
  IdPatterns,
  ItemId,
  Level,
  NonScoringAnswer,
  Provenance,
  RoleId,
  Scale,
  ScaleId,
  Source,
  SupportEntry,
  Theme,
  ThemeId,
} from './schema.js';
export { FrameworkError, type DoubleBarrelledForm, type FrameworkIssue, type FrameworkIssueCode, type FrameworkIssueData, type IdPatternKind } from './errors.js';
export type { DataFileIssueData } from '../internal/data-file-issues.js';
export { parseFramework, safeParseFramework, type ParseFrameworkOptions } from './parse.js';
export { lintFramework, type LintFrameworkOptions, type ResponsibilityLink } from './lint.js';
export { findItem, findTheme, itemsOf, levelOf, nearestLevelOf, scaleOf, scaleRangeOf, type ItemKind, type ItemRef, type ItemsOfOptions } from './lookup.js';
export { diffFrameworks, type ChangedItem, type ChangedTheme, type DiffItem, type FrameworkDiff } from './diff.js';
export { effectiveCancerAllianceFramework } from './reference.js';
export { referenceFrameworks } from './reference-frameworks.js';
export { referenceFrameworkMappings } from './reference-mappings.js';
