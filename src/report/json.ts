import { isObject } from '../internal/guards.js';
import type { Report, ReportSet } from './model.js';

/** Where a value sits in the report, as `$.a.b[0]`, for an error message: made only when there is an error to report. */
function pathOf(segments: readonly (string | number)[]): string {
  return `$${segments.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('')}`;
}

/**
 * The keys of objects met so far, in their own order and sorted, by their first key: a report's objects come in a
 * few shapes, each met again and again (a report set at national size has some 16,000 objects), and sorting the same
 * keys again for each made a tenth of exportJson's garbage. One per export, so that it holds nothing afterwards.
 */
type SortedKeys = Map<string, { readonly keys: readonly string[]; readonly sorted: readonly string[] }[]>;

/** An object's own keys, sorted, from the shapes met so far when it has one of them. */
function sortedKeysOf(value: object, known: SortedKeys): readonly string[] {
  const keys = Object.keys(value);
  const first = keys[0];
  if (first === undefined) return keys;
  const shapes = known.get(first);
  if (shapes !== undefined) {
    for (const shape of shapes) {
      if (shape.keys.length !== keys.length) continue;
      let same = true;
      for (let index = 1; index < keys.length && same; index++) same = shape.keys[index] === keys[index];
      if (same) return shape.sorted;
    }
  }
  const sorted = [...keys].sort();
  // A few shapes per first key at most, so that objects of many shapes (records by id) are not compared with each.
  if (shapes === undefined) known.set(first, [{ keys, sorted }]);
  else if (shapes.length < 8) shapes.push({ keys, sorted });
  return sorted;
}

/**
 * A copy of a report's value with every object's keys in sorted order. `segments` is the path from the root, kept
 * as a stack (pushed and popped), so that path text is made only for an error, not for every value.
 */
function sortKeys(value: unknown, segments: (string | number)[], known: SortedKeys): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`exportJson: the value at ${pathOf(segments)} is ${String(value)}; a report holds finite numbers only`);
    return value;
  }
  if (Array.isArray(value)) {
    const entries = value as readonly unknown[];
    const out = new Array<unknown>(entries.length);
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (entry === undefined && !(index in entries)) continue; // a hole stays a hole (null in JSON), as with map
      segments.push(index);
      out[index] = sortKeys(entry, segments, known);
      segments.pop();
    }
    return out;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of sortedKeysOf(value, known)) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry === undefined) continue;
      segments.push(key);
      const copy = sortKeys(entry, segments, known);
      segments.pop();
      // defineProperty for a key `__proto__` (an organisation's id), so that it stays an own key; plain assignment,
      // the same and quicker, for every other key.
      if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[key] = copy;
    }
    return out;
  }
  throw new TypeError(`exportJson: the value at ${pathOf(segments)} is a ${typeof value}; a report holds plain data only`);
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
  return `${JSON.stringify(sortKeys(report, [], new Map()), null, 2)}\n`;
}
