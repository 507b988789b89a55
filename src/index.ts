/**
 * cancer-alliance-framework: the NHS Cancer Alliance self-assessment framework and Cancer Programme as typed,
 * immutable data and pure functions.
 *
 * @packageDocumentation
 */
export * from './framework/index.js';
export type { IssueLocation } from './internal/error.js';
export type { SafeParseResult } from './internal/result.js';
export type { DeepReadonly } from './internal/freeze.js';
