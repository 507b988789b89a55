import { isObject } from '../internal/guards.js';
import type { Report, ReportSet } from './model.js';

function sortKeys(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`exportJson: the value at ${path} is ${String(value)}; a report holds finite numbers only`);
    return value;
  }
  if (Array.isArray(value)) return value.map((entry, index) => sortKeys(entry, `${path}[${index}]`));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry === undefined) continue;
      // defineProperty, not `out[key] =`, so that a key `__proto__` (an organisation's id) stays an own key.
      Object.defineProperty(out, key, { value: sortKeys(entry, `${path}.${key}`), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new TypeError(`exportJson: the value at ${path} is a ${typeof value}; a report holds plain data only`);
}

/**
 * Exports a report model (or a whole report set) as JSON for other tools: every figure unrounded, keys
 * in a stable (sorted) order at every level, two-space indent, ending in a line break. `JSON.parse` of
 * the text gives back a value equal to the report.
 *
 * @param report - A report from `buildNationalReport` or `buildAllianceReport`, or the result of {@link buildReports}.
 * @returns The JSON text.
 * @throws TypeError when `report` is not an object or holds something other than plain data.
 * @example
 * ```ts
 * const text = exportJson(buildNationalReport(scores, { framework }));
 * JSON.parse(text).kind; // 'national-report'
 * ```
 * @category Report
 */
export function exportJson(report: Report | ReportSet): string {
  if (!isObject(report)) throw new TypeError('exportJson: report must be a report model or a report set');
  return `${JSON.stringify(sortKeys(report, '$'), null, 2)}\n`;
}
