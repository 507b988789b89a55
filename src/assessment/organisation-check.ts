// Which organisation ids survey answers may name, and how a name or a near miss is read: the `organisations` and
// `date` options of every answers reader. With the programme's own framework the default is the Cancer Alliances of
// the bundled programme data (those in force at the round's date when it is given); other frameworks accept any id
// unless they pass their own list. Reading a file never invents an alliance.
import type { Framework } from '../framework/schema.js';
import { nfc } from './answer-text.js';
import { nearest } from '../internal/nearest.js';
import { allianceNames, allianceNamesAsAt } from '../programme/alliance-names.generated.js';

/**
 * An organisation that answers may name: its id and, optionally, its display name, which is read as the id too.
 *
 * @category Assessment
 */
export interface KnownOrganisation {
  /** The organisation's id, as answers should give it. */
  readonly id: string;
  /** Its display name (e.g. "Greater Manchester Cancer Alliance"), read as the id in any case and spacing. */
  readonly name?: string | undefined;
}

/**
 * Which organisation ids answers may name: `'programme'`, the Cancer Alliances of the bundled programme data (in
 * force at `date` when it is given); `'any'`, every id as written; or a list of ids or {@link KnownOrganisation}s.
 *
 * @category Assessment
 */
export type OrganisationsOption = 'programme' | 'any' | readonly (string | KnownOrganisation)[];

/** The id of the programme's own framework: answers to it name Cancer Alliances by default. */
export const PROGRAMME_FRAMEWORK_ID = 'effective-cancer-alliance';

/** One organisation, checked: its id and the names that are read as it. */
export interface OrganisationEntry {
  readonly id: string;
  readonly names: readonly string[];
}

/** The organisations answers may name, as the ingestion core needs them. */
export interface OrganisationCheck {
  readonly entries: readonly OrganisationEntry[];
  /** Said once in the import's notices: how the list was chosen, when the caller did not say. */
  readonly notice: string | undefined;
}

/**
 * Folds an organisation id or name for look-up: compatibility forms, lower case, apostrophes dropped, `&` as "and",
 * any run of other characters than letters and digits as one space, and a trailing "Cancer Alliance" dropped; so that
 * `greater-manchester`, `Greater Manchester` and `Greater Manchester Cancer Alliance` fold alike.
 */
export function foldOrganisation(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/ cancer alliance$/, '');
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The `date` option as an ISO day, or undefined; throws RangeError/TypeError naming the function. */
function checkDate(fn: string, date: unknown): string | undefined {
  if (date === undefined) return undefined;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError(`${fn}: options.date is an invalid Date; pass the round's date, e.g. '2024-03-31'`);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  if (typeof date !== 'string') throw new TypeError(`${fn}: options.date must be a Date or a yyyy-mm-dd string (the round's date), or left out`);
  if (!isIsoDay(date)) throw new RangeError(`${fn}: options.date must be a real date written yyyy-mm-dd (the round's date), got ${JSON.stringify(date)}`);
  return date;
}

function programmeEntries(day: string | undefined): OrganisationCheck {
  const alliances =
    day === undefined ? allianceNames : allianceNames.filter((alliance) => alliance.validFrom <= day && (alliance.validTo === undefined || day <= alliance.validTo));
  const entries = alliances.map((alliance) => ({ id: alliance.id, names: alliance.names }));
  const notice =
    day === undefined
      ? `No round date was given, so organisation ids were checked against every Cancer Alliance in the programme's data ` +
        `(as at ${allianceNamesAsAt}), whatever its dates; pass the round's date as \`date\` to check against the alliances in force that day.`
      : undefined;
  return { entries, notice };
}

/**
 * Reads the `organisations` and `date` options: the organisations answers may name, or undefined for any id.
 * Throws TypeError/RangeError naming the function when either is malformed.
 */
export function checkOrganisations(fn: string, framework: Framework, organisations: unknown, date: unknown): OrganisationCheck | undefined {
  const day = checkDate(fn, date);
  if (organisations === 'any') return undefined;
  if (organisations === 'programme') return programmeEntries(day);
  if (organisations === undefined) return framework.id === PROGRAMME_FRAMEWORK_ID ? programmeEntries(day) : undefined;
  const shape = `${fn}: options.organisations must be 'programme', 'any', or an array of organisation ids or { id, name } objects`;
  if (!Array.isArray(organisations)) throw new TypeError(`${shape}, got ${typeof organisations}`);
  const entries = (organisations as readonly unknown[]).map((entry, index): OrganisationEntry => {
    if (typeof entry === 'string') return { id: nfc(entry.trim()), names: [] };
    if (entry === null || typeof entry !== 'object') throw new TypeError(`${shape}; element ${index} is ${entry === null ? 'null' : typeof entry}`);
    const { id, name } = entry as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || (name !== undefined && typeof name !== 'string')) {
      throw new TypeError(`${shape}; element ${index} needs a string id and, optionally, a string name`);
    }
    return { id: nfc(id.trim()), names: name === undefined ? [] : [name] };
  });
  return { entries, notice: undefined };
}

/**
 * How one organisation text other than an exact id was read.
 *
 * @category Assessment
 */
export interface OrganisationNameRead {
  /** The text as written (trimmed). */
  readonly text: string;
  /** The organisation id it was read as. */
  readonly organisationId: string;
  /** The rows (JSON: elements) that gave it. */
  readonly rows: number;
}

/** Reads organisation texts as ids: exactly, then folded (any case and spacing, display names); suggests near misses. */
export class OrganisationResolver {
  private readonly exact: ReadonlySet<string>;
  /** Folded id or name → id; null when two organisations fold alike. */
  private readonly folded: ReadonlyMap<string, string | null>;
  private readonly read = new Map<string, { organisationId: string; rows: number }>();
  private readonly suggested = new Map<string, string | null>();

  constructor(entries: readonly OrganisationEntry[]) {
    this.exact = new Set(entries.map((entry) => entry.id));
    const folded = new Map<string, string | null>();
    for (const { id, names } of entries) {
      for (const text of [id, ...names]) {
        const key = foldOrganisation(text);
        if (key === '') continue;
        folded.set(key, folded.has(key) && folded.get(key) !== id ? null : id);
      }
    }
    this.folded = folded;
  }

  /** The id a trimmed text names, or undefined; a text other than the exact id is counted for the notices. */
  resolve(text: string): string | undefined {
    if (this.exact.has(text)) return text;
    const counted = this.read.get(text);
    if (counted !== undefined) {
      counted.rows += 1;
      return counted.organisationId;
    }
    const id = this.folded.get(foldOrganisation(text)) ?? undefined;
    if (id !== undefined) this.read.set(text, { organisationId: id, rows: 1 });
    return id;
  }

  /** The id most like a text that names none, when one is near enough to be a slip; else null. */
  suggest(text: string): string | null {
    const cached = this.suggested.get(text);
    if (cached !== undefined) return cached;
    const key = foldOrganisation(text);
    let found: string | null = null;
    if (key !== '') {
      const candidates = [...this.folded].filter((pair): pair is [string, string] => pair[1] !== null);
      // A text that starts a name ("greater") or that a name starts ("wessex alliance") is likely meant.
      found = candidates.find(([candidate]) => candidate.startsWith(`${key} `) || key.startsWith(`${candidate} `))?.[1] ?? nearest(key, candidates) ?? null;
    }
    if (this.suggested.size < 1000) this.suggested.set(text, found);
    return found;
  }

  /** Every text read as an id other than itself, with its rows, in the order first met. */
  namesRead(): readonly OrganisationNameRead[] {
    return [...this.read].map(([text, { organisationId, rows }]) => ({ text, organisationId, rows }));
  }
}
