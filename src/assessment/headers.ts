// Header cells beyond item ids and the named columns: the question texts the survey instrument writes, a caller's
// column mapping (`options.columns`), the metadata columns of Microsoft Forms, and "did you mean" for a header or an
// item id that names no item. Used by the ingestion core (src/assessment/ingest-core.ts) and the workbook reader.
import { itemsOf } from '../framework/lookup.js';
import type { Framework } from '../framework/schema.js';
import { readerOf, resolveItem } from './answer-text.js';
import type { FrameworkReader, ItemEntry } from './answer-text.js';
import type { AnswerColumns } from './answers-import.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u200b]+/g;
/** Leading numbering: `1. `, `12) `, `3 - `, `Q4: `, `Question 5. `, `1.2 `. */
const NUMBERING = /^(?:q(?:uestion)?\s*)?\d+(?:\.\d+)*\s*[.):-]?\s+/i;
const TRAILING = /[\s.]+$/;

/**
 * A header as it is compared: Unicode NFC, curly quotes made straight, dashes made hyphens, runs of white space made
 * one space, leading numbering (`1. `, `Q4: `) and trailing full stops dropped, lower case. Question texts and a
 * mapping's headers are compared this way, so that a survey tool's typography does not matter.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .replace(NUMBERING, '')
    .replace(TRAILING, '')
    .toLowerCase();
}

/**
 * The metadata columns of a Microsoft Forms export (after normalising), which are set aside: `ID` (which serves as
 * the respondent id when no other column does), `Start time`, `Completion time`, `Email`, `Name`, `Last modified time`,
 * and a quiz's `Total points` and `Quiz feedback`.
 */
const FORMS_METADATA: ReadonlySet<string> = new Set(['id', 'start time', 'completion time', 'email', 'name', 'last modified time', 'total points', 'quiz feedback']);
/** A quiz's columns per question: `Points - <question>` and `Feedback - <question>`. */
const FORMS_QUIZ_COLUMN = /^(?:points|feedback) - /;

/** Whether a header is one of Microsoft Forms' metadata columns. */
export function isFormsMetadata(name: string): boolean {
  const key = normaliseHeader(name);
  return FORMS_METADATA.has(key) || FORMS_QUIZ_COLUMN.test(key);
}

/** Whether a header is Microsoft Forms' `ID` column. */
export function isFormsId(name: string): boolean {
  return normaliseHeader(name) === 'id';
}

/** A framework's question texts, normalised → item (`null` when two items share a text). */
const texts = new WeakMap<Framework, ReadonlyMap<string, ItemEntry | null>>();

function textsOf(framework: Framework): ReadonlyMap<string, ItemEntry | null> {
  const cached = texts.get(framework);
  if (cached) return cached;
  const reader = readerOf(framework);
  const map = new Map<string, ItemEntry | null>();
  for (const ref of itemsOf(framework)) {
    const entry = reader.items.get(ref.item.id);
    const key = normaliseHeader(ref.item.text);
    if (entry === undefined || key === '') continue;
    map.set(key, map.has(key) ? null : entry);
  }
  texts.set(framework, map);
  return map;
}

/** The named columns a mapping may give. */
export type MappedField = 'organisation_id' | 'respondent_id' | 'respondent_group';

/** How the headers of one input are read: built once per input from the framework and `options.columns`. */
export interface HeaderMatcher {
  /** The named column a header is by the mapping, if any. */
  mappedField(name: string): MappedField | undefined;
  /** The item a header names: by the mapping, by its id (with or without the question after it), or by its question text. */
  item(name: string): ItemEntry | undefined;
  /** The item id a header or id that names no item was probably meant to be, for "did you mean". */
  suggest(name: string): string | undefined;
}

/** The item ids of a mapping resolved once: normalised header → item. */
function mappedItems(reader: FrameworkReader, columns: AnswerColumns | undefined): ReadonlyMap<string, ItemEntry> {
  const map = new Map<string, ItemEntry>();
  for (const [header, itemId] of Object.entries(columns?.items ?? {})) {
    const entry = reader.items.get(itemId);
    if (entry !== undefined) map.set(normaliseHeader(header), entry);
  }
  return map;
}

/**
 * The edit distance of two strings, or `limit + 1` when it is more than `limit`. Only the band of cells within
 * `limit` of the diagonal is computed (no path outside it can cost `limit` or less), so that the work is
 * `a.length × (2 × limit + 1)`, and it stops as soon as a whole row of the band is over the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current.fill(over);
    current[0] = i <= limit ? i : over;
    let best = current[0];
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/** Texts longer than this get no suggestion: comparing them would cost too much for what it is worth. */
const MAX_SUGGESTED_LENGTH = 300;
/**
 * The most distinct texts of one input that get a suggestion (each is remembered: a long file may repeat the same
 * wrong id on every row). Past them there is none, so that a header of 100,000 unknown columns costs no more.
 */
const MAX_SUGGESTED = 100;

/** The closest of `candidates` (key → item id) within `limit` edits of `text`, if exactly one is closest. */
function closest(text: string, candidates: Iterable<readonly [string, string]>, limit: number): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const [key, itemId] of candidates) {
    const d = editDistance(text, key, Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = itemId;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best !== itemId) tie = true;
  }
  return tie ? undefined : best;
}

/** Builds the header matcher of one input. */
export function headerMatcher(framework: Framework, columns: AnswerColumns | undefined): HeaderMatcher {
  const reader = readerOf(framework);
  const questions = textsOf(framework);
  const items = mappedItems(reader, columns);
  const fields = new Map<string, MappedField>();
  if (columns?.organisation !== undefined) fields.set(normaliseHeader(columns.organisation), 'organisation_id');
  if (columns?.respondent !== undefined) fields.set(normaliseHeader(columns.respondent), 'respondent_id');
  if (columns?.group !== undefined) fields.set(normaliseHeader(columns.group), 'respondent_group');
  const remembered = new Map<string, string | undefined>();

  const suggestFor = (name: string): string | undefined => {
    const text = name.trim();
    if (text === '' || text.length > MAX_SUGGESTED_LENGTH) return undefined;
    if (!/\s/.test(text)) {
      // An id: the closest item id, ignoring case, within a third of its length (at most 2 edits).
      const limit = Math.min(2, Math.floor(text.length / 3));
      const ids = reader.ordered.map((entry) => [entry.itemId.toLowerCase(), entry.itemId] as const);
      return limit === 0 ? undefined : closest(text.toLowerCase(), ids, limit);
    }
    // A question, perhaps after an id that is wrong (`T1.C9: Partners agree…`): the closest question text within a
    // fifth of its length.
    const key = normaliseHeader(text.replace(/^[^\s:]+:\s+/, ''));
    const limit = Math.max(2, Math.floor(key.length / 5));
    const candidates: (readonly [string, string])[] = [];
    for (const [question, entry] of questions) if (entry !== null) candidates.push([question, entry.itemId]);
    return closest(key, candidates, limit);
  };

  return {
    mappedField: (name) => (fields.size === 0 ? undefined : fields.get(normaliseHeader(name))),
    item(name) {
      if (items.size > 0) {
        const mapped = items.get(normaliseHeader(name));
        if (mapped !== undefined) return mapped;
      }
      return resolveItem(reader, name) ?? questions.get(normaliseHeader(name)) ?? undefined;
    },
    suggest(name) {
      if (remembered.has(name)) return remembered.get(name);
      if (remembered.size >= MAX_SUGGESTED) return undefined;
      const found = suggestFor(name);
      remembered.set(name, found);
      return found;
    },
  };
}
