// The API report of every entry point (docs/api-report/<entry>.api.md), made by API Extractor from the built
// declarations in dist/, so that every change to the package's surface shows in review.
//   node .ci/api-report.mjs           check: fails when a report differs from the surface built in dist/
//   node .ci/api-report.mjs --update  writes the reports (npm run api:update, after npm run build)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
/** The entry points, as package.json's `exports` names them (docs/api.md): `.` is `index`. */
const entries = ['index', 'framework', 'programme', 'assessment', 'analysis', 'report', 'xlsx', 'surveyjs', 'schemas'];
const reportFolder = join(root, 'docs', 'api-report');
const temp = mkdtempSync(join(tmpdir(), 'api-report-'));

const configOf = (entry) =>
  ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, 'dist', `${entry}.d.ts`),
      compiler: {
        overrideTsconfig: {
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM'], types: [], strict: true, skipLibCheck: true },
          files: entries.map((name) => join(root, 'dist', `${name}.d.ts`)),
        },
      },
      apiReport: { enabled: true, reportFileName: entry, reportFolder, reportTempFolder: temp },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      // Everything API Extractor notices goes into the report, none to the terminal: no release tags are used,
      // TSDoc is checked by typedoc, and a type reached but not exported shows as a note in the report.
      messages: {
        compilerMessageReporting: { default: { logLevel: 'error' } },
        extractorMessageReporting: {
          default: { logLevel: 'none', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(root, 'package.json'),
  });

for (const entry of entries) {
  if (!existsSync(join(root, 'dist', `${entry}.d.ts`))) {
    console.error(`api-report: dist/${entry}.d.ts is missing: run npm run build first`);
    process.exit(1);
  }
}
if (update) mkdirSync(reportFolder, { recursive: true });
const configs = entries.map(configOf);
const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath) });
/**
 * The report as API Extractor writes it, less the places in dist/ of the notes at its end: those name the chunks
 * tsup makes, whose names change with their content, and would make the report change with every build.
 */
const normalised = (text) => text.replace(/^\/\/ dist\/\S+\.d\.c?ts:\d+:\d+ - /gm, '// ');
const stale = [];
for (const [i, entry] of entries.entries()) {
  const result = Extractor.invoke(configs[i], {
    localBuild: false,
    compilerState,
    messageCallback: (message) => {
      if (message.logLevel !== 'error') message.handled = true;
    },
  });
  if (result.errorCount > 0) {
    console.error(`api-report: API Extractor failed on dist/${entry}.d.ts`);
    process.exit(1);
  }
  const built = normalised(readFileSync(join(temp, `${entry}.api.md`), 'utf8'));
  writeFileSync(join(temp, `${entry}.api.md`), built);
  const committed = join(reportFolder, `${entry}.api.md`);
  if (update) writeFileSync(committed, built);
  else if (!existsSync(committed) || readFileSync(committed, 'utf8') !== built) stale.push(entry);
}
// A type reached from an entry's signatures but exported by no entry could not be named by a user (they could not
// write its annotation). Reached from one entry and exported by another is by design (the root is the whole job; its
// result types live in their area's entry), and the report names it in an ae-forgotten-export note.
const reports = entries.map((entry) => readFileSync(join(temp, `${entry}.api.md`), 'utf8'));
const exported = new Set(
  reports.flatMap((text) => [...text.matchAll(/^export (?:declare )?(?:abstract )?(?:type|interface|class|const|function|enum|namespace) (\w+)/gm)].map((match) => match[1])),
);
const unnamed = new Set(reports.flatMap((text) => [...text.matchAll(/ae-forgotten-export\) The symbol "(\w+)"/g)].map((match) => match[1])).filter((name) => !exported.has(name)));
if (unnamed.size > 0) {
  console.error(`api-report: ${unnamed.size} type(s) reached from the surface but exported by no entry point, so users cannot name them: ${[...unnamed].sort().join(', ')}`);
  console.error('api-report: export each from the entry point of its area (docs/api.md)');
  rmSync(temp, { recursive: true, force: true });
  process.exit(1);
}
if (stale.length > 0) {
  for (const entry of stale) {
    const committed = join(reportFolder, `${entry}.api.md`);
    const built = join(temp, `${entry}.api.md`);
    console.error(`api-report: the surface of ${entry === 'index' ? 'the root entry' : `/${entry}`} differs from docs/api-report/${entry}.api.md:`);
    if (!existsSync(committed)) console.error('  (no report committed)');
    else {
      let diff = '';
      try {
        execFileSync('diff', ['-u', committed, built], { encoding: 'utf8' });
      } catch (error) {
        diff = String(error.stdout);
      }
      console.error(diff.split('\n').slice(2, 40).join('\n'));
    }
  }
  console.error('api-report: if the change is meant, run `npm run api:update` and commit docs/api-report/ with it');
  rmSync(temp, { recursive: true, force: true });
  process.exit(1);
}
rmSync(temp, { recursive: true, force: true });
if (update) console.log(`api-report: docs/api-report/ written (${entries.length} entry points)`);
