import type { Framework } from '../framework/schema.js';
import { readerOf } from './answer-text.js';
import type { AnswerColumns } from './answers-import.js';
import { headerMatcher } from './headers.js';
import type { IngestCoreOptions } from './ingest-core.js';
import { maxIssuesOf } from '../internal/limits.js';
import { showValue } from '../internal/show.js';
import { checkSpellings } from './answer-spellings.js';
import { checkOrganisations } from './organisation-check.js';

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
  const { framework, organisations, date, spellings, file, layout, maxIssues } = options as Record<string, unknown>;
  if (framework === null || typeof framework !== 'object' || !Array.isArray((framework as { themes?: unknown }).themes)) {
    throw new TypeError(`${fn}: options.framework must be a validated framework (e.g. from parseFramework)`);
  }
  if (file !== undefined && typeof file !== 'string') {
    throw new TypeError(`${fn}: options.file must be a string (a file name for issue locations), or left out`);
  }
  if (withLayout && layout !== undefined && !LAYOUTS.has(layout)) {
    throw new RangeError(`${fn}: options.layout must be 'long', 'wide' or 'auto', got ${JSON.stringify(layout)}`);
  }
  const columns = withLayout ? checkColumns(fn, (options as { columns?: unknown }).columns, framework as Framework) : undefined;
  return {
    framework: framework as Framework,
    layout: withLayout && layout !== undefined ? (layout as 'long' | 'wide' | 'auto') : 'auto',
    organisations: checkOrganisations(fn, framework as Framework, organisations, date),
    spellings: checkSpellings(fn, spellings),
    file,
    maxIssues: maxIssuesOf(fn, maxIssues),
    ...(columns === undefined ? {} : { columns }),
  };
}

const COLUMN_FIELDS = ['organisation', 'respondent', 'group'] as const;

/** Checks `options.columns`: headers as non-empty strings, item ids of the framework (with "did you mean"). */
function checkColumns(fn: string, columns: unknown, framework: Framework): AnswerColumns | undefined {
  if (columns === undefined) return undefined;
  const shape = `${fn}: options.columns must be an object { organisation?, respondent?, group?, items? } naming columns by their headers`;
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) throw new TypeError(`${shape}, got ${showValue(columns)}`);
  const given = columns as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (key !== 'items' && !(COLUMN_FIELDS as readonly string[]).includes(key)) throw new TypeError(`${shape}; "${key}" is not one of them`);
  }
  for (const key of COLUMN_FIELDS) {
    const header = given[key];
    if (header !== undefined && (typeof header !== 'string' || header.trim() === '')) {
      throw new TypeError(`${fn}: options.columns.${key} must be a column's header (a non-empty string), got ${showValue(header)}`);
    }
  }
  const items = given['items'];
  if (items !== undefined) {
    if (items === null || typeof items !== 'object' || Array.isArray(items)) {
      throw new TypeError(`${fn}: options.columns.items must be an object { header: itemId }, got ${showValue(items)}`);
    }
    const reader = readerOf(framework);
    const matcher = headerMatcher(framework, undefined);
    for (const [header, itemId] of Object.entries(items as Record<string, unknown>)) {
      if (typeof itemId !== 'string') throw new TypeError(`${fn}: options.columns.items[${JSON.stringify(header)}] must be an item id (a string), got ${showValue(itemId)}`);
      if (!reader.items.has(itemId)) {
        const suggestion = matcher.suggest(itemId);
        throw new RangeError(
          `${fn}: options.columns.items[${JSON.stringify(header)}] is ${JSON.stringify(itemId)}, not an item id of the framework${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
        );
      }
    }
  }
  return columns;
}

/** Reads options.maxBytes; throws RangeError naming the function when it is not a positive number. */
export function checkMaxBytes(fn: string, maxBytes: unknown): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0) || Number.isNaN(maxBytes)) {
    throw new RangeError(`${fn}: options.maxBytes must be a positive number of bytes, got ${showValue(maxBytes)}`);
  }
  return maxBytes;
}
