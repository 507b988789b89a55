import type { Framework } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { AnswersAccounting, AnswersLayout, AnswersNotice, ParseAnswersStreamOptions, ParseAnswersCsvOptions } from './answers-import.js';
import type { AnswerIssue, MalformedRowReason } from './errors.js';
import { AnswerIngest, type IngestCoreOptions } from './ingest-core.js';
import { checkCsvOptions, readCsvText, type CsvRowTarget } from './ingest-csv.js';
import { readAnswerStream } from './ingest-stream.js';
import { resolveOptions, scoreStore, type ScoringOptions } from './score.js';
import { AnswerReader } from './score-read.js';
import { scoringIndexOf } from './score-statistics.js';
import type { AssessmentScores, ScoringOptionsUsed } from './score-types.js';

const READ_KEYS = ['framework', 'organisations', 'date', 'spellings', 'file', 'layout', 'maxBytes', 'delimiter', 'columns', 'encoding', 'maxIssues'];

/**
 * Options of {@link scoreAnswersStream}: how to read the rows, as for `parseAnswersStream`, and the scoring settings,
 * side by side.
 *
 * @category Scoring
 */
export interface ScoreAnswersStreamOptions extends ParseAnswersStreamOptions, ScoringOptions {}

/**
 * The scores of survey rows read as a stream, with everything `parseAnswersStream` would have said about the rows
 * (but not the answers themselves, which are never held). Deeply frozen.
 *
 * @category Scoring
 */
export interface ScoredAnswers {
  /** The scores of every organisation, equal to {@link scoreAnswers} of the answers accepted. */
  readonly scores: AssessmentScores;
  /** Every problem found, in input order, as `parseAnswersStream` reports them. */
  readonly issues: readonly AnswerIssue[];
  /** Rows and cells read, accepted, rejected and blank; `answersAccepted` counts the answers scored. */
  readonly accounting: AnswersAccounting;
  /** The layout that was read. */
  readonly layout: AnswersLayout;
  /** How organisation ids were checked and read, when worth saying, as `parseAnswersStream` gives them. */
  readonly notices: readonly AnswersNotice[];
}

/**
 * An ingestion that hands each answer it accepts straight to a reader: no answer object is made. The reader takes a
 * respondent's group from any of their rows. Internal: shared with the workbook reader (src/xlsx).
 */
export class RowScorer implements CsvRowTarget {
  private readonly ingest: AnswerIngest;
  private readonly reader: AnswerReader;
  private readonly framework: Framework;

  constructor(
    private readonly fn: string,
    core: IngestCoreOptions,
  ) {
    this.framework = core.framework;
    this.reader = new AnswerReader(fn, core.framework, scoringIndexOf(core.framework, fn), { lateGroups: true });
    this.ingest = new AnswerIngest(core, this.reader);
  }

  push(cells: readonly string[], line: number | undefined, problem: MalformedRowReason | undefined): void {
    this.ingest.push(cells, line, problem);
  }

  /** Adds an issue the reader of the input found itself (see `AnswerIngest.note`). */
  note(issue: AnswerIssue): void {
    this.ingest.note(issue);
  }

  pushLine(text: string, start: number, end: number, line: number, delimiter: string): boolean {
    return this.ingest.pushLine(text, start, end, line, delimiter);
  }

  /** Ends the ingestion and scores every answer the reader was handed. */
  finish(scoring: ScoringOptionsUsed): ScoredAnswers {
    const read = this.ingest.finish();
    // The answers were all handed to the reader already (so `read.answers` is empty).
    const scores = scoreStore(this.framework, this.reader.store(), scoring, scoringIndexOf(this.framework, this.fn));
    return deepFreeze({
      scores,
      issues: read.issues,
      accounting: { ...read.accounting, answersAccepted: this.reader.count },
      layout: read.layout,
      notices: read.notices,
    });
  }
}

/**
 * Reads a survey export that arrives as a stream and scores the answers it holds as they arrive, without ever
 * holding them: for exports too large to keep in memory, or that arrive in pieces. The stream is read by exactly the
 * rules of `parseAnswersStream` (text chunks exactly as `parseAnswersCsv` reads the whole text), and the scores equal
 * {@link scoreAnswers} of the answers it accepts (a respondent's group, given on any of their rows, counts for all
 * their answers). Memory stays flat: one byte per respondent and item, the issues and the accounting.
 *
 * @param source - An iterable or async iterable (a Node stream, a web `ReadableStream`, a generator) whose elements
 *   are chunks of CSV text (strings), or rows of cells (arrays of strings, header first) or batches of rows.
 * @param options - As for `parseAnswersStream`: the framework (required), optionally the layout, the known
 *   organisations, a file name, `maxBytes` and the delimiter; and the scoring settings of {@link scoreAnswers}.
 * @returns A promise of the scores with the issues, accounting and layout of the input, deeply frozen;
 *   `accounting.answersAccepted` counts the answers scored.
 * @throws AnswersError (the promise rejects) when the input cannot be read as a whole: larger than `maxBytes`, no
 *   header, required columns missing, a layout that cannot be told.
 * @throws TypeError when the source is not iterable, gives something other than text or rows, or mixes them, or an
 *   option is of the wrong type; RangeError when a setting is out of range or unknown.
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { effectiveCancerAllianceFramework as framework, scoreAnswersStream } from 'cancer-alliance-framework';
 * const path = 'examples/sample/answers-2023-24.csv';
 * const result = await scoreAnswersStream(createReadStream(path, 'utf8'), { framework, file: path });
 * result.scores.organisations.length; // 21
 * result.accounting.answersAccepted; // 21222
 * ```
 * @category Scoring
 */
export async function scoreAnswersStream(
  source: AsyncIterable<string | readonly string[] | readonly (readonly string[])[]> | Iterable<string | readonly string[] | readonly (readonly string[])[]>,
  options: ScoreAnswersStreamOptions,
): Promise<ScoredAnswers> {
  const fn = 'scoreAnswersStream';
  const csv = checkCsvOptions(fn, options);
  const used = resolveOptions(fn, options, READ_KEYS);
  const scorer = new RowScorer(fn, csv.core);
  await readAnswerStream(fn, source, csv, scorer, 'scoreAnswersCsv');
  return scorer.finish(used);
}

/**
 * Options of {@link scoreAnswersCsv}: how to read the CSV text, as for `parseAnswersCsv`, and the scoring settings,
 * side by side.
 *
 * @category Scoring
 */
export interface ScoreAnswersCsvOptions extends ParseAnswersCsvOptions, ScoringOptions {}

/**
 * Reads a survey export as CSV text and scores the answers it holds, without making an answer object for any of
 * them: `parseAnswersCsv` followed by {@link scoreAnswers}, in one pass and a fraction of the time and memory,
 * for when the scores are wanted and the answers themselves are not. The text is read by exactly the rules of
 * `parseAnswersCsv` (layouts, spellings, delimiters, every issue with its row, line and column), and the scores
 * equal {@link scoreAnswers} of the answers it accepts.
 *
 * @param text - The CSV text, or the file's bytes (a `Uint8Array` or an `ArrayBuffer`, decoded by `options.encoding`).
 * @param options - As for `parseAnswersCsv`: the framework (required); optionally the layout, the known
 *   organisations, a file name for locations, `maxBytes`, the delimiter, the column mapping and the encoding; and the
 *   scoring settings of
 *   {@link scoreAnswers}.
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
 * const result = scoreAnswersCsv(csv, { framework, minCoverage: 0 });
 * result.scores.organisations[0]?.items[0]?.score; // 3.5
 * result.issues[0]?.code; // 'unrecognised-answer'
 * result.accounting; // { rowsRead: 2, rowsAccepted: 2, ..., answersAccepted: 3, cellsRejected: 1, cellsBlank: 0, cellsIgnored: 0 }
 * ```
 * @category Scoring
 */
export function scoreAnswersCsv(text: string | Uint8Array | ArrayBuffer, options: ScoreAnswersCsvOptions): ScoredAnswers {
  const fn = 'scoreAnswersCsv';
  const csv = checkCsvOptions(fn, options);
  const used = resolveOptions(fn, options, READ_KEYS);
  const scorer = new RowScorer(fn, csv.core);
  readCsvText(fn, text, csv, scorer);
  return scorer.finish(used);
}
