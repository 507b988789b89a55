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
import { nonHelpResponsibilityIds } from 'cancer-alliance-framework/analysis';
import type { AnswerColumns, AnswersEncoding } from 'cancer-alliance-framework/assessment';
import { referenceFrameworkMappings, referenceFrameworks, type FrameworkMapping } from 'cancer-alliance-framework/framework';
import { responsibilities, roles } from 'cancer-alliance-framework/programme';
import { parseSurveyJsResults } from 'cancer-alliance-framework/surveyjs';
import { parseAnswersXlsx } from 'cancer-alliance-framework/xlsx';
import { parse as parseYaml } from 'yaml';
import type { AnswerSettings } from './answer-options.js';
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

/** How answers files are read: `--encoding` (null: told from the bytes) and `--columns` (the mapping file, or null). */
export interface AnswersReading {
  readonly encoding: AnswersEncoding | null;
  readonly columns: string | null;
}

/**
 * The options of the library's readers, once the mapping, organisations and spellings files are read: `--encoding`,
 * `--columns`, `--organisations`, `--spellings`, and the round's date (the alliances in force that day are the ones
 * answers may name).
 */
export interface AnswersReadOptions extends AnswerSettings {
  readonly encoding: AnswersEncoding | null;
  readonly columns: AnswerColumns | undefined;
  /** The round's date, `yyyy-mm-dd`. */
  readonly date?: string;
}

/**
 * Reads a column mapping file (`--columns`): JSON or YAML, `{ organisation?, respondent?, group?, items? }`, checked
 * by the library against the framework (an item id that is not one gets a "did you mean").
 */
export function loadColumns(io: CliFiles, path: string | null, framework: Framework | null, maxBytes: number | null): Outcome<AnswerColumns | undefined> {
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
  // The library checks the mapping before it reads anything: an empty text is enough. With no framework named, the
  // mapping must fit one version of the reference framework (the one each file is then read against).
  const candidates = framework === null ? REFERENCE_VERSIONS.map((version) => referenceFrameworks[version]) : [framework];
  let refusal: string | null = null;
  for (const candidate of candidates) {
    try {
      safeParseAnswersCsv('', { framework: candidate, columns: value as AnswerColumns });
      refusal = null;
      break;
    } catch (error) {
      if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
      refusal ??= error.message.replace(/^safeParseAnswersCsv: options\./, '');
    }
  }
  if (refusal !== null) return fail(EXIT.invalidData, `${path} is not a valid column mapping: ${refusal}.`, `  hint: ${COLUMNS_HINT}`);
  return { ok: true, value: value as AnswerColumns };
}

const COLUMNS_HINT = 'Write the mapping as in docs/cli.md, e.g. organisation: "Which alliance?", respondent: Email, items: { "Question text": T1.C1 }.';

/**
 * Reads a CSV answers file's bytes: UTF-32 is refused (as text that is not UTF-8, naming it), anything else goes to
 * the library, which decodes it by `--encoding` or tells the encoding.
 */
export function readAnswersBytes(io: CliFiles, path: string, what: string, maxBytes: number | null, encoding: AnswersEncoding | null): Outcome<Uint8Array> {
  const bytes = readFileBytes(io, path, what, maxBytes);
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

/** Reading as the library does by default: the encoding told from the bytes, columns by their names. */
export const NO_READ_OPTIONS: AnswersReadOptions = { encoding: null, columns: undefined };

/** An answers file as read: the text of a JSON file, or the bytes of a CSV file or a workbook. */
export type AnswersSource = { readonly text: string } | { readonly bytes: Uint8Array };

/** The format of an answers file as read: bytes by the name (a workbook, else CSV), text by its shape (see {@link textFormatOf}). */
export function formatOf(path: string, source: AnswersSource): AnswersFormat {
  if ('bytes' in source) return isXlsxPath(path) ? 'xlsx' : 'csv';
  return textFormatOf(path, source.text);
}

/**
 * Reads an answers file as the CLI reads it, within `maxBytes`: JSON (answers or SurveyJS results) as UTF-8 text; a
 * workbook (.xlsx) as bytes; CSV as bytes, decoded by the library by `--encoding` or as it tells.
 */
export function readAnswersSource(io: CliFiles, path: string, what: string, maxBytes: number | null, encoding: AnswersEncoding | null): Outcome<AnswersSource> {
  if (isJsonPath(path)) {
    const text = readFile(io, path, what, maxBytes);
    return text.ok ? { ok: true, value: { text: text.value } } : text;
  }
  const bytes = isXlsxPath(path) ? readFileBytes(io, path, what, maxBytes) : readAnswersBytes(io, path, what, maxBytes, encoding);
  return bytes.ok ? { ok: true, value: { bytes: bytes.value } } : bytes;
}

/**
 * Reads survey answers as the CLI does, against a framework, within `maxBytes`: CSV, our answers JSON, SurveyJS
 * results or an Excel workbook ({@link formatOf}). Throws AnswersError.
 */
function parseAnswersSource(source: AnswersSource, path: string, framework: Framework, maxBytes: number | null, read: AnswersReadOptions): AnswersImport {
  const options = {
    framework,
    file: path,
    ...(maxBytes === null ? {} : { maxBytes }),
    ...(read.organisations === undefined ? {} : { organisations: read.organisations }),
    ...(read.spellings === undefined ? {} : { spellings: read.spellings }),
    ...(read.date === undefined ? {} : { date: read.date }),
  };
  const columns = read.columns === undefined ? {} : { columns: read.columns };
  if ('bytes' in source) {
    return isXlsxPath(path)
      ? parseAnswersXlsx(source.bytes, { ...options, ...columns })
      : parseAnswersCsv(source.bytes, { ...options, ...columns, encoding: read.encoding ?? 'auto' });
  }
  switch (textFormatOf(path, source.text)) {
    case 'surveyjs':
      return parseSurveyJsResults(source.text, options);
    case 'json':
      return parseAnswersJson(source.text, options);
    case 'csv':
      return parseAnswersCsv(source.text, { ...options, ...columns });
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

function attempt(source: AnswersSource, path: string, framework: Framework, maxBytes: number | null, read: AnswersReadOptions): Attempt {
  try {
    return { framework, answers: parseAnswersSource(source, path, framework, maxBytes, read) };
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
function readAgainstReference(source: AnswersSource, path: string, maxBytes: number | null, read: AnswersReadOptions): { readonly tried: Attempt; readonly note: string | null } {
  const current = attempt(source, path, effectiveCancerAllianceFramework, maxBytes, read);
  if (fits(current)) return { tried: current, note: null };
  for (const version of REFERENCE_VERSIONS) {
    const framework = referenceFrameworks[version];
    if (framework === effectiveCancerAllianceFramework) continue;
    const earlier = attempt(source, path, framework, maxBytes, read);
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
export function answersFrom(
  source: AnswersSource,
  path: string,
  framework: Framework | null,
  maxBytes: number | null,
  read: AnswersReadOptions = NO_READ_OPTIONS,
): { readonly tried: Attempt; readonly note: string | null } {
  return framework === null ? readAgainstReference(source, path, maxBytes, read) : { tried: attempt(source, path, framework, maxBytes, read), note: null };
}

/**
 * Reads survey answers (CSV; JSON answers or SurveyJS results, a name ending .json told apart by shape; an Excel
 * workbook, .xlsx) against a framework, or, given null, against the version of the reference framework whose items the
 * file answers. A file that cannot be read as a whole fails with exit code 1.
 */
export function loadAnswers(io: CliFiles, path: string, framework: Framework | null, what: string, maxBytes: number | null, read: AnswersReadOptions): Outcome<ReadAnswers> {
  const source = readAnswersSource(io, path, what, maxBytes, read.encoding);
  if (!source.ok) return source;
  const { tried, note } = answersFrom(source.value, path, framework, maxBytes, read);
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
