import {
  AnswersError,
  effectiveCancerAllianceFramework,
  FrameworkError,
  parseAnswersCsv,
  parseAnswersJson,
  parseFramework,
  safeParseAnswersCsv,
  type AnswersImport,
  type Framework,
} from 'cancer-alliance-framework';
import type { AnswerColumns, AnswersEncoding } from 'cancer-alliance-framework/assessment';
import { parse as parseYaml } from 'yaml';
import { roles } from 'cancer-alliance-framework/programme';
import { DEFAULT_MAX_BYTES, EXIT, InputTooLargeError, type CliFiles } from './io.js';
import { answerProblem, formatProblems, frameworkProblem, TOO_LARGE_HINT, type Problem } from './problems.js';
import { decodeUtf8, NotUtf8Error, otherEncodingOf } from './utf8.js';

/** A step that failed: the exit code and what to print on standard error. */
export interface Failure {
  readonly ok: false;
  readonly code: number;
  /** The lines for standard error. */
  readonly lines: readonly string[];
}

/** A step that worked. */
export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Outcome<T> = Success<T> | Failure;

/** A failure with the given code and lines. */
export function fail(code: number, ...lines: readonly string[]): Failure {
  return { ok: false, code, lines };
}

/** A failure for invalid data: a one-line summary, then every problem with its place. */
export function invalid(summary: string, problems: readonly Problem[]): Failure {
  return fail(EXIT.invalidData, summary, ...formatProblems(problems));
}

/**
 * Checks that every input file exists, naming each missing one; a run reads nothing until they all do.
 */
export function checkFilesExist(io: CliFiles, files: readonly { readonly flag: string; readonly path: string }[]): Failure | null {
  const missing = files.filter((file) => !io.exists(file.path));
  if (missing.length === 0) return null;
  return fail(EXIT.unreadable, ...missing.map((file) => `Cannot find the ${file.flag} "${file.path}": no such file. Check the name and the folder you run the command from.`));
}

/** The failure for a file larger than allowed. */
function tooLarge(path: string, what: string, maxBytes: number | null): Failure {
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  const size = maxBytes === null ? `${plural(limit, 'byte')} (${limit / 1024 / 1024} MiB) allowed by default` : `${plural(limit, 'byte')} allowed by --max-bytes`;
  return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": it holds more than the ${size}; reading stopped there.`, `  hint: ${TOO_LARGE_HINT}`);
}

/**
 * Reads a text file of at most `maxBytes` bytes (null: {@link DEFAULT_MAX_BYTES}), or fails with exit code 3; a
 * file that is larger, or not UTF-8, is invalid data (exit code 1).
 */
export function readFile(io: CliFiles, path: string, what: string, maxBytes: number | null): Outcome<string> {
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return { ok: true, value: io.readText(path, limit) };
  } catch (error) {
    if (error instanceof NotUtf8Error) {
      return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": ${error.detail}.`, `  hint: ${error.hint}`);
    }
    if (error instanceof InputTooLargeError) return tooLarge(path, what, maxBytes);
    const reason = error instanceof Error ? error.message : String(error);
    return fail(EXIT.unreadable, `Cannot read the ${what} "${path}": ${reason}`);
  }
}

/**
 * Parses a framework file for the CLI: the framework knows no roles, so the CLI, which runs the programme's
 * analyses, checks each theme's `supportedBy` against the programme's roles (an `unknown-role` problem otherwise).
 */
export function parseFrameworkFile(text: string, path: string, maxBytes: number | null): Framework {
  return parseFramework(text, { file: path, roles: roles.map((role) => role.id), ...(maxBytes === null ? {} : { maxBytes }) });
}

/**
 * Loads a framework file, or the reference framework when no file is named. `maxBytes` (from `--max-bytes`) bounds
 * the reading and the parsing; without it the file is read up to {@link DEFAULT_MAX_BYTES} and parsed within the
 * library's own limit for framework files.
 */
export function loadFramework(io: CliFiles, path: string | undefined, maxBytes: number | null): Outcome<Framework> {
  if (path === undefined) return { ok: true, value: effectiveCancerAllianceFramework };
  const text = readFile(io, path, 'framework file', maxBytes);
  if (!text.ok) return text;
  try {
    return { ok: true, value: parseFrameworkFile(text.value, path, maxBytes) };
  } catch (error) {
    if (error instanceof FrameworkError) {
      return invalid(
        `${path} is not a valid framework file: ${plural(error.issues.length, 'problem')}.`,
        error.issues.map((issue) => frameworkProblem(issue, path)),
      );
    }
    throw error;
  }
}

/** Whether a path names a JSON file. */
export function isJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** How answers files are read: `--encoding` (null: told from the bytes) and `--columns` (the mapping file, or null). */
export interface AnswersReading {
  readonly encoding: AnswersEncoding | null;
  readonly columns: string | null;
}

/** The options of the library's readers, once the mapping file is read. */
export interface AnswersReadOptions {
  readonly encoding: AnswersEncoding | null;
  readonly columns: AnswerColumns | undefined;
}

/** Reads a file's bytes of at most `maxBytes` bytes, failing as {@link readFile} does. */
export function readBytesFile(io: CliFiles, path: string, what: string, maxBytes: number | null): Outcome<Uint8Array> {
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return { ok: true, value: io.readBytes(path, limit) };
  } catch (error) {
    if (error instanceof InputTooLargeError) return tooLarge(path, what, maxBytes);
    const reason = error instanceof Error ? error.message : String(error);
    return fail(EXIT.unreadable, `Cannot read the ${what} "${path}": ${reason}`);
  }
}

/**
 * Reads a column mapping file (`--columns`): JSON or YAML, `{ organisation?, respondent?, group?, items? }`, checked
 * by the library against the framework (an item id that is not one gets a "did you mean").
 */
export function loadColumns(io: CliFiles, path: string | null, framework: Framework, maxBytes: number | null): Outcome<AnswerColumns | undefined> {
  if (path === null) return { ok: true, value: undefined };
  const text = readFile(io, path, '--columns file', maxBytes);
  if (!text.ok) return text;
  let value: unknown;
  try {
    value = isJsonPath(path) ? JSON.parse(text.value.replace(/^\uFEFF/, '')) : parseYaml(text.value, { maxAliasCount: 0 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(EXIT.invalidData, `${path} is not a valid column mapping: it is not ${isJsonPath(path) ? 'JSON' : 'YAML'} (${reason}).`, `  hint: ${COLUMNS_HINT}`);
  }
  try {
    // The library checks the mapping before it reads anything: an empty text is enough.
    safeParseAnswersCsv('', { framework, columns: value as AnswerColumns });
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      return fail(EXIT.invalidData, `${path} is not a valid column mapping: ${error.message.replace(/^safeParseAnswersCsv: options\./, '')}.`, `  hint: ${COLUMNS_HINT}`);
    }
    throw error;
  }
  return { ok: true, value: value as AnswerColumns };
}

const COLUMNS_HINT = 'Write the mapping as in docs/cli.md, e.g. organisation: "Which alliance?", respondent: Email, items: { "Question text": T1.C1 }.';

/** Reads survey answers (CSV text or bytes, or JSON text when the name ends .json) as the CLI does: the file named, within `maxBytes`. */
export function parseAnswersFile(
  input: string | Uint8Array,
  path: string,
  framework: Framework,
  maxBytes: number | null,
  read: AnswersReadOptions = { encoding: null, columns: undefined },
): AnswersImport {
  const options = { framework, file: path, ...(maxBytes === null ? {} : { maxBytes }) };
  if (typeof input === 'string' && isJsonPath(path)) return parseAnswersJson(input, options);
  return parseAnswersCsv(input, { ...options, encoding: read.encoding ?? 'auto', ...(read.columns === undefined ? {} : { columns: read.columns }) });
}

/**
 * Reads a CSV answers file's bytes: UTF-32 is refused (as text that is not UTF-8, naming it), anything else goes to
 * the library, which decodes it by `--encoding` or tells the encoding.
 */
export function readAnswersBytes(io: CliFiles, path: string, what: string, maxBytes: number | null, encoding: AnswersEncoding | null): Outcome<Uint8Array> {
  const bytes = readBytesFile(io, path, what, maxBytes);
  if (!bytes.ok) return bytes;
  if (encoding === null && otherEncodingOf(bytes.value)?.family === 'UTF-32') {
    try {
      decodeUtf8(bytes.value, path);
    } catch (error) {
      if (error instanceof NotUtf8Error) return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": ${error.detail}.`, `  hint: ${error.hint}`);
      throw error;
    }
  }
  return bytes;
}

/** Reads survey answers (CSV, or JSON when the name ends .json). A file that cannot be read as a whole fails with exit code 1. */
export function loadAnswers(io: CliFiles, path: string, framework: Framework, what: string, maxBytes: number | null, read: AnswersReadOptions): Outcome<AnswersImport> {
  const input = isJsonPath(path) ? readFile(io, path, what, maxBytes) : readAnswersBytes(io, path, what, maxBytes, read.encoding);
  if (!input.ok) return input;
  try {
    return { ok: true, value: parseAnswersFile(input.value, path, framework, maxBytes, read) };
  } catch (error) {
    if (error instanceof AnswersError) {
      return invalid(
        `${path} cannot be read as survey answers:`,
        error.issues.map((issue) => answerProblem(issue, path)),
      );
    }
    throw error;
  }
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}
