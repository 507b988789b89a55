/** The name of the command, as people type it. */
export const COMMAND = 'cancer-alliance-framework';

/**
 * Where the guides of the published package can be read online: the files of docs/, as the package ships them
 * (package.json `files`), served by a public CDN of the npm registry's packages.
 */
export const DOCS_URL = 'https://unpkg.com/cancer-alliance-framework/docs/';

/** The help of the whole command. */
export const MAIN_HELP = `Usage: ${COMMAND} <command> [options]

Reports and checks for the Cancer Alliance self-assessment framework.

Commands:
  report <answers.csv> --out <dir>   Score the answers and write the national report, a report per
                                     alliance and CSV exports into <dir>
  validate <file>                    Check a framework file (.yaml, .yml, .json) or an answers file
                                     (.csv, .json, .xlsx, SurveyJS results) and print every problem
                                     with its place
  instrument --out <file>            Write the survey: a CSV template, an Excel workbook to fill in,
                                     or a SurveyJS survey definition
  sample --out <dir>                 Write the synthetic sample (made-up answers of two rounds and
                                     outcomes) into <dir>, to try the commands and the guides on
  help [command]                     Show this help, or the help of a command

Options:
  --help, -h      Show help
  --version       Show the version

Exit codes: 0 success, 1 invalid input data, 2 usage error, 3 a file cannot be found or read,
4 the output folder cannot be written, 5 standard output or standard error cannot be written.
The guides come with the package: node_modules/${COMMAND}/docs/cli.md (this command),
getting-started.md and the rest; online at ${DOCS_URL}cli.md

Example:
  npx ${COMMAND} report answers.csv --out reports
`;

/** The help of `report`. */
export const REPORT_HELP = `Usage: ${COMMAND} report <answers.csv> --out <dir> [options]

Scores survey answers (CSV in the long or wide layout, JSON answers, SurveyJS results or an Excel
workbook, .xlsx) and writes:
  <dir>/index.html, <dir>/national.md               the national report
  <dir>/alliances/<id>.html, <dir>/alliances/<id>.md  one report per alliance
  <dir>/data/scores.csv, item-scores.csv, gaps.csv, needs.csv, barriers.csv, report.json
Nothing is written when any input is invalid. The folder is replaced whole, and only once every
file is complete: an interrupted run leaves the previous reports (or none), never a part.

Options:
  --out <dir>               Where to write the reports (required): a new or empty folder, or one
                            holding reports written before; never a symbolic link
  --framework <file>        A framework file (YAML or JSON); default: the bundled reference framework,
                            in the version whose items each answers file answers (1.1.0, or 1.0.0 for
                            rounds answered on it); the change between rounds on two versions is
                            matched through the bundled mapping
  --framework-version <v>   Read every answers file against this version of the bundled reference
                            framework: 1.1.0 or 1.0.0
  --round <label>           The round: a financial year (2023/24) or a date (2024-03-31); another
                            label needs --date (default: the financial year of --date)
  --date <yyyy-mm-dd>       The round's date (default: 31 March closing a financial-year label such as
                            2023/24, the label's date, otherwise today)
  --previous <answers.csv>  The previous round's answers, to show the change since then
  --previous-round <label>  The previous round's label (default: the financial year before the round's)
  --previous-date <date>    The previous round's date (default: as for --date, or a year before --date)
  --outcomes <file.csv>     An outcome per alliance (columns organisation_id,value), e.g. Faster
                            Diagnosis Standard performance, to show its association with each theme
  --outcome-name <text>     The outcome's name (default: the file name without its extension)
  --outcome-unit <text>     The outcome's unit, e.g. %
  --xlsx                    Write the report workbook too, as <dir>/data/report.xlsx
  --synthetic               Mark every report as made from synthetic (not real) data
  --allow-rejected          Go on when some rows or answers are rejected (they are counted and listed)
  --targets <file>          Targets other than the framework's default, JSON or YAML: default, themes,
                            regions and alliances (each alliance all its themes, or by theme)
  --region <id|name>        Report on the alliances of one NHS England region, e.g. Y56 or London
  --alliances <id,...>      Report on these alliances only, e.g. wessex,peninsula; with --region or
                            --alliances, the national figures are over the alliances chosen
  --progress                Print progress to standard error (default: only when it is a terminal)
  --max-bytes <size>        The most bytes an input file may hold, e.g. 100MB or 64MiB (default
                            50 MiB; framework files 1,000,000 bytes unless this is given)
  --encoding <name>         How the answers files (CSV) are encoded: auto (the default: UTF-8, or
                            UTF-16 by its byte order mark, else Windows-1252, with a note), utf-8,
                            windows-1252 (Excel's "CSV" on Windows), utf-16le (Excel's "Unicode
                            Text"), utf-16be
  --columns <file>          A column mapping (JSON or YAML) for surveys built by hand: which columns
                            hold the organisation, respondent and group, and header: item id pairs
  --organisations <which>   The organisations answers may name: programme (the default with the
                            reference framework: the Cancer Alliances in force at the round's date),
                            any (the default with another framework), or a JSON or YAML file listing
                            ids or { id, name }
  --spellings <file>        Answer spellings of your own, JSON or YAML, e.g. {"Bit unsure": "dont-know",
                            "Sometimes": 3}
  --help, -h                Show this help

Example:
  ${COMMAND} report answers-2023-24.csv --previous answers-2022-23.csv \\
    --round 2023/24 --previous-round 2022/23 --out reports
`;

/** The help of `validate`. */
export const VALIDATE_HELP = `Usage: ${COMMAND} validate <file> [--framework <file> | --framework-version <v>] [--date <yyyy-mm-dd>] [options]

Checks a file and prints every problem with its place (file:line:column (row N, column X): message).
  - A framework file: a name ending .yaml, .yml or .json holding "themes", or YAML text with "themes:".
    Warnings about the wording of its items (two questions in one, long items, near-duplicates) are
    listed too; they do not make the file invalid.
  - An answers file: anything else, checked against the framework: CSV in the long or wide layout,
    an Excel workbook (.xlsx), or a .json file of answers or of SurveyJS results (told apart by
    shape: {"answers": [...]} or objects with itemId are answers; other objects are SurveyJS results).
Exits 0 when the file is valid, 1 when it has any problem.

Options:
  --framework <file>       The framework to check answers against (default: the bundled reference
                           framework, in the version whose items the file answers)
  --framework-version <v>  Check answers against this version of the reference framework (1.1.0, 1.0.0)
  --max-bytes <size>       The most bytes a file may hold, e.g. 100MB or 64MiB (default 50 MiB; framework
                           files 1,000,000 bytes unless this is given)
  --encoding <name>        How an answers file (CSV) is encoded: auto (the default), utf-8,
                           windows-1252, utf-16le or utf-16be (see report --help)
  --columns <file>         A column mapping (JSON or YAML) for surveys built by hand (see docs/cli.md)
  --date <yyyy-mm-dd>      The round's date: answers may name the Cancer Alliances in force that day
                           (default: any alliance the programme's data knows, with a note)
  --organisations <which>, --spellings <file>   As for report
  --help, -h               Show this help
`;

/** The help of `instrument`. */
export const INSTRUMENT_HELP = `Usage: ${COMMAND} instrument --out <file> [--format csv|xlsx|surveyjs] [options]

Writes the survey of the framework to one file, to collect answers in any survey tool:
  csv       a blank CSV template (--layout wide, one row per respondent, or long, one row per answer)
  xlsx      an Excel workbook to fill in: one row per respondent, a drop-down list of the scale on each
            answer cell and of the Cancer Alliances in force on --date
  surveyjs  a SurveyJS survey definition (JSON): a page per theme, a rating question per item, the
            alliances in force on --date in a drop-down list
The answers come back through report and validate: the CSV, the workbook, or the SurveyJS results.

Options:
  --out <file>          The file to write (required); replaced if it is there
  --format <format>     csv (the default), xlsx or surveyjs
  --layout <layout>     CSV only: wide (the default) or long
  --framework <file>    A framework file (YAML or JSON); default: the bundled reference framework
  --date <yyyy-mm-dd>   The day whose alliances are listed (default: today)
  --max-bytes <size>    The most bytes the framework file may hold
  --help, -h            Show this help

Example:
  ${COMMAND} instrument --format surveyjs --out survey.json
`;

/** The one-line hints printed after a usage error. */
export const USAGE_HINT = {
  main: `Run "${COMMAND} --help" for the commands.`,
  report: `Usage: ${COMMAND} report <answers.csv> --out <dir> [options]; run "${COMMAND} report --help" for the options.`,
  validate: `Usage: ${COMMAND} validate <file> [--framework <file> | --framework-version <v>] [--date <yyyy-mm-dd>] [options]; run "${COMMAND} validate --help" for more.`,
  instrument: `Usage: ${COMMAND} instrument --out <file> [--format csv|xlsx|surveyjs]; run "${COMMAND} instrument --help" for more.`,
} as const;
