import {
  AnswersError,
  effectiveCancerAllianceFramework,
  FrameworkError,
  parseAnswersCsv,
  parseAnswersJson,
  parseFramework,
  type AnswersImport,
  type Framework,
} from 'cancer-alliance-framework';
import { roles } from 'cancer-alliance-framework/programme';
import type { AnswerSettings } from './answer-options.js';
import { DEFAULT_MAX_BYTES, EXIT, InputTooLargeError, type CliFiles } from './io.js';
import { answerProblem, formatProblems, frameworkProblem, TOO_LARGE_HINT, type Problem } from './problems.js';
import { NotUtf8Error } from './utf8.js';

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
    if (error instanceof InputTooLargeError) {
      const size = maxBytes === null ? `${plural(limit, 'byte')} (${limit / 1024 / 1024} MiB) allowed by default` : `${plural(limit, 'byte')} allowed by --max-bytes`;
      return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": it holds more than the ${size}; reading stopped there.`, `  hint: ${TOO_LARGE_HINT}`);
    }
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

/** How the CLI reads answers beyond the file itself: the round's date, and the `--organisations` and `--spellings` settings. */
export interface AnswerReading extends AnswerSettings {
  /** The round's date, `yyyy-mm-dd`: the alliances in force that day are the ones answers may name. */
  readonly date?: string;
}

/** Reads survey answers (CSV, or JSON when the name ends .json) as the CLI does: the file named, within `maxBytes`. */
export function parseAnswersFile(text: string, path: string, framework: Framework, maxBytes: number | null, reading: AnswerReading = {}): AnswersImport {
  const options = { framework, file: path, ...reading, ...(maxBytes === null ? {} : { maxBytes }) };
  return isJsonPath(path) ? parseAnswersJson(text, options) : parseAnswersCsv(text, options);
}

/** Reads survey answers (CSV, or JSON when the name ends .json). A file that cannot be read as a whole fails with exit code 1. */
export function loadAnswers(io: CliFiles, path: string, framework: Framework, what: string, maxBytes: number | null, reading: AnswerReading = {}): Outcome<AnswersImport> {
  const text = readFile(io, path, what, maxBytes);
  if (!text.ok) return text;
  try {
    return { ok: true, value: parseAnswersFile(text.value, path, framework, maxBytes, reading) };
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
