import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { isAsyncIterable, isIterable } from '../internal/iterable.js';
import type { Answer } from './answer.js';
import type { AnswersAccounting, AnswersLayout, IngestAnswerRowsOptions, ParseAnswersCsvOptions } from './answers-import.js';
import type { AnswerIssue } from './errors.js';
import { AnswerIngest, type IngestCoreOptions } from './ingest-core.js';
import { checkIngestOptions, requireOptions } from './ingest-options.js';
import { prepareCsv, pushCsvRows } from './ingest-csv.js';
import { resolveOptions, scoreStore, type ScoreOptions } from './score.js';
import { AnswerReader, show } from './score-read.js';
import { scoringIndexOf } from './score-statistics.js';
import type { AssessmentScores, ScoringOptionsUsed } from './score-types.js';

/**
 * Options of {@link scoreAnswerRows}: how to read the rows, as for `ingestAnswerRows`, and how to score them.
 *
 * @category Scoring
 */
export interface ScoreAnswerRowsOptions extends IngestAnswerRowsOptions {
  /** Scoring options, as for {@link scoreAssessments} (not `organisationId`). */
  readonly scoring?: ScoreOptions | undefined;
}

/**
 * The scores of survey rows read as a stream, with everything `ingestAnswerRows` would have said about the rows
 * (but not the answers themselves, which are never held). Deeply frozen.
 *
 * @category Scoring
 */
export interface AnswerRowsScores {
  /** The scores of every organisation, equal to {@link scoreAssessments} of the answers accepted. */
  readonly scores: AssessmentScores;
  /** Every problem found, in input order, as `ingestAnswerRows` reports them. */
  readonly issues: readonly AnswerIssue[];
  /** Rows and cells read, accepted, rejected and blank; `answersAccepted` counts the answers scored. */
  readonly accounting: AnswersAccounting;
  /** The layout that was read. */
  readonly layout: AnswersLayout;
}

/**
 * Scores answers that arrive one by one or in batches, from an iterable or an async iterable (a stream), by the
 * same method as {@link scoreAssessments} and with the same result: only a compact store of one cell per
 * respondent and item is kept, never the answers, so that millions of answers can be scored in little memory.
 *
 * @param framework - The framework the answers were given against.
 * @param answers - The answers, in any order: an iterable or async iterable whose elements are answers or arrays of
 *   answers (batches), with the same rules as for {@link scoreAssessments}. Messages number the answers from the
 *   first of the stream, batches flattened.
 * @param options - Scoring options (not `organisationId`); every result names the options it used.
 * @returns The scores of every organisation, in organisation id order, deeply frozen: for an async iterable, a
 *   Promise of them.
 * @throws TypeError when `answers` is not iterable, an element is not an answer, or `options` is not an object.
 * @throws RangeError as {@link scoreAssessments} does: an option out of range or `organisationId` given; an answer
 *   naming an item not in the framework or a value not on its scale, repeating a respondent's answer to an item, or
 *   putting a respondent in a different group from their earlier answers. For an async iterable the Promise
 *   rejects with these errors.
 * @example
 * ```ts
 * import { AnswerSchema, effectiveCancerAllianceFramework, scoreAnswerStream } from 'cancer-alliance-framework';
 * // For example one batch per page of a survey tool's API, or per chunk of a large file.
 * async function* batches() {
 *   yield AnswerSchema.array().parse([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 4 }]);
 *   yield AnswerSchema.array().parse([{ organisationId: 'wessex', respondentId: 'r2', itemId: 'T1.C1', answer: 2 }]);
 * }
 * const scores = await scoreAnswerStream(effectiveCancerAllianceFramework, batches());
 * scores.organisations[0]?.items[0]?.score; // 3
 * ```
 * @category Scoring
 */
export function scoreAnswerStream(
  framework: Framework,
  answers: Iterable<Answer | readonly Answer[]>,
  options?: ScoreOptions | undefined,
): AssessmentScores;
export function scoreAnswerStream(
  framework: Framework,
  answers: AsyncIterable<Answer | readonly Answer[]>,
  options?: ScoreOptions | undefined,
): Promise<AssessmentScores>;
export function scoreAnswerStream(
  framework: Framework,
  answers: Iterable<Answer | readonly Answer[]> | AsyncIterable<Answer | readonly Answer[]>,
  options?: ScoreOptions | undefined,
): AssessmentScores | Promise<AssessmentScores> {
  const fn = 'scoreAnswerStream';
  const { used, organisationId } = resolveOptions(fn, options);
  if (organisationId !== undefined) {
    throw new RangeError(`${fn}: options.organisationId does not apply; scoreAnswerStream scores every organisation (use scoreAssessment for one)`);
  }
  const index = scoringIndexOf(framework, fn);
  const reader = new AnswerReader(fn, framework, index, { only: undefined, single: false, lateGroups: false });
  const add = (element: Answer | readonly Answer[]): void => {
    if (Array.isArray(element)) reader.read(element as readonly Answer[]);
    else reader.readAnswer(element as Answer);
  };
  const finish = (): AssessmentScores => scoreStore(framework, reader.store(), used, index);
  if (!isAsyncIterable(answers) && !isIterable(answers)) {
    throw new TypeError(`${fn}: answers must be an iterable or async iterable of answers (or of arrays of answers), got ${show(answers)}`);
  }
  if (isAsyncIterable(answers)) {
    return (async () => {
      for await (const element of answers) add(element);
      return finish();
    })();
  }
  for (const element of answers) add(element);
  return finish();
}

function checkRow(fn: string, row: unknown, index: number): readonly string[] {
  if (!Array.isArray(row)) {
    throw new TypeError(`${fn}: row ${index + 1} is not an array of cells; give each row as an array of strings, header first`);
  }
  for (const cell of row) {
    if (typeof cell !== 'string') {
      throw new TypeError(`${fn}: row ${index + 1} holds a ${typeof cell}; every cell must be a string (the text of the cell)`);
    }
  }
  return row as readonly string[];
}

/**
 * Feeds rows to an ingestion that hands each answer it accepts straight to a reader: no answer object is made. The
 * reader takes a respondent's group from any of their rows.
 */
class RowScorer {
  readonly ingest: AnswerIngest;
  private readonly reader: AnswerReader;
  private readonly framework: Framework;
  private rows = 0;

  constructor(
    private readonly fn: string,
    core: IngestCoreOptions,
  ) {
    this.framework = core.framework;
    this.reader = new AnswerReader(fn, core.framework, scoringIndexOf(core.framework, fn), { only: undefined, single: false, lateGroups: true });
    this.ingest = new AnswerIngest(core, this.reader);
  }

  /** Feeds a row, or a batch of rows (an array whose first element is an array). */
  add(element: unknown): void {
    if (Array.isArray(element) && Array.isArray(element[0])) {
      for (const row of element as unknown[]) this.push(row);
    } else {
      this.push(element);
    }
  }

  private push(row: unknown): void {
    this.ingest.push(checkRow(this.fn, row, this.rows), undefined, undefined);
    this.rows += 1;
  }

  /** Ends the ingestion and scores every answer the reader was handed. */
  finish(scoring: ScoringOptionsUsed): AnswerRowsScores {
    const read = this.ingest.finish();
    // The answers were all handed to the reader already (so `read.answers` is empty).
    const scores = scoreStore(this.framework, this.reader.store(), scoring, scoringIndexOf(this.framework, this.fn));
    return deepFreeze({
      scores,
      issues: read.issues,
      accounting: { ...read.accounting, answersAccepted: this.reader.count },
      layout: read.layout,
    });
  }
}

/** Scoring options resolved for a function that scores every organisation (so `organisationId` does not apply). */
function scoringFor(fn: string, scoring: ScoreOptions | undefined): ScoringOptionsUsed {
  const { used, organisationId } = resolveOptions(fn, scoring, 'options.scoring');
  if (organisationId !== undefined) {
    throw new RangeError(`${fn}: options.scoring.organisationId does not apply; ${fn} scores every organisation`);
  }
  return used;
}

/**
 * Reads survey rows (header first, long or wide layout) and scores the answers they hold as the rows arrive,
 * without ever holding the answers: the streaming form of `ingestAnswerRows` followed by {@link scoreAssessments},
 * for exports too large to keep in memory. The rows are read by exactly the rules of `ingestAnswerRows`, and the
 * scores equal {@link scoreAssessments} of the answers it accepts (a respondent's group, given on any of their
 * rows, counts for all their answers).
 *
 * @param rows - The rows, header first: an iterable or async iterable (e.g. a CSV parser's stream) whose elements
 *   are rows (arrays of cell texts) or batches of rows (arrays of rows: one element per chunk of a file is much
 *   cheaper to await than one per row).
 * @param options - The framework (required), optionally the layout, the known organisations and a file name, as
 *   for `ingestAnswerRows`; and `scoring`, the options of {@link scoreAssessments}.
 * @returns The scores with the issues, accounting and layout of the rows, deeply frozen: for an async iterable, a
 *   Promise of them.
 * @throws AnswersError when the rows cannot be read as a whole (no header, required columns missing, a layout
 *   that cannot be told).
 * @throws TypeError when a row is not an array of strings or an option is of the wrong type.
 * @throws RangeError when a scoring option is out of range or names `organisationId`.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework, scoreAnswerRows } from 'cancer-alliance-framework';
 * const result = scoreAnswerRows(
 *   [
 *     ['organisation_id', 'respondent_id', 'T1.C1', 'T1.C2'],
 *     ['greater-manchester', 'r1', '3', 'DK'],
 *     ['greater-manchester', 'r2', '4', '2'],
 *   ],
 *   { framework, scoring: { minCoverage: 0 } },
 * );
 * result.scores.organisations[0]?.items[0]?.score; // 3.5
 * result.accounting.answersAccepted; // 4
 * ```
 * @category Scoring
 */
export function scoreAnswerRows(rows: Iterable<readonly string[] | readonly (readonly string[])[]>, options: ScoreAnswerRowsOptions): AnswerRowsScores;
export function scoreAnswerRows(rows: AsyncIterable<readonly string[] | readonly (readonly string[])[]>, options: ScoreAnswerRowsOptions): Promise<AnswerRowsScores>;
export function scoreAnswerRows(
  rows: Iterable<readonly string[] | readonly (readonly string[])[]> | AsyncIterable<readonly string[] | readonly (readonly string[])[]>,
  options: ScoreAnswerRowsOptions,
): AnswerRowsScores | Promise<AnswerRowsScores> {
  const fn = 'scoreAnswerRows';
  requireOptions(fn, options);
  const { scoring, ...ingestOptions } = options;
  const core = checkIngestOptions(fn, ingestOptions, true);
  const used = scoringFor(fn, scoring);
  if (!isAsyncIterable(rows) && !isIterable(rows)) {
    throw new TypeError(`${fn}: rows must be an iterable or async iterable of string arrays (header first), or of batches of them`);
  }
  const scorer = new RowScorer(fn, core);
  if (isAsyncIterable(rows)) {
    return (async () => {
      for await (const element of rows) scorer.add(element);
      return scorer.finish(used);
    })();
  }
  for (const element of rows) scorer.add(element);
  return scorer.finish(used);
}

/**
 * Options of {@link scoreAnswersCsv}: how to read the CSV text, as for `parseAnswersCsv`, and how to score it.
 *
 * @category Scoring
 */
export interface ScoreAnswersCsvOptions extends ParseAnswersCsvOptions {
  /** Scoring options, as for {@link scoreAssessments} (not `organisationId`). */
  readonly scoring?: ScoreOptions | undefined;
}

/**
 * Reads a survey export as CSV text and scores the answers it holds, without making an answer object for any of
 * them: `parseAnswersCsv` followed by {@link scoreAssessments}, in one pass and a fraction of the time and memory,
 * for when the scores are wanted and the answers themselves are not. The text is read by exactly the rules of
 * `parseAnswersCsv` (layouts, spellings, delimiters, every issue with its row, line and column), and the scores
 * equal {@link scoreAssessments} of the answers it accepts.
 *
 * @param text - The CSV text, as read from the file (decoded as UTF-8).
 * @param options - As for `parseAnswersCsv`: the framework (required); optionally the layout, the known
 *   organisations, a file name for locations, `maxBytes` and the delimiter. And `scoring`, the options of
 *   {@link scoreAssessments}.
 * @returns The scores with the issues, accounting and layout of the text, deeply frozen; `accounting.answersAccepted`
 *   counts the answers scored.
 * @throws AnswersError when the text cannot be read as a whole: larger than `maxBytes`, no header, required columns
 *   missing, the same column twice, or a layout that cannot be told.
 * @throws TypeError or RangeError when the arguments are wrong (no framework, a scoring option out of range or
 *   naming `organisationId`).
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework, scoreAnswersCsv } from 'cancer-alliance-framework';
 * const csv = 'organisation_id,respondent_id,T1.C1,T1.C2\ngreater-manchester,r1,3,DK\ngreater-manchester,r2,4,seven\n';
 * const result = scoreAnswersCsv(csv, { framework, scoring: { minCoverage: 0 } });
 * result.scores.organisations[0]?.items[0]?.score; // 3.5
 * result.issues[0]?.code; // 'unrecognised-answer'
 * result.accounting; // { rowsRead: 2, rowsAccepted: 2, ..., answersAccepted: 3, cellsRejected: 1, cellsBlank: 0 }
 * ```
 * @category Scoring
 */
export function scoreAnswersCsv(text: string, options: ScoreAnswersCsvOptions): AnswerRowsScores {
  const fn = 'scoreAnswersCsv';
  requireOptions(fn, options);
  const { scoring, ...csvOptions } = options;
  const csv = prepareCsv(fn, text, csvOptions);
  const used = scoringFor(fn, scoring);
  const scorer = new RowScorer(fn, csv.core);
  pushCsvRows(csv, scorer.ingest);
  return scorer.finish(used);
}
