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
import { nonHelpResponsibilityIds } from 'cancer-alliance-framework/analysis';
import { referenceFrameworkMappings, referenceFrameworks, type FrameworkMapping } from 'cancer-alliance-framework/framework';
import { responsibilities, roles } from 'cancer-alliance-framework/programme';
import { parseSurveyJsResults } from 'cancer-alliance-framework/surveyjs';
import { parseAnswersXlsx } from 'cancer-alliance-framework/xlsx';
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
 * Parses a framework file for the CLI: the framework knows no programme, so the CLI, which runs the programme's
 * analyses, checks each theme's `supportedBy` against the programme's roles and responsibility statements, and
 * refuses a statement that is no help (a sanction, an assurance or sign-off duty, an accountability note).
 */
export function parseFrameworkFile(text: string, path: string, maxBytes: number | null): Framework {
  return parseFramework(text, {
    file: path,
    roles: roles.map((role) => role.id),
    responsibilities,
    notHelp: nonHelpResponsibilityIds,
    ...(maxBytes === null ? {} : { maxBytes }),
  });
}

/** A version of the bundled reference framework. */
export type ReferenceVersion = keyof typeof referenceFrameworks;

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.+-]/).map((part) => Number(part));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The versions of the bundled reference framework, newest first. */
export const REFERENCE_VERSIONS: readonly ReferenceVersion[] = (Object.keys(referenceFrameworks) as ReferenceVersion[]).sort((a, b) => compareVersions(b, a));

/** Whether a text names a version of the bundled reference framework. */
export function isReferenceVersion(value: string): value is ReferenceVersion {
  return (REFERENCE_VERSIONS as readonly string[]).includes(value);
}

/**
 * The framework answers are read against: a framework file (`--framework`), a version of the bundled reference
 * framework (`--framework-version`), or, with neither, the version of the reference framework whose items each
 * answers file answers (`detect`).
 */
export type FrameworkChoice = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'version'; readonly version: ReferenceVersion } | { readonly kind: 'detect' };

/**
 * Loads the framework of a choice: a file, or a version of the reference framework; null when it is to be found for
 * each answers file. `maxBytes` (from `--max-bytes`) bounds the reading and the parsing of a file; without it the
 * file is read up to {@link DEFAULT_MAX_BYTES} and parsed within the library's own limit for framework files.
 */
export function loadFramework(io: CliFiles, choice: FrameworkChoice, maxBytes: number | null): Outcome<Framework | null> {
  if (choice.kind === 'detect') return { ok: true, value: null };
  if (choice.kind === 'version') return { ok: true, value: referenceFrameworks[choice.version] };
  const { path } = choice;
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

/** The mapping from one version of the reference framework to another, when the package has it. */
export function mappingBetween(earlier: Framework, later: Framework): FrameworkMapping | undefined {
  return Object.values(referenceFrameworkMappings).find(
    (mapping) => mapping.from.id === earlier.id && mapping.from.version === earlier.version && mapping.to.id === later.id && mapping.to.version === later.version,
  );
}

/** Whether a path names a JSON file. */
export function isJsonPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** Whether a path names an Excel workbook (`.xlsx`), read as bytes. */
export function isXlsxPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

/** The fields of an answer object of our answers JSON. */
const ANSWER_FIELDS = /^\s*\[\s*\{\s*"(?:organisationId|respondentId|respondentGroup|itemId|answer|comment)"\s*:/;

/**
 * Whether JSON text holds SurveyJS results rather than our answers JSON, by its shape (docs/cli.md): our answers are
 * `{"answers": [...]}`, or an array whose first element starts with a field of an answer (`organisationId`,
 * `respondentId`, `itemId`, …); an array of anything but objects, or text that does not start like JSON, is left to
 * the answers reader too. Anything else that starts with `{` or `[{` (a result, an array of results, JSON Lines) is
 * SurveyJS results.
 */
export function isSurveyJsText(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*\{\s*"answers"\s*:/.test(body) || ANSWER_FIELDS.test(body)) return false;
  return /^\s*(?:\{|\[\s*\{)/.test(body);
}

/** What an answers file holds, by its name and, for JSON, its shape. */
export type AnswersFormat = 'csv' | 'json' | 'surveyjs' | 'xlsx';

/** The format of an answers file that is text (a workbook is told by its name alone, before reading). */
export function textFormatOf(path: string, text: string): Exclude<AnswersFormat, 'xlsx'> {
  if (!isJsonPath(path)) return 'csv';
  return isSurveyJsText(text) ? 'surveyjs' : 'json';
}

/** An answers file as read: the text of a CSV or JSON file, or the bytes of a workbook. */
export type AnswersSource = { readonly text: string } | { readonly bytes: Uint8Array };

/** The format of an answers file as read: a workbook by its name, text by its name and shape (see {@link textFormatOf}). */
export function formatOf(path: string, source: AnswersSource): AnswersFormat {
  return 'bytes' in source ? 'xlsx' : textFormatOf(path, source.text);
}

/** Reads an answers file as the CLI reads it: a workbook (.xlsx) as bytes, anything else as text; within `maxBytes`. */
export function readAnswersSource(io: CliFiles, path: string, what: string, maxBytes: number | null): Outcome<AnswersSource> {
  if (isXlsxPath(path)) {
    const bytes = readFileBytes(io, path, what, maxBytes);
    return bytes.ok ? { ok: true, value: { bytes: bytes.value } } : bytes;
  }
  const text = readFile(io, path, what, maxBytes);
  return text.ok ? { ok: true, value: { text: text.value } } : text;
}

/**
 * Reads survey answers as the CLI does, against a framework, within `maxBytes`: CSV, our answers JSON, SurveyJS
 * results or an Excel workbook ({@link formatOf}). Throws AnswersError.
 */
function parseAnswersSource(source: AnswersSource, path: string, framework: Framework, maxBytes: number | null): AnswersImport {
  const options = { framework, file: path, ...(maxBytes === null ? {} : { maxBytes }) };
  if ('bytes' in source) return parseAnswersXlsx(source.bytes, options);
  switch (textFormatOf(path, source.text)) {
    case 'surveyjs':
      return parseSurveyJsResults(source.text, options);
    case 'json':
      return parseAnswersJson(source.text, options);
    case 'csv':
      return parseAnswersCsv(source.text, options);
  }
}

/** Answers read from a file, with the framework they were read against. */
export interface ReadAnswers {
  readonly answers: AnswersImport;
  readonly framework: Framework;
  /** A note for standard error when the framework was found from the file's items and is not the current reference; else null. */
  readonly note: string | null;
}

/** Answers read against a framework, or the error that stopped the reading. */
export type Attempt = { readonly framework: Framework; readonly answers: AnswersImport } | { readonly framework: Framework; readonly error: AnswersError };

function attempt(source: AnswersSource, path: string, framework: Framework, maxBytes: number | null): Attempt {
  try {
    return { framework, answers: parseAnswersSource(source, path, framework, maxBytes) };
  } catch (error) {
    if (error instanceof AnswersError) return { framework, error };
    throw error;
  }
}

/** Whether a file was read whole against a framework that knows every item it answers. */
const fits = (tried: Attempt): boolean => 'answers' in tried && tried.answers.issues.every((issue) => issue.code !== 'unknown-item');

/**
 * Reads an answers file against the version of the reference framework whose items it answers: the current one when
 * it knows every item of the file (or when no version does), else the newest earlier version that does. So a round
 * answered on 1.0.0 scores on 1.0.0, and nothing is chosen by the file's date or name.
 */
function readAgainstReference(source: AnswersSource, path: string, maxBytes: number | null): { readonly tried: Attempt; readonly note: string | null } {
  const current = attempt(source, path, effectiveCancerAllianceFramework, maxBytes);
  if (fits(current)) return { tried: current, note: null };
  for (const version of REFERENCE_VERSIONS) {
    const framework = referenceFrameworks[version];
    if (framework === effectiveCancerAllianceFramework) continue;
    const earlier = attempt(source, path, framework, maxBytes);
    if (fits(earlier)) {
      const note =
        `Note: ${path} answers the items of the reference framework ${version}, not those of the current ${effectiveCancerAllianceFramework.version}, ` +
        `so it is read and scored against ${version}. Use --framework-version to choose another.`;
      return { tried: earlier, note };
    }
  }
  return { tried: current, note: null };
}

/**
 * Reads an answers file as read ({@link readAnswersSource}) against a framework, or, given null, against the version of
 * the reference framework whose items it answers; within `maxBytes` (null: the library's default).
 */
export function answersFrom(source: AnswersSource, path: string, framework: Framework | null, maxBytes: number | null): { readonly tried: Attempt; readonly note: string | null } {
  return framework === null ? readAgainstReference(source, path, maxBytes) : { tried: attempt(source, path, framework, maxBytes), note: null };
}

/**
 * Reads survey answers (CSV; JSON answers or SurveyJS results, a name ending .json told apart by shape; an Excel
 * workbook, .xlsx) against a framework, or, given null, against the version of the reference framework whose items the
 * file answers. A file that cannot be read as a whole fails with exit code 1.
 */
export function loadAnswers(io: CliFiles, path: string, framework: Framework | null, what: string, maxBytes: number | null): Outcome<ReadAnswers> {
  const source = readAnswersSource(io, path, what, maxBytes);
  if (!source.ok) return source;
  const { tried, note } = answersFrom(source.value, path, framework, maxBytes);
  if ('answers' in tried) return { ok: true, value: { answers: tried.answers, framework: tried.framework, note } };
  return invalid(
    `${path} cannot be read as survey answers:`,
    tried.error.issues.map((issue) => answerProblem(issue, path)),
  );
}

/** Reads a file's bytes as {@link readFile} reads text: within `maxBytes`, or a failure with its exit code. */
export function readFileBytes(io: CliFiles, path: string, what: string, maxBytes: number | null): Outcome<Uint8Array> {
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return { ok: true, value: io.readBytes(path, limit) };
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      const size = maxBytes === null ? `${plural(limit, 'byte')} (${limit / 1024 / 1024} MiB) allowed by default` : `${plural(limit, 'byte')} allowed by --max-bytes`;
      return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": it holds more than the ${size}; reading stopped there.`, `  hint: ${TOO_LARGE_HINT}`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail(EXIT.unreadable, `Cannot read the ${what} "${path}": ${reason}`);
  }
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}
