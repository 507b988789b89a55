import type { Framework } from '../framework/schema.js';
import type { IngestCoreOptions } from './ingest-core.js';

import { maxIssuesOf } from '../internal/limits.js';
import { showValue } from '../internal/show.js';
import { nfc } from './answer-text.js';
/** The default largest input: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const LAYOUTS: ReadonlySet<unknown> = new Set(['long', 'wide', 'auto']);

/** Throws a TypeError naming the function unless `options` is an object (they are required: they hold the framework). */
export function requireOptions<T>(fn: string, options: T): asserts options is T & object {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${fn}: options are required, with at least { framework }: the framework the survey was built from`);
  }
}

/** Checks the options every reader shares; throws TypeError/RangeError naming the function. */
export function checkIngestOptions(fn: string, options: unknown, withLayout: boolean): IngestCoreOptions {
  requireOptions(fn, options);
  const { framework, organisations, file, layout, maxIssues } = options as Record<string, unknown>;
  if (framework === null || typeof framework !== 'object' || !Array.isArray((framework as { themes?: unknown }).themes)) {
    throw new TypeError(`${fn}: options.framework must be a validated framework (e.g. from parseFramework)`);
  }
  if (organisations !== undefined && (!Array.isArray(organisations) || organisations.some((id) => typeof id !== 'string'))) {
    throw new TypeError(`${fn}: options.organisations must be an array of organisation ids (strings), or left out`);
  }
  if (file !== undefined && typeof file !== 'string') {
    throw new TypeError(`${fn}: options.file must be a string (a file name for issue locations), or left out`);
  }
  if (withLayout && layout !== undefined && !LAYOUTS.has(layout)) {
    throw new RangeError(`${fn}: options.layout must be 'long', 'wide' or 'auto', got ${JSON.stringify(layout)}`);
  }
  return {
    framework: framework as Framework,
    layout: withLayout && layout !== undefined ? (layout as 'long' | 'wide' | 'auto') : 'auto',
    organisations: organisations === undefined ? undefined : (organisations as readonly string[]).map((id) => nfc(id.trim())),
    file,
    maxIssues: maxIssuesOf(fn, maxIssues),
  };
}

/** Reads options.maxBytes; throws RangeError naming the function when it is not a positive number. */
export function checkMaxBytes(fn: string, maxBytes: unknown): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0) || Number.isNaN(maxBytes)) {
    throw new RangeError(`${fn}: options.maxBytes must be a positive number of bytes, got ${showValue(maxBytes)}`);
  }
  return maxBytes;
}
