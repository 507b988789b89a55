import { itemsOf, scaleOf } from '../framework/lookup.js';
import type { ItemKind } from '../framework/lookup.js';
import type { Framework, ItemId, Scale, ThemeId } from '../framework/schema.js';
import type { AnswerValue } from './answer.js';

/** The built-in spellings of "don't know", after folding (lower case, straight apostrophes, single spaces). */
export const DONT_KNOW_SPELLINGS: readonly string[] = Object.freeze([
  'dont-know',
  'dk',
  "don't know",
  'dont know',
  'do not know',
  "don't-know",
  "don't_know",
  'dont_know',
  'not sure',
  'unsure',
  'not known',
  "don't know / not sure",
  "don't know/not sure",
  'dont know / not sure',
  'dont know/not sure',
  'do not know / not sure',
  "not sure / don't know",
  "not sure/don't know",
  "don't know / unsure",
  "don't know/unsure",
]);

/** The built-in spellings of "not applicable", after folding. */
export const NOT_APPLICABLE_SPELLINGS: readonly string[] = Object.freeze(['not-applicable', 'na', 'n/a', 'n.a.', 'n.a', 'not applicable', 'not_applicable']);

// eslint-disable-next-line no-control-regex -- ASCII is the range \x00 to \x7f, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text in Unicode NFC, the form ids are read in, so that an id typed on one system and pasted from another is one
 * id. ASCII text, which most ids are, is in NFC already and is returned as it is.
 */
export function nfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const SPACES = /\s+/g;

/** Folds answer text for look-up: lower case, curly apostrophes made straight, runs of white space made one space. */
export function foldAnswerText(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(SPACES, ' ');
}

const NUMBER = /^[+-]?(\d+)(?:\.(\d+)|,(\d{1,2}))?$/;

/**
 * Reads a trimmed cell as a number, as spreadsheets write them: `3`, `3.0`, `+3`, or `3,0` with a decimal comma
 * (one or two decimals, so that `1,000` is not read as one). Returns `undefined` for anything else.
 */
export function parseAnswerNumber(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const normalised = match[3] !== undefined ? text.replace(',', '.') : text;
  const value = Number(normalised);
  // `-0` and `-0.0` are 0: a negative zero would not survive JSON (it is written 0) and is not a level's value.
  if (value === 0) return 0;
  return Number.isFinite(value) ? value : undefined;
}

/** A level's value and label combined as survey tools export a choice ("3 - Developing", "Developing (3)"). */
function levelSpellings(value: number, label: string): string[] {
  const v = String(value);
  return [v, label, `${v} - ${label}`, `${v} \u2013 ${label}`, `${v} \u2014 ${label}`, `${v}. ${label}`, `${v}: ${label}`, `${v}) ${label}`, `${v} ${label}`, `${label} (${v})`];
}

/** Everything needed to read the answers of one scale. */
export interface ScaleReader {
  readonly scale: Scale;
  /** Raw and folded spellings → answer. */
  readonly table: ReadonlyMap<string, AnswerValue>;
  /** The one-character ASCII spellings of `table` ("3"), by character code: read without hashing the text. */
  readonly single: readonly (AnswerValue | undefined)[];
  /** The level values, lowest first. */
  readonly values: readonly number[];
  /** The spellings to show in hints and in the survey instrument, one short list. */
  readonly accepted: readonly string[];
}

/** One item of a framework, ready for reading answers. */
export interface ItemEntry {
  readonly itemId: ItemId;
  /** Position in survey order, from 0. */
  readonly index: number;
  readonly themeId: ThemeId;
  readonly kind: ItemKind;
  readonly reader: ScaleReader;
}

/** Look-up tables for a framework, built once and cached. */
export interface FrameworkReader {
  readonly items: ReadonlyMap<string, ItemEntry>;
  /** Lower-case item id → entry; `null` when two items fold to the same id. */
  readonly itemsFolded: ReadonlyMap<string, ItemEntry | null>;
  readonly ordered: readonly ItemEntry[];
}

function scaleReader(scale: Scale): ScaleReader {
  const table = new Map<string, AnswerValue>();
  const add = (spelling: string, answer: AnswerValue) => {
    table.set(spelling, answer);
    table.set(foldAnswerText(spelling.trim()), answer);
  };
  for (const spelling of DONT_KNOW_SPELLINGS) add(spelling, 'dont-know');
  for (const spelling of ['DK', "Don't know", 'Don\u2019t know', 'Dont know']) add(spelling, 'dont-know');
  for (const spelling of NOT_APPLICABLE_SPELLINGS) add(spelling, 'not-applicable');
  for (const spelling of ['NA', 'N/A', 'Not applicable']) add(spelling, 'not-applicable');
  add(scale.dontKnow.label, 'dont-know');
  add(scale.notApplicable.label, 'not-applicable');
  // A level wins over the built-in spellings of the non-scoring answers.
  for (const level of scale.levels) {
    for (const spelling of levelSpellings(level.value, level.label)) add(spelling, level.value);
  }
  const values = [...scale.levels.map((level) => level.value)].sort((a, b) => a - b);
  const accepted = [
    ...scale.levels.flatMap((level) => [String(level.value), level.label]),
    'DK',
    "Don't know",
    ...(foldAnswerText(scale.dontKnow.label) === "don't know" ? [] : [scale.dontKnow.label]),
    'NA',
    'N/A',
    'Not applicable',
    ...(foldAnswerText(scale.notApplicable.label) === 'not applicable' ? [] : [scale.notApplicable.label]),
  ];
  const single: (AnswerValue | undefined)[] = new Array<AnswerValue | undefined>(128).fill(undefined);
  for (const [spelling, answer] of table) if (spelling.length === 1 && spelling.charCodeAt(0) < 128) single[spelling.charCodeAt(0)] = answer;
  return { scale, table, single, values, accepted };
}

const readers = new WeakMap<Framework, FrameworkReader>();

/** Returns the look-up tables of a framework, building them on first use. */
export function readerOf(framework: Framework): FrameworkReader {
  const cached = readers.get(framework);
  if (cached) return cached;
  const scaleReaders = new Map<Scale, ScaleReader>();
  const items = new Map<string, ItemEntry>();
  const itemsFolded = new Map<string, ItemEntry | null>();
  const ordered: ItemEntry[] = [];
  for (const ref of itemsOf(framework)) {
    const scale = scaleOf(framework, ref.theme.id);
    let reader = scaleReaders.get(scale);
    if (!reader) {
      reader = scaleReader(scale);
      scaleReaders.set(scale, reader);
    }
    const entry: ItemEntry = { itemId: ref.item.id, index: ordered.length, themeId: ref.theme.id, kind: ref.kind, reader };
    items.set(ref.item.id, entry);
    const folded = ref.item.id.toLowerCase();
    itemsFolded.set(folded, itemsFolded.has(folded) ? null : entry);
    ordered.push(entry);
  }
  const result: FrameworkReader = { items, itemsFolded, ordered };
  readers.set(framework, result);
  return result;
}

const ID_PREFIX = /^([^\s:]+)[\s:]/;

function lookUpItem(reader: FrameworkReader, id: string): ItemEntry | undefined {
  return reader.items.get(id) ?? reader.itemsFolded.get(id.toLowerCase()) ?? undefined;
}

/**
 * Finds the item a trimmed cell or header names: the exact id, the id in any case, or the id followed by a space
 * or a colon and the question's text (`"T1.C1 Partners agree…"`, `"T1.C1: …"`).
 */
export function resolveItem(reader: FrameworkReader, text: string): ItemEntry | undefined {
  const exact = lookUpItem(reader, text);
  if (exact) return exact;
  const match = ID_PREFIX.exec(text);
  return match?.[1] !== undefined ? lookUpItem(reader, match[1]) : undefined;
}

/** Returned by {@link readAnswerText} for a blank cell. */
export const BLANK = Symbol('blank');
/** Returned by {@link readAnswerText} for a number that is not a value of the scale. */
export const OUTSIDE = Symbol('outside');
/** Returned by {@link readAnswerText} for text that is not an answer. */
export const UNRECOGNISED = Symbol('unrecognised');

/**
 * Reads one answer cell for one scale: one Map look-up for the usual spellings, then trimming and folding,
 * then numbers (`3.0`, `3,0`).
 */
export function readAnswerText(reader: ScaleReader, raw: string): AnswerValue | typeof BLANK | typeof OUTSIDE | typeof UNRECOGNISED {
  if (raw.length === 1) {
    const code = raw.charCodeAt(0);
    const answer = code < 128 ? reader.single[code] : undefined;
    if (answer !== undefined) return answer;
  }
  const direct = reader.table.get(raw);
  if (direct !== undefined) return direct;
  const trimmed = raw.trim();
  if (trimmed === '') return BLANK;
  const found = reader.table.get(trimmed) ?? reader.table.get(foldAnswerText(trimmed));
  if (found !== undefined) return found;
  const value = parseAnswerNumber(trimmed);
  if (value === undefined) return UNRECOGNISED;
  return reader.values.includes(value) ? value : OUTSIDE;
}
