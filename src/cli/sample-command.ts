/**
 * `sample --out <dir>`: writes the synthetic sample (src/cli/sample-files.ts) into a folder, so that the guides'
 * examples and the `report` command can be tried from an installed package, with no survey of one's own.
 */
import { itemsOf, referenceFrameworks } from 'cancer-alliance-framework/framework';
import { parseArgs } from 'node:util';
import { EXIT, OutputError, joinPath, type CliFiles, type OutputFile } from './io.js';
import { SAMPLE_FILES, SAMPLE_FRAMEWORK_VERSION, SAMPLE_SEED, buildSampleData, countsOf, type SampleData } from './sample-files.js';
import { linesOf, type Terminal } from './terminal.js';
import { COMMAND } from './usage.js';

/** The framework the sample is answered on (the reference framework 1.0.0). */
const framework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];

/** The help of `sample`. */
export const SAMPLE_HELP = `Usage: ${COMMAND} sample --out <dir>

Writes the synthetic sample: made-up answers of the 21 Cancer Alliances of 2022/23 for two rounds
and a made-up outcome per alliance, to try the other commands and the guides' examples on. It is
NOT real survey data. The files are the same on every run:
  <dir>/${SAMPLE_FILES.first}     round 1, 2022/23, long layout (one row per answer)
  <dir>/${SAMPLE_FILES.second}     round 2, 2023/24, wide layout (one row per respondent)
  <dir>/${SAMPLE_FILES.outcomes}  a synthetic outcome per alliance (organisation_id,value)
  <dir>/${SAMPLE_FILES.readme}               what the files hold and how they were made
The folder is written as \`report\` writes its own: a new or empty folder, or one written before by
this command, replaced whole.

Options:
  --out <dir>   Where to write the sample (required), e.g. --out sample
  --help, -h    Show this help

Example:
  ${COMMAND} sample --out sample
  ${COMMAND} report sample/${SAMPLE_FILES.second} --previous sample/${SAMPLE_FILES.first} \\
    --round 2023/24 --previous-round 2022/23 --synthetic --out reports
`;

const HINT = `Usage: ${COMMAND} sample --out <dir>; run "${COMMAND} sample --help" for more.`;

/** The README written with the sample. */
function readme(sample: SampleData): string {
  const items = itemsOf(framework).length;
  return `# Synthetic sample data — NOT REAL

**Everything in this folder is synthetic.** It was made up by a seeded random generator to show what the
package does. It is not the answers of any real survey, and the outcome values are not real performance
figures. Do not quote any number from it as a fact about a Cancer Alliance.

The alliance ids and names are real (the 21 Cancer Alliances of 2022/23, with their NHS England regions),
so that the reports look as they would with real data; the answers given for them are invented.

| File | What it holds |
| --- | --- |
| \`${SAMPLE_FILES.first}\` | Round 1, 2022/23, long layout (one row per answer): ${countsOf(sample.first, items)}. |
| \`${SAMPLE_FILES.second}\` | Round 2, 2023/24, wide layout (one row per respondent, one column per item): ${countsOf(sample.second, items)}. |
| \`${SAMPLE_FILES.outcomes}\` | A synthetic outcome per alliance (\`organisation_id,value\`), a percentage shaped like the 28-day Faster Diagnosis Standard. |

Written by \`${COMMAND} sample\` (\`generateSyntheticAnswers\` and \`generateSyntheticOutcomes\` of
\`cancer-alliance-framework/assessment\`, seed ${SAMPLE_SEED}, framework \`${framework.id}\` ${framework.version}).

Score it and write the reports:

\`\`\`sh
npx ${COMMAND} report ${SAMPLE_FILES.second} --previous ${SAMPLE_FILES.first} \\
  --outcomes ${SAMPLE_FILES.outcomes} --round 2023/24 --previous-round 2022/23 --synthetic --out ../reports
\`\`\`
`;
}

/** The sample's files, as the command writes them. */
export function sampleFiles(): readonly OutputFile[] {
  const sample = buildSampleData(framework);
  return [...Object.entries(sample.csvFiles).map(([path, text]) => ({ path, text })), { path: SAMPLE_FILES.readme, text: readme(sample) }];
}

/** Reads the arguments of `sample`: the folder, `'help'`, or a usage error's message. */
function sampleArgs(argv: readonly string[]): { readonly out: string } | 'help' | { readonly error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { error: `unknown option ${flag}; sample takes --out <dir> and --help.` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { error: '--out needs a value, e.g. --out sample.' };
    return { error: message };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  if (positionals.length > 0) return { error: `sample takes no file, but was given ${positionals.join(' ')}: name the folder with --out <dir>.` };
  if (values.out === undefined || values.out.trim() === '') return { error: '--out <dir> is missing: name the folder to write the sample to, e.g. --out sample.' };
  return { out: values.out };
}

/**
 * Runs `sample`: builds the synthetic sample in memory and writes it into `--out`, all or nothing.
 *
 * @param argv - The arguments after `sample`.
 * @param io - The file system.
 * @param terminal - Where to print.
 * @returns The exit code: 0, 2 for a usage error, 4 when the folder cannot be written.
 */
export function runSample(argv: readonly string[], io: CliFiles, terminal: Terminal): number {
  const args = sampleArgs(argv);
  if (args === 'help') {
    terminal.out(linesOf(SAMPLE_HELP));
    return EXIT.ok;
  }
  if ('error' in args) {
    terminal.err([`${COMMAND}: ${args.error}`, HINT]);
    return EXIT.usage;
  }
  const files = sampleFiles();
  let notes: readonly string[];
  try {
    notes = io.writeReports(args.out, files);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    terminal.err([error.message, `  hint: ${error.hint}`, ...(error.untouched ? [`Nothing was written: ${args.out} is as it was before the run.`] : [])]);
    return EXIT.unwritable;
  }
  if (notes.length > 0) terminal.err(notes);
  terminal.out([
    'SYNTHETIC DATA: made up by a seeded generator, not a real survey.',
    `Wrote ${files.length} files to ${args.out}:`,
    ...files.map((file) => `  ${joinPath(args.out, file.path)}`),
    'Next, score it and write the reports:',
    `  ${COMMAND} report ${joinPath(args.out, SAMPLE_FILES.second)} --previous ${joinPath(args.out, SAMPLE_FILES.first)} --round 2023/24 --previous-round 2022/23 --synthetic --out reports`,
  ]);
  return EXIT.ok;
}
