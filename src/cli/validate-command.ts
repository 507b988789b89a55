import { FrameworkError, lintFramework, type AnswersError, type AnswersImport, type Framework } from 'cancer-alliance-framework';
import { itemsOf } from 'cancer-alliance-framework/framework';
import { EXIT, type CliFiles } from './io.js';
import {
  answersFrom,
  checkFilesExist,
  formatOf,
  isJsonPath,
  isXlsxPath,
  loadColumns,
  loadFramework,
  parseFrameworkFile,
  plural,
  readAnswersSource,
  readFile,
  type AnswersFormat,
  type AnswersReading,
  type AnswersSource,
  type FrameworkChoice,
  type Outcome,
} from './inputs.js';
import { loadAnswerSettings, type AnswerFlags } from './answer-options.js';
import { answerProblem, formatProblems, frameworkProblem } from './problems.js';
import type { Terminal } from './terminal.js';

/** The options of `validate`. */
export interface ValidateArgs {
  readonly file: string;
  readonly framework: FrameworkChoice;
  /** `--max-bytes`: the most bytes of each input file; null for the defaults. */
  readonly maxBytes: number | null;
  /** `--encoding` and `--columns`: how the answers file is read. */
  readonly reading: AnswersReading;
  /** `--date`: the round's date, `yyyy-mm-dd`, when given. */
  readonly date: string | undefined;
  /** `--organisations` and `--spellings`. */
  readonly answerFlags: AnswerFlags;
}

/** What a file to validate holds. */
export type FileKind = 'framework' | 'answers';

/**
 * Tells a framework file from an answers file: a name ending .yaml or .yml, or YAML text with a top-level
 * `themes:` key, is a framework; a .json file is a framework when it is an object with `themes`; anything else
 * holds answers.
 */
export function kindOf(path: string, text: string): FileKind {
  if (/\.ya?ml$/i.test(path)) return 'framework';
  if (isJsonPath(path)) {
    try {
      const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      return value !== null && typeof value === 'object' && !Array.isArray(value) && 'themes' in value ? 'framework' : 'answers';
    } catch {
      return /"themes"\s*:/.test(text) ? 'framework' : 'answers';
    }
  }
  return /^themes\s*:/m.test(text) ? 'framework' : 'answers';
}

function n(value: number): string {
  return value.toLocaleString('en-GB');
}

function describeFramework(framework: Framework): string {
  const items = itemsOf(framework);
  const conditions = items.filter((ref) => ref.kind === 'condition').length;
  return (
    `${framework.title} (${framework.id} ${framework.version}): ${plural(framework.themes.length, 'theme')}, ` +
    `${plural(items.length, 'item')} (${n(conditions)} Conditions of Success, ${n(items.length - conditions)} Enabling Factors), ` +
    `${plural(framework.scales.length, 'scale')}, default target ${framework.defaultTarget}`
  );
}

/**
 * The warnings of the item rules (two questions in one, long items, near-duplicates, ideas asked twice, what others
 * decide): the framework is valid, but a person should read these items again.
 */
function itemWarnings(framework: Framework, path: string): readonly string[] {
  const warnings = lintFramework(framework).filter((issue) => issue.severity === 'warning');
  if (warnings.length === 0) return [];
  return [
    `  ${plural(warnings.length, 'warning')} about the wording of items (docs/framework-format.md, "Item rules"):`,
    ...formatProblems(warnings.map((issue) => frameworkProblem(issue, path))),
  ];
}

function validateFramework(terminal: Terminal, path: string, text: string, maxBytes: number | null): number {
  try {
    const framework = parseFrameworkFile(text, path, maxBytes);
    terminal.out([`${path}: a valid framework file.`, `  ${describeFramework(framework)}.`, ...itemWarnings(framework, path)]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof FrameworkError) {
      terminal.out([
        `${path}: not a valid framework file: ${plural(error.issues.length, 'problem')}.`,
        ...formatProblems(error.issues.map((issue) => frameworkProblem(issue, path))),
      ]);
      return EXIT.invalidData;
    }
    throw error;
  }
}

function accountingLines(result: AnswersImport): readonly string[] {
  const a = result.accounting;
  const respondents = new Set(result.answers.map((answer) => `${answer.organisationId}\u0000${answer.respondentId}`)).size;
  const organisations = new Set(result.answers.map((answer) => answer.organisationId)).size;
  return [
    `  Rows: ${n(a.rowsRead)} read, ${n(a.rowsAccepted)} accepted, ${n(a.rowsRejected)} rejected.`,
    `  Answer cells: ${n(a.cellsRead)} read, ${n(a.answersAccepted)} accepted, ${n(a.cellsRejected)} rejected, ${n(a.cellsBlank)} blank.`,
    `  Organisations: ${n(organisations)}; respondents: ${n(respondents)}.`,
  ];
}

/** Notes that say how a file was read, not what is wrong with it: printed, never a problem. */
const NOTE_CODES: ReadonlySet<string> = new Set(['encoding-detected']);

function validateAnswers(terminal: Terminal, path: string, format: AnswersFormat, result: AnswersImport, frameworkName: string): number {
  const layout =
    format === 'surveyjs' ? 'SurveyJS results' : format === 'xlsx' ? `a workbook, ${result.layout} layout` : result.layout === 'json' ? 'JSON answers' : `${result.layout} layout`;
  const head = `${path}: survey answers, ${layout}, checked against ${frameworkName}.`;
  const notes = result.issues.filter((issue) => NOTE_CODES.has(issue.code));
  const problems = result.issues.filter((issue) => !NOTE_CODES.has(issue.code));
  const noteLines = [
    ...result.notices.map((notice) => `Note: ${notice.message}`),
    ...(notes.length === 0 ? [] : ['Note:', ...formatProblems(notes.map((issue) => answerProblem(issue, path)))]),
  ];
  if (problems.length === 0) {
    terminal.out([head, ...noteLines, ...accountingLines(result), 'No problems found.']);
    return EXIT.ok;
  }
  terminal.out([
    head,
    ...noteLines,
    ...formatProblems(problems.map((issue) => answerProblem(issue, path))),
    ...accountingLines(result),
    `${plural(problems.length, 'problem')} found.`,
  ]);
  return EXIT.invalidData;
}

/** Prints the issues of an answers file that cannot be read as answers at all; exit 1. */
function cannotRead(terminal: Terminal, path: string, error: AnswersError, frameworkName: string): number {
  terminal.out([`${path}: cannot be read as survey answers (checked against ${frameworkName}).`, ...formatProblems(error.issues.map((issue) => answerProblem(issue, path)))]);
  return EXIT.invalidData;
}

/** Runs `validate`: prints every problem with its place to standard output; exit 0 when there is none, 1 otherwise. */
export function runValidate(args: ValidateArgs, io: CliFiles, terminal: Terminal): number {
  const inputs = [{ flag: 'file to validate', path: args.file }];
  if (args.framework.kind === 'file') inputs.push({ flag: '--framework file', path: args.framework.path });
  if (args.reading.columns !== null) inputs.push({ flag: '--columns file', path: args.reading.columns });
  const missing = checkFilesExist(io, inputs);
  if (missing) {
    terminal.err(missing.lines);
    return missing.code;
  }
  // A YAML file is read as text; an answers file as the CLI reads it (a CSV file as bytes, which the library decodes).
  const source: Outcome<AnswersSource> = /\.ya?ml$/i.test(args.file)
    ? textSource(readFile(io, args.file, 'file to validate', args.maxBytes))
    : readAnswersSource(io, args.file, 'file to validate', args.maxBytes, args.reading.encoding);
  if (!source.ok) {
    terminal.err(source.lines);
    return source.code;
  }
  const text = 'text' in source.value ? source.value.text : isXlsxPath(args.file) ? null : utf8OrNull(source.value.bytes);
  if (text !== null && kindOf(args.file, text) === 'framework') {
    if (args.framework.kind !== 'detect') {
      const flag = args.framework.kind === 'file' ? `--framework ${args.framework.path}` : `--framework-version ${args.framework.version}`;
      terminal.err([`Note: ${args.file} is a framework file, so ${flag} is not used.`]);
    }
    return validateFramework(terminal, args.file, text, args.maxBytes);
  }
  const framework = loadFramework(io, args.framework, args.maxBytes);
  if (!framework.ok) {
    terminal.err(framework.lines);
    return framework.code;
  }
  const columns = loadColumns(io, args.reading.columns, framework.value, args.maxBytes);
  if (!columns.ok) {
    terminal.err(columns.lines);
    return columns.code;
  }
  const settings = loadAnswerSettings(io, args.answerFlags, args.maxBytes);
  if (!settings.ok) {
    terminal.err(settings.lines);
    return settings.code;
  }
  const reading = { ...settings.value, encoding: args.reading.encoding, columns: columns.value, ...(args.date === undefined ? {} : { date: args.date }) };
  const { tried, note } = answersFrom(source.value, args.file, framework.value, args.maxBytes, reading);
  if (note !== null) terminal.err([note]);
  const { id, version } = tried.framework;
  const frameworkName = args.framework.kind === 'file' ? `${args.framework.path} (${id} ${version})` : `the reference framework (${id} ${version})`;
  return 'error' in tried
    ? cannotRead(terminal, args.file, tried.error, frameworkName)
    : validateAnswers(terminal, args.file, formatOf(args.file, source.value), tried.answers, frameworkName);
}

function textSource(text: Outcome<string>): Outcome<AnswersSource> {
  return text.ok ? { ok: true, value: { text: text.value } } : text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or null when they are not UTF-8 (then they are not a framework file). */
function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
