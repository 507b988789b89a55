/**
 * Runs one case alone, in a process of its own, and prints what it took as one line of JSON, so that its peak
 * resident set size (RSS) is its own. Started by bench/run.ts (and by hand, e.g. under `--cpu-prof`):
 *
 *   node --import tsx bench/case.ts streamed <file.csv>  createReadStream(file, 'utf8') → scoreAnswersStream → analyseNationalPosition
 *   node --import tsx bench/case.ts text <file.csv>      readFileSync → scoreAnswersCsv → analyseNationalPosition
 *   node --import tsx bench/case.ts objects <file.csv>   readFileSync → parseAnswersCsv → scoreAnswers → analyseNationalPosition
 *   node --import tsx bench/case.ts score <file.csv>     parseAnswersCsv (not timed), then scoreAnswers of the answers held
 *
 * `--runs N` (after the file) repeats the case N times in the process (for a profile); the report is of the last run.
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { Answer } from '../src/assessment/answer.js';
import type { AssessmentScores } from '../src/assessment/score-types.js';
import { BENCH_FRAMEWORK_VERSION, loadLibrary, type Library } from './library.js';

/** How the case reads the file. */
export type CaseMode = 'streamed' | 'text' | 'objects' | 'score';

const MODES: readonly string[] = ['streamed', 'text', 'objects', 'score'] satisfies CaseMode[];

/** What one run of the case reports. */
export interface CaseReport {
  readonly mode: CaseMode;
  /** The time of the (last) run, in ms. */
  readonly ms: number;
  /** Peak resident set size of the process, in MiB. */
  readonly peakRssMiB: number;
  /** Resident set size once the library is loaded (and, for `score`, the answers read), before the timed work, in MiB. */
  readonly startRssMiB: number;
  readonly answers: number;
  readonly organisations: number;
}

const MiB = 1024 * 1024;

/** The case: the number of answers scored, and the national position's count of organisations. */
async function run(lib: Library, mode: CaseMode, path: string, held: readonly Answer[]): Promise<{ answers: number; organisations: number }> {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  let answers: number;
  let scores: AssessmentScores;
  if (mode === 'streamed') {
    const result = await lib.scoreAnswersStream(createReadStream(path, 'utf8'), { framework, organisations: 'any' });
    answers = result.accounting.answersAccepted;
    scores = result.scores;
  } else if (mode === 'text') {
    const result = lib.scoreAnswersCsv(readFileSync(path, 'utf8'), { framework, organisations: 'any' });
    answers = result.accounting.answersAccepted;
    scores = result.scores;
  } else if (mode === 'objects') {
    const read = lib.parseAnswersCsv(readFileSync(path, 'utf8'), { framework, organisations: 'any' });
    answers = read.answers.length;
    scores = lib.scoreAnswers(read.answers, { framework });
  } else {
    // Scoring alone: no national position, as the scaling table's scoring row times it.
    const scored = lib.scoreAnswers(held, { framework });
    return { answers: held.length, organisations: scored.organisations.length };
  }
  return { answers, organisations: lib.analyseNationalPosition(scores, { framework }).organisations };
}

async function main(): Promise<void> {
  const [mode, path, flag, count] = process.argv.slice(2);
  if (mode === undefined || !MODES.includes(mode) || path === undefined || (flag !== undefined && flag !== '--runs')) {
    throw new TypeError('usage: case.ts streamed|text|objects|score <file.csv> [--runs N]');
  }
  const runs = flag === undefined ? 1 : Number(count);
  const lib = await loadLibrary();
  const held =
    mode === 'score' ? lib.parseAnswersCsv(readFileSync(path, 'utf8'), { framework: lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION], organisations: 'any' }).answers : [];
  const startRssMiB = process.memoryUsage.rss() / MiB;
  let ms = 0;
  let counts = { answers: 0, organisations: 0 };
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    counts = await run(lib, mode as CaseMode, path, held);
    ms = performance.now() - started;
  }
  const report: CaseReport = { mode: mode as CaseMode, ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, startRssMiB, ...counts };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
