/**
 * Runs one case alone, in a process of its own, and prints what it took as one line of JSON, so that its peak
 * resident set size (RSS) is its own. Started by bench/run.ts:
 *
 *   node --import tsx bench/large-case.ts streamed <file.csv>   csvRowBatches → scoreAnswersStream → analyseNationalPosition
 *   node --import tsx bench/large-case.ts text <file.csv>       readFileSync → scoreAnswersCsv → analyseNationalPosition
 *   node --import tsx bench/large-case.ts objects <file.csv>    readFileSync → parseAnswersCsv → scoreAnswers → analyseNationalPosition
 */
import { readFileSync } from 'node:fs';
import { csvRowBatches } from './csv-stream.js';
import { BENCH_FRAMEWORK_VERSION, loadLibrary } from './library.js';

/** How the case reads the file: streamed in chunks, as one text, or as one text into Answer objects. */
export type CaseMode = 'streamed' | 'text' | 'objects';

const MODES: readonly string[] = ['streamed', 'text', 'objects'] satisfies CaseMode[];

/** What one run of the case reports. */
export interface CaseReport {
  readonly mode: CaseMode;
  readonly ms: number;
  /** Peak resident set size of the process, in MiB. */
  readonly peakRssMiB: number;
  readonly answers: number;
  readonly organisations: number;
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2);
  if (mode === undefined || !MODES.includes(mode) || path === undefined) {
    throw new TypeError('usage: large-case.ts streamed|text|objects <file.csv>');
  }
  const lib = await loadLibrary();
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const started = performance.now();
  let answers: number;
  let scores;
  if (mode === 'streamed') {
    const result = await lib.scoreAnswersStream(csvRowBatches(path), { framework });
    answers = result.accounting.answersAccepted;
    scores = result.scores;
  } else if (mode === 'text') {
    const result = lib.scoreAnswersCsv(readFileSync(path, 'utf8'), { framework });
    answers = result.accounting.answersAccepted;
    scores = result.scores;
  } else {
    const read = lib.parseAnswersCsv(readFileSync(path, 'utf8'), { framework });
    answers = read.answers.length;
    scores = lib.scoreAnswers(read.answers, { framework });
  }
  const position = lib.analyseNationalPosition(scores, { framework });
  const report: CaseReport = {
    mode: mode as CaseMode,
    ms: performance.now() - started,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    answers,
    organisations: position.organisations,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
