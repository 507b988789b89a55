/**
 * The synthetic sample: a national self-assessment of the 21 Cancer Alliances of 2022/23, a second round a year
 * later, and a synthetic outcome measure, as CSV files. Everything in it is made up by the package's seeded generator:
 * it is not real survey data and not real performance data. The `sample` command writes these files
 * (src/cli/sample-command.ts), and so does `npm run sample` in the repository (examples/sample/, which adds the
 * Microsoft Forms workbook and its README); the files are the same on every run.
 */
import type { Answer, Framework } from 'cancer-alliance-framework';
import { generateSyntheticAnswers, generateSyntheticOutcomes, type SyntheticOrganisation } from 'cancer-alliance-framework/assessment';
import { itemsOf } from 'cancer-alliance-framework/framework';
import { organisationsAt } from 'cancer-alliance-framework/programme';

/**
 * The version of the reference framework the sample's rounds are answered on: 1.0.0, the reference of 2022/23 and
 * 2023/24. Its numbers (and the golden file of test/golden) are those of 1.0.0, whatever the current reference is.
 */
export const SAMPLE_FRAMEWORK_VERSION = '1.0.0';

/** The seed of the whole sample. */
export const SAMPLE_SEED = 20230331;
/** The day whose alliances are assessed: the last day of 2022/23, when there were 21. */
const SAMPLE_ALLIANCES_ON = new Date(2023, 2, 31);
/** The change between the rounds, in scale points: mostly upward. */
export const SAMPLE_DRIFT = { mean: 0.3, sd: 0.25 } as const;
/** Respondents per alliance: enough for most respondent groups to reach the minimum group size of 3. */
export const SAMPLE_RESPONDENTS = { min: 9, max: 16 } as const;
/** The two themes the synthetic outcome is loosely associated with. */
export const SAMPLE_OUTCOME_THEMES = ['T2', 'T6'] as const;

/** The file names of the sample. */
export const SAMPLE_FILES = {
  first: 'answers-2022-23.csv',
  second: 'answers-2023-24.csv',
  outcomes: 'outcomes-synthetic.csv',
  forms: 'answers-2023-24.xlsx',
  formsQuestions: 'answers-2023-24.forms.xlsx',
  readme: 'README.md',
} as const;

/** The 21 alliances of 2022/23 with their NHS England regions. */
export function sampleOrganisations(): readonly SyntheticOrganisation[] {
  return organisationsAt(SAMPLE_ALLIANCES_ON).alliances.map((alliance) => ({ id: alliance.id, regionId: alliance.regionId }));
}

/** A CSV cell, quoted when it must be (RFC 4180). */
function cell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text of rows, each line ended with `\n`. */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

function answerText(answer: Answer['answer']): string {
  if (answer === 'dont-know') return 'DK';
  if (answer === 'not-applicable') return 'NA';
  return String(answer);
}

/** Long layout: one row per answer. */
export function longCsv(answers: readonly Answer[]): string {
  return csv([
    ['organisation_id', 'respondent_id', 'respondent_group', 'item_id', 'answer', 'comment'],
    ...answers.map((a) => [a.organisationId, a.respondentId, a.respondentGroup ?? '', a.itemId, answerText(a.answer), a.comment ?? '']),
  ]);
}

/** Wide layout: one row per respondent, one column per item, and a comment column for each item that has a comment. */
export function wideCsv(framework: Framework, answers: readonly Answer[]): string {
  return csv(wideRows(framework, answers));
}

/** The rows of the wide layout, header first. */
export function wideRows(framework: Framework, answers: readonly Answer[]): string[][] {
  const items = itemsOf(framework).map((ref) => ref.item.id as string);
  const commented = items.filter((itemId) => answers.some((a) => a.itemId === itemId && a.comment !== undefined));
  const respondents = new Map<string, { organisationId: string; respondentId: string; group: string; cells: Map<string, string> }>();
  for (const a of answers) {
    const key = `${a.organisationId}\u0000${a.respondentId}`;
    let respondent = respondents.get(key);
    if (!respondent) {
      respondent = { organisationId: a.organisationId, respondentId: a.respondentId, group: a.respondentGroup ?? '', cells: new Map() };
      respondents.set(key, respondent);
    }
    respondent.cells.set(a.itemId, answerText(a.answer));
    if (a.comment !== undefined) respondent.cells.set(`comment:${a.itemId}`, a.comment);
  }
  const columns = [...items, ...commented.map((itemId) => `comment:${itemId}`)];
  return [
    ['organisation_id', 'respondent_id', 'respondent_group', ...columns],
    ...[...respondents.values()].map((r) => [r.organisationId, r.respondentId, r.group, ...columns.map((column) => r.cells.get(column) ?? '')]),
  ];
}

/** Both rounds' answers and the outcomes of the sample, and the text of its three CSV files. */
export interface SampleData {
  readonly first: readonly Answer[];
  readonly second: readonly Answer[];
  readonly outcomes: readonly { readonly organisationId: string; readonly value: number }[];
  /** File name → text: the two rounds' answers and the outcomes. */
  readonly csvFiles: Readonly<Record<string, string>>;
}

/** Builds the sample's answers, outcomes and CSV files in memory, the same on every run. */
export function buildSampleData(framework: Framework): SampleData {
  const organisations = sampleOrganisations();
  const first = generateSyntheticAnswers({ framework, organisations, seed: SAMPLE_SEED, respondents: SAMPLE_RESPONDENTS });
  const second = generateSyntheticAnswers({ framework, organisations, seed: SAMPLE_SEED, respondents: SAMPLE_RESPONDENTS, drift: SAMPLE_DRIFT });
  const outcomes = generateSyntheticOutcomes({ framework, organisations, seed: SAMPLE_SEED, drift: SAMPLE_DRIFT, themes: SAMPLE_OUTCOME_THEMES });
  const csvFiles = {
    [SAMPLE_FILES.first]: longCsv(first),
    [SAMPLE_FILES.second]: wideCsv(framework, second),
    [SAMPLE_FILES.outcomes]: csv([['organisation_id', 'value'], ...outcomes.map((o) => [o.organisationId, o.value.toFixed(1)])]),
  };
  return { first, second, outcomes, csvFiles };
}

/** The counts of one round's answers, in words, for a README. */
export function countsOf(answers: readonly Answer[], items: number): string {
  const respondents = new Set(answers.map((a) => `${a.organisationId}\u0000${a.respondentId}`)).size;
  const dontKnow = answers.filter((a) => a.answer === 'dont-know').length;
  const notApplicable = answers.filter((a) => a.answer === 'not-applicable').length;
  const blank = respondents * items - answers.length;
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(respondents)} respondents, ${n(answers.length)} answers (${n(dontKnow)} "don't know", ${n(notApplicable)} "not applicable"), ${n(blank)} left blank`;
}
