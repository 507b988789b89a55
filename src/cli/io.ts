/**
 * Everything the command-line interface does to the outside world, in one interface, so that tests can run
 * the CLI in memory (test/cli/memory-io.ts) and src/cli/node-io.ts can run it on the real file system.
 */

/** One file of the reports: its path inside the output folder, and its text. */
export interface OutputFile {
  /** Relative to the output folder, with `/` separators, e.g. `alliances/wessex.html`. */
  readonly path: string;
  /** The file's contents: text (written as UTF-8), or bytes (a workbook). */
  readonly text: string | Uint8Array;
}

/** What the commands may do besides printing: read inputs, write the reports, tell the time. */
export interface CliFiles {
  /**
   * Reads a UTF-8 text file, reading at most `maxBytes` bytes (default {@link DEFAULT_MAX_BYTES}) whatever it is
   * (a file, a device, a pipe). Throws `InputTooLargeError` when it holds more, `NotUtf8Error` (src/cli/utf8.ts)
   * when its bytes are not UTF-8, and any other error when it cannot be read.
   */
  readonly readText: (path: string, maxBytes?: number) => string;
  /**
   * Reads a file's bytes (a workbook, a CSV file to decode), at most `maxBytes` (default {@link DEFAULT_MAX_BYTES}), as `readText` does;
   * throws `InputTooLargeError` when it holds more, and any other error when it cannot be read.
   */
  readonly readBytes: (path: string, maxBytes?: number) => Uint8Array;
  /** Writes one file whole (text as UTF-8, or bytes), replacing it if it is there; throws when it cannot. */
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  /**
   * Writes the reports into the folder `out`, all or nothing: on success `out` holds exactly these files (and
   * nothing else); on failure it is as it was. Returns notes for standard error (e.g. leftovers removed).
   * Throws `OutputError` when the folder cannot be written.
   */
  readonly writeReports: (out: string, files: readonly OutputFile[]) => readonly string[];
  /** Whether a file or directory exists at the path. */
  readonly exists: (path: string) => boolean;
  /** The current time in milliseconds since 1970 (`Date.now()`); used for timing and for today's date. */
  readonly now: () => number;
}

/**
 * The files, and the two streams. The commands never write to the streams themselves: they print through
 * src/cli/terminal.ts, the one place where text reaches standard output or standard error.
 */
export interface CliIo extends CliFiles {
  /** Writes text to standard output, as given (the CLI ends its lines with `\n`). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error, as given. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (Node: the stream's isTTY): `report` then prints its progress there. Default false. */
  readonly stderrIsTerminal?: boolean | undefined;
}

/** The exit codes of the CLI, documented in docs/cli.md. */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** Invalid input data: the framework, answers or outcomes have problems (each is printed with its place). */
  invalidData: 1,
  /** A usage error: unknown command, unknown flag, missing or extra argument. */
  usage: 2,
  /** An input file does not exist or cannot be read. */
  unreadable: 3,
  /** The output folder cannot be written. */
  unwritable: 4,
  /** Standard output or standard error cannot be written (a closed pipe, a full disk): set by main.ts. */
  streams: 5,
  /** A bug: an unexpected error inside the CLI. */
  internal: 70,
} as const);

/** The most bytes an input file may hold unless `--max-bytes` says otherwise: 50 MiB, the readers' own default. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The name of the file that marks a folder as reports written by this command (written last, in every run). */
export const MARKER_FILE = '.cancer-alliance-framework.json';

/** Thrown by `readText` when an input holds more than the bytes allowed; reading stops there. */
export class InputTooLargeError extends Error {
  override readonly name = 'InputTooLargeError';

  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super(`"${path}" holds more than ${maxBytes} bytes`);
  }
}

/** Thrown by `writeReports` when the output folder cannot be written: what failed (one line) and what to do. */
export class OutputError extends Error {
  override readonly name = 'OutputError';

  /**
   * @param message - What failed, naming the path.
   * @param hint - What to do about it.
   * @param untouched - Whether the output folder is as it was before the run (false only when the message says
   *   where the reports are instead).
   */
  constructor(
    message: string,
    readonly hint: string,
    readonly untouched = true,
  ) {
    super(message);
  }
}

/** Joins path segments with `/` (accepted by Node on every platform), without doubling separators. */
export function joinPath(...segments: readonly string[]): string {
  return segments
    .filter((segment) => segment !== '')
    .map((segment, index) => (index === 0 ? segment.replace(/[\\/]+$/, '') : segment.replace(/^[\\/]+|[\\/]+$/g, '')))
    .join('/');
}

/** The last segment of a path, e.g. `answers.csv` for `data/answers.csv`. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}
