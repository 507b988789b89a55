import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AnswersEncoding } from 'cancer-alliance-framework/assessment';
import { version } from '../../package.json';
import { REFERENCE_VERSIONS, isReferenceVersion, type FrameworkChoice } from './inputs.js';
import { EXIT, baseName, type CliFiles, type CliIo } from './io.js';
import { INSTRUMENT_FORMATS, runInstrument, type InstrumentArgs } from './instrument-command.js';
import { runReport, type ReportArgs } from './report-command.js';
import { regionChoices, regionNamed, type Selection } from './selection.js';
import { SAMPLE_HELP, runSample } from './sample-command.js';
import { RoundLabelError, readIsoDate, resolvePreviousRound, resolveRound, type RoundSpec } from './rounds.js';
import { MAX_MAX_BYTES, parseSize } from './sizes.js';
import { suggestionOf as suggestion } from './suggest.js';
import { linesOf, terminalOf, type Terminal } from './terminal.js';
import { COMMAND, INSTRUMENT_HELP, MAIN_HELP, REPORT_HELP, USAGE_HINT, VALIDATE_HELP } from './usage.js';
import { runValidate, type ValidateArgs } from './validate-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const REPORT_OPTIONS = {
  out: { type: 'string' },
  framework: { type: 'string' },
  'framework-version': { type: 'string' },
  round: { type: 'string' },
  date: { type: 'string' },
  previous: { type: 'string' },
  'previous-round': { type: 'string' },
  'previous-date': { type: 'string' },
  outcomes: { type: 'string' },
  'outcome-name': { type: 'string' },
  'outcome-unit': { type: 'string' },
  synthetic: { type: 'boolean' },
  'allow-rejected': { type: 'boolean' },
  progress: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  xlsx: { type: 'boolean' },
  encoding: { type: 'string' },
  columns: { type: 'string' },
  organisations: { type: 'string' },
  spellings: { type: 'string' },
  targets: { type: 'string' },
  region: { type: 'string' },
  alliances: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const VALIDATE_OPTIONS = {
  framework: { type: 'string' },
  'framework-version': { type: 'string' },
  'max-bytes': { type: 'string' },
  encoding: { type: 'string' },
  columns: { type: 'string' },
  date: { type: 'string' },
  organisations: { type: 'string' },
  spellings: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const INSTRUMENT_OPTIONS = {
  format: { type: 'string' },
  layout: { type: 'string' },
  out: { type: 'string' },
  framework: { type: 'string' },
  date: { type: 'string' },
  'max-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** A usage error: its message and the hint of the command it concerns. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * Refuses an option that takes a value and is given more than once (`--out a --out b`): taking the last one
 * silently would write somewhere the user did not mean. A switch given twice means the same as once.
 */
function refuseRepeats(tokens: readonly { readonly kind: string; readonly name?: string; readonly value?: string | undefined }[], options: Options, hint: string): void {
  const values = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || options[token.name]?.type !== 'string') continue;
    const seen = values.get(token.name) ?? [];
    seen.push(token.value ?? '');
    values.set(token.name, seen);
  }
  for (const [name, given] of values) {
    if (given.length > 1) {
      throw new UsageError(`the option --${name} is given ${given.length} times (${given.map((value) => `"${value}"`).join(', ')}); give it once.`, hint);
    }
  }
}

function parse<O extends Options>(args: readonly string[], options: O, hint: string) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
    refuseRepeats(parsed.tokens, options, hint);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    const flags = Object.keys(options).map((name) => `--${name}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`unknown option ${flag}.${suggestion(flag.split('=')[0] ?? flag, flags)}`, hint);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const bare = flag.replace(/ .*/, '');
      const option = options[bare.replace(/^-+/, '')];
      if (option?.type === 'boolean') throw new UsageError(`the option ${bare} takes no value.`, hint);
      throw new UsageError(`the option ${bare} needs a value, e.g. ${bare} <value>.`, hint);
    }
    throw new UsageError(message, hint);
  }
}

function text(value: string | boolean | undefined, flag: string, hint: string): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (value.trim() === '') throw new UsageError(`the option ${flag} needs a value, not an empty text.`, hint);
  return value;
}

/** `--max-bytes <size>`, or null when it is not given. */
function maxBytes(value: string | boolean | undefined, hint: string): number | null {
  const given = text(value, '--max-bytes', hint);
  if (given === undefined) return null;
  const bytes = parseSize(given);
  if (bytes === null)
    throw new UsageError(`--max-bytes "${given}" is not a size: give a whole number of bytes, e.g. 100000000, or a number and a unit, e.g. 100MB or 64MiB.`, hint);
  if (bytes > MAX_MAX_BYTES) throw new UsageError(`--max-bytes "${given}" is more than the most allowed, ${MAX_MAX_BYTES.toLocaleString('en-GB')} bytes (500 MiB).`, hint);
  return bytes;
}

/** The framework chosen by --framework <file> or --framework-version <version>; with neither, found from each answers file. */
function frameworkChoice(file: string | undefined, version: string | undefined, hint: string): FrameworkChoice {
  if (file !== undefined && version !== undefined) {
    throw new UsageError('--framework and --framework-version cannot both be given: use a framework file, or a version of the reference framework.', hint);
  }
  if (file !== undefined) return { kind: 'file', path: file };
  if (version === undefined) return { kind: 'detect' };
  const trimmed = version.trim();
  if (!isReferenceVersion(trimmed)) {
    throw new UsageError(
      `--framework-version "${version}" is not a version of the reference framework; use one of ${REFERENCE_VERSIONS.join(', ')}.${suggestion(trimmed, REFERENCE_VERSIONS)}`,
      hint,
    );
  }
  return { kind: 'version', version: trimmed };
}

const ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
/** Other names people give the encodings, as TextDecoder knows them. */
const ENCODING_ALIASES: ReadonlyMap<string, AnswersEncoding> = new Map([
  ['utf8', 'utf-8'],
  ['cp1252', 'windows-1252'],
  ['utf-16', 'utf-16le'],
  ['unicode', 'utf-16le'],
]);

/** `--encoding <name>` (any case), or null when it is not given. */
function encoding(value: string | boolean | undefined, hint: string): AnswersEncoding | null {
  const given = text(value, '--encoding', hint);
  if (given === undefined) return null;
  const name = given.trim().toLowerCase();
  const found = (ENCODINGS as readonly string[]).includes(name) ? (name as AnswersEncoding) : ENCODING_ALIASES.get(name);
  if (found === undefined) throw new UsageError(`--encoding "${given}" is not an encoding the CLI reads: give one of ${ENCODINGS.join(', ')}.${suggestion(name, ENCODINGS)}`, hint);
  return found;
}

/** Whether a path lies inside a folder, by their names (links are not followed). */
function isInside(path: string, folder: string): boolean {
  const way = relative(resolve(folder), resolve(path));
  return way !== '' && way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way);
}

function date(value: string | undefined, flag: string, hint: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = readIsoDate(value.trim());
  if (parsed === null) throw new UsageError(`${flag} "${value}" is not a date written yyyy-mm-dd with a year from 1000 to 9999, e.g. 2024-03-31.`, hint);
  return parsed;
}

function reportArgs(argv: readonly string[], io: CliFiles): ReportArgs | 'help' {
  const hint = USAGE_HINT.report;
  const { values, positionals } = parse(argv, REPORT_OPTIONS, hint);
  if (values.help === true) return 'help';
  if (positionals.length === 0) throw new UsageError('the answers file is missing.', hint);
  if (positionals.length > 1) throw new UsageError(`one answers file is expected, but ${positionals.length} were given: ${positionals.join(' ')}.`, hint);
  const out = text(values.out, '--out', hint);
  if (out === undefined) throw new UsageError('--out <dir> is missing: name the folder to write the reports to, e.g. --out reports.', hint);
  const previousPath = text(values.previous, '--previous', hint);
  const previousLabel = text(values['previous-round'], '--previous-round', hint);
  const previousDate = date(text(values['previous-date'], '--previous-date', hint), '--previous-date', hint);
  if (previousPath === undefined && (previousLabel !== undefined || previousDate !== undefined)) {
    throw new UsageError(`${previousLabel !== undefined ? '--previous-round' : '--previous-date'} needs --previous <answers.csv>, the previous round's answers.`, hint);
  }
  const outcomesPath = text(values.outcomes, '--outcomes', hint);
  const outcomeName = text(values['outcome-name'], '--outcome-name', hint);
  const outcomeUnit = text(values['outcome-unit'], '--outcome-unit', hint);
  if (outcomesPath === undefined && (outcomeName !== undefined || outcomeUnit !== undefined)) {
    throw new UsageError(`${outcomeName !== undefined ? '--outcome-name' : '--outcome-unit'} needs --outcomes <file.csv>.`, hint);
  }
  const round = roundOf(text(values.round, '--round', hint), date(text(values.date, '--date', hint), '--date', hint), new Date(io.now()), '--round', hint);
  const inputs = [
    { what: 'the answers file', path: positionals[0]! },
    { what: 'the --framework file', path: values.framework },
    { what: 'the --previous file', path: previousPath },
    { what: 'the --outcomes file', path: outcomesPath },
    { what: 'the --columns file', path: values.columns },
    { what: 'the --targets file', path: values.targets },
  ];
  for (const { what, path } of inputs) {
    if (path !== undefined && isInside(path, out)) {
      throw new UsageError(`${what} "${path}" is inside --out "${out}", which each run replaces whole: move the file out of it first.`, hint);
    }
  }
  return {
    answers: positionals[0]!,
    out,
    framework: frameworkChoice(text(values.framework, '--framework', hint), text(values['framework-version'], '--framework-version', hint), hint),
    round,
    previous: previousPath === undefined ? null : { path: previousPath, round: previousRoundOf(previousLabel, previousDate, round, hint) },
    outcomes: outcomesPath === undefined ? null : { path: outcomesPath, name: outcomeName ?? baseName(outcomesPath).replace(/\.[^.]*$/, ''), unit: outcomeUnit ?? null },
    synthetic: values.synthetic === true,
    allowRejected: values['allow-rejected'] === true,
    progress: values.progress === true,
    maxBytes: maxBytes(values['max-bytes'], hint),
    xlsx: values.xlsx === true,
    reading: { encoding: encoding(values.encoding, hint), columns: text(values.columns, '--columns', hint) ?? null },
    answerFlags: { organisations: text(values.organisations, '--organisations', hint), spellings: text(values.spellings, '--spellings', hint) },
    targets: text(values.targets, '--targets', hint) ?? null,
    selection: selectionOf(text(values.region, '--region', hint), text(values.alliances, '--alliances', hint), hint),
  };
}

/** `--region <id|name>` or `--alliances <id,...>` (not both): which alliances `report` covers. */
function selectionOf(region: string | undefined, alliances: string | undefined, hint: string): Selection {
  if (region !== undefined && alliances !== undefined) {
    throw new UsageError('--region and --alliances cannot both be given: choose a region, or list every alliance to report on with --alliances.', hint);
  }
  if (region !== undefined) {
    const found = regionNamed(region);
    if (found === null) {
      const { list, suggestion: near } = regionChoices(region);
      throw new UsageError(`--region "${region}" is not an NHS England region: give its ODS code or its name, one of ${list}.${near}`, hint);
    }
    return { kind: 'region', ...found };
  }
  if (alliances === undefined) return { kind: 'all' };
  const ids = alliances.split(',').map((id) => id.trim());
  if (ids.some((id) => id === ''))
    throw new UsageError(`--alliances "${alliances}" has an empty id: give organisation ids separated by commas, e.g. --alliances wessex,peninsula.`, hint);
  return { kind: 'alliances', ids };
}

/** The round of `--round` and `--date`; a label that is neither a financial year nor a date, without `--date`, is refused. */
function roundOf(label: string | undefined, given: Date | undefined, today: Date, flag: string, hint: string): RoundSpec {
  try {
    return resolveRound(label, given, today);
  } catch (error) {
    if (error instanceof RoundLabelError) throw new UsageError(`${flag} ${error.message}`, hint);
    throw error;
  }
}

function previousRoundOf(label: string | undefined, given: Date | undefined, round: RoundSpec, hint: string): RoundSpec {
  try {
    return resolvePreviousRound(label, given, round);
  } catch (error) {
    if (error instanceof RoundLabelError) throw new UsageError(`--previous-round ${error.message}`, hint);
    throw error;
  }
}

function validateArgs(argv: readonly string[]): ValidateArgs | 'help' {
  const hint = USAGE_HINT.validate;
  const { values, positionals } = parse(argv, VALIDATE_OPTIONS, hint);
  if (values.help === true) return 'help';
  if (positionals.length === 0) throw new UsageError('the file to validate is missing.', hint);
  if (positionals.length > 1) throw new UsageError(`one file is expected, but ${positionals.length} were given: ${positionals.join(' ')}.`, hint);
  const day = date(text(values.date, '--date', hint), '--date', hint);
  return {
    file: positionals[0]!,
    framework: frameworkChoice(text(values.framework, '--framework', hint), text(values['framework-version'], '--framework-version', hint), hint),
    maxBytes: maxBytes(values['max-bytes'], hint),
    reading: { encoding: encoding(values.encoding, hint), columns: text(values.columns, '--columns', hint) ?? null },
    date: day === undefined ? undefined : text(values.date, '--date', hint)?.trim(),
    answerFlags: { organisations: text(values.organisations, '--organisations', hint), spellings: text(values.spellings, '--spellings', hint) },
  };
}

function instrumentArgs(argv: readonly string[], io: CliFiles): InstrumentArgs | 'help' {
  const hint = USAGE_HINT.instrument;
  const { values, positionals } = parse(argv, INSTRUMENT_OPTIONS, hint);
  if (values.help === true) return 'help';
  if (positionals.length > 0) throw new UsageError(`instrument takes no file name but --out, and was given ${positionals.join(' ')}.`, hint);
  const format = text(values.format, '--format', hint) ?? 'csv';
  if (!(INSTRUMENT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not a format: give csv, xlsx or surveyjs.${suggestion(format, INSTRUMENT_FORMATS)}`, hint);
  }
  const layout = text(values.layout, '--layout', hint);
  if (layout !== undefined && layout !== 'long' && layout !== 'wide') throw new UsageError(`--layout "${layout}" is not a layout: give long or wide.`, hint);
  if (layout !== undefined && format !== 'csv') throw new UsageError(`--layout is for --format csv; a ${format} survey has one layout.`, hint);
  const out = text(values.out, '--out', hint);
  if (out === undefined) throw new UsageError('--out <file> is missing: name the file to write the survey to, e.g. --out survey.csv.', hint);
  return {
    format: format as InstrumentArgs['format'],
    layout: layout ?? 'wide',
    out,
    framework: text(values.framework, '--framework', hint),
    date: date(text(values.date, '--date', hint), '--date', hint) ?? new Date(io.now()),
    maxBytes: maxBytes(values['max-bytes'], hint),
  };
}

const COMMANDS = ['report', 'validate', 'instrument', 'sample', 'help'] as const;

function dispatch(argv: readonly string[], io: CliFiles, terminal: Terminal): number {
  const [command, ...rest] = argv;
  if (command === undefined) {
    terminal.err([`${COMMAND}: a command is missing.`, ...linesOf(MAIN_HELP)]);
    return EXIT.usage;
  }
  if (command === '--help' || command === '-h') {
    terminal.out(linesOf(MAIN_HELP));
    return EXIT.ok;
  }
  if (command === '--version') {
    terminal.out([version]);
    return EXIT.ok;
  }
  switch (command) {
    case 'help': {
      if (rest.length > 1) throw new UsageError(`help takes at most one command, but ${rest.length} were given.`, USAGE_HINT.main);
      const topic = rest[0];
      if (topic === undefined) terminal.out(linesOf(MAIN_HELP));
      else if (topic === 'report') terminal.out(linesOf(REPORT_HELP));
      else if (topic === 'validate') terminal.out(linesOf(VALIDATE_HELP));
      else if (topic === 'sample') terminal.out(linesOf(SAMPLE_HELP));
      else if (topic === 'instrument') terminal.out(linesOf(INSTRUMENT_HELP));
      else throw new UsageError(`there is no command "${topic}".${suggestion(topic, COMMANDS)}`, USAGE_HINT.main);
      return EXIT.ok;
    }
    case 'report': {
      const args = reportArgs(rest, io);
      if (args === 'help') {
        terminal.out(linesOf(REPORT_HELP));
        return EXIT.ok;
      }
      return runReport(args, io, terminal);
    }
    case 'validate': {
      const args = validateArgs(rest);
      if (args === 'help') {
        terminal.out(linesOf(VALIDATE_HELP));
        return EXIT.ok;
      }
      return runValidate(args, io, terminal);
    }
    case 'sample':
      return runSample(rest, io, terminal);
    case 'instrument': {
      const args = instrumentArgs(rest, io);
      if (args === 'help') {
        terminal.out(linesOf(INSTRUMENT_HELP));
        return EXIT.ok;
      }
      return runInstrument(args, io, terminal);
    }
    default:
      if (command.startsWith('-')) {
        throw new UsageError(`unknown option ${command}; options come after the command.${suggestion(command, ['--help', '--version'])}`, USAGE_HINT.main);
      }
      throw new UsageError(`unknown command "${command}".${suggestion(command, COMMANDS)}`, USAGE_HINT.main);
  }
}

/**
 * Runs the command line: `report`, `validate`, `sample`, `help`, `--help` or `--version`, with the given input and
 * output, and returns the exit code (0 success, 1 invalid data, 2 usage error, 3 a file that cannot be found or
 * read, 4 an output folder that cannot be written). Nothing is written unless every input is valid. Every line
 * printed goes through src/cli/terminal.ts, which shows control characters from inputs as visible escapes.
 *
 * @param argv - The arguments after the program name, e.g. `['report', 'answers.csv', '--out', 'reports']`.
 * @param io - The file system, streams and clock to use.
 * @returns The exit code.
 */
export function run(argv: readonly string[], io: CliIo): number {
  const terminal = terminalOf(io);
  // The commands get the files and the terminal, never the raw streams.
  const files: CliFiles = { readText: io.readText, readBytes: io.readBytes, writeFile: io.writeFile, writeReports: io.writeReports, exists: io.exists, now: io.now };
  try {
    return dispatch(argv, files, terminal);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.err([`${COMMAND}: ${error.message}`, error.hint]);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * Runs the command line like {@link run}, and turns an unexpected error (a bug) into exit code 70 with the
 * error's stack on standard error, so that the process never ends with an unhandled exception.
 *
 * @param argv - The arguments after the program name.
 * @param io - The file system, streams and clock to use.
 * @returns The exit code.
 */
export function runSafely(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    terminalOf(io).err([`${COMMAND}: internal error. This is a bug; please report it with the command you ran.`, ...linesOf(detail)]);
    return EXIT.internal;
  }
}
