/**
 * `npm run bench`: the proof of speed (issue 7). Builds dist/ first when it is stale, makes the two datasets in the
 * system's temporary folder, times each task with tinybench (the median of its runs) against its peer or floor in
 * the same run, checks that the peers compute the same numbers, and prints one table. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench } from 'tinybench';
import type { Answer } from '../src/assessment/answer.js';
import type { AssessmentScores } from '../src/assessment/score-types.js';
import { csvRowBatches, csvRowStream } from './csv-stream.js';
import { benchFolder, withGroups, writeDataset, type DatasetFile, type SizeName } from './data.js';
import { duckDbNationalMedians, duckDbThemeScores, openDuckDb, type DuckDbPeer } from './duckdb.js';
import { floorFramework, floorScore, objectFloor, toColumns, touchAnswers, type FloorFramework } from './floor.js';
import type { CaseMode, CaseReport } from './large-case.js';
import { measureImportCost } from './import-cost.js';
import { BENCH_FRAMEWORK_VERSION, ROOT, ensureBuild, loadLibrary, type Library } from './library.js';

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** How many times a task runs. */
interface Plan {
  /** Time budget in ms: runs go on until both it and `iterations` are reached. */
  readonly time: number;
  readonly iterations: number;
  readonly warmupIterations: number;
  readonly warmupTime: number;
}

const PLANS: Readonly<Record<SizeName, Plan>> = {
  national: { time: 1000, iterations: 10, warmupIterations: 3, warmupTime: 200 },
  large: { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 },
};

// A full collection before each task, so that no task pays for the garbage of the one before it.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** A median time and the number of runs it is the median of. */
interface Timing {
  readonly ms: number;
  readonly runs: number;
}

/** Times one task with tinybench: the median latency of its runs after a warm-up. */
async function time(name: string, size: SizeName, fn: () => unknown, plan: Plan = PLANS[size]): Promise<Timing> {
  collectGarbage();
  const bench = new Bench({ ...plan, throws: true });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== 'completed') throw new Error(`${name} (${size}) did not complete: ${result.state}`);
  log(`  ${name} (${size}): ${result.latency.p50.toFixed(2)} ms, median of ${result.latency.samplesCount}`);
  return { ms: result.latency.p50, runs: result.latency.samplesCount };
}

/** One row of the table. */
interface Row {
  readonly task: string;
  readonly size: string;
  readonly ours: string;
  readonly peer: string;
  readonly ratio: string;
  readonly target: string;
  readonly verdict: string;
}

const rows: Row[] = [];
const notes: string[] = [];

function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function runs(timing: Timing): string {
  return `${ms(timing.ms)} (${timing.runs})`;
}

/** A row measured alone, with no peer. */
function info(task: string, size: string, ours: Timing | string): void {
  rows.push({ task, size, ours: typeof ours === 'string' ? ours : runs(ours), peer: '—', ratio: '—', target: '—', verdict: 'info' });
}

/** A row against a peer or floor: the ratio ours / peer, and whether it is at most `limit`. */
function compared(task: string, size: string, ours: Timing, peer: Timing, limit: number | null, target: string): void {
  const ratio = ours.ms / peer.ms;
  rows.push({
    task,
    size,
    ours: runs(ours),
    peer: runs(peer),
    ratio: `${ratio.toFixed(2)}×`,
    target,
    verdict: limit === null ? 'info' : ratio <= limit ? 'meets' : 'misses',
  });
}

/** Checks that two numbers agree to 1e-9 (NaN is the floor's null); throws otherwise, naming what differs. */
function agree(what: string, ours: number | null, theirs: number): void {
  const same = ours === null ? Number.isNaN(theirs) : Math.abs(ours - theirs) <= 1e-9;
  if (!same) throw new Error(`${what}: ours ${String(ours)} but the peer's ${theirs}`);
}

/**
 * Every number of the floor equals ours: per item its counts, mean, median, sd, min, max, level and agreement index;
 * per theme its three scores, level, scored items, coverage and the agreement over the respondents' theme scores.
 */
function checkFloor(lib: Library, scores: AssessmentScores, answers: readonly Answer[], size: string): void {
  const prepared = floorFramework(lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION]);
  const floor = floorScore(prepared, toColumns(prepared, answers));
  const byId = new Map(scores.organisations.map((organisation) => [organisation.organisationId as string, organisation]));
  let compared = 0;
  floor.organisationIds.forEach((id, o) => {
    const organisation = byId.get(id)!;
    organisation.items.forEach((item, i) => {
      const c = o * prepared.itemCount + i;
      const where = `floor ${size} ${id} ${item.itemId}`;
      const pairs: [string, number | null, number][] = [
        ['n', item.n, floor.itemN[c]!],
        ['dontKnow', item.dontKnow, floor.itemDontKnow[c]!],
        ['notApplicable', item.notApplicable, floor.itemNotApplicable[c]!],
        ['respondents', item.respondents, floor.itemRespondents[c]!],
        ['missing', item.missing, floor.itemMissing[c]!],
        ['mean', item.mean, floor.itemMean[c]!],
        ['median', item.median, floor.itemMedian[c]!],
        ['sd', item.sd, floor.itemSd[c]!],
        ['min', item.min, floor.itemMin[c]!],
        ['max', item.max, floor.itemMax[c]!],
        ['level', item.level, floor.itemLevel[c]!],
        ['agreement index', item.agreement.index, floor.itemAgreement[c]!],
      ];
      for (const [name, ours, theirs] of pairs) agree(`${where} ${name}`, ours, theirs);
      compared += pairs.length;
    });
    organisation.themes.forEach((theme, t) => {
      const c = o * prepared.themeCount + t;
      const where = `floor ${size} ${id} ${theme.themeId}`;
      const pairs: [string, number | null, number][] = [
        ['score', theme.score, floor.themeScore[c]!],
        ['conditionsScore', theme.conditionsScore, floor.themeConditions[c]!],
        ['enablersScore', theme.enablersScore, floor.themeEnablers[c]!],
        ['level', theme.level, floor.themeLevel[c]!],
        ['scoredItems', theme.scoredItems, floor.themeScoredItems[c]!],
        ['coverage', theme.coverage, floor.themeCoverage[c]!],
        ['agreement n', theme.agreement.n, floor.themeN[c]!],
        ['agreement sd', theme.agreement.sd, floor.themeSd[c]!],
        ['agreement index', theme.agreement.index, floor.themeAgreement[c]!],
      ];
      for (const [name, ours, theirs] of pairs) agree(`${where} ${name}`, ours, theirs);
      compared += pairs.length;
    });
  });
  if (floor.organisations !== scores.organisations.length) throw new Error(`floor ${size}: ${floor.organisations} organisations`);
  const fromObjects = objectFloor(prepared, answers);
  fromObjects.themeAgreement.forEach((value, c) => agree(`object floor ${size} theme ${c}`, value, floor.themeAgreement[c]!));
  fromObjects.itemMedian.forEach((value, c) => agree(`object floor ${size} item ${c}`, value, floor.itemMedian[c]!));
  notes.push(`Check (${size}): the floor's ${compared} numbers (every count, statistic, level and agreement of every item and theme) equal scoreAnswers' to 1e-9.`);
}

/**
 * The scoring rows that start from Answer objects: reading them into a grid against the floor's reading of them into
 * columns, and scoreAnswers (read + score) against the floor and the two references over the same objects.
 */
async function answerRows(lib: Library, prepared: FloorFramework, size: SizeName, label: string, answers: readonly Answer[], floor: Timing): Promise<void> {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const ours = await time('scoreAnswers', size, () => lib.scoreAnswers(answers, { framework }));
  compared('score from Answer objects (scoreAnswers: read + score) vs the floor', label, ours, floor, null, '—');
  compared('score vs a plain loop over the same Answer objects', label, ours, await time('object floor', size, () => objectFloor(prepared, answers)), null, '—');
  compared('score vs only reading the fields of every Answer object', label, ours, await time('read answers', size, () => touchAnswers(answers)), null, '—');
}

/** DuckDB's theme scores equal ours. */
async function checkDuckDb(peer: DuckDbPeer, scores: AssessmentScores, file: DatasetFile): Promise<void> {
  const theirs = await duckDbThemeScores(peer, file.path);
  const ours = new Map(scores.organisations.map((organisation) => [organisation.organisationId as string, organisation]));
  for (const row of theirs) {
    const theme = ours.get(row.organisationId)?.themes.find((candidate) => candidate.themeId === row.themeId);
    agree(`DuckDB ${file.spec.size} ${row.organisationId} ${row.themeId}`, theme?.score ?? null, row.score);
  }
  if (theirs.length !== scores.organisations.length * 8) throw new Error(`DuckDB gave ${theirs.length} theme scores`);
  notes.push(`Check (${file.spec.size}): DuckDB's ${theirs.length} per-organisation theme means equal our theme scores to 1e-9.`);
}

/** Runs bench/large-case.ts in a child process and returns its report. */
function runCase(mode: CaseMode, file: DatasetFile): CaseReport {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'large-case.ts'), mode, file.path], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`large-case.ts ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as CaseReport;
}

/** The import-cost rows: fresh Node processes importing the package, its peer modules, or nothing (import-cost.ts). */
function importCostRows(): void {
  log('import cost: fresh node processes');
  const importRuns = 15;
  const imports = measureImportCost(importRuns);
  const ratio = (imports.package - imports.bare) / (imports.dependencies - imports.bare);
  rows.push({
    task: 'import cost: import the package in a fresh node, minus bare node; peer: import zod, yaml, papaparse and the date-fns functions (PEER_MODULES), minus bare node',
    size: '—',
    ours: `${ms(imports.package - imports.bare)} (${importRuns})`,
    peer: `${ms(imports.dependencies - imports.bare)} (${importRuns})`,
    ratio: `${ratio.toFixed(2)}×`,
    target: '≤ 1×',
    verdict: ratio <= 1 ? 'meets' : 'misses',
  });
  info('import cost: bare node -e "" (process start, subtracted above)', '—', `${ms(imports.bare)} (${importRuns})`);
}

/** The table of the rows measured, and the notes, on standard output. */
function printTable(started: number, extra: readonly string[]): void {
  const header: Row = { task: 'task', size: 'size', ours: 'ours (ms)', peer: 'peer/floor (ms)', ratio: 'ratio', target: 'target', verdict: 'verdict' };
  const line = (row: Row) => `| ${row.task} | ${row.size} | ${row.ours} | ${row.peer} | ${row.ratio} | ${row.target} | ${row.verdict} |`;
  const out = [
    line(header),
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(line),
    '',
    `Times are medians in ms, with the number of runs in brackets (tinybench 6, after warm-up runs). ratio = ours / peer.`,
    ...notes,
    ...extra,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}; load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} at the end. Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuild(log);
  // `npm run bench -- --only import-cost`: the import-cost rows alone (about a minute), without the datasets.
  const only = !process.argv.includes('--only') ? undefined : process.argv[process.argv.indexOf('--only') + 1];
  if (only !== undefined) {
    if (only !== 'import-cost') throw new Error(`bench: --only takes import-cost, got ${only}`);
    importCostRows();
    printTable(started, []);
    return;
  }
  const lib = await loadLibrary();
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const yamlText = readFileSync(join(ROOT, 'framework-data', `effective-cancer-alliance-${BENCH_FRAMEWORK_VERSION}.yaml`), 'utf8');
  const peer = await openDuckDb();
  const textToNational = (path: string) => {
    const read = lib.scoreAnswersCsv(readFileSync(path, 'utf8'), { framework });
    return lib.analyseNationalPosition(read.scores, { framework });
  };
  const objectsToNational = (path: string) => {
    const read = lib.parseAnswersCsv(readFileSync(path, 'utf8'), { framework });
    return lib.analyseNationalPosition(lib.scoreAnswers(read.answers, { framework }), { framework });
  };
  const streamedToNational = async (path: string) => {
    const read = await lib.scoreAnswersStream(csvRowBatches(path), { framework });
    return lib.analyseNationalPosition(read.scores, { framework });
  };

  // ------------------------------------------------------------------ national
  log('national: 21 alliances × 40 respondents × 80 items');
  const national = writeDataset('national', framework);
  const nationalText = readFileSync(national.path, 'utf8');
  const nationalAnswers = lib.parseAnswersCsv(nationalText, { framework }).answers;
  if (nationalAnswers.length !== national.answers) throw new Error(`national: ${nationalAnswers.length} answers read`);
  const nationalScores = lib.scoreAnswers(nationalAnswers, { framework });
  const nationalGrouped = withGroups(nationalAnswers);
  const nationalGroupedScores = lib.scoreAnswers(nationalGrouped, { framework });
  checkFloor(lib, nationalScores, nationalAnswers, 'national');
  await checkDuckDb(peer, nationalScores, national);
  for (const rows of [csvRowStream(national.path), csvRowBatches(national.path)]) {
    const streamed = await lib.scoreAnswersStream(rows, { framework });
    if (JSON.stringify(streamed.scores) !== JSON.stringify(nationalScores)) throw new Error('national: streamed scores differ from scoreAnswers');
  }
  notes.push('Check (national): scoreAnswersStream over the streamed file (row by row, and in batches) gives exactly the scores of parseAnswersCsv → scoreAnswers.');

  const prepared = floorFramework(framework);
  const nationalColumns = toColumns(prepared, nationalAnswers);
  const size = `national (${(national.answers / 1e3).toFixed(1)}k answers)`;
  info('parse the reference framework (parseFramework, YAML)', '—', await time('parseFramework', 'national', () => lib.parseFramework(yamlText)));
  info(
    `ingest a survey CSV (parseAnswersCsv, wide, ${(national.bytes / 1e3).toFixed(0)} kB)`,
    size,
    await time('parseAnswersCsv', 'national', () => lib.parseAnswersCsv(nationalText, { framework })),
  );
  await answerRows(lib, prepared, 'national', size, nationalAnswers, await time('floor', 'national', () => floorScore(prepared, nationalColumns)));
  info('score with 3 respondent groups', size, await time('scoreAnswers, groups', 'national', () => lib.scoreAnswers(nationalGrouped, { framework })));
  info('national position (analyseNationalPosition)', size, await time('analyseNationalPosition', 'national', () => lib.analyseNationalPosition(nationalScores, { framework })));
  const duckNational = await time('DuckDB', 'national', () => duckDbNationalMedians(peer, national.path));
  compared(
    'CSV file → national position (scoreAnswersCsv → analyseNationalPosition) vs DuckDB',
    size,
    await time('CSV → national', 'national', () => textToNational(national.path)),
    duckNational,
    1,
    '≤ 1× (beat)',
  );
  compared(
    'CSV file → national position through Answer objects (parseAnswersCsv → scoreAnswers → analyseNationalPosition) vs DuckDB',
    size,
    await time('CSV → answers → national', 'national', () => objectsToNational(national.path)),
    duckNational,
    null,
    '—',
  );
  info(
    'full reports: buildReports, HTML + Markdown of the national and 21 alliance reports, 5 CSVs, JSON',
    size,
    await time('reports', 'national', () => {
      const set = lib.buildReports(nationalGroupedScores, { framework, synthetic: true });
      const texts = [lib.renderHtml(set.national), lib.renderMarkdown(set.national)];
      for (const report of set.alliances) texts.push(lib.renderHtml(report), lib.renderMarkdown(report));
      for (const table of ['scores', 'item-scores', 'gaps', 'needs', 'barriers'] as const) texts.push(lib.exportCsv(set, { table }));
      texts.push(lib.exportJson(set));
      return texts;
    }),
  );

  // ------------------------------------------------------------------ large
  log('large: 2,000 organisations × 50 respondents × 80 items');
  const large = writeDataset('large', framework);
  const largeSize = `large (${(large.answers / 1e6).toFixed(0)}M answers)`;
  const duckLarge = await time('DuckDB', 'large', () => duckDbNationalMedians(peer, large.path));
  compared(
    `CSV file (${(large.bytes / 1e6).toFixed(0)} MB) → national position, whole file (scoreAnswersCsv → analyseNationalPosition) vs DuckDB`,
    largeSize,
    await time('CSV → national, whole', 'large', () => textToNational(large.path)),
    duckLarge,
    2,
    '≤ 2×',
  );
  compared(
    'CSV file → national position, streamed (csvRowBatches → scoreAnswersStream → analyseNationalPosition) vs DuckDB',
    largeSize,
    await time('CSV → national, streamed', 'large', () => streamedToNational(large.path)),
    duckLarge,
    2,
    '≤ 2×',
  );
  const largeText = readFileSync(large.path, 'utf8');
  let largeAnswers: readonly Answer[] = [];
  compared(
    'CSV file → national position through Answer objects (parseAnswersCsv → scoreAnswers → analyseNationalPosition) vs DuckDB',
    largeSize,
    await time('CSV → answers → national', 'large', () => objectsToNational(large.path)),
    duckLarge,
    null,
    '—',
  );
  info(
    'ingest a survey CSV (parseAnswersCsv, whole file)',
    largeSize,
    await time('parseAnswersCsv', 'large', () => {
      largeAnswers = lib.parseAnswersCsv(largeText, { framework }).answers;
    }),
  );
  if (largeAnswers.length !== large.answers) throw new Error(`large: ${largeAnswers.length} answers read`);
  const largeScores = lib.scoreAnswers(largeAnswers, { framework });
  checkFloor(lib, largeScores, largeAnswers, 'large');
  const largeColumns = toColumns(prepared, largeAnswers);
  await answerRows(lib, prepared, 'large', largeSize, largeAnswers, await time('floor', 'large', () => floorScore(prepared, largeColumns)));
  info('national position (analyseNationalPosition)', largeSize, await time('analyseNationalPosition', 'large', () => lib.analyseNationalPosition(largeScores, { framework })));
  info(
    'national report only: buildNationalReport, HTML + Markdown (no alliance reports at this size)',
    largeSize,
    await time('national report', 'large', () => {
      const report = lib.buildNationalReport(largeScores, { framework, synthetic: true });
      return [lib.renderHtml(report), lib.renderMarkdown(report)];
    }),
  );
  let largeGrouped = withGroups(largeAnswers);
  largeAnswers = [];
  info('score with 3 respondent groups', largeSize, await time('scoreAnswers, groups', 'large', () => lib.scoreAnswers(largeGrouped, { framework })));
  largeGrouped = [];
  peer.close();

  // ------------------------------------------------------------------ memory
  log('memory: the large case alone in a child process');
  const cases: readonly [CaseMode, string][] = [
    ['streamed', 'streamed (csvRowBatches → scoreAnswersStream)'],
    ['text', 'whole file (scoreAnswersCsv)'],
    ['objects', 'whole file through Answer objects (parseAnswersCsv → scoreAnswers)'],
  ];
  for (const [mode, how] of cases) {
    const report = runCase(mode, large);
    if (report.answers !== large.answers || report.organisations !== 2000) throw new Error(`large-case ${report.mode}: ${JSON.stringify(report)}`);
    rows.push({
      task: `memory: peak RSS of the large case alone, ${how} (MB)`,
      size: largeSize,
      ours: report.peakRssMiB.toFixed(0),
      peer: '1024 (limit)',
      ratio: `${(report.peakRssMiB / 1024).toFixed(2)}×`,
      target: '≤ 1024 MB',
      verdict: report.peakRssMiB <= 1024 ? 'meets' : 'misses',
    });
  }

  // ------------------------------------------------------------------ import cost
  importCostRows();

  rmSync(benchFolder(), { recursive: true, force: true });

  // ------------------------------------------------------------------ the table
  printTable(started, [`DuckDB ${peer.version} with ${peer.threads} threads; ours runs on one thread.`]);
}

await main();
