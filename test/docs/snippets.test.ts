// Every code snippet of the guides, run from the package as users install it: packed with `npm pack`, unpacked into a
// scratch project's node_modules (its dependencies linked to this repository's, as .ci/smoke.mjs does: no registry),
// the synthetic sample written by the installed `sample` command, then each guide's snippets run as a script and,
// for the JavaScript ones, pasted into a Node REPL line by line (test/docs/feed-repl.mjs). The convention that says
// which blocks run is in ./snippets.ts. It needs a current build (`npm run build`; `npm test` builds first).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distProblem } from '../build/bundles.js';
import { replFailures, replKeywordLines, snippetsOf, type Snippet } from './snippets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = 'cancer-alliance-framework';
const run = promisify(execFile);
/** A snippet gets this long to run (two busy cores; the slowest scores the sample twice, in about 2 s when idle). */
const SNIPPET_TIMEOUT = 60_000;

let project = '';
/** The package's folder in the scratch project. */
let installed = '';
/** The paths the tarball holds, relative to the package's folder. */
let packed: readonly string[] = [];
/** Every guide's snippets, read from the installed package (so the guides are there). */
let guides: readonly { readonly file: string; readonly snippets: readonly Snippet[] }[] = [];

/** The guides, as the repository holds them: README.md and docs/*.md. */
const GUIDES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** Runs a script in the scratch project with Node; resolves to what it printed, or the failure with its output. */
async function node(args: readonly string[]): Promise<{ readonly ok: boolean; readonly stdout: string; readonly stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], {
      cwd: project,
      timeout: SNIPPET_TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    return { ok: stderr === '', stdout, stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string; killed?: boolean };
    return { ok: false, stdout: failed.stdout ?? '', stderr: `${failed.killed === true ? `killed after ${SNIPPET_TIMEOUT} ms\n` : ''}${failed.stderr ?? failed.message}` };
  }
}

/** Runs tasks two at a time (the machine's two cores), in order of start. */
async function twoAtATime<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/** A file name for a guide's scripts: `docs/recipes.md` → `docs-recipes`. */
const slug = (file: string) => file.replace(/\.md$/, '').replace(/[^\w]+/g, '-');

const runnable = (snippets: readonly Snippet[], lang: Snippet['lang']) => snippets.filter((snippet) => snippet.lang === lang && snippet.notRunnable === null);

describe('the guides, from the installed package: every snippet runs in a script and in the REPL', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const problem = distProblem();
    if (problem !== undefined) throw new Error(problem);
    project = mkdtempSync(join(tmpdir(), 'caf-snippets-'));
    const [tarball] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ) as { filename: string; files: { path: string }[] }[];
    packed = tarball!.files.map((file) => file.path);
    installed = join(project, 'node_modules', PACKAGE);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, tarball!.filename), '-C', installed, '--strip-components=1']);
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(dependencies)) symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), join(project, 'node_modules', name), 'dir');
    // The TypeScript snippets are type-checked with Node's types, as a TypeScript user's project has them.
    symlinkSync(realpathSync(join(ROOT, 'node_modules', '@types')), join(project, 'node_modules', '@types'), 'dir');
    // The SQL guide's example runs in DuckDB, through its Node client, which its readers install themselves.
    symlinkSync(realpathSync(join(ROOT, 'node_modules', '@duckdb')), join(project, 'node_modules', '@duckdb'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'caf-snippets', private: true, type: 'module' }));
    copyFileSync(join(ROOT, 'test', 'docs', 'feed-repl.mjs'), join(project, 'feed-repl.mjs'));
    // The sample the guides read, written by the installed command as a user would: npx cancer-alliance-framework sample --out sample
    const sample = await node([join(installed, 'dist', 'cli.js'), 'sample', '--out', 'sample']);
    if (!sample.ok) throw new Error(`the sample command failed: ${sample.stderr}`);
    guides = GUIDES.filter((file) => packed.includes(file)).map((file) => ({ file, snippets: snippetsOf(readFileSync(join(installed, file), 'utf8'), file) }));
  }, 240_000);

  afterAll(() => {
    if (project !== '') rmSync(project, { recursive: true, force: true });
  });

  it('carries every guide (README.md and docs/*.md), and each guide a link names is one the package carries', () => {
    expect(GUIDES.filter((file) => !packed.includes(file))).toEqual([]);
    const missing = guides.flatMap(({ file }) => {
      const text = readFileSync(join(installed, file), 'utf8');
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      return [...text.matchAll(/\]\(([\w./-]+\.md)(?:#[\w-]*)?\)/g)]
        .map((match) => join(folder, match[1]!).replace(/\\/g, '/'))
        .filter((target) => target.startsWith('docs/') && !packed.includes(target))
        .map((target) => `${file} → ${target}`);
    });
    expect(missing).toEqual([]);
    // The CLI's help names docs/cli.md in the installed package.
    expect(packed).toContain('docs/cli.md');
  });

  it('runs the command line on the sample as the guides show it: `report` of the files `sample` wrote', async () => {
    const round = ['--round', '2023/24', '--previous', 'sample/answers-2022-23.csv', '--previous-round', '2022/23'];
    const outcomes = ['--outcomes', 'sample/outcomes-synthetic.csv', '--synthetic', '--out', 'reports'];
    const result = await node([join(installed, 'dist', 'cli.js'), 'report', 'sample/answers-2023-24.csv', ...round, ...outcomes]);
    // Standard error may show progress ("Scoring…") on a slow run; else only the notes that both rounds, answered on the
    // reference framework 1.0.0, are read and scored on it (docs/cli.md, "Which framework").
    expect(result.stderr.split('\n').filter((line) => line !== '' && !line.endsWith('…'))).toEqual(
      ['sample/answers-2023-24.csv', 'sample/answers-2022-23.csv'].map(
        (file) =>
          `Note: ${file} answers the items of the reference framework 1.0.0, not those of the current 1.1.0, so it is read and scored against 1.0.0. Use --framework-version to choose another.`,
      ),
    );
    expect(result.stdout).toMatch(/^SYNTHETIC DATA: /);
    expect(readFileSync(join(project, 'reports', 'index.html'), 'utf8')).toContain('<html');
  });

  it('has snippets in most guides, each JS one fit for the REPL, and a reason for each that does not run', () => {
    const all = guides.flatMap((guide) => guide.snippets);
    expect(runnable(all, 'js').length).toBeGreaterThanOrEqual(9);
    expect(runnable(all, 'ts').length).toBeGreaterThanOrEqual(20);
    expect(all.filter((snippet) => snippet.notRunnable !== null).length).toBeLessThanOrEqual(2);
    expect(runnable(all, 'js').flatMap(replKeywordLines)).toEqual([]);
    // JS snippets load the package as the REPL can: with `await import`, never a static import.
    expect(
      runnable(all, 'js')
        .filter((snippet) => /^\s*import\s/m.test(snippet.code))
        .map((snippet) => `${snippet.file}:${snippet.line}`),
    ).toEqual([]);
  });

  it("runs every snippet as a script: each guide's JS blocks in order as one module, each TS block compiled alone", async () => {
    const scripts: { readonly name: string; readonly where: string }[] = [];
    for (const { file, snippets } of guides) {
      const js = runnable(snippets, 'js');
      if (js.length > 0) {
        const name = `${slug(file)}.mjs`;
        writeFileSync(join(project, name), js.map((snippet) => snippet.code).join('\n'));
        scripts.push({ name, where: `${file} (its ${js.length} JS blocks, lines ${js.map((snippet) => snippet.line).join(', ')})` });
      }
      for (const snippet of runnable(snippets, 'ts')) {
        const name = `${slug(file)}-${snippet.line}.mjs`;
        const { code } = await transform(snippet.code, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: `${file}:${snippet.line}` });
        writeFileSync(join(project, name), code);
        scripts.push({ name, where: `${file}:${snippet.line}` });
      }
    }
    const results = await twoAtATime(scripts, (script) => node([script.name]));
    const failures = results.flatMap((result, index) => (result.ok ? [] : [`${scripts[index]!.where}:\n${result.stderr}`]));
    expect(failures).toEqual([]);
    // The getting-started guide prints what it says it prints.
    const started = results[scripts.findIndex((script) => script.where.startsWith('docs/getting-started.md:'))];
    expect(started?.stdout.split('\n')[0]).toBe('274 rows read = 274 accepted + 0 rejected');
  });

  it("type-checks every TS snippet against the installed package's declarations (strict, NodeNext), as a user's tsc would", async () => {
    const files = guides.flatMap(({ file, snippets }) =>
      runnable(snippets, 'ts').map((snippet) => {
        const name = `${slug(file)}-${snippet.line}.ts`;
        writeFileSync(join(project, name), snippet.code);
        return name;
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], skipLibCheck: true },
        files,
      }),
    );
    const result = await node([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--pretty', 'false']);
    // tsc names each snippet's file (docs-ids-57.ts is the block at line 57 of docs/ids.md) and the line in the block.
    expect(result.ok ? '' : `${result.stdout}${result.stderr}`).toBe('');
  });

  it('runs every JS snippet pasted into the Node REPL line by line (node:repl), each guide as one session, with no error', async () => {
    const sessions = guides.flatMap(({ file, snippets }) => {
      const js = runnable(snippets, 'js');
      if (js.length === 0) return [];
      const name = `${slug(file)}.repl.js`;
      writeFileSync(join(project, name), js.map((snippet) => snippet.code).join('\n'));
      return [{ file, name }];
    });
    expect(sessions.map((session) => session.file)).toEqual(expect.arrayContaining(['docs/recipes.md']));
    const results = await twoAtATime(sessions, (session) => node(['feed-repl.mjs', session.name]));
    const failures = results.flatMap((result, index) => {
      const found = result.ok ? replFailures(result.stdout) : [result.stderr];
      return found.length === 0 ? [] : [`${sessions[index]!.file}: ${found.join('\n')}`];
    });
    expect(failures).toEqual([]);
    // The REPL printed the values of the sessions' expressions, so the lines did run.
    expect(results.every((result) => result.stdout.length > 100)).toBe(true);
  });
});
