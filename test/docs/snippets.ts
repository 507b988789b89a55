// The code blocks of the guides (README.md and docs/*.md) and the convention that says which of them run: every
// ```js and ```ts block runs, unless the line before it is `<!-- not-runnable: why -->` (the reason is required).
// - A ```js block is for the Node REPL: a file's JS blocks run in order as one session (later blocks use what earlier
//   ones defined), in a script and pasted into `node:repl` line by line. They load the package with
//   `await import('cancer-alliance-framework')`, and no line may start with `.` (the REPL takes it as a command:
//   "Invalid REPL keyword" after a complete expression).
// - A ```ts block is a module of its own: it imports what it uses, and runs as a script once compiled by esbuild.
// Every snippet runs in a folder where the package is installed and `cancer-alliance-framework sample --out sample`
// has written the synthetic sample, so that `sample/answers-2023-24.csv` and the others are there.

/** One code block of a guide. */
export interface Snippet {
  /** The guide's path, e.g. `docs/recipes.md`. */
  readonly file: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  readonly lang: 'js' | 'ts';
  readonly code: string;
  /** Why the block does not run, when it is marked `<!-- not-runnable: why -->`; null when it runs. */
  readonly notRunnable: string | null;
}

const FENCE = /^```(js|ts)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
const MARK = /^<!--\s*not-runnable:(.*?)-->\s*$/;

/** The ```js and ```ts blocks of a guide, in order. Throws when a not-runnable mark gives no reason. */
export function snippetsOf(markdown: string, file: string): readonly Snippet[] {
  return [...markdown.matchAll(FENCE)].map((match) => {
    const before = markdown.slice(0, match.index);
    const line = before.split('\n').length;
    const previous = before.replace(/\s+$/, '').split('\n').at(-1) ?? '';
    const mark = MARK.exec(previous);
    const reason = mark?.[1]?.trim() ?? null;
    if (reason === '') throw new Error(`${file}:${line - 1}: a not-runnable mark must say why: <!-- not-runnable: why -->`);
    return { file, line, lang: match[1] as 'js' | 'ts', code: match[2] ?? '', notRunnable: reason };
  });
}

/** The lines of a JS snippet that a REPL would take as a command (they start with `.`), as `file:line: text`. */
export function replKeywordLines(snippet: Snippet): readonly string[] {
  return snippet.code
    .split('\n')
    .map((text, index) => ({ text, line: snippet.line + 1 + index }))
    .filter(({ text }) => /^\s*\.[^.\d]/.test(text))
    .map(({ text, line }) => `${snippet.file}:${line}: ${text.trim()}`);
}

/** What a REPL session printed that shows a failure: its "Uncaught …" errors and "Invalid REPL keyword" lines. */
export function replFailures(printed: string): readonly string[] {
  return printed.split('\n').filter((line) => /^(> |\.\.\. )*(Uncaught\b|Invalid REPL keyword)/.test(line));
}
