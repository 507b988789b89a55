/**
 * `npx tsx bench/xlsx-refusals.ts`: how long the workbook reader takes to refuse each hostile workbook of
 * test/xlsx/hostile.ts (the issue's promise: within a second, before the harm is done), and, for scale, to read the
 * bundled sample as LibreOffice and Microsoft Forms save it and to write the report workbook and the template. Each
 * is run 7 times after one warm-up; the table gives the median and the slowest, in ms, and the code of the refusal.
 * It runs the sources (src/), not dist/: the reader's speed, not the build's.
 */
import { readFileSync } from 'node:fs';
import { buildReports, effectiveCancerAllianceFramework as framework, scoreAnswersCsv } from '../src/index.js';
import { exportAnswersTemplateXlsx, exportReportXlsx, parseAnswersXlsx, safeParseAnswersXlsx } from '../src/xlsx/index.js';
import { hostileWorkbooks } from '../test/xlsx/hostile.js';

const RUNS = 7;

function time(work: () => unknown): { readonly median: number; readonly slowest: number } {
  work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[RUNS >> 1]!, slowest: times[RUNS - 1]! };
}

const rows: string[] = ['| workbook | bytes | outcome | median ms | slowest ms |', '| --- | ---: | --- | ---: | ---: |'];
const row = (name: string, bytes: number, outcome: string, timing: { median: number; slowest: number }) =>
  rows.push(`| ${name} | ${bytes.toLocaleString('en-GB')} | ${outcome} | ${timing.median.toFixed(1)} | ${timing.slowest.toFixed(1)} |`);

for (const workbook of hostileWorkbooks()) {
  let outcome = '';
  const timing = time(() => {
    const result = safeParseAnswersXlsx(workbook.bytes, { framework, ...workbook.options });
    outcome = result.success ? 'READ (not refused!)' : (result.error.issues[0]?.code ?? '');
  });
  row(workbook.name, workbook.bytes.length, outcome, timing);
  process.stderr.write('.');
}
const sample = (name: string) => readFileSync(new URL(name, import.meta.url));
for (const [name, path] of [
  ['the sample saved by LibreOffice (274 rows, 86 columns)', '../test/xlsx/fixtures/answers-2023-24.libreoffice.xlsx'],
  ['the sample as Microsoft Forms exports it', '../examples/sample/answers-2023-24.xlsx'],
] as const) {
  const bytes = sample(path);
  let outcome = '';
  row(
    name,
    bytes.length,
    'read',
    time(() => (outcome = `${parseAnswersXlsx(bytes, { framework }).answers.length} answers`)),
  );
  rows[rows.length - 1] = rows[rows.length - 1]!.replace('| read |', `| ${outcome} |`);
}
const reports = buildReports(scoreAnswersCsv(readFileSync(new URL('../examples/sample/answers-2023-24.csv', import.meta.url), 'utf8'), { framework }).scores, { framework });
let written = 0;
row(
  'write the report workbook of the sample (21 alliances)',
  0,
  'written',
  time(() => (written = exportReportXlsx(reports).length)),
);
rows[rows.length - 1] = rows[rows.length - 1]!.replace('| 0 |', `| ${written.toLocaleString('en-GB')} |`);
row(
  'write the survey template',
  0,
  'written',
  time(() => (written = exportAnswersTemplateXlsx(framework).length)),
);
rows[rows.length - 1] = rows[rows.length - 1]!.replace('| 0 |', `| ${written.toLocaleString('en-GB')} |`);
process.stderr.write('\n');
process.stdout.write(`${rows.join('\n')}\n`);
