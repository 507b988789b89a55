import { AnswersError, FrameworkError, type AnswersImport, type Framework } from 'cancer-alliance-framework';
import { itemsOf } from 'cancer-alliance-framework/framework';
import { EXIT, type CliFiles } from './io.js';
import { loadAnswerSettings, type AnswerFlags } from './answer-options.js';
import { checkFilesExist, isJsonPath, loadFramework, parseAnswersFile, parseFrameworkFile, plural, readFile, type AnswerReading } from './inputs.js';
import { answerProblem, formatProblems, frameworkProblem } from './problems.js';
import type { Terminal } from './terminal.js';

/** The options of `validate`. */
export interface ValidateArgs {
  readonly file: string;
  readonly framework: string | undefined;
  /** `--max-bytes`: the most bytes of each input file; null for the defaults. */
  readonly maxBytes: number | null;
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

function validateFramework(terminal: Terminal, path: string, text: string, maxBytes: number | null): number {
  try {
    const framework = parseFrameworkFile(text, path, maxBytes);
    terminal.out([`${path}: a valid framework file.`, `  ${describeFramework(framework)}.`]);
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

function validateAnswers(terminal: Terminal, path: string, text: string, framework: Framework, frameworkName: string, maxBytes: number | null, reading: AnswerReading): number {
  let result: AnswersImport;
  try {
    result = parseAnswersFile(text, path, framework, maxBytes, reading);
  } catch (error) {
    if (error instanceof AnswersError) {
      terminal.out([`${path}: cannot be read as survey answers (checked against ${frameworkName}).`, ...formatProblems(error.issues.map((issue) => answerProblem(issue, path)))]);
      return EXIT.invalidData;
    }
    throw error;
  }
  const layout = result.layout === 'json' ? 'JSON answers' : `${result.layout} layout`;
  const head = `${path}: survey answers, ${layout}, checked against ${frameworkName}.`;
  const notes = result.notices.map((notice) => `Note: ${notice.message}`);
  if (result.issues.length === 0) {
    terminal.out([head, ...notes, ...accountingLines(result), 'No problems found.']);
    return EXIT.ok;
  }
  terminal.out([
    head,
    ...notes,
    ...formatProblems(result.issues.map((issue) => answerProblem(issue, path))),
    ...accountingLines(result),
    `${plural(result.issues.length, 'problem')} found.`,
  ]);
  return EXIT.invalidData;
}

/** Runs `validate`: prints every problem with its place to standard output; exit 0 when there is none, 1 otherwise. */
export function runValidate(args: ValidateArgs, io: CliFiles, terminal: Terminal): number {
  const inputs = [{ flag: 'file to validate', path: args.file }];
  if (args.framework !== undefined) inputs.push({ flag: '--framework file', path: args.framework });
  const missing = checkFilesExist(io, inputs);
  if (missing) {
    terminal.err(missing.lines);
    return missing.code;
  }
  const text = readFile(io, args.file, 'file to validate', args.maxBytes);
  if (!text.ok) {
    terminal.err(text.lines);
    return text.code;
  }
  if (kindOf(args.file, text.value) === 'framework') {
    if (args.framework !== undefined) {
      terminal.err([`Note: ${args.file} is a framework file, so --framework ${args.framework} is not used.`]);
    }
    return validateFramework(terminal, args.file, text.value, args.maxBytes);
  }
  const framework = loadFramework(io, args.framework, args.maxBytes);
  if (!framework.ok) {
    terminal.err(framework.lines);
    return framework.code;
  }
  const settings = loadAnswerSettings(io, args.answerFlags, args.maxBytes);
  if (!settings.ok) {
    terminal.err(settings.lines);
    return settings.code;
  }
  const frameworkName =
    args.framework === undefined
      ? `the reference framework (${framework.value.id} ${framework.value.version})`
      : `${args.framework} (${framework.value.id} ${framework.value.version})`;
  return validateAnswers(terminal, args.file, text.value, framework.value, frameworkName, args.maxBytes, {
    ...settings.value,
    ...(args.date === undefined ? {} : { date: args.date }),
  });
}
