import { effectiveCancerAllianceFramework } from 'cancer-alliance-framework';
import { exportAnswersTemplateCsv } from 'cancer-alliance-framework/assessment';
import { organisationsAt } from 'cancer-alliance-framework/programme';
import { buildSurveyJsDefinition } from 'cancer-alliance-framework/surveyjs';
import { exportAnswersTemplateXlsx } from 'cancer-alliance-framework/xlsx';
import { EXIT, type CliFiles } from './io.js';
import { checkFilesExist, loadFramework, plural } from './inputs.js';
import type { Terminal } from './terminal.js';

/** The formats the survey is written in. */
export const INSTRUMENT_FORMATS = ['csv', 'xlsx', 'surveyjs'] as const;
export type InstrumentFormat = (typeof INSTRUMENT_FORMATS)[number];

/** The options of `instrument`. */
export interface InstrumentArgs {
  readonly format: InstrumentFormat;
  /** CSV: the layout of the template. */
  readonly layout: 'long' | 'wide';
  readonly out: string;
  readonly framework: string | undefined;
  /** The day whose Cancer Alliances the workbook and the SurveyJS survey offer to choose from. */
  readonly date: Date;
  readonly maxBytes: number | null;
}

/**
 * Runs `instrument`: writes the survey of the framework to one file, as a blank CSV template (long or wide), an Excel
 * workbook to fill in (a drop-down list of the scale on each answer cell, and of the alliances in force on the date),
 * or a SurveyJS survey definition (the alliances in force on the date in a drop-down list).
 */
export function runInstrument(args: InstrumentArgs, io: CliFiles, terminal: Terminal): number {
  if (args.framework !== undefined) {
    const missing = checkFilesExist(io, [{ flag: '--framework file', path: args.framework }]);
    if (missing) {
      terminal.err(missing.lines);
      return missing.code;
    }
  }
  const loaded = loadFramework(io, args.framework === undefined ? { kind: 'detect' } : { kind: 'file', path: args.framework }, args.maxBytes);
  if (!loaded.ok) {
    terminal.err(loaded.lines);
    return loaded.code;
  }
  // With no --framework, the survey of the current reference framework.
  const framework = loaded.value ?? effectiveCancerAllianceFramework;
  const alliances = organisationsAt(args.date).alliances;
  let data: string | Uint8Array;
  let what: string;
  switch (args.format) {
    case 'csv':
      data = exportAnswersTemplateCsv(framework, { layout: args.layout });
      what = `a blank CSV template in the ${args.layout} layout`;
      break;
    case 'xlsx':
      data = exportAnswersTemplateXlsx(framework, { organisations: alliances.map((alliance) => alliance.id) });
      what = `an Excel workbook to fill in, with drop-down lists of the scale and of ${plural(alliances.length, 'alliance')}`;
      break;
    case 'surveyjs':
      data = `${JSON.stringify(buildSurveyJsDefinition(framework, { organisations: alliances.map(({ id, name }) => ({ id, name })) }), null, 2)}\n`;
      what = `a SurveyJS survey definition, with a drop-down list of ${plural(alliances.length, 'alliance')}`;
      break;
  }
  try {
    io.writeFile(args.out, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    terminal.err([`Cannot write "${args.out}": ${reason}`, '  hint: Check that the folder exists and can be written, or choose another --out file.']);
    return EXIT.unwritable;
  }
  terminal.out([`Wrote the survey of ${framework.title} (${framework.id} ${framework.version}) to ${args.out}: ${what}.`]);
  return EXIT.ok;
}
