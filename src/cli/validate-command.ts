import { AnswersError, FrameworkError, parseAnswersCsv, parseAnswersJson, type AnswersImport, type Framework } from 'cancer-alliance-framework';
import { itemsOf } from 'cancer-alliance-framework/framework';
import { asAtNotes } from './as-at.js';
import { EXIT, type CliIo } from './io.js';
import { checkFilesExist, isJsonPath, loadFramework, parseFrameworkFile, plural, readFile } from './inputs.js';
import { answerProblem, formatProblems, frameworkProblem } from './problems.js';

/** The options of `validate`. */
export interface ValidateArgs {
  readonly file: string;
  readonly framework: string | undefined;
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

function validateFramework(io: CliIo, path: string, text: string): number {
  try {
    const framework = parseFrameworkFile(text, path);
    io.stdout(`${path}: a valid framework file.\n  ${describeFramework(framework)}.\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stdout(`${path}: not a valid framework file: ${plural(error.issues.length, 'problem')}.\n` + formatProblems(error.issues.map((issue) => frameworkProblem(issue, path))));
      return EXIT.invalidData;
    }
    throw error;
  }
}

function accountingLines(result: AnswersImport): string {
  const a = result.accounting;
  const respondents = new Set(result.answers.map((answer) => `${answer.organisationId}\u0000${answer.respondentId}`)).size;
  const organisations = new Set(result.answers.map((answer) => answer.organisationId)).size;
  return (
    `  Rows: ${n(a.rowsRead)} read, ${n(a.rowsAccepted)} accepted, ${n(a.rowsRejected)} rejected.\n` +
    `  Answer cells: ${n(a.cellsRead)} read, ${n(a.answersAccepted)} accepted, ${n(a.cellsRejected)} rejected, ${n(a.cellsBlank)} blank.\n` +
    `  Organisations: ${n(organisations)}; respondents: ${n(respondents)}.\n`
  );
}

function validateAnswers(io: CliIo, path: string, text: string, framework: Framework, frameworkName: string): number {
  let result: AnswersImport;
  try {
    result = isJsonPath(path) ? parseAnswersJson(text, { framework, file: path }) : parseAnswersCsv(text, { framework, file: path });
  } catch (error) {
    if (error instanceof AnswersError) {
      io.stdout(`${path}: cannot be read as survey answers (checked against ${frameworkName}).\n` + formatProblems(error.issues.map((issue) => answerProblem(issue, path))));
      return EXIT.invalidData;
    }
    throw error;
  }
  const layout = result.layout === 'json' ? 'JSON answers' : `${result.layout} layout`;
  const head = `${path}: survey answers, ${layout}, checked against ${frameworkName}.\n`;
  if (result.issues.length === 0) {
    io.stdout(`${head}${accountingLines(result)}No problems found.\n`);
    return EXIT.ok;
  }
  io.stdout(`${head}${formatProblems(result.issues.map((issue) => answerProblem(issue, path)))}${accountingLines(result)}` + `${plural(result.issues.length, 'problem')} found.\n`);
  return EXIT.invalidData;
}

/** Runs `validate`: prints every problem with its place to standard output; exit 0 when there is none, 1 otherwise. */
export function runValidate(args: ValidateArgs, io: CliIo): number {
  const inputs = [{ flag: 'file to validate', path: args.file }];
  if (args.framework !== undefined) inputs.push({ flag: '--framework file', path: args.framework });
  const missing = checkFilesExist(io, inputs);
  if (missing) {
    io.stderr(missing.message);
    return missing.code;
  }
  const text = readFile(io, args.file, 'file to validate');
  if (!text.ok) {
    io.stderr(text.message);
    return text.code;
  }
  if (kindOf(args.file, text.value) === 'framework') {
    if (args.framework !== undefined) {
      io.stderr(`Note: ${args.file} is a framework file, so --framework ${args.framework} is not used.\n`);
    }
    return validateFramework(io, args.file, text.value);
  }
  const framework = loadFramework(io, args.framework);
  if (!framework.ok) {
    io.stderr(framework.message);
    return framework.code;
  }
  const frameworkName =
    args.framework === undefined
      ? `the reference framework (${framework.value.id} ${framework.value.version})`
      : `${args.framework} (${framework.value.id} ${framework.value.version})`;
  const code = validateAnswers(io, args.file, text.value, framework.value, frameworkName);
  // Answers name alliances: say when today lies beyond the programme data's as-at date.
  io.stderr(asAtNotes(new Date(io.now())));
  return code;
}
