/** The name of the command, as people type it. */
export const COMMAND = 'cancer-alliance-framework';

/** The help of the whole command. */
export const MAIN_HELP = `Usage: ${COMMAND} <command> [options]

Reports and checks for the Cancer Alliance self-assessment framework.

Commands:
  report <answers.csv> --out <dir>   Score the answers and write the national report, a report per
                                     alliance and CSV exports into <dir>
  validate <file>                    Check a framework file (.yaml, .yml, .json) or an answers file
                                     (.csv, .json) and print every problem with its place
  help [command]                     Show this help, or the help of a command

Options:
  --help, -h      Show help
  --version       Show the version

Exit codes: 0 success, 1 invalid input data, 2 usage error, 3 a file cannot be found or read,
4 the output folder cannot be written, 5 standard output or standard error cannot be written.
See docs/cli.md.

Example:
  npx ${COMMAND} report answers.csv --out reports
`;

/** The help of `report`. */
export const REPORT_HELP = `Usage: ${COMMAND} report <answers.csv> --out <dir> [options]

Scores survey answers (CSV in the long or wide layout, or JSON) and writes:
  <dir>/index.html, <dir>/national.md               the national report
  <dir>/alliances/<id>.html, <dir>/alliances/<id>.md  one report per alliance
  <dir>/data/scores.csv, item-scores.csv, gaps.csv, needs.csv, barriers.csv, report.json
Nothing is written when any input is invalid. The folder is replaced whole, and only once every
file is complete: an interrupted run leaves the previous reports (or none), never a part.

Options:
  --out <dir>               Where to write the reports (required): a new or empty folder, or one
                            holding reports written before; never a symbolic link
  --framework <file>        A framework file (YAML or JSON); default: the bundled reference framework
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
  --synthetic               Mark every report as made from synthetic (not real) data
  --allow-rejected          Go on when some rows or answers are rejected (they are counted and listed)
  --progress                Always print progress to standard error (otherwise only on slow runs)
  --max-bytes <size>        The most bytes an input file may hold, e.g. 100MB or 64MiB (default
                            50 MiB; framework files 1,000,000 bytes unless this is given)
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
export const VALIDATE_HELP = `Usage: ${COMMAND} validate <file> [--framework <file>] [--date <yyyy-mm-dd>] [options]

Checks a file and prints every problem with its place (file:line:column (row N, column X): message).
  - A framework file: a name ending .yaml, .yml or .json holding "themes", or YAML text with "themes:".
  - An answers file: anything else (CSV in the long or wide layout, or JSON answers), checked against
    the framework.
Exits 0 when the file is valid, 1 when it has any problem.

Options:
  --framework <file>  The framework to check answers against (default: the bundled reference framework)
  --max-bytes <size>  The most bytes a file may hold, e.g. 100MB or 64MiB (default 50 MiB; framework
                      files 1,000,000 bytes unless this is given)
  --date <yyyy-mm-dd> The round's date: answers may name the Cancer Alliances in force that day
                      (default: any alliance the programme's data knows, with a note)
  --organisations <which>, --spellings <file>   As for report
  --help, -h          Show this help
`;

/** The one-line hints printed after a usage error. */
export const USAGE_HINT = {
  main: `Run "${COMMAND} --help" for the commands.`,
  report: `Usage: ${COMMAND} report <answers.csv> --out <dir> [options]; run "${COMMAND} report --help" for the options.`,
  validate: `Usage: ${COMMAND} validate <file> [--framework <file>] [--date <yyyy-mm-dd>] [options]; run "${COMMAND} validate --help" for more.`,
} as const;
