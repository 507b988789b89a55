/**
 * `report --region <id|name>` and `report --alliances <id,...>`: reports on some of the alliances of the answers.
 * The other alliances' answers are left out before scoring, so the national figures (medians, quartiles, ranks,
 * barriers, the association with outcomes) are over the chosen alliances only, and every report says so.
 */
import type { AnswersImport, OutcomeSeries } from 'cancer-alliance-framework';
import { findAlliance, organisations } from 'cancer-alliance-framework/programme';
import { EXIT } from './io.js';
import { fail, plural, type Outcome } from './inputs.js';
import { suggestionOf } from './suggest.js';

/** Which alliances `report` covers: all of them, those of one region, or those listed. */
export type Selection =
  { readonly kind: 'all' } | { readonly kind: 'region'; readonly id: string; readonly name: string } | { readonly kind: 'alliances'; readonly ids: readonly string[] };

/** A region of the programme named by its ODS code (`Y56`) or its name (`london`), in any case; else null. */
export function regionNamed(given: string): { readonly id: string; readonly name: string } | null {
  const wanted = given.trim().replace(/\s+/g, ' ').toLowerCase();
  const region = organisations.regions.find((candidate) => candidate.id.toLowerCase() === wanted || candidate.name.toLowerCase() === wanted);
  return region === undefined ? null : { id: region.id, name: region.name };
}

/** The regions, for a message: `Y56 London, Y59 South East, …`, and "did you mean" for a name or code not found. */
export function regionChoices(given: string): { readonly list: string; readonly suggestion: string } {
  const candidates = organisations.regions.flatMap((region) => [region.id, region.name]);
  const wanted = given.trim().toLowerCase();
  const near = suggestionOf(
    wanted,
    candidates.map((candidate) => candidate.toLowerCase()),
  );
  const named = candidates.find((candidate) => ` Did you mean ${candidate.toLowerCase()}?` === near);
  return {
    list: organisations.regions.map((region) => `${region.id} ${region.name}`).join(', '),
    suggestion: named === undefined ? '' : ` Did you mean ${named}?`,
  };
}

/** The chosen alliances among the organisation ids of the answers, with the sentence the reports carry; a failure (exit 2) when none or an unknown one is chosen. */
export function selectAlliances(selection: Selection, ids: readonly string[]): Outcome<{ readonly ids: ReadonlySet<string>; readonly notice: string } | null> {
  if (selection.kind === 'all') return { ok: true, value: null };
  let chosen: string[];
  let which: string;
  if (selection.kind === 'region') {
    chosen = ids.filter((id) => findAlliance(id)?.regionId === selection.id);
    which = `the ${selection.name} region (${selection.id})`;
    if (chosen.length === 0) {
      return fail(
        EXIT.usage,
        `--region: no alliance of the answers is hosted by ${which}.`,
        `  hint: The answers hold ${plural(ids.length, 'organisation')}: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}; choose another region, or list alliances with --alliances.`,
      );
    }
  } else {
    chosen = [];
    const unknown: string[] = [];
    for (const given of selection.ids) {
      const found = ids.find((id) => id.toLowerCase() === given.toLowerCase());
      if (found === undefined) unknown.push(`  "${given}" is not an organisation of the answers.${suggestionOf(given.toLowerCase(), ids)}`);
      else if (!chosen.includes(found)) chosen.push(found);
    }
    if (unknown.length > 0) {
      return fail(
        EXIT.usage,
        `--alliances names ${plural(unknown.length, 'organisation')} that the answers do not hold:`,
        ...unknown,
        '  hint: Give the organisation ids of the answers file, separated by commas.',
      );
    }
    which = 'chosen with --alliances';
  }
  const notice =
    `These reports cover ${chosen.length} of the ${ids.length} alliances in the answers, ${which}: ` +
    `national figures (medians, quartiles, ranks, barriers) are over these ${chosen.length} only.`;
  return { ok: true, value: { ids: new Set(chosen), notice } };
}

/** An import with only the chosen organisations' answers (the accounting of the file is kept as read). */
export function onlyChosen(result: AnswersImport, ids: ReadonlySet<string>): AnswersImport {
  return { ...result, answers: result.answers.filter((answer) => ids.has(answer.organisationId)) };
}

/** An outcome series with only the chosen organisations' values. */
export function outcomesOfChosen(series: OutcomeSeries, ids: ReadonlySet<string>): OutcomeSeries {
  return { ...series, values: series.values.filter((value) => ids.has(value.organisationId)) };
}
