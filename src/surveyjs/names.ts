// The names of the questions of a SurveyJS survey built from a framework, shared by the definition and the reader of
// its results so that the two always agree.
import { itemsOf } from '../framework/lookup.js';
import type { Framework } from '../framework/schema.js';

/** The question that asks for the organisation. */
export const ORGANISATION_QUESTION = 'organisation';
/** The question that asks for the respondent group. */
export const GROUP_QUESTION = 'respondentGroup';
/** A key of a result (or of its wrapper) that gives the respondent's id. */
export const RESPONDENT_KEY = 'respondentId';

const cache = new WeakMap<Framework, ReadonlyMap<string, string>>();

/**
 * The question name of each item, item id → name: the id with every character but letters, digits and `_` made `_`
 * (`T1.C1` → `T1_C1`), as SurveyJS advises, since a `.` in a name reads as a path in its expressions. A name already
 * taken (by an earlier item, or by the organisation or group question) gains `_2`, `_3`, ….
 */
export function questionNamesOf(framework: Framework): ReadonlyMap<string, string> {
  const known = cache.get(framework);
  if (known !== undefined) return known;
  const names = new Map<string, string>();
  const taken = new Set<string>([ORGANISATION_QUESTION.toLowerCase(), GROUP_QUESTION.toLowerCase(), RESPONDENT_KEY.toLowerCase()]);
  for (const ref of itemsOf(framework)) {
    const base = ref.item.id.replace(/[^A-Za-z0-9_]/g, '_');
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    names.set(ref.item.id, name);
  }
  cache.set(framework, names);
  return names;
}
