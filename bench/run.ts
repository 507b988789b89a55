/**
 * `npm run bench`: the proof of speed (issues 7 and 17). Builds dist/ first when it is stale, makes the datasets in
 * the system's temporary folder, checks that every peer computes the same numbers as ours before anything is timed,
 * times each comparison side by side (timing.ts), measures memory in child processes (case.ts) and prints the
 * table, the scaling table and the machine's load at start and end. See bench/README.md.
 *
 *   npm run bench                                   everything (about 4 to 6 minutes on a quiet 2-core machine)
 *   npm run bench -- --only import-cost             the import-cost rows alone
 *   npm run bench -- --only checks                  the checks of equal results at national size, no timing
 *   npm run bench -- --chart bench/scaling.svg      also write the scaling chart
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Bench } from 'tinybench';
import type { Answer } from '../src/assessment/answer.js';
import type { AnswersImport } from '../src/assessment/answers-import.js';
import type { AssessmentScores } from '../src/assessment/score-types.js';
import type { CaseMode, CaseReport } from './case.js';
import { scalingChart, type ScalingPoint } from './chart.js';
import { benchFolder, SCALES, withGroups, writeDataset, writeScaled, type DatasetFile, type SizeName } from './data.js';
import { duckDbNationalMedians, duckDbThemeScores, openDuckDb, type DuckDbPeer } from './duckdb.js';
import { floorFramework, floorScore, objectFloor, toColumns, touchAnswers, type FloorFramework } from './floor.js';
import { measureImportCost } from './import-cost.js';
import { BENCH_FRAMEWORK_VERSION, ROOT, ensureBuild, loadLibrary, type Library } from './library.js';
import { collectAll, interleave, LONG, SHORT, type Plan, type Timing } from './timing.js';

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** The load average (1, 5 and 15 minutes), as printed. */
function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
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

/** Times one task alone with tinybench (an information row: no peer): the median of its runs after a warm-up. */
async function time(name: string, size: SizeName, fn: () => unknown): Promise<Timing> {
  collectAll();
  const plan = size === 'national' ? { time: 1000, iterations: 10, warmupIterations: 3, warmupTime: 200 } : { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 };
  const bench = new Bench({ ...plan, throws: true });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== 'completed') throw new Error(`${name} (${size}) did not complete: ${result.state}`);
  log(`  ${name} (${size}): ${result.latency.p50.toFixed(2)} ms, median of ${result.latency.samplesCount}`);
  return { ms: result.latency.p50, runs: result.latency.samplesCount };
}

/** A row measured alone, with no peer. */
function info(task: string, size: string, ours: Timing | string): void {
  rows.push({ task, size, ours: typeof ours === 'string' ? ours : runs(ours), peer: '—', ratio: '—', target: '—', verdict: 'info' });
}

/** A row against a peer or limit: the ratio ours / peer, and whether it is at most `limit` (null: information). */
function compared(task: string, size: string, ours: Timing, peer: Timing | { readonly ms: number; readonly shown: string }, limit: number | null, target: string): void {
  const ratio = ours.ms / peer.ms;
  rows.push({
    task,
    size,
    ours: runs(ours),
    peer: 'shown' in peer ? peer.shown : runs(peer),
    ratio: `${ratio.toFixed(2)}×`,
    target,
    verdict: limit === null ? 'info' : ratio <= limit ? 'meets' : 'misses',
  });
}

/** A row against a time limit (ms): the ratio ours / limit, and whether it is at most 1. */
function limited(task: string, size: string, limit: number, ours: Timing): void {
  compared(task, size, ours, { ms: limit, shown: `${limit} (limit)` }, 1, `≤ ${limit} ms`);
}

/** Checks that two numbers agree to 1e-9 (NaN is the floor's null); throws otherwise, naming what differs. */
function agree(what: string, ours: number | null, theirs: number): void {
  const same = ours === null ? Number.isNaN(theirs) : Math.abs(ours - theirs) <= 1e-9;
  if (!same) throw new Error(`${what}: ours ${String(ours)} but the peer's ${theirs}`);
}

/**
 * Throws unless two results are the same, bit for bit: the same keys in the same order, the same primitives (by
 * Object.is), at every depth. (JSON text of a large result would be some 150 MB.)
 */
function same(ours: unknown, theirs: unknown, path: string): void {
  if (Object.is(ours, theirs)) return;
  if (typeof ours !== 'object' || typeof theirs !== 'object' || ours === null || theirs === null) {
    throw new Error(`${path}: ${JSON.stringify(ours)} but ${JSON.stringify(theirs)}`);
  }
  const oursKeys = Object.keys(ours);
  const theirKeys = Object.keys(theirs);
  if (oursKeys.join('\u0000') !== theirKeys.join('\u0000')) throw new Error(`${path}: keys ${oursKeys.join(',')} but ${theirKeys.join(',')}`);
  for (const key of oursKeys) same((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key], `${path}.${key}`);
}

/**
 * Every number of the floor equals ours: per item its counts, mean, median, sd, min, max, level and agreement index;
 * per theme its three scores, level, scored items, coverage and the agreement over the respondents' theme scores.
 */
function checkFloor(prepared: FloorFramework, scores: AssessmentScores, answers: readonly Answer[], size: string): void {
  const floor = floorScore(prepared, toColumns(prepared, answers));
  const byId = new Map(scores.organisations.map((organisation) => [organisation.organisationId as string, organisation]));
  let count = 0;
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
      count += pairs.length;
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
      count += pairs.length;
    });
  });
  if (floor.organisations !== scores.organisations.length) throw new Error(`floor ${size}: ${floor.organisations} organisations`);
  const fromObjects = objectFloor(prepared, answers);
  fromObjects.themeAgreement.forEach((value, c) => agree(`object floor ${size} theme ${c}`, value, floor.themeAgreement[c]!));
  fromObjects.itemMedian.forEach((value, c) => agree(`object floor ${size} item ${c}`, value, floor.itemMedian[c]!));
  notes.push(
    `Check (${size}): the floor's ${count} numbers (every count, statistic, level and agreement of every item and theme) equal scoreAnswers' to 1e-9, from the columns and from the Answer objects.`,
  );
}

/** DuckDB's theme scores equal ours. */
async function checkDuckDb(peer: DuckDbPeer, scores: AssessmentScores, file: DatasetFile, size: string): Promise<void> {
  const theirs = await duckDbThemeScores(peer, file.path);
  const ours = new Map(scores.organisations.map((organisation) => [organisation.organisationId as string, organisation]));
  for (const row of theirs) {
    const theme = ours.get(row.organisationId)?.themes.find((candidate) => candidate.themeId === row.themeId);
    agree(`DuckDB ${size} ${row.organisationId} ${row.themeId}`, theme?.score ?? null, row.score);
  }
  if (theirs.length !== scores.organisations.length * 8) throw new Error(`DuckDB gave ${theirs.length} theme scores`);
  notes.push(`Check (${size}): DuckDB's ${theirs.length} per-organisation theme means equal our theme scores to 1e-9.`);
}

/**
 * The whole text (scoreAnswersCsv) and the file as a stream of text (scoreAnswersStream over createReadStream) give
 * exactly what parseAnswersCsv then scoreAnswers give: scores, issues, accounting, layout and notices.
 */
async function checkReaders(lib: Library, file: DatasetFile, text: string, read: AnswersImport, scores: AssessmentScores, size: string): Promise<void> {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const expected = { scores, issues: read.issues, accounting: read.accounting, layout: read.layout, notices: read.notices };
  same(lib.scoreAnswersCsv(text, { framework, organisations: 'any' }), expected, `scoreAnswersCsv (${size})`);
  same(await lib.scoreAnswersStream(createReadStream(file.path, 'utf8'), { framework, organisations: 'any' }), expected, `scoreAnswersStream (${size})`);
  notes.push(
    `Check (${size}): scoreAnswersCsv of the text and scoreAnswersStream of the file read as a stream of text give exactly the scores, issues, accounting, layout and notices of parseAnswersCsv → scoreAnswers.`,
  );
}

/** Runs bench/case.ts in a child process and returns its report. */
function runCase(mode: CaseMode, file: DatasetFile): CaseReport {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'case.ts'), mode, file.path], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`case.ts ${mode} failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout.trim().split('\n').pop()!) as CaseReport;
  if (report.answers !== file.answers || report.organisations !== file.spec.organisations.length) {
    throw new Error(`case.ts ${mode} ${file.path}: ${JSON.stringify(report)}`);
  }
  return report;
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

/** The table of the rows measured, the scaling table and the notes, on standard output. */
function printTable(started: number, loadAtStart: string, scaling: readonly string[], extra: readonly string[]): void {
  const header: Row = { task: 'task', size: 'size', ours: 'ours (ms)', peer: 'peer/floor (ms)', ratio: 'ratio', target: 'target', verdict: 'verdict' };
  const line = (row: Row) => `| ${row.task} | ${row.size} | ${row.ours} | ${row.peer} | ${row.ratio} | ${row.target} | ${row.verdict} |`;
  const out = [
    line(header),
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(line),
    '',
    ...scaling,
    'Times are medians in ms, with the number of runs in brackets. A row with a target times ours and its peers side by side, in turns (bench/timing.ts); an information row times ours alone (tinybench 6). ratio = ours / peer.',
    ...notes,
    ...extra,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}; load average (1, 5, 15 min) ${loadAtStart} at the start, ${load()} at the end. Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Times scoreAnswers against the floor and the reading of the objects' fields, side by side: the target row. */
async function scoreRow(lib: Library, prepared: FloorFramework, label: string, answers: readonly Answer[], plan: Plan): Promise<void> {
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const columns = toColumns(prepared, answers);
  const [ours, floor, reading] = await interleave(
    [
      { name: 'scoreAnswers', run: () => lib.scoreAnswers(answers, { framework }) },
      { name: 'floor', run: () => floorScore(prepared, columns) },
      { name: 'read the fields of every answer', run: () => touchAnswers(answers) },
    ],
    plan,
    log,
  );
  const limit = { ms: floor!.ms + reading!.ms, shown: `${ms(floor!.ms)} + ${ms(reading!.ms)} = ${ms(floor!.ms + reading!.ms)}` };
  compared('score from Answer objects (scoreAnswers) vs the floor + reading every answer object’s fields once', label, ours!, limit, 1.25, '≤ 1.25×');
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = load();
  log(`load average at the start: ${loadAtStart}`);
  ensureBuild(log);
  const argument = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  // `npm run bench -- --only import-cost`: the import-cost rows alone, without the datasets.
  const only = argument('--only');
  const chart = argument('--chart');
  if (only !== undefined && only !== 'checks') {
    if (only !== 'import-cost') throw new Error(`bench: --only takes import-cost or checks, got ${only}`);
    importCostRows();
    printTable(started, loadAtStart, [], []);
    return;
  }
  const lib = await loadLibrary();
  const framework = lib.referenceFrameworks[BENCH_FRAMEWORK_VERSION];
  const yamlText = readFileSync(join(ROOT, 'framework-data', `effective-cancer-alliance-${BENCH_FRAMEWORK_VERSION}.yaml`), 'utf8');
  const peer = await openDuckDb();
  const prepared = floorFramework(framework);
  const textToNational = (path: string) => {
    const read = lib.scoreAnswersCsv(readFileSync(path, 'utf8'), { framework, organisations: 'any' });
    return lib.analyseNationalPosition(read.scores, { framework });
  };
  const streamedToNational = async (path: string) => {
    const read = await lib.scoreAnswersStream(createReadStream(path, 'utf8'), { framework, organisations: 'any' });
    return lib.analyseNationalPosition(read.scores, { framework });
  };
  const objectsToNational = (path: string) => {
    const read = lib.parseAnswersCsv(readFileSync(path, 'utf8'), { framework, organisations: 'any' });
    return lib.analyseNationalPosition(lib.scoreAnswers(read.answers, { framework }), { framework });
  };
  /** DuckDB, ours from the whole text and ours from the stream, side by side. */
  const csvRows = async (file: DatasetFile, label: string, plan: Plan, streamedTarget: boolean) => {
    const [duck, whole, streamed] = await interleave(
      [
        { name: 'DuckDB', run: () => duckDbNationalMedians(peer, file.path) },
        { name: 'CSV → national, whole', run: () => textToNational(file.path) },
        { name: 'CSV → national, streamed', run: () => streamedToNational(file.path) },
      ],
      plan,
      log,
    );
    const bytes = file.bytes >= 1e6 ? `${(file.bytes / 1e6).toFixed(0)} MB` : `${(file.bytes / 1e3).toFixed(0)} kB`;
    compared(`CSV file (${bytes}) → national position, whole file (readFileSync → scoreAnswersCsv → analyseNationalPosition) vs DuckDB`, label, whole!, duck!, 1, '≤ 1×');
    compared(
      "CSV file → national position, streamed (createReadStream(file, 'utf8') → scoreAnswersStream → analyseNationalPosition) vs DuckDB",
      label,
      streamed!,
      duck!,
      streamedTarget ? 1 : null,
      streamedTarget ? '≤ 1×' : '—',
    );
    return duck!;
  };

  // ------------------------------------------------------------------ national
  log(`national: 21 alliances × 40 respondents × 80 items (load ${load()})`);
  const national = writeDataset('national', framework);
  const nationalText = readFileSync(national.path, 'utf8');
  const nationalRead = lib.parseAnswersCsv(nationalText, { framework, organisations: 'any' });
  const nationalAnswers = nationalRead.answers;
  if (nationalAnswers.length !== national.answers) throw new Error(`national: ${nationalAnswers.length} answers read`);
  const nationalScores = lib.scoreAnswers(nationalAnswers, { framework });
  const nationalGrouped = withGroups(nationalAnswers);
  const nationalGroupedScores = lib.scoreAnswers(nationalGrouped, { framework });
  checkFloor(prepared, nationalScores, nationalAnswers, 'national');
  await checkDuckDb(peer, nationalScores, national, 'national');
  await checkReaders(lib, national, nationalText, nationalRead, nationalScores, 'national');
  if (only === 'checks') {
    // `npm run bench -- --only checks`: the checks of equal results at national size, no timing (the unit tests run it,
    // so that a change to what the readers return cannot leave the bench unable to start).
    for (const note of notes) process.stdout.write(`${note}\n`);
    peer.close();
    rmSync(benchFolder(), { recursive: true, force: true });
    return;
  }

  const size = `national (${(national.answers / 1e3).toFixed(1)}k answers)`;
  info('parse the reference framework (parseFramework, YAML)', '—', await time('parseFramework', 'national', () => lib.parseFramework(yamlText)));
  info(
    `ingest a survey CSV (parseAnswersCsv, wide, ${(national.bytes / 1e3).toFixed(0)} kB)`,
    size,
    await time('parseAnswersCsv', 'national', () => lib.parseAnswersCsv(nationalText, { framework, organisations: 'any' })),
  );
  await scoreRow(lib, prepared, size, nationalAnswers, SHORT);
  info('score vs a plain loop over the same Answer objects (objectFloor, information)', size, await time('object floor', 'national', () => objectFloor(prepared, nationalAnswers)));
  info('score with 3 respondent groups (scoreAnswers)', size, await time('scoreAnswers, groups', 'national', () => lib.scoreAnswers(nationalGrouped, { framework })));
  info('national position (analyseNationalPosition)', size, await time('analyseNationalPosition', 'national', () => lib.analyseNationalPosition(nationalScores, { framework })));
  const duckNational = await csvRows(national, size, SHORT, false);
  compared(
    'CSV file → national position through Answer objects (parseAnswersCsv → scoreAnswers → analyseNationalPosition) vs DuckDB',
    size,
    await time('CSV → answers → national', 'national', () => objectsToNational(national.path)),
    duckNational,
    null,
    '—',
  );
  limited(
    'all reports: buildReports, HTML + Markdown of the national and 21 alliance reports, 5 CSVs, JSON',
    size,
    150,
    await time('reports', 'national', () => {
      const set = lib.buildReports(nationalGroupedScores, { framework, synthetic: true });
      const texts = [lib.renderHtml(set.national), lib.renderMarkdown(set.national)];
      for (const report of set.alliances) texts.push(lib.renderHtml(report), lib.renderMarkdown(report));
      for (const table of ['scores', 'item-scores', 'gaps', 'needs', 'barriers'] as const) texts.push(lib.exportCsv(set, { table }));
      texts.push(lib.exportJson(set));
      return texts;
    }),
  );

  // ------------------------------------------------------------------ scaling
  log(`scaling: 1, 4, 16 and 64 times the national size (load ${load()})`);
  const points: ScalingPoint[] = [];
  const scaling = [
    '| size | answers | scoreAnswers (ms) | per answer (ns) | CSV → national position (ms) | per answer (ns) | scoreAnswers: peak RSS, MiB (before) | CSV → national position: peak RSS, MiB (before) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const factor of SCALES) {
    const file = writeScaled(factor, framework);
    let answers: readonly Answer[] = lib.parseAnswersCsv(readFileSync(file.path, 'utf8'), { framework, organisations: 'any' }).answers;
    if (answers.length !== file.answers) throw new Error(`×${factor}: ${answers.length} answers read`);
    const held = answers;
    const [score, csv] = await interleave(
      [
        { name: `scoreAnswers ×${factor}`, run: () => lib.scoreAnswers(held, { framework }) },
        { name: `CSV → national ×${factor}`, run: () => textToNational(file.path) },
      ],
      factor <= 4 ? SHORT : LONG,
      log,
    );
    answers = [];
    const scoreCase = runCase('score', file);
    const csvCase = runCase('text', file);
    points.push({
      factor,
      answers: file.answers,
      scoreMs: score!.ms,
      csvMs: csv!.ms,
      scoreMiB: scoreCase.peakRssMiB - scoreCase.startRssMiB,
      csvMiB: csvCase.peakRssMiB - csvCase.startRssMiB,
    });
    const perAnswer = (timing: Timing) => ((timing.ms * 1e6) / file.answers).toFixed(0);
    scaling.push(
      `| national × ${factor} | ${file.answers.toLocaleString('en-GB')} | ${runs(score!)} | ${perAnswer(score!)} | ${runs(csv!)} | ${perAnswer(csv!)} | ${scoreCase.peakRssMiB.toFixed(0)} (${scoreCase.startRssMiB.toFixed(0)}) | ${csvCase.peakRssMiB.toFixed(0)} (${csvCase.startRssMiB.toFixed(0)}) |`,
    );
  }
  scaling.push(
    '',
    'Scaling: 21 × factor organisations (org-0001, …) × 40 respondents × 80 items. Times in this process, side by side; peak RSS of each case alone in a child process (bench/case.ts), with the RSS before the timed work in brackets (for scoreAnswers, the answers are read and held before it).',
    '',
  );
  if (chart !== undefined) {
    writeFileSync(resolve(ROOT, chart), scalingChart(points), 'utf8');
    log(`scaling chart written to ${chart}`);
  }

  // ------------------------------------------------------------------ large
  log(`large: 2,000 organisations × 50 respondents × 80 items (load ${load()})`);
  collectAll();
  const large = writeDataset('large', framework);
  const largeSize = `large (${(large.answers / 1e6).toFixed(0)}M answers)`;
  const largeText = readFileSync(large.path, 'utf8');
  let largeRead: AnswersImport | undefined = lib.parseAnswersCsv(largeText, { framework, organisations: 'any' });
  let largeAnswers: readonly Answer[] = largeRead.answers;
  if (largeAnswers.length !== large.answers) throw new Error(`large: ${largeAnswers.length} answers read`);
  const largeScores = lib.scoreAnswers(largeAnswers, { framework });
  checkFloor(prepared, largeScores, largeAnswers, 'large');
  await checkDuckDb(peer, largeScores, large, 'large');
  await checkReaders(lib, large, largeText, largeRead, largeScores, 'large');
  largeRead = undefined;
  await scoreRow(lib, prepared, largeSize, largeAnswers, LONG);
  info('score vs a plain loop over the same Answer objects (objectFloor, information)', largeSize, await time('object floor', 'large', () => objectFloor(prepared, largeAnswers)));
  info('national position (analyseNationalPosition)', largeSize, await time('analyseNationalPosition', 'large', () => lib.analyseNationalPosition(largeScores, { framework })));
  limited(
    'the national report at 2,000 organisations: buildNationalReport, HTML + Markdown',
    largeSize,
    500,
    await time('national report', 'large', () => {
      const report = lib.buildNationalReport(largeScores, { framework, synthetic: true });
      return [lib.renderHtml(report), lib.renderMarkdown(report)];
    }),
  );
  info(
    'the national report at 2,000 organisations, built only (buildNationalReport)',
    largeSize,
    await time('buildNationalReport', 'large', () => lib.buildNationalReport(largeScores, { framework, synthetic: true })),
  );
  let largeGrouped = withGroups(largeAnswers);
  largeAnswers = [];
  info('score with 3 respondent groups (scoreAnswers)', largeSize, await time('scoreAnswers, groups', 'large', () => lib.scoreAnswers(largeGrouped, { framework })));
  largeGrouped = [];
  collectAll();
  // The targets of issue 17 last among the timings, with no answer objects held.
  const duckLarge = await csvRows(large, largeSize, LONG, true);
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
    await time('parseAnswersCsv', 'large', () => lib.parseAnswersCsv(largeText, { framework, organisations: 'any' })),
  );
  peer.close();

  // ------------------------------------------------------------------ memory
  log(`memory: the large case alone in a child process (load ${load()})`);
  const cases: readonly [CaseMode, string, number][] = [
    ['streamed', "streamed (createReadStream(file, 'utf8') → scoreAnswersStream)", 300],
    ['text', 'whole file (readFileSync → scoreAnswersCsv)', 300],
    ['objects', 'whole file through Answer objects (parseAnswersCsv → scoreAnswers)', 1024],
  ];
  for (const [mode, how, limit] of cases) {
    const report = runCase(mode, large);
    rows.push({
      task: `memory: peak RSS of the large case alone, ${how}, then analyseNationalPosition (MiB)`,
      size: largeSize,
      ours: report.peakRssMiB.toFixed(0),
      peer: `${limit} (limit)`,
      ratio: `${(report.peakRssMiB / limit).toFixed(2)}×`,
      target: `≤ ${limit} MiB`,
      verdict: report.peakRssMiB <= limit ? 'meets' : 'misses',
    });
  }

  // ------------------------------------------------------------------ import cost
  importCostRows();

  rmSync(benchFolder(), { recursive: true, force: true });

  // ------------------------------------------------------------------ the table
  printTable(started, loadAtStart, scaling, [`DuckDB ${peer.version} with ${peer.threads} threads; ours runs on one thread.`]);
}

await main();
