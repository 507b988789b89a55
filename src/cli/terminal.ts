/**
 * The one place where the CLI's text reaches standard output and standard error. Much of that text comes from
 * inputs (file names, organisation ids, cells, framework titles, the library's messages that quote them), and a
 * terminal obeys control characters: an id holding `ESC ] 0 ; … BEL` retitles the window, `ESC [ 2 J` clears the
 * screen, a right-to-left override makes `exe.txt` read as `txt.exe`. So every line printed is made visible here
 * first, and the commands print lines, never raw text: a line break inside a value is shown as `\n`, so that no
 * input can start a line of its own either.
 */
import type { CliIo } from './io.js';

/**
 * Characters that change how a terminal shows text, or hide it: every control character (C0, DEL, C1: general
 * category Cc), every format character (Cf: the bidirectional embeddings, overrides, isolates and marks, zero-width
 * spaces, the byte order mark, the invisible tag characters, soft hyphens...) except the zero-width joiner and
 * non-joiner (which some scripts and emoji need, and which move nothing), the line and paragraph separators
 * (U+2028, U+2029) and lone surrogates.
 */
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function shown(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0;
  // Control characters as programmers write them (`\x1b`); the rest by their Unicode name (`<U+202E>`).
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * A line of text as it may be shown on a terminal: control and invisible format characters made visible, e.g. ESC
 * as `\x1b`, a line break as `\n`, a right-to-left override as `<U+202E>`. Everything else is kept as it is.
 *
 * @param text - One line of text, which may hold anything read from an input.
 * @returns The text with every character that {@link UNSAFE} matches made visible.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, shown);
}

/** Where the commands print: standard output and standard error, line by line. */
export interface Terminal {
  /** Prints lines on standard output, each made {@link visible} and ended with `\n`. */
  readonly out: (lines: readonly string[]) => void;
  /** Prints lines on standard error, each made {@link visible} and ended with `\n`. */
  readonly err: (lines: readonly string[]) => void;
  /** Whether standard error is a terminal, where a person watches: progress is printed there only then (or with `--progress`). */
  readonly errIsTerminal: boolean;
}

/** The terminal of the given streams. */
export function terminalOf(io: Pick<CliIo, 'stdout' | 'stderr' | 'stderrIsTerminal'>): Terminal {
  const printer = (write: (text: string) => void) => (lines: readonly string[]) => {
    if (lines.length > 0) write(`${lines.map(visible).join('\n')}\n`);
  };
  return { out: printer(io.stdout), err: printer(io.stderr), errIsTerminal: io.stderrIsTerminal === true };
}

/** The lines of a text written with `\n` line ends (the help texts), without the empty one after the last. */
export function linesOf(text: string): readonly string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
