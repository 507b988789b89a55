import { FrameworkError, lintFramework, type AnswersImport, type Framework } from 'cancer-alliance-framework';
import { itemsOf } from 'cancer-alliance-framework/framework';
import { EXIT, type CliIo } from './io.js';
import { answersFrom, checkFilesExist, isJsonPath, loadFramework, parseFrameworkFile, plural, readFile, type FrameworkChoice } from './inputs.js';
import { answerProblem, formatProblems, frameworkProblem } from './problems.js';

/** The options of `validate`. */
export interface ValidateArgs {
  readonly file: string;
  readonly framework: FrameworkChoice;
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
function itemWarnings(framework: Framework, path: string): string {
  const warnings = lintFramework(framework).filter((issue) => issue.severity === 'warning');
  if (warnings.length === 0) return '';
  return (
    `  ${plural(warnings.length, 'warning')} about the wording of items (docs/framework-format.md, "Item rules"):\n` +
    formatProblems(warnings.map((issue) => frameworkProblem(issue, path)))
  );
}

function validateFramework(io: CliIo, path: string, text: string): number {
  try {
    const framework = parseFrameworkFile(text, path);
    io.stdout(`${path}: a valid framework file.\n  ${describeFramework(framework)}.\n${itemWarnings(framework, path)}`);
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

function validateAnswers(io: CliIo, path: string, result: AnswersImport, frameworkName: string): number {
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
  if (args.framework.kind === 'file') inputs.push({ flag: '--framework file', path: args.framework.path });
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
    if (args.framework.kind !== 'detect') {
      const flag = args.framework.kind === 'file' ? `--framework ${args.framework.path}` : `--framework-version ${args.framework.version}`;
      io.stderr(`Note: ${args.file} is a framework file, so ${flag} is not used.\n`);
    }
    return validateFramework(io, args.file, text.value);
  }
  const framework = loadFramework(io, args.framework);
  if (!framework.ok) {
    io.stderr(framework.message);
    return framework.code;
  }
  const { tried, note } = answersFrom(text.value, args.file, framework.value);
  if (note !== null) io.stderr(`${note}\n`);
  const { id, version } = tried.framework;
  const frameworkName = args.framework.kind === 'file' ? `${args.framework.path} (${id} ${version})` : `the reference framework (${id} ${version})`;
  if ('error' in tried) {
    io.stdout(
      `${args.file}: cannot be read as survey answers (checked against ${frameworkName}).\n` + formatProblems(tried.error.issues.map((issue) => answerProblem(issue, args.file))),
    );
    return EXIT.invalidData;
  }
  return validateAnswers(io, args.file, tried.answers, frameworkName);
}
