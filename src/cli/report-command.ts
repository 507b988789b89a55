import {
  AnalysisError,
  buildReports,
  safeParseOutcomesCsv,
  scoreAnswers,
  type AnswerIssue,
  type AnswersImport,
  type AssessmentRound,
  type Framework,
  type OutcomeSeries,
  type ReportSet,
} from 'cancer-alliance-framework';
import type { TargetSpec } from 'cancer-alliance-framework/analysis';
import { findAlliance } from 'cancer-alliance-framework/programme';
import { asAtNotes } from './as-at.js';
import { EXIT, OutputError, baseName, joinPath, type CliFiles, type OutputFile } from './io.js';
import {
  checkFilesExist,
  fail,
  invalid,
  loadAnswers,
  loadColumns,
  loadFramework,
  mappingBetween,
  plural,
  readFile,
  type AnswersReading,
  type Failure,
  type FrameworkChoice,
  type ReadAnswers,
} from './inputs.js';
import { analysisProblem, answerProblem, formatProblems } from './problems.js';
import { loadAnswerSettings, type AnswerFlags } from './answer-options.js';
import { reportFiles } from './report-files.js';
import { readIsoDate, type RoundSpec } from './rounds.js';
import { onlyChosen, outcomesOfChosen, selectAlliances, type Selection } from './selection.js';
import { loadTargets } from './targets.js';
import type { Terminal } from './terminal.js';

/** The options of `report`, read from the command line and checked. */
export interface ReportArgs {
  readonly answers: string;
  readonly out: string;
  readonly framework: FrameworkChoice;
  readonly round: RoundSpec;
  readonly previous: { readonly path: string; readonly round: RoundSpec } | null;
  readonly outcomes: { readonly path: string; readonly name: string; readonly unit: string | null } | null;
  readonly synthetic: boolean;
  readonly allowRejected: boolean;
  readonly progress: boolean;
  /** `--max-bytes`: the most bytes of each input file; null for the defaults. */
  readonly maxBytes: number | null;
  /** `--xlsx`: write the report workbook too, as data/report.xlsx. */
  readonly xlsx: boolean;
  /** `--encoding` and `--columns`: how the answers files are read. */
  readonly reading: AnswersReading;
  /** `--organisations` and `--spellings`. */
  readonly answerFlags: AnswerFlags;
  /** `--targets <file>`, or null for the framework's default target. */
  readonly targets: string | null;
  /** `--region` or `--alliances`: the alliances reported on. */
  readonly selection: Selection;
}

/** The notices of an import, as notes for standard error. */
export function noticeLines(result: AnswersImport, path: string): readonly string[] {
  return result.notices.map((notice) => `Note (${path}): ${notice.message}`);
}

/** Issues that leave every answer in place: the ignored column and the dropped comment. They are warnings. */
const WARNING_CODES: ReadonlySet<AnswerIssue['code']> = new Set(['unknown-column', 'comment-without-answer', 'encoding-detected', 'similar-id']);

/** Whether any row or answer cell was rejected. */
function anyRejected(result: AnswersImport): boolean {
  return result.accounting.rowsRejected > 0 || result.accounting.cellsRejected > 0;
}

/** What happened to the rows and answers of a file, in one sentence. */
function tallyOf(result: AnswersImport): string {
  const a = result.accounting;
  const whole = a.rowsRejected > 0 ? ` (${plural(a.rowsRejected, 'row')} rejected whole)` : '';
  const blank = result.layout === 'wide' ? `, ${n(a.cellsBlank)} blank` : '';
  return `${plural(a.rowsRead, 'row')} read: ${plural(a.answersAccepted, 'answer')} accepted, ${n(a.cellsRejected)} rejected${whole}${blank}.`;
}

/** Shortens a text to at most `max` characters at a word boundary, ending it with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function n(value: number): string {
  return value.toLocaleString('en-GB');
}

/** The problems of one answers file: fatal unless `--allow-rejected`, warnings either way. */
function answerFindings(result: AnswersImport, path: string, allowRejected: boolean): { readonly failure: Failure | null; readonly warnings: readonly string[] } {
  const errors = result.issues.filter((issue) => !WARNING_CODES.has(issue.code));
  const warnings = result.issues.filter((issue) => WARNING_CODES.has(issue.code));
  const { accounting } = result;
  const tally = tallyOf(result);
  if (accounting.answersAccepted === 0 && errors.length === 0) {
    return { failure: fail(EXIT.invalidData, `${path} holds no answers. ${tally}`), warnings: [] };
  }
  const warningLines = warnings.length === 0 ? [] : [`Warnings in ${path}:`, ...formatProblems(warnings.map((issue) => answerProblem(issue, path)))];
  if (anyRejected(result) && !allowRejected) {
    return {
      failure: fail(
        EXIT.invalidData,
        `${path} has ${plural(errors.length, 'problem')}. ${tally}`,
        ...formatProblems(result.issues.map((issue) => answerProblem(issue, path))),
        'Correct the file, or run again with --allow-rejected to report on the answers that were accepted.',
      ),
      warnings: [],
    };
  }
  if (accounting.answersAccepted === 0) {
    return {
      failure: fail(EXIT.invalidData, `${path} has no answers that could be accepted. ${tally}`, ...formatProblems(result.issues.map((issue) => answerProblem(issue, path)))),
      warnings: [],
    };
  }
  const errorLines = errors.length === 0 ? [] : [`Rejected in ${path} (--allow-rejected): ${tally}`, ...formatProblems(errors.map((issue) => answerProblem(issue, path)))];
  return { failure: null, warnings: [...errorLines, ...warningLines] };
}

/** Organisation ids that are not Cancer Alliances of the bundled programme model, for a warning. */
function unknownAlliances(result: AnswersImport): readonly string[] {
  const ids = [...new Set(result.answers.map((answer) => answer.organisationId as string))];
  return ids.filter((id) => findAlliance(id) === undefined).sort();
}

/** Writes the reports, all or nothing; an output that cannot be written fails with exit code 4. */
function writeAll(io: CliFiles, out: string, files: readonly OutputFile[]): { readonly ok: true; readonly notes: readonly string[] } | Failure {
  try {
    return { ok: true, notes: io.writeReports(out, files) };
  } catch (error) {
    if (error instanceof OutputError) {
      return fail(EXIT.unwritable, error.message, `  hint: ${error.hint}`, ...(error.untouched ? [`Nothing was written: ${out} is as it was before the run.`] : []));
    }
    throw error;
  }
}

function summary(args: ReportArgs, set: ReportSet, current: AnswersImport, previous: AnswersImport | null, files: readonly OutputFile[]): readonly string[] {
  const { national } = set;
  const lines: string[] = [];
  if (args.synthetic) lines.push('SYNTHETIC DATA: these reports are made from a synthetic sample, not a real survey.');
  const compared = args.previous === null ? '' : `, compared with ${args.previous.round.label}`;
  lines.push(`Round ${args.round.label} (${args.round.date}, financial year ${args.round.financialYear})${compared}.`);
  const s = national.summary;
  lines.push(
    `Alliances scored: ${n(s.scoredOrganisations)} of ${n(s.organisations)}` +
      `${s.unscoredOrganisations.length > 0 ? ` (not scored: ${s.unscoredOrganisations.map((o) => o.name).join(', ')})` : ''}; respondents: ${n(s.respondents)}.`,
  );
  const tally = (label: string, result: AnswersImport) =>
    `${label}: ${plural(result.accounting.answersAccepted, 'answer')} accepted, ${n(result.accounting.cellsRejected)} rejected` +
    `${result.layout === 'wide' ? `, ${n(result.accounting.cellsBlank)} blank` : ''}.`;
  lines.push(tally(`Answers (${baseName(args.answers)})`, current));
  if (previous !== null && args.previous !== null) lines.push(tally(`Previous round (${baseName(args.previous.path)})`, previous));
  const barriers = national.barriers.items.slice(0, 3);
  if (barriers.length > 0) {
    lines.push('Most common barriers:');
    barriers.forEach((barrier, index) => {
      lines.push(`  ${index + 1}. ${barrier.id} ${clip(barrier.text, 72)} (${barrier.sharing} of ${plural(barrier.scored, 'alliance')})`);
    });
  } else {
    lines.push('No barrier is common to enough alliances to be listed.');
  }
  const alliances = files.filter((file) => file.path.startsWith('alliances/') && file.path.endsWith('.html')).length;
  lines.push(`Wrote ${plural(files.length, 'file')} to ${args.out}:`);
  lines.push(`  ${joinPath(args.out, 'index.html')}   the national report (open it in a browser; national.md is the same in Markdown)`);
  lines.push(`  ${joinPath(args.out, 'alliances')}/   ${plural(alliances, 'alliance report')} (.html and .md)`);
  lines.push(`  ${joinPath(args.out, 'data')}/        scores.csv, item-scores.csv, gaps.csv, needs.csv, barriers.csv, report.json${args.xlsx ? ', report.xlsx' : ''}`);
  return lines;
}

/**
 * Runs `report`: reads and checks every input, scores, analyses and renders everything in memory, and only
 * then writes the files, all or nothing (`writeReports`).
 */
export function runReport(args: ReportArgs, io: CliFiles, terminal: Terminal): number {
  // Progress goes to standard error when a person watches it (a terminal), or when --progress asks for it.
  const progress = (message: string) => {
    if (args.progress || terminal.errIsTerminal) terminal.err([message]);
  };
  const stop = (...failures: readonly Failure[]): number => {
    const code = failures[0]?.code ?? EXIT.invalidData;
    terminal.err([...failures.flatMap((failure) => failure.lines), ...(code === EXIT.invalidData ? ['Nothing was written.'] : [])]);
    return code;
  };

  const inputs = [{ flag: 'answers file', path: args.answers }];
  if (args.framework.kind === 'file') inputs.push({ flag: '--framework file', path: args.framework.path });
  if (args.previous !== null) inputs.push({ flag: '--previous answers file', path: args.previous.path });
  if (args.outcomes !== null) inputs.push({ flag: '--outcomes file', path: args.outcomes.path });
  if (args.reading.columns !== null) inputs.push({ flag: '--columns file', path: args.reading.columns });
  const { organisations, spellings } = args.answerFlags;
  if (organisations !== undefined && organisations !== 'programme' && organisations !== 'any') inputs.push({ flag: '--organisations file', path: organisations });
  if (spellings !== undefined) inputs.push({ flag: '--spellings file', path: spellings });
  if (args.targets !== null) inputs.push({ flag: '--targets file', path: args.targets });
  const missing = checkFilesExist(io, inputs);
  if (missing) return stop(missing);

  progress(`Reading ${args.answers} (round ${args.round.label})…`);
  progress('Reading the framework…');
  const framework = loadFramework(io, args.framework, args.maxBytes);
  if (!framework.ok) return stop(framework);

  const settings = loadAnswerSettings(io, args.answerFlags, args.maxBytes);
  if (!settings.ok) return stop(settings);

  const columns = loadColumns(io, args.reading.columns, framework.value, args.maxBytes);
  if (!columns.ok) return stop(columns);
  const reading = { ...settings.value, encoding: args.reading.encoding, columns: columns.value };
  const read = loadAnswers(io, args.answers, framework.value, 'answers file', args.maxBytes, { ...reading, date: args.round.date });
  if (!read.ok) return stop(read);
  const current = read.value;
  terminal.err(noticeLines(current.answers, args.answers));
  const currentFindings = answerFindings(current.answers, args.answers, args.allowRejected);

  let previous: ReadAnswers | null = null;
  let previousFindings: ReturnType<typeof answerFindings> | null = null;
  if (args.previous !== null) {
    progress(`Reading ${args.previous.path}…`);
    const readPrevious = loadAnswers(io, args.previous.path, framework.value, '--previous answers file', args.maxBytes, { ...reading, date: args.previous.round.date });
    if (!readPrevious.ok) return stop(readPrevious);
    terminal.err(noticeLines(readPrevious.value.answers, args.previous.path));
    previous = readPrevious.value;
    previousFindings = answerFindings(previous.answers, args.previous.path, args.allowRejected);
  }

  let outcomes: OutcomeSeries | null = null;
  let outcomesFailure: Failure | null = null;
  if (args.outcomes !== null) {
    const text = readFile(io, args.outcomes.path, '--outcomes file', args.maxBytes);
    if (!text.ok) return stop(text);
    const read = safeParseOutcomesCsv(text.value, {
      name: args.outcomes.name,
      unit: args.outcomes.unit ?? undefined,
      file: args.outcomes.path,
    });
    if (read.success) outcomes = read.data;
    else {
      const problems = read.error.issues.map((issue) => analysisProblem(issue, args.outcomes?.path ?? null));
      outcomesFailure = invalid(`${args.outcomes.path} is not a valid outcomes file: ${plural(problems.length, 'problem')}.`, problems);
    }
  }

  // Every problem of every input is printed before giving up, so that one run shows them all.
  const failures = [currentFindings.failure, previousFindings?.failure ?? null, outcomesFailure].filter((f): f is Failure => f !== null);
  if (failures.length > 0) return stop(...failures);
  terminal.err([...currentFindings.warnings, ...(previousFindings?.warnings ?? [])]);
  const notes = [current.note, previous?.note ?? null].filter((note): note is string => note !== null);
  if (previous !== null && previous.framework !== current.framework) notes.push(acrossVersions(previous.framework, current.framework));
  terminal.err(notes);

  const strangers = unknownAlliances(current.answers);
  if (strangers.length > 0) {
    terminal.err([
      `Note: ${plural(strangers.length, 'organisation id')} in ${args.answers} ${strangers.length === 1 ? 'is' : 'are'} not ${strangers.length === 1 ? 'a Cancer Alliance' : 'Cancer Alliances'} of the programme, so ${strangers.length === 1 ? 'it is' : 'they are'} shown by id and in no region: ${strangers.slice(0, 10).join(', ')}${strangers.length > 10 ? ', …' : ''}.`,
    ]);
  }

  const roundDay = readIsoDate(args.round.date);
  if (roundDay !== null) terminal.err(asAtNotes(roundDay));

  const ids = [...new Set(current.answers.answers.map((answer): string => answer.organisationId))].sort();
  const targets = args.targets === null ? undefined : loadTargets(io, args.targets, current.framework, ids, args.maxBytes);
  if (targets !== undefined && !targets.ok) return stop(targets);
  const chosen = selectAlliances(args.selection, ids);
  if (!chosen.ok) return stop(chosen);
  const subset = chosen.value;
  const built = buildAll(
    args,
    subset === null ? current : { ...current, answers: onlyChosen(current.answers, subset.ids) },
    previous === null || subset === null ? previous : { ...previous, answers: onlyChosen(previous.answers, subset.ids) },
    outcomes === null || subset === null ? outcomes : outcomesOfChosen(outcomes, subset.ids),
    progress,
    { targets: targets?.value, notice: subset?.notice ?? null },
  );
  if (!built.ok) return stop(built);
  const files = reportFiles(built.value, progress, { xlsx: args.xlsx });

  progress(`Writing ${plural(files.length, 'file')} to ${args.out}…`);
  const written = writeAll(io, args.out, files);
  if (!written.ok) return stop(written);
  terminal.err(written.notes);
  terminal.out([
    ...summary(args, built.value, current.answers, previous?.answers ?? null, files),
    ...(args.targets === null ? [] : [`Targets: from ${args.targets} (the most specific applies; the framework's default otherwise).`]),
    ...(subset === null ? [] : [subset.notice]),
  ]);
  return EXIT.ok;
}

/** The note on a previous round answered on another version of the framework: how the change is matched. */
function acrossVersions(earlier: Framework, later: Framework): string {
  const versions = `the previous round was answered on ${earlier.id} ${earlier.version} and this round on ${later.id} ${later.version}`;
  return mappingBetween(earlier, later) === undefined
    ? `Note: ${versions}; the change since then matches themes and items by id, and those only in one round have none.`
    : `Note: ${versions}; the change since then matches themes and items through the package's mapping from ${earlier.version} to ${later.version}, and those only in one round have none.`;
}

function buildAll(
  args: ReportArgs,
  current: ReadAnswers,
  previous: ReadAnswers | null,
  outcomes: OutcomeSeries | null,
  progress: (message: string) => void,
  extra: { readonly targets: TargetSpec | undefined; readonly notice: string | null },
): { readonly ok: true; readonly value: ReportSet } | Failure {
  const { framework } = current;
  const organisations = new Set(current.answers.answers.map((answer) => answer.organisationId)).size;
  progress(`Scoring ${plural(organisations, 'alliance')}…`);
  const scores = scoreAnswers(current.answers.answers, { framework });
  let previousRound: AssessmentRound | undefined;
  if (previous !== null && args.previous !== null) {
    progress(`Scoring the previous round (${args.previous.round.label})…`);
    previousRound = { ...args.previous.round, scores: scoreAnswers(previous.answers.answers, { framework: previous.framework }) };
  }
  const mapping = previous === null || previous.framework === framework ? undefined : mappingBetween(previous.framework, framework);
  progress('Analysing: national position, gaps, needs, barriers' + (outcomes ? ', outcomes' : '') + (previousRound ? ', change' : '') + '…');
  try {
    const set = buildReports(scores, {
      framework,
      round: args.round,
      ...(previousRound === undefined ? {} : { previous: previousRound }),
      ...(mapping === undefined ? {} : { itemMapping: mapping.itemMapping, themeMapping: mapping.themeMapping }),
      ...(outcomes === null ? {} : { outcomes }),
      synthetic: args.synthetic,
      ...(extra.targets === undefined ? {} : { targets: extra.targets }),
      ...(extra.notice === null ? {} : { dataNotice: args.synthetic ? `Synthetic sample data: not real alliance results. ${extra.notice}` : extra.notice }),
    });
    return { ok: true, value: set };
  } catch (error) {
    if (error instanceof AnalysisError) {
      const file = error.issues.some((issue) => issue.code.includes('outcome')) && args.outcomes !== null ? args.outcomes.path : null;
      return invalid(
        `The reports cannot be made: ${plural(error.issues.length, 'problem')}.`,
        error.issues.map((issue) => analysisProblem(issue, file)),
      );
    }
    throw error;
  }
}
