import { isValid } from 'date-fns/isValid';
import { deepFreeze } from '../internal/freeze.js';
import { isObject } from '../internal/guards.js';
import { standardsData } from './standards.generated.js';
import type { Certainty, DataSource, MeasureId, Standard, StandardsData } from './schema.js';
import { isoDayOf, longDayOf } from '../internal/day.js';

/**
 * A standard, target or ambition in force on a day, with its measure's name and the sources it cites.
 *
 * @category Programme
 */
export interface StandardInForce {
  /** Its id in the standards data, e.g. `fds-77-by-march-2025`. */
  readonly id: string;
  /** The measure, e.g. `fds-28-day`. */
  readonly measure: MeasureId;
  /** The measure's name, e.g. "Faster Diagnosis Standard". */
  readonly measureName: string;
  /** `standard` (operational), `target` (dated, of planning guidance or a national plan) or `ambition` (long term). */
  readonly kind: Standard['kind'];
  /** The share to reach or exceed, in percent. */
  readonly threshold: number;
  /** In words, e.g. "77% target by March 2025" or "75% standard". */
  readonly label: string;
  /** The document that sets it. */
  readonly setBy: string;
  /** The first day it applies (ISO date); null: from before the data begins. */
  readonly validFrom: string | null;
  /** The last day it applies (ISO date); null: still in force. */
  readonly validTo: string | null;
  /** For a target, the day by which it is to be met (ISO date); otherwise null. */
  readonly deadline: string | null;
  /** The source's words. */
  readonly quote: string;
  /** How sure its value and its period are, by fact (`value`, `period`). */
  readonly certainty: Readonly<Record<string, Certainty>>;
  /** The sources its facts cite, each once. */
  readonly sources: readonly DataSource[];
  /** Notes, such as other wordings. */
  readonly notes: readonly string[];
}

/**
 * What `standardsAt` gives: the standards in force on a day, and how far the data can be trusted for it.
 *
 * @category Programme
 */
export interface StandardsInForce {
  /** The day, as an ISO date, in the runtime's local time zone. */
  readonly date: string;
  /** The day the data was last checked against its sources (ISO date). */
  readonly asAt: string;
  /** True when `date` is after `asAt`: standards or targets set since then are not in the data. */
  readonly beyondAsAt: boolean;
  /** The first day the data covers (ISO date). */
  readonly coverageFrom: string;
  /** A sentence when `date` is after `asAt` or before `coverageFrom`; otherwise null. */
  readonly notice: string | null;
  /** The standards, targets and ambitions in force: targets with the nearest deadline first, then standards, then ambitions. */
  readonly standards: readonly StandardInForce[];
}

/**
 * Options of `standardsAt`.
 *
 * @category Programme
 */
export interface StandardsAtOptions {
  /** Only the standards of this measure, e.g. `fds-28-day`. */
  readonly measure?: string | undefined;
}

const KIND_ORDER: Readonly<Record<Standard['kind'], number>> = { target: 0, standard: 1, ambition: 2 };

/** A standard in force, made ready to show. */
function inForce(data: StandardsData, standard: Standard): StandardInForce {
  const measure = data.measures.find((candidate) => candidate.id === standard.measure);
  const cited = new Set(Object.values(standard.sources).flat());
  const label = `${standard.threshold}% ${standard.kind}${standard.deadlineText === undefined ? '' : ` ${standard.deadlineText}`}`;
  return {
    id: standard.id,
    measure: standard.measure,
    measureName: measure?.name ?? standard.measure,
    kind: standard.kind,
    threshold: standard.threshold,
    label,
    setBy: standard.setBy,
    validFrom: standard.validFrom ?? null,
    validTo: standard.validTo ?? null,
    deadline: standard.deadline ?? null,
    quote: standard.quote,
    certainty: standard.certainty,
    sources: data.sources.filter((source) => cited.has(source.id)),
    notes: standard.notes,
  };
}

/** The standards in force on an ISO day, in the order `standardsAt` gives them. */
export function standardsOn(data: StandardsData, day: string, measure?: string | undefined): readonly StandardInForce[] {
  return data.standards
    .filter((standard) => (standard.validFrom ?? data.coverageFrom) <= day && (standard.validTo === undefined || day <= standard.validTo))
    .filter((standard) => measure === undefined || standard.measure === measure)
    .map((standard, index) => ({ standard, index }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.standard.kind] - KIND_ORDER[b.standard.kind] || (a.standard.deadline ?? '9999-12-31').localeCompare(b.standard.deadline ?? '9999-12-31') || a.index - b.index,
    )
    .map(({ standard }) => inForce(data, standard));
}

/** The bundled standards data (measures and the days the data covers), for other areas of the package. */
export function bundledStandards(): StandardsData {
  return standardsData();
}

/**
 * Gives the cancer waiting-time standards, dated national targets and long-term ambitions in force on a day, each with
 * its threshold, the document that sets it, its words, its sources and how sure it is: on 31 March 2025 the Faster
 * Diagnosis Standard's 77% target (2024/25 planning guidance) and its 75% standard. Targets come first, the nearest
 * deadline first, then standards, then ambitions; analyseOutcomes compares an outcome with the first of its measure.
 *
 * @param date - The day, read in the runtime's local time zone.
 * @param options - A measure to keep only its standards (`fds-28-day`, `62-day`, `31-day`, `two-week-wait`,
 * `early-diagnosis`, `five-year-survival`).
 * @returns The standards in force, with `asAt`, `beyondAsAt`, `coverageFrom` and a `notice` when the day is outside
 * what the data covers; deeply frozen.
 * @throws TypeError when `date` is not a Date or `options` not an object; RangeError when the date is invalid or the
 * measure unknown.
 * @example
 * ```ts
 * standardsAt(new Date(2025, 2, 31), { measure: 'fds-28-day' }).standards.map((s) => s.label);
 * // ['77% target by March 2025', '75% standard']
 * standardsAt(new Date(2026, 11, 4), { measure: '62-day' }).standards[0]?.setBy;
 * // 'Medium Term Planning Framework, "Delivering change together" (October 2025)'
 * ```
 * @category Programme
 */
export function standardsAt(date: Date, options?: StandardsAtOptions | undefined): StandardsInForce {
  if (!(date instanceof Date)) throw new TypeError(`standardsAt: date must be a Date, got ${typeof date}`);
  if (!isValid(date)) throw new RangeError('standardsAt: date is an invalid Date; pass a real date such as new Date(2025, 2, 31)');
  if (options !== undefined && !isObject(options)) throw new TypeError('standardsAt: options must be an object or undefined');
  const data = standardsData();
  const measure: unknown = options?.measure;
  if (measure !== undefined && typeof measure !== 'string') throw new TypeError(`standardsAt: options.measure must be a string, got ${typeof measure}`);
  if (measure !== undefined && !data.measures.some((candidate) => candidate.id === measure)) {
    throw new RangeError(`standardsAt: options.measure must be one of ${data.measures.map((candidate) => candidate.id).join(', ')}, got ${measure}`);
  }
  const day = isoDayOf(date);
  const beyondAsAt = day > data.asAt;
  const notice = beyondAsAt
    ? `The standards data is as at ${longDayOf(data.asAt)}; ${longDayOf(day)} is later, so standards or targets set since then are not in it.`
    : day < data.coverageFrom
      ? `The standards data begins on ${longDayOf(data.coverageFrom)}; before then it holds only the standards already in force on that day.`
      : null;
  return deepFreeze({ date: day, asAt: data.asAt, beyondAsAt, coverageFrom: data.coverageFrom, notice, standards: standardsOn(data, day, measure) });
}
