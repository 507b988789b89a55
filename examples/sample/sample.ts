/**
 * The bundled synthetic sample: a national self-assessment of the 21 Cancer Alliances of 2022/23 and a
 * second round a year later, with a synthetic outcome measure. Everything here is made up by a seeded
 * generator: it is not real survey data and not real performance data.
 *
 * `npm run sample` writes the files (examples/sample/generate.ts); test/cli/sample.test.ts checks that the
 * committed files equal a fresh generation.
 */
import type { Answer } from '../../src/assessment/answer.js';
import { SYNTHETIC_COMMENT } from '../../src/assessment/synthetic.js';
import {
  SAMPLE_DRIFT,
  SAMPLE_FILES,
  SAMPLE_FRAMEWORK_VERSION,
  SAMPLE_OUTCOME_THEMES,
  SAMPLE_RESPONDENTS,
  SAMPLE_SEED,
  buildSampleData,
  countsOf,
  longCsv,
  wideCsv,
  wideRows,
} from '../../src/cli/sample-files.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import type { Framework } from '../../src/framework/schema.js';
import { writeWorkbook, type CellInput } from '../../src/xlsx/writer.js';

// The CSV files, the seed and the framework version are shared with the `sample` command of the CLI (src/cli/sample-files.ts).
export { SAMPLE_FILES, SAMPLE_FRAMEWORK_VERSION, SAMPLE_SEED, longCsv, wideCsv };

/** The columns a Microsoft Forms export starts with, before the questions. */
export const FORMS_COLUMNS = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time'] as const;

/** A date and time as a workbook stores it: days since 1899-12-30 (Excel's 1900 date system, from March 1900 on). */
function serialOf(year: number, month: number, day: number, minutes: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000 + minutes / 1440;
}

/**
 * Round 2 as Microsoft Forms exports a form's responses to Excel: one sheet, `Form1`, one row per response, the
 * columns ID, Start time, Completion time, Email, Name and Last modified time (date-times as Forms writes them, the
 * form anonymous), then one column per question. The questions are headed by the wide layout's columns
 * (`organisation_id`, `respondent_id`, `respondent_group`, the item ids, the comments), and the answers are text, as
 * Forms gives a choice's label. The same answers as `wideCsv` of round 2; the bytes are the same on every run.
 */
export function formsWorkbook(framework: Framework, answers: readonly Answer[]): Uint8Array {
  const [header = [], ...rows] = wideRows(framework, answers);
  const when = { numberFormat: 'm/d/yy h:mm:ss' };
  const sheet: CellInput[][] = [
    [...FORMS_COLUMNS, ...header],
    ...rows.map((row, index): CellInput[] => {
      // Responses through March 2024, a few an hour in the working day, each taking 12 to 36 minutes.
      const day = 4 + Math.floor(index / 16);
      const start = 9 * 60 + (index % 16) * 29;
      return [
        index + 1,
        { value: serialOf(2024, 3, day, start), style: when },
        { value: serialOf(2024, 3, day, start + 12 + ((index * 7) % 25)), style: when },
        'anonymous',
        null,
        null,
        ...row.map((cell) => (cell === '' ? null : cell)),
      ];
    }),
  ];
  return writeWorkbook('formsWorkbook', [{ name: 'Form1', rows: sheet, freeze: { rows: 1, columns: 0 } }]);
}

/** An answer as a Microsoft Forms choice's label: `3 – Developing`, `Don’t know` (curly), `Not applicable`. */
function choiceLabel(framework: Framework, answer: Answer['answer']): string {
  const scale = framework.scales[0];
  if (answer === 'dont-know') return 'Don\u2019t know';
  if (answer === 'not-applicable') return 'Not applicable';
  const label = scale?.levels.find((level) => level.value === answer)?.label ?? '';
  return `${answer} \u2013 ${label}`;
}

/**
 * Round 2 as a form built in Microsoft Forms from the survey instrument would export it: sheet `Form1`, the Forms
 * columns (`ID` numbers the responses and serves as the respondent id), then the questions `Organisation` and
 * `Respondent group`, one column per item headed by its question text, and `Comment: <question>` columns; the answers
 * are the choices' labels (`3 – Developing`, `Don’t know`). The same answers as `wideCsv` of round 2, each
 * respondent numbered 1, 2, 3… in row order.
 */
export function formsQuestionsWorkbook(framework: Framework, answers: readonly Answer[]): Uint8Array {
  const [header = [], ...rows] = wideRows(framework, answers);
  const texts = new Map(itemsOf(framework).map((ref) => [ref.item.id as string, ref.item.text]));
  const questionOf = (column: string): string => {
    if (column === 'organisation_id') return 'Organisation';
    if (column === 'respondent_group') return 'Respondent group';
    const comment = /^comment:(.+)$/.exec(column);
    if (comment) return `Comment: ${texts.get(comment[1] ?? '') ?? ''}`;
    return texts.get(column) ?? column;
  };
  const kept = header.map((column, index) => ({ column, index })).filter(({ column }) => column !== 'respondent_id');
  const when = { numberFormat: 'm/d/yy h:mm:ss' };
  const sheet: CellInput[][] = [
    [...FORMS_COLUMNS, ...kept.map(({ column }) => questionOf(column))],
    ...rows.map((row, index): CellInput[] => {
      const day = 4 + Math.floor(index / 16);
      const start = 9 * 60 + (index % 16) * 29;
      return [
        index + 1,
        { value: serialOf(2024, 3, day, start), style: when },
        { value: serialOf(2024, 3, day, start + 12 + ((index * 7) % 25)), style: when },
        'anonymous',
        null,
        null,
        ...kept.map(({ column, index: at }) => {
          const cell = row[at] ?? '';
          if (cell === '') return null;
          if (!texts.has(column)) return cell;
          return choiceLabel(framework, cell === 'DK' ? 'dont-know' : cell === 'NA' ? 'not-applicable' : Number(cell));
        }),
      ];
    }),
  ];
  return writeWorkbook('formsQuestionsWorkbook', [{ name: 'Form1', rows: sheet, freeze: { rows: 1, columns: 0 } }]);
}

/** The sample: both rounds' answers, the outcomes, and the text of every file. */
export interface Sample {
  readonly first: readonly Answer[];
  readonly second: readonly Answer[];
  readonly outcomes: readonly { readonly organisationId: string; readonly value: number }[];
  /** File name → text. */
  readonly files: Readonly<Record<string, string>>;
  /** File name → bytes: round 2 as a Microsoft Forms export. */
  readonly workbooks: Readonly<Record<string, Uint8Array>>;
}

function readme(sample: Omit<Sample, 'files' | 'workbooks'>, framework: Framework): string {
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
| \`${SAMPLE_FILES.forms}\` | Round 2 again, as Microsoft Forms exports responses to Excel: sheet \`Form1\`, the columns ${FORMS_COLUMNS.join(', ')}, then one column per question headed by the wide layout's column names. It reads to the same answers as \`${SAMPLE_FILES.second}\` (\`parseAnswersXlsx\`, \`cancer-alliance-framework/xlsx\`); the Forms columns are set aside and counted as ignored. |
| \`${SAMPLE_FILES.formsQuestions}\` | Round 2 again, as a form built from the survey instrument in Microsoft Forms exports it: the Forms columns (\`ID\` serves as the respondent id), \`Organisation\`, \`Respondent group\`, one column per item headed by its question text, \`Comment: <question>\` columns, and the choices' labels as answers (\`3 – Developing\`, \`Don’t know\`). It reads to the same answers as \`${SAMPLE_FILES.second}\`, the respondents numbered 1, 2, 3… |

Each respondent's first answer carries the comment "${SYNTHETIC_COMMENT}".

## How it was made

\`generateSyntheticAnswers\` (src/assessment/synthetic.ts) with seed **${SAMPLE_SEED}**, framework
\`${framework.id}\` ${framework.version} (the reference framework of those years: score the files on
\`referenceFrameworks['${framework.version}']\` from \`cancer-alliance-framework/framework\`; the command line picks it
from the files' item ids), ${SAMPLE_RESPONDENTS.min} to ${SAMPLE_RESPONDENTS.max} respondents per alliance, and the
generator's defaults: three respondent groups (\`core-team\`, \`partner\`, \`clinical\`), about 5% "don't know",
2% "not applicable" and 3% left blank.

- Each alliance has a latent maturity per theme. Alliances differ, regions a little, and themes differ
  nationally: the data and team-capacity themes (T6, T7) are weaker on average.
- Respondents scatter about a level around their alliance's maturity; the core team rates a little higher
  than partners and clinicians, and says "don't know" less often.
- A few items per alliance are contested (respondents split high and low), "not applicable" clusters on a
  few items per alliance, and a quarter of respondents leave some questions blank.
- Round 2 is the same alliances a year later: maturity moved by a draw with mean +${SAMPLE_DRIFT.mean} and
  standard deviation ${SAMPLE_DRIFT.sd} scale points per alliance (mostly upward), answered by new respondents.
- The outcome is \`generateSyntheticOutcomes\` for round 2: 74 + 20 × (mean latent maturity of themes
  ${SAMPLE_OUTCOME_THEMES.join(' and ')} − 0.4) plus noise, so it is loosely associated with those two themes.

## Use it

\`\`\`sh
npm start          # writes the national report, a report per alliance and CSV exports to ./reports
\`\`\`

which runs

\`\`\`sh
cancer-alliance-framework report examples/sample/${SAMPLE_FILES.second} \\
  --previous examples/sample/${SAMPLE_FILES.first} --outcomes examples/sample/${SAMPLE_FILES.outcomes} \\
  --round 2023/24 --previous-round 2022/23 --synthetic --out reports
\`\`\`

## Regenerate it

\`\`\`sh
npm run sample     # tsx examples/sample/generate.ts
\`\`\`

The generator is deterministic: the same seed gives the same files, byte for byte. The test
\`test/cli/sample.test.ts\` fails when the committed files differ from a fresh generation.
`;
}

/** Builds the whole sample in memory. */
export function buildSample(framework: Framework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION]): Sample {
  const { first, second, outcomes, csvFiles } = buildSampleData(framework);
  const files = { ...csvFiles, [SAMPLE_FILES.readme]: readme({ first, second, outcomes }, framework) };
  return {
    first,
    second,
    outcomes,
    files,
    workbooks: { [SAMPLE_FILES.forms]: formsWorkbook(framework, second), [SAMPLE_FILES.formsQuestions]: formsQuestionsWorkbook(framework, second) },
  };
}
