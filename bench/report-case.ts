/**
 * The two report rows of the bench, alone, for profiles, output hashes and before/after timings (issue 17 part 3):
 *
 *   node --import tsx bench/report-case.ts hash                  sha256 of every output of both rows (HTML, Markdown, CSV, JSON)
 *   node --cpu-prof --import tsx bench/report-case.ts run large --runs 5      the national report at 2,000 organisations, 5 times
 *   node --cpu-prof --import tsx bench/report-case.ts run national --runs 30  all reports at national size, 30 times
 *   node --import tsx bench/report-case.ts compare large <other dist/> --rounds 9
 *
 * `run` prints, per run, the wall time of each part (build, renderHtml, renderMarkdown; at national size the exports
 * too) with the time spent collecting garbage within it, and the CPU time of the whole. `compare` times the same row with the package built in another folder (e.g. a copy of dist/
 * made before a change, with package.json and node_modules beside it) and with this one, in turns (A B, B A, …),
 * and prints the medians of wall and CPU time (user + system) of each. `--lib <dist/>` measures another build;
 * `--src` measures the sources through tsx (profiles then name each function's file); `--hold-answers` reads the large data with parseAnswersCsv and keeps its 8 million answers held, as `npm run
 * bench` does when it times the large row (a bigger heap makes garbage collection dearer).
 *
 * The data are the bench's (data.ts): large is 2,000 organisations × 50 respondents, national the 21 alliances × 40
 * respondents with 3 respondent groups. Scores are made once, untimed, with the build measured.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Answer } from '../src/assessment/answer.js';
import type { AssessmentScores } from '../src/assessment/score-types.js';
import { withGroups, writeDataset } from './data.js';
import { BENCH_FRAMEWORK_VERSION, ensureBuild, loadLibrary, ROOT, type Library } from './library.js';
import { collectAll } from './timing.js';

type Row = 'large' | 'national';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

/** Imports a build of the package from a dist/ folder: its root, report and framework entries, as one object. */
async function libraryAt(dist: string): Promise<Library> {
  const entries = ['index.js', 'report.js', 'framework.js'].map((file) => pathToFileURL(join(dist, file)).href);
  const [root, report, framework] = await Promise.all(entries.map((entry) => import(entry) as Promise<object>));
  return { ...framework, ...report, ...root } as Library;
}

/** The package's sources (through tsx), for profiles that name each function's own file. */
async function sourceLibrary(): Promise<Library> {
  const [root, report, framework] = await Promise.all([import('../src/index.js'), import('../src/report/index.js'), import('../src/framework/index.js')]);
  return { ...framework, ...report, ...root };
}

/** The row's scores, made once; answers are kept in `held` with --hold-answers. */
function scoresOf(lib: Library, row: Row, holdAnswers: boolean, held: (readonly Answer[])[]): AssessmentScores {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const file = writeDataset(row, framework);
  const text = readFileSync(file.path, 'utf8');
  if (row === 'national') {
    const answers = lib.parseAnswersCsv(text, { framework, organisations: 'any' }).answers;
    return lib.scoreAnswers(withGroups(answers), { framework });
  }
  if (!holdAnswers) return lib.scoreAnswersCsv(text, { framework, organisations: 'any' }).scores;
  const answers = lib.parseAnswersCsv(text, { framework, organisations: 'any' }).answers;
  held.push(answers);
  return lib.scoreAnswers(answers, { framework });
}

/** The CPU time of the process so far (user + system), in ms. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Each part of a row: its name and what it returns (texts, or a model to render). */
interface Parts {
  readonly names: readonly string[];
  /** Runs the row once; `mark` is called after each part. Returns every text written. */
  readonly run: (mark: () => void) => string[];
}

function partsOf(lib: Library, row: Row, scores: AssessmentScores): Parts {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  if (row === 'large') {
    return {
      names: ['buildNationalReport', 'renderHtml', 'renderMarkdown'],
      run: (mark) => {
        const report = lib.buildNationalReport(scores, { framework, synthetic: true });
        mark();
        const html = lib.renderHtml(report);
        mark();
        const markdown = lib.renderMarkdown(report);
        mark();
        return [html, markdown];
      },
    };
  }
  return {
    names: ['buildReports', 'renderHtml', 'renderMarkdown', 'exportCsv', 'exportJson'],
    run: (mark) => {
      const set = lib.buildReports(scores, { framework, synthetic: true });
      mark();
      const reports = [set.national, ...set.alliances];
      const texts = reports.map((report) => lib.renderHtml(report));
      mark();
      texts.push(...reports.map((report) => lib.renderMarkdown(report)));
      mark();
      for (const table of ['scores', 'item-scores', 'gaps', 'needs', 'barriers'] as const) texts.push(lib.exportCsv(set, { table }));
      mark();
      texts.push(lib.exportJson(set));
      mark();
      return texts;
    },
  };
}

/** One run: the wall time of each part and of the whole, the CPU time of the whole, and when each part started and ended. */
function timedRun(parts: Parts): { parts: number[]; wall: number; cpu: number; bounds: number[] } {
  const marks: number[] = [];
  const cpu = cpuMs();
  const started = performance.now();
  parts.run(() => marks.push(performance.now()));
  const wall = performance.now() - started;
  return { parts: marks.map((mark, i) => mark - (i === 0 ? started : marks[i - 1]!)), wall, cpu: cpuMs() - cpu, bounds: [started, ...marks] };
}

/** The garbage collections of the process (start and duration, ms), as Node reports them. */
const collections: { readonly start: number; readonly duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

/** The time spent collecting garbage between two moments. */
function collectingBetween(from: number, to: number): number {
  return collections.filter((entry) => entry.start >= from && entry.start < to).reduce((sum, entry) => sum + entry.duration, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const [mode, rowArgument, other] = process.argv.slice(2);
  const dist = argument('--lib');
  const fromSources = process.argv.includes('--src');
  if (dist === undefined && !fromSources) ensureBuild(log);
  const lib = fromSources ? await sourceLibrary() : dist === undefined ? await loadLibrary() : await libraryAt(dist);
  const held: (readonly Answer[])[] = [];
  if (mode === 'hash') {
    for (const row of ['large', 'national'] as const) {
      const texts = partsOf(lib, row, scoresOf(lib, row, false, held)).run(() => undefined);
      log(`${row}: ${texts.length} texts, ${texts.reduce((sum, text) => sum + text.length, 0)} characters, sha256 ${sha(texts.join('\u0000'))}`);
      for (const [i, text] of texts.entries()) if (i < 2 || i >= texts.length - 6) log(`  ${i}: ${sha(text)} (${text.length})`);
    }
    return;
  }
  const row = rowArgument;
  if (row !== 'large' && row !== 'national') throw new Error('report-case: give the row, large or national');
  const scores = scoresOf(lib, row, process.argv.includes('--hold-answers'), held);
  if (mode === 'run') {
    const parts = partsOf(lib, row, scores);
    const runs = Number(argument('--runs') ?? 5);
    for (let r = 0; r < runs; r++) {
      const { parts: times, wall, cpu, bounds } = timedRun(parts);
      // The collections are reported after the run's synchronous work: wait for them.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const collecting = parts.names.map((_, i) => collectingBetween(bounds[i]!, bounds[i + 1]!));
      log(
        `run ${r + 1}: ${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)}, collecting garbage ${collecting.reduce((sum, value) => sum + value, 0).toFixed(1)}): ${parts.names
          .map((name, i) => `${name} ${times[i]!.toFixed(1)} (gc ${collecting[i]!.toFixed(1)})`)
          .join(', ')}`,
      );
    }
    return;
  }
  if (mode !== 'compare' || other === undefined) throw new Error('report-case: give hash, run <row> or compare <row> <other dist/>');
  const sides = [
    { name: `other (${other})`, parts: partsOf(await libraryAt(other), row, scores), wall: [] as number[], cpu: [] as number[], each: [] as number[][] },
    { name: `this (${dist ?? join(ROOT, 'dist')})`, parts: partsOf(lib, row, scores), wall: [] as number[], cpu: [] as number[], each: [] as number[][] },
  ];
  const rounds = Number(argument('--rounds') ?? 9);
  const batch = row === 'large' ? 1 : 5;
  for (const side of sides) for (let k = 0; k < 2 * batch; k++) timedRun(side.parts);
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < sides.length; turn++) {
      const side = sides[(turn + round) % sides.length]!;
      if (row === 'large') collectAll();
      for (let k = 0; k < batch; k++) {
        const { wall, cpu, parts: times } = timedRun(side.parts);
        side.wall.push(wall);
        side.cpu.push(cpu);
        side.each.push(times);
      }
    }
  }
  for (const side of sides) {
    log(`${side.name}: wall ${median(side.wall).toFixed(1)} ms (fastest ${Math.min(...side.wall).toFixed(1)}), CPU ${median(side.cpu).toFixed(1)} ms, ${side.wall.length} runs`);
    log(`  medians: ${side.parts.names.map((name, i) => `${name} ${median(side.each.map((times) => times[i]!)).toFixed(1)}`).join(', ')}`);
  }
}

await main();
