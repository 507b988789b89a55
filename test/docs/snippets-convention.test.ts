import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { replFailures, replKeywordLines, snippetsOf } from './snippets.js';

const feedRepl = fileURLToPath(new URL('./feed-repl.mjs', import.meta.url));

/** What the REPL prints when fed the lines, one by one (test/docs/feed-repl.mjs). */
async function pasted(lines: readonly string[]): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'caf-repl-'));
  try {
    writeFileSync(join(folder, 'snippet.js'), `${lines.join('\n')}\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [feedRepl, 'snippet.js'], { cwd: folder, timeout: 30_000 });
    return stdout;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("the convention for the guides' snippets (test/docs/snippets.ts)", () => {
  it('takes every ```js and ```ts block, with its line, and a not-runnable mark with its reason', () => {
    const markdown = [
      '# Guide',
      '```js',
      'const a = 1;',
      '```',
      '<!-- not-runnable: needs a database -->',
      '',
      '```ts',
      "import { x } from 'y';",
      '```',
      '```sh',
      'npm test',
      '```',
      '```json',
      '{}',
      '```',
    ].join('\n');
    expect(snippetsOf(markdown, 'docs/guide.md')).toEqual([
      { file: 'docs/guide.md', line: 2, lang: 'js', code: 'const a = 1;\n', notRunnable: null },
      { file: 'docs/guide.md', line: 7, lang: 'ts', code: "import { x } from 'y';\n", notRunnable: 'needs a database' },
    ]);
  });

  it('refuses a not-runnable mark without a reason', () => {
    expect(() => snippetsOf('<!-- not-runnable: -->\n```js\nx;\n```\n', 'docs/a.md')).toThrow('docs/a.md:1: a not-runnable mark must say why');
  });

  it('finds the lines a REPL would take as a command, and only those', () => {
    const [snippet] = snippetsOf('```js\nconst xs = [1, 2]\n  .map(String);\nconst y = 0.5;\nconst z = [...xs];\n.5 + 1;\n```\n', 'docs/r.md');
    expect(replKeywordLines(snippet!)).toEqual(['docs/r.md:3: .map(String);']);
  });

  it('sees, in a real REPL, the failure a chain split before its dot gives, and an uncaught error; a clean paste shows neither', { timeout: 60_000 }, async () => {
    const split = await pasted(['const xs = [1, 2]', '  .map(String);', 'missing();']);
    expect(replFailures(split)).toEqual(['> Invalid REPL keyword', '> Uncaught ReferenceError: missing is not defined']);
    const clean = await pasted([
      'const xs = [1, 2].map((x) =>',
      '  String(x),',
      ');',
      'xs;',
      'const when = await Promise.resolve(new Date(2024, 2, 31));',
      'when instanceof Date;',
    ]);
    expect(replFailures(clean)).toEqual([]);
    expect(clean).toContain("[ '1', '2' ]");
    // The REPL runs in the global context, as `node`'s own does: a Date made there is a Date everywhere.
    expect(clean).toContain('true');
  });
});
