import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSyntheticAnswers, generateSyntheticOutcomes } from '../../src/assessment/synthetic.js';
import { EXIT } from '../../src/cli/io.js';
import { TOO_LARGE_HINT } from '../../src/cli/problems.js';
import { fileNameOf } from '../../src/cli/report-files.js';
import { run, runSafely } from '../../src/cli/run.js';
import { MAX_MAX_BYTES, parseSize } from '../../src/cli/sizes.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { longCsv, wideCsv } from '../../examples/sample/sample.js';
import { memoryIo } from './memory-io.js';

const organisations = [
  { id: 'greater-manchester', regionId: 'Y62' },
  { id: 'wessex', regionId: 'Y59' },
  { id: 'peninsula', regionId: 'Y58' },
  { id: 'northern', regionId: 'Y63' },
];
const seed = 7;
const respondents = { min: 6, max: 8 };
const earlier = generateSyntheticAnswers({ framework, organisations, seed, respondents });
const later = generateSyntheticAnswers({ framework, organisations, seed, respondents, drift: { mean: 0.3 } });
const outcomes = generateSyntheticOutcomes({ framework, organisations, seed, drift: { mean: 0.3 } });

/** The inputs of a run: this round (long layout), the previous round (wide layout) and an outcome per alliance. */
const inputs = {
  'answers.csv': longCsv(later),
  'previous.csv': wideCsv(framework, earlier),
  'outcomes.csv': `organisation_id,value\n${outcomes.map((o) => `${o.organisationId},${o.value}`).join('\n')}\n`,
};

const EXPECTED_FILES = [
  'reports/index.html',
  'reports/national.md',
  ...organisations.flatMap(({ id }) => [`reports/alliances/${id}.html`, `reports/alliances/${id}.md`]),
  'reports/data/scores.csv',
  'reports/data/item-scores.csv',
  'reports/data/gaps.csv',
  'reports/data/needs.csv',
  'reports/data/barriers.csv',
  'reports/data/report.json',
].sort();

const FULL = ['report', 'answers.csv', '--previous', 'previous.csv', '--outcomes', 'outcomes.csv', '--round', '2023/24', '--previous-round', '2022/23', '--out', 'reports'];

/** Runs the CLI in memory; the result says what it printed and wrote. */
function cli(argv: readonly string[], files: Readonly<Record<string, string>> = inputs, options: Parameters<typeof memoryIo>[1] = {}) {
  const io = memoryIo(files, options);
  const code = run(argv, io);
  return { code, io, out: io.out(), err: io.err(), written: [...io.written].sort(), dirs: [...io.dirs] };
}

/** Changes the first long-layout row of an organisation's answer to an item (cells: organisation, respondent, group, item, answer, comment). */
function spoil(csv: string, organisationId: string, itemId: string, change: (cells: string[]) => string[]): string {
  const lines = csv.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${organisationId},`) && line.split(',')[3] === itemId);
  if (index === -1) throw new Error(`no row of ${organisationId} for ${itemId}`);
  lines[index] = change(lines[index]!.split(',')).join(',');
  return lines.join('\n');
}

/** Asserts that a run wrote nothing at all. */
function expectNothingWritten(result: ReturnType<typeof cli>) {
  expect(result.written).toEqual([]);
  expect(result.dirs).toEqual([]);
}

const BROKEN_FRAMEWORK = `id: Not Kebab
version: one
title: Broken
provenance: { author: Tests, status: draft, statement: Broken on purpose. }
scales:
  - id: s
    title: Scale
    levels: [{ value: 1, label: Low, descriptor: Low. }, { value: 2, label: High, descriptor: High. }]
defaultTarget: 2
themes: []
`;

describe('report: the success path', () => {
  it('writes exactly the national report, a report per alliance and the data exports, and prints a summary', { timeout: 60_000 }, () => {
    const result = cli([...FULL, '--synthetic']);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.written).toEqual(EXPECTED_FILES);
    expect(result.dirs).toEqual(['reports', 'reports/alliances', 'reports/data']);
    expect(result.out).toMatch(/^SYNTHETIC DATA/);
    expect(result.out).toContain('Round 2023/24 (2024-03-31, financial year 2023/24), compared with 2022/23.');
    expect(result.out).toContain('Alliances scored: 4 of 4');
    expect(result.out).toMatch(/Answers \(answers\.csv\): [\d,]+ answers accepted, 0 rejected\./);
    expect(result.out).toMatch(/Previous round \(previous\.csv\): [\d,]+ answers accepted, 0 rejected, [\d,]+ blank\./);
    expect(result.out).toContain('Wrote 16 files to reports:');
    expect(result.out).toContain('reports/index.html');
    const national = result.io.files.get('reports/index.html') ?? '';
    expect(national).toMatch(/^<!doctype html>/i);
    expect(national).toMatch(/Synthetic sample data/);
    expect(result.io.files.get('reports/alliances/wessex.md')).toMatch(/^# Wessex Cancer Alliance/);
    expect(JSON.parse(result.io.files.get('reports/data/report.json') ?? '')).toHaveProperty('national');
    expect(result.io.files.get('reports/data/scores.csv')?.split(/\r?\n/)[0]).toMatch(/^organisation_id,/);
  });

  it('lists the three most common barriers in the summary, or says there are none', { timeout: 60_000 }, () => {
    const result = cli(FULL);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/Most common barriers:\n {2}1\. \S+ .+ \(\d+ of \d+ alliances\)|No barrier is common/);
    expect(result.out).not.toMatch(/SYNTHETIC/);
  });

  it('prints no progress when standard error is not a terminal, however slow the run, and progress with --progress', { timeout: 60_000 }, () => {
    expect(cli(FULL).err).toBe('');
    expect(cli(FULL, inputs, { tick: 100 }).err).toBe('');
    const asked = cli([...FULL, '--progress']);
    expect(asked.code).toBe(EXIT.ok);
    expect(asked.err).toContain('Scoring 4 alliances…');
    expect(asked.err).toContain('Writing 16 files to reports…');
    expect(asked.out).not.toContain('Scoring');
  });

  it('reads a framework file of seven themes and a four-level scale given with --framework', () => {
    const result = cli(['report', 'small.csv', '--framework', 'four.yaml', '--out', 'out', '--date', '2024-06-30'], {
      'four.yaml': FOUR_LEVELS_YAML,
      'small.csv':
        'organisation_id,respondent_id,item_id,answer\n' +
        ['r1', 'r2', 'r3'].flatMap((r, i) => ['a-c1', 'a-e1', 'b-c1', 'b-e1'].map((item) => `club,${r},${item},${i}`)).join('\n') +
        '\n',
    });
    expect(result.err).toMatch(/^Note: 1 organisation id in small\.csv is not a Cancer Alliance/);
    expect(result.code).toBe(EXIT.ok);
    expect(result.written).toContain('out/alliances/club.html');
    expect(result.out).toContain('Round 2024/25 (2024-06-30, financial year 2024/25).');
  });

  it('dates a round labelled by financial year on the 31 March that closes it, and a bare run on today', { timeout: 60_000 }, () => {
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round', '2022/23']).out).toContain('Round 2022/23 (2023-03-31, financial year 2022/23).');
    expect(cli(['report', 'answers.csv', '--out', 'r']).out).toContain('Round 2024/25 (2024-06-01, financial year 2024/25).');
    expect(cli(['report', 'answers.csv', '--out', 'r', '--previous', 'previous.csv']).out).toContain('Round 2024/25 (2024-06-01, financial year 2024/25), compared with 2023/24.');
  });

  it("notes a round dated after the programme data's as-at date, in the model's own words", () => {
    const later = cli(['report', 'answers.csv', '--out', 'r', '--round', '2027/28']);
    expect(later.code).toBe(EXIT.ok);
    expect(later.err).toMatch(
      /^Note: The organisations data is as at 4 December 2026; 31 March 2028 is later, so changes since then are not in it\. Announced and not yet in the data: /m,
    );
    expect(later.err).toContain('Note: The standards data is as at 4 December 2026; 31 March 2028 is later, so standards or targets set since then are not in it.\n');
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round', '2023/24']).err).not.toContain('Note: The organisations data');
  });

  it('keeps organisation ids from choosing where files go', () => {
    expect(fileNameOf('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNameOf('..')).toBe('organisation');
    expect(fileNameOf('CON')).toBe('CON-');
    expect(fileNameOf('north east/london')).toBe('north-east-london');
    const csv =
      'organisation_id,respondent_id,item_id,answer\n' + ['../evil', '..\\evil', 'Evil'].flatMap((org) => ['r1', 'r2'].map((r) => `${org},${r},T1.C1,3`)).join('\n') + '\n';
    const result = cli(['report', 'a.csv', '--out', 'out', '--organisations', 'any'], { 'a.csv': csv });
    expect(result.code).toBe(EXIT.ok);
    const alliancePages = result.written.filter((path) => path.startsWith('out/alliances/') && path.endsWith('.html'));
    // In organisation id order: '../evil' takes evil, '..\\evil' evil-2, and 'Evil' (the same name but for case) Evil-3.
    expect(alliancePages).toEqual(['out/alliances/Evil-3.html', 'out/alliances/evil-2.html', 'out/alliances/evil.html']);
    expect(result.written.every((path) => path.startsWith('out/') && !path.includes('..'))).toBe(true);
  });

  it('does not change the arguments it is given', () => {
    const argv = Object.freeze([...FULL]);
    expect(cli(argv).code).toBe(EXIT.ok);
    expect(argv).toEqual(FULL);
  });
});

describe('report: failure paths', () => {
  it('exits 3 naming every input file that does not exist, and writes nothing', () => {
    const result = cli(['report', 'nope.csv', '--previous', 'gone.csv', '--outcomes', 'outcomes.csv', '--out', 'reports']);
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain('Cannot find the answers file "nope.csv": no such file.');
    expect(result.err).toContain('Cannot find the --previous answers file "gone.csv"');
    expect(result.out).toBe('');
    expectNothingWritten(result);
  });

  it('exits 3 for a missing --framework file or --outcomes file', () => {
    expect(cli(['report', 'answers.csv', '--framework', 'f.yaml', '--out', 'r']).code).toBe(EXIT.unreadable);
    const outcomesMissing = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'r']);
    expect(outcomesMissing.code).toBe(EXIT.unreadable);
    expect(outcomesMissing.err).toContain('--outcomes file "o.csv"');
  });

  it('exits 3 when a file exists but cannot be read', () => {
    const result = cli(['report', 'answers.csv', '--out', 'reports'], inputs, { unreadable: ['answers.csv'] });
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toMatch(/^Cannot read the answers file "answers\.csv": EACCES/);
    expectNothingWritten(result);
  });

  it('exits 2 with a usage hint for an unknown flag, suggesting the nearest', () => {
    const result = cli(['report', 'answers.csv', '--ot', 'reports']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toBe(
      'cancer-alliance-framework: unknown option --ot. Did you mean --out?\n' +
        'Usage: cancer-alliance-framework report <answers.csv> --out <dir> [options]; run "cancer-alliance-framework report --help" for the options.\n',
    );
    expectNothingWritten(result);
  });

  it('exits 2 when --out is missing, or given no value', () => {
    const missing = cli(['report', 'answers.csv']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toMatch(/--out <dir> is missing/);
    const empty = cli(['report', 'answers.csv', '--out']);
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.err).toMatch(/the option --out needs a value/);
    expect(cli(['report', 'answers.csv', '--out', ' ']).code).toBe(EXIT.usage);
    expectNothingWritten(empty);
  });

  it('exits 2 when the answers file is missing or two are given', () => {
    expect(cli(['report', '--out', 'reports']).err).toMatch(/the answers file is missing/);
    expect(cli(['report', 'a.csv', 'b.csv', '--out', 'reports']).err).toMatch(/one answers file is expected, but 2 were given/);
  });

  it('exits 2 for a flag value that is not a date, a flag that needs another, and a value for a switch', () => {
    expect(cli(['report', 'answers.csv', '--out', 'r', '--date', '31/03/2024']).err).toMatch(/--date "31\/03\/2024" is not a date written yyyy-mm-dd/);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--date', '2024-02-30']).code).toBe(EXIT.usage);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--previous-round', '2022/23']).err).toMatch(/--previous-round needs --previous/);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--outcome-name', 'FDS']).err).toMatch(/--outcome-name needs --outcomes/);
    const switchValue = cli(['report', 'answers.csv', '--out', 'r', '--synthetic=yes']);
    expect(switchValue.code).toBe(EXIT.usage);
    expect(switchValue.err).toMatch(/the option --synthetic takes no value/);
  });

  it('exits 2 for an unknown command or option before the command, suggesting the nearest, and for no command', () => {
    const unknown = cli(['reprot', 'answers.csv']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toBe('cancer-alliance-framework: unknown command "reprot". Did you mean report?\nRun "cancer-alliance-framework --help" for the commands.\n');
    expect(cli(['--out', 'x']).err).toMatch(/unknown option --out; options come after the command/);
    const none = cli([]);
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toMatch(/a command is missing/);
    expect(none.err).toContain('Usage: cancer-alliance-framework <command>');
    expect(cli(['help', 'nothing']).err).toMatch(/there is no command "nothing"/);
    expect(cli(['help', 'report', 'validate']).err).toMatch(/help takes at most one command, but 2 were given/);
  });

  it('exits 1 for an invalid framework file, printing every problem with its line and column, and writes nothing', () => {
    const result = cli(['report', 'answers.csv', '--framework', 'broken.yaml', '--out', 'reports'], { ...inputs, 'broken.yaml': BROKEN_FRAMEWORK });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/^broken\.yaml is not a valid framework file: \d+ problems\./);
    expect(result.err).toMatch(/ {2}broken\.yaml:1:5 \(at id\): .*kebab-case/);
    expect(result.err).toMatch(/ {2}broken\.yaml:2:10 \(at version\): .*semantic/);
    expect(result.err).toMatch(/Nothing was written\.\n$/);
    expectNothingWritten(result);
  });

  it('exits 1 when answers are rejected, printing each with its place and the accounting, and writes nothing', () => {
    const bad = spoil(inputs['answers.csv'], 'greater-manchester', 'T1.C2', (cells) => [...cells.slice(0, 4), '9', ...cells.slice(5)]);
    const worse = spoil(bad, 'wessex', 'T1.C1', (cells) => [...cells.slice(0, 3), 'T1.X9', ...cells.slice(4)]);
    const result = cli(['report', 'bad.csv', '--out', 'reports'], { ...inputs, 'bad.csv': worse });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/^bad\.csv has 2 problems\. [\d,]+ rows read: [\d,]+ answers accepted, 2 rejected \(2 rows rejected whole\)\.\n/);
    expect(result.err).toMatch(/ {2}bad\.csv:\d+:5 \(row \d+, column answer\): column "answer": 9 is not a value of the scale/);
    expect(result.err).toMatch(/ {2}bad\.csv:\d+:4 \(row \d+, column item_id\): .*"T1\.X9" is not an item id/);
    expect(result.err).toContain('hint: ');
    expect(result.err).toContain('run again with --allow-rejected');
    expect(result.err).toMatch(/Nothing was written\.\n$/);
    expectNothingWritten(result);
  });

  it('goes on with --allow-rejected, listing the rejected answers on standard error and counting them in the summary', () => {
    const bad = spoil(inputs['answers.csv'], 'greater-manchester', 'T1.C2', (cells) => [...cells.slice(0, 4), '9', ...cells.slice(5)]);
    const result = cli(['report', 'bad.csv', '--out', 'reports', '--allow-rejected'], { ...inputs, 'bad.csv': bad });
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toMatch(/^Rejected in bad\.csv \(--allow-rejected\)/);
    expect(result.out).toMatch(/answers accepted, 1 rejected\./);
  });

  it('exits 1 even with --allow-rejected when no answer at all is accepted', () => {
    const result = cli(['report', 'x.csv', '--out', 'reports', '--allow-rejected'], {
      'x.csv': 'organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,often\nwessex,r2,T1.C1,11\n',
    });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/^x\.csv has no answers that could be accepted\. 2 rows read: 0 answers accepted, 2 rejected \(2 rows rejected whole\)\./);
    expectNothingWritten(result);
  });

  it('exits 1 for an answers file that cannot be read as answers at all, or holds none', () => {
    const noColumns = cli(['report', 'x.csv', '--out', 'reports'], { 'x.csv': 'name,score\nAnn,3\n' });
    expect(noColumns.code).toBe(EXIT.invalidData);
    expect(noColumns.err).toMatch(/^x\.csv cannot be read as survey answers:/);
    expectNothingWritten(noColumns);
    const empty = cli(['report', 'e.csv', '--out', 'reports'], { 'e.csv': 'organisation_id,respondent_id,item_id,answer\n' });
    expect(empty.code).toBe(EXIT.invalidData);
    expect(empty.err).toMatch(/^e\.csv holds no answers/);
    expectNothingWritten(empty);
  });

  it('exits 1 for an invalid --previous file, and prints the problems of every input in one run', () => {
    const result = cli(['report', 'answers.csv', '--previous', 'p.csv', '--outcomes', 'o.csv', '--out', 'reports'], {
      ...inputs,
      'p.csv': 'organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,maybe\n',
      'o.csv': 'organisation_id,value\nwessex,high\n',
    });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/p\.csv:2:4 \(row 1, column answer\): column "answer": "maybe" is not an answer to T1\.C1/);
    expect(result.err).toMatch(/o\.csv:2:2 \(row 1, column value\): "high" is not a number/);
    expectNothingWritten(result);
  });

  it('exits 1 for an invalid outcomes file, with every problem in its place, and writes nothing', () => {
    const result = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'reports'], {
      ...inputs,
      'o.csv': 'organisation_id,value\nwessex,76.4\n,70\nwessex,71\npeninsula,\n',
    });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toContain('o.csv is not a valid outcomes file: 3 problems.');
    expect(result.err).toContain('o.csv:3:1 (row 2, column organisation_id): the organisation id is empty');
    expect(result.err).toContain('o.csv:4:1 (row 3, column organisation_id): organisation "wessex" already has a value at row 1');
    expect(result.err).toContain('o.csv:5:2 (row 4, column value): the value is empty');
    expectNothingWritten(result);
    const header = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'reports'], { ...inputs, 'o.csv': 'alliance,fds\nwessex,76\n' });
    expect(header.err).toMatch(/o\.csv:1:1: the header needs the column value, but it has "alliance", "fds"/);
    const empty = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'reports'], { ...inputs, 'o.csv': '\n\n' });
    expect(empty.code).toBe(EXIT.invalidData);
    expect(empty.err).toContain('  o.csv: the outcomes file is empty');
    const headerOnly = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'reports'], { ...inputs, 'o.csv': 'organisation_id,value\n' });
    expect(headerOnly.err).toContain('  o.csv:1: the outcomes file has a header but no values');
    const quote = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--out', 'reports'], { ...inputs, 'o.csv': 'organisation_id,value\n"wessex,76\n' });
    expect(quote.code).toBe(EXIT.invalidData);
    expect(quote.err).toContain('o.csv:2: a quoted cell on this line is never closed');
    for (const result of [empty, headerOnly, quote]) expectNothingWritten(result);
  });

  it('reads outcome values with a % sign or a decimal comma, and names the outcome with --outcome-name', () => {
    const result = cli(['report', 'answers.csv', '--outcomes', 'o.csv', '--outcome-name', 'FDS (synthetic)', '--outcome-unit', '%', '--out', 'reports'], {
      ...inputs,
      'o.csv': 'alliance;value\nwessex;76,4\npeninsula;71.0%\nnorthern;80\ngreater-manchester;69.5\n',
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.io.files.get('reports/national.md')).toContain('FDS (synthetic)');
  });

  it('exits 1 when the previous round is dated after this one', () => {
    const result = cli(['report', 'answers.csv', '--previous', 'previous.csv', '--round', '2022/23', '--previous-round', '2023/24', '--out', 'reports']);
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/^The reports cannot be made: 1 problem\./);
    expect(result.err).toMatch(/dated after the later round/);
    expectNothingWritten(result);
  });

  it('exits 4 when the output cannot be written', { timeout: 60_000 }, () => {
    const result = cli(['report', 'answers.csv', '--out', 'locked'], inputs, { unwritable: 'locked' });
    expect(result.code).toBe(EXIT.unwritable);
    expect(result.err).toBe(
      'Cannot write "locked": EROFS: read-only file system.\n  hint: Choose another --out folder.\nNothing was written: locked is as it was before the run.\n',
    );
    expect(result.out).toBe('');
    const inside = cli(['report', 'answers.csv', '--out', 'reports'], inputs, { unwritable: 'reports/data' });
    expect(inside.code).toBe(EXIT.unwritable);
    expect(inside.err).toMatch(/^Cannot write "reports\/data"/);
  });
});

describe('validate', () => {
  it('accepts a valid framework file and describes it', () => {
    const result = cli(['validate', 'four.yaml'], { 'four.yaml': FOUR_LEVELS_YAML });
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toBe(
      'four.yaml: a valid framework file.\n  Four levels (four-levels 1.0.0): 2 themes, 4 items (2 Conditions of Success, 2 Enabling Factors), 1 scale, default target 2.\n',
    );
    expect(result.err).toBe('');
  });

  it('prints every problem of a framework file with its line and column, and exits 1', () => {
    const result = cli(['validate', 'broken.yaml'], { 'broken.yaml': BROKEN_FRAMEWORK });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.out).toMatch(/^broken\.yaml: not a valid framework file: \d+ problems\.\n {2}broken\.yaml:1:5 \(at id\): /);
    expect(result.out).toMatch(/\n {2}broken\.yaml:10:9 \(at themes\): .*theme/);
  });

  it("reports a supportedBy role that is not one of the programme's, with its place (the framework alone accepts any kebab-case id)", () => {
    const text = FOUR_LEVELS_YAML.replace(
      '    whatGoodLooksLike: People have time and skill.\n',
      '    whatGoodLooksLike: People have time and skill.\n    supportedBy: [regional-team, quality-lead]\n',
    );
    const result = cli(['validate', 'roles.yaml'], { 'roles.yaml': text });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.out).toMatch(
      /^roles\.yaml: not a valid framework file: 1 problem\.\n {2}roles\.yaml:23:34 \(id b, at themes\.1\.supportedBy\.1\): "quality-lead" is not a programme role\n {6}hint: Use one of: cancer-alliance, /,
    );
    const report = cli(['report', 'previous.csv', '--framework', 'roles.yaml', '--out', 'reports'], { ...inputs, 'roles.yaml': text });
    expect(report.code).toBe(EXIT.invalidData);
    expect(report.err).toMatch(/"quality-lead" is not a programme role/);
  });

  it('tells a framework by its content: YAML with "themes:", or JSON with "themes"', () => {
    expect(cli(['validate', 'framework.txt'], { 'framework.txt': FOUR_LEVELS_YAML }).out).toMatch(/a valid framework file/);
    const json = cli(['validate', 'f.json'], { 'f.json': JSON.stringify({ id: 'x', themes: [] }) });
    expect(json.code).toBe(EXIT.invalidData);
    expect(json.out).toMatch(/^f\.json: not a valid framework file/);
  });

  it('accepts valid answers, with the accounting', () => {
    const result = cli(['validate', 'previous.csv']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/^previous\.csv: survey answers, wide layout, checked against the reference framework \(effective-cancer-alliance 1\.1\.0\)\.\n/);
    expect(result.out).toMatch(
      / {2}Rows: [\d,]+ read, [\d,]+ accepted, 0 rejected\.\n {2}Answer cells: [\d,]+ read, [\d,]+ accepted, 0 rejected, [\d,]+ blank\.\n {2}Organisations: 4; respondents: \d+\.\nNo problems found\.\n$/,
    );
  });

  it('gives no as-at note when validating answers, whatever the day (an answers file has no date of its own)', () => {
    const later = cli(['validate', 'previous.csv'], inputs, { start: new Date(2027, 0, 15, 12).getTime() });
    expect(later.code).toBe(EXIT.ok);
    expect(later.err).toBe('');
  });

  it('prints every problem of an answers file as file:line:column (row N, column X): message, and exits 1', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer,colour\nwessex,r1,T1.C1,3,red\nwessex,r1,T1.C1,4,\nwessex,r2,T1.C2,Often,\n';
    const result = cli(['validate', 'a.csv'], { 'a.csv': csv });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.out).toContain('a.csv: survey answers, long layout, checked against the reference framework');
    expect(result.out).toContain('  a.csv:1:5 (column colour): column "colour": the column "colour" is not used and was ignored');
    expect(result.out).toMatch(/ {2}a\.csv:3:3 \(row 2, column item_id\): .*already answered T1\.C1 on row 1/);
    expect(result.out).toMatch(/ {2}a\.csv:4:4 \(row 3, column answer\): column "answer": "Often" is not an answer to T1\.C2/);
    expect(result.out).toContain('  Rows: 3 read, 1 accepted, 2 rejected.');
    expect(result.out).toMatch(/3 problems found\.\n$/);
  });

  it('checks answers against the framework given with --framework, and reads JSON answers', () => {
    const json = JSON.stringify([{ organisationId: 'club', respondentId: 'r1', itemId: 'a-c1', answer: 'Leading' }]);
    const result = cli(['validate', 'a.json', '--framework', 'four.yaml'], { 'a.json': json, 'four.yaml': FOUR_LEVELS_YAML });
    expect(result.out).toMatch(/^a\.json: survey answers, JSON answers, checked against four\.yaml \(four-levels 1\.0\.0\)\./);
    expect(result.code).toBe(EXIT.ok);
    const wrong = cli(['validate', 'a.json'], { 'a.json': json });
    expect(wrong.code).toBe(EXIT.invalidData);
    expect(wrong.out).toMatch(/a\.json \(row 1, .*"a-c1" is not an item id/);
  });

  it('exits 1 for answers that cannot be read at all, 3 for a missing file, 2 without a file', () => {
    const unreadable = cli(['validate', 'x.csv'], { 'x.csv': '' });
    expect(unreadable.code).toBe(EXIT.invalidData);
    expect(unreadable.out).toMatch(/^x\.csv: cannot be read as survey answers/);
    const missing = cli(['validate', 'nope.csv']);
    expect(missing.code).toBe(EXIT.unreadable);
    expect(missing.err).toBe('Cannot find the file to validate "nope.csv": no such file. Check the name and the folder you run the command from.\n');
    expect(cli(['validate']).code).toBe(EXIT.usage);
    expect(cli(['validate', 'a', 'b']).code).toBe(EXIT.usage);
    expect(cli(['validate', 'previous.csv', '--framework', 'gone.yaml']).code).toBe(EXIT.unreadable);
    expect(cli(['validate', 'previous.csv', '--strict']).err).toMatch(/unknown option --strict/);
  });

  it('tells a JSON framework that is not even JSON by its "themes" key, and notes an unused --framework', () => {
    const broken = cli(['validate', 'f.json'], { 'f.json': '{ "themes": [ }' });
    expect(broken.code).toBe(EXIT.invalidData);
    expect(broken.out).toMatch(/^f\.json: not a valid framework file: \d+ problems?\.\n {2}f\.json:1:\d+: YAML syntax error/);
    const note = cli(['validate', 'four.yaml', '--framework', 'other.yaml'], { 'four.yaml': FOUR_LEVELS_YAML, 'other.yaml': FOUR_LEVELS_YAML });
    expect(note.code).toBe(EXIT.ok);
    expect(note.err).toBe('Note: four.yaml is a framework file, so --framework other.yaml is not used.\n');
  });

  it('exits 1 when the --framework file is invalid', () => {
    const result = cli(['validate', 'previous.csv', '--framework', 'broken.yaml'], { ...inputs, 'broken.yaml': BROKEN_FRAMEWORK });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.err).toMatch(/^broken\.yaml is not a valid framework file/);
  });
});

describe('options given twice, sizes, and counts in words', () => {
  it('refuses an option that takes a value given more than once, naming it and its values; a switch may repeat', () => {
    const twice = cli(['report', 'answers.csv', '--out', 'a', '--out', 'b']);
    expect(twice.code).toBe(EXIT.usage);
    expect(twice.err).toBe(
      'cancer-alliance-framework: the option --out is given 2 times ("a", "b"); give it once.\n' +
        'Usage: cancer-alliance-framework report <answers.csv> --out <dir> [options]; run "cancer-alliance-framework report --help" for the options.\n',
    );
    expectNothingWritten(twice);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round=2023/24', '--round', '2022/23', '--round', 'x']).err).toMatch(
      /the option --round is given 3 times \("2023\/24", "2022\/23", "x"\); give it once\./,
    );
    expect(cli(['validate', 'previous.csv', '--framework', 'a.yaml', '--framework=b.yaml']).err).toMatch(/the option --framework is given 2 times/);
    expect(cli(['validate', 'previous.csv', '--max-bytes', '1MB', '--max-bytes', '2MB']).code).toBe(EXIT.usage);
    const switches = cli(['report', 'answers.csv', '--out', 'r', '--synthetic', '--synthetic', '--allow-rejected', '--allow-rejected']);
    expect(switches.code).toBe(EXIT.ok);
  });

  it('refuses an input inside --out, which the run would replace', () => {
    const inside = cli(['report', 'reports/answers.csv', '--out', 'reports'], { 'reports/answers.csv': inputs['answers.csv'] });
    expect(inside.code).toBe(EXIT.usage);
    expect(inside.err).toMatch(
      /^cancer-alliance-framework: the answers file "reports\/answers\.csv" is inside --out "reports", which each run replaces whole: move the file out of it first\.\n/,
    );
    expect(cli(['report', 'answers.csv', '--outcomes', './r/../r/o.csv', '--out', 'r']).err).toMatch(/the --outcomes file "\.\/r\/\.\.\/r\/o\.csv" is inside --out "r"/);
    expect(cli(['report', 'r/..answers.csv', '--out', 'r'], { 'r/..answers.csv': inputs['answers.csv'] }).code).toBe(EXIT.usage);
    expect(cli(['report', 'answers.csv', '--out', 'reports-2024']).code).toBe(EXIT.ok);
    expect(cli(['report', 'answers.csv', '--previous', 'previous.csv', '--out', 'answers.csv.d']).code).toBe(EXIT.ok);
  });

  it('reads --max-bytes as bytes or a number with a unit, and refuses anything else with a usage error', () => {
    expect(parseSize('52428800')).toBe(52_428_800);
    expect(parseSize('100MB')).toBe(100_000_000);
    expect(parseSize('100 mb')).toBe(100_000_000);
    expect(parseSize('50MiB')).toBe(52_428_800);
    expect(parseSize('1.5GB')).toBe(1_500_000_000);
    expect(parseSize('1.005kB')).toBe(1_005);
    expect(parseSize('2k')).toBe(2_000);
    expect(parseSize('64KiB')).toBe(65_536);
    expect(parseSize('10b')).toBe(10);
    for (const bad of ['', 'abc', '0', '0.5', '1.5', '-1', '1e6', '10 MBs', '0.0001kB', '1,000']) expect(parseSize(bad), bad).toBeNull();
    const notSize = cli(['validate', 'previous.csv', '--max-bytes', 'lots']);
    expect(notSize.code).toBe(EXIT.usage);
    expect(notSize.err).toMatch(/--max-bytes "lots" is not a size: give a whole number of bytes, e.g\. 100000000, or a number and a unit, e\.g\. 100MB or 64MiB\./);
    const tooMuch = cli(['report', 'answers.csv', '--out', 'r', '--max-bytes', '1GB']);
    expect(tooMuch.code).toBe(EXIT.usage);
    expect(tooMuch.err).toMatch(/--max-bytes "1GB" is more than the most allowed, 524,288,000 bytes \(500 MiB\)\./);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--max-bytes', `${MAX_MAX_BYTES}`]).code).toBe(EXIT.ok);
  });

  it('refuses an input larger than --max-bytes with exit code 1, the hint naming --max-bytes, and reads it within a larger one', () => {
    const small = cli(['report', 'answers.csv', '--out', 'r', '--max-bytes', '1kB']);
    expect(small.code).toBe(EXIT.invalidData);
    expect(small.err).toMatch(
      /^Cannot read the answers file "answers\.csv": it holds more than the 1,000 bytes allowed by --max-bytes; reading stopped there\.\n {2}hint: .*--max-bytes <size>, e\.g\. --max-bytes 100MB\.\nNothing was written\.\n$/,
    );
    expectNothingWritten(small);
    const big = 'x'.repeat(60 * 1024 * 1024);
    const byDefault = cli(['validate', 'big.csv'], { 'big.csv': big });
    expect(byDefault.code).toBe(EXIT.invalidData);
    expect(byDefault.err).toContain('it holds more than the 52,428,800 bytes (50 MiB) allowed by default');
    const validate = cli(['validate', 'previous.csv', '--max-bytes', '100MB']);
    expect(validate.code).toBe(EXIT.ok);
  });

  it("names --max-bytes in the hint of the library's too-large issue, and moves the library's own limit with it", () => {
    // A framework file over the library's 1,000,000-byte default for frameworks, within the CLI's 50 MiB.
    const large = `${FOUR_LEVELS_YAML}# ${'x'.repeat(1_100_000)}\n`;
    const refused = cli(['validate', 'large.yaml'], { 'large.yaml': large });
    expect(refused.code).toBe(EXIT.invalidData);
    expect(refused.out).toContain(`hint: ${TOO_LARGE_HINT}`);
    expect(refused.out).not.toMatch(/maxBytes option/);
    expect(cli(['validate', 'large.yaml', '--max-bytes', '2MB'], { 'large.yaml': large }).code).toBe(EXIT.ok);
  });

  it('writes counts in words that agree with them: 1 answer, 1 row, 1 alliance', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,3\nwessex,r1,T1.C2,maybe\n';
    const result = cli(['report', 'one.csv', '--out', 'r', '--allow-rejected'], { 'one.csv': csv });
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toContain('Rejected in one.csv (--allow-rejected): 2 rows read: 1 answer accepted, 1 rejected (1 row rejected whole).');
    expect(result.out).toContain('Answers (one.csv): 1 answer accepted, 1 rejected.');
    expect(result.out).toContain('1 alliance report (.html and .md)');
    expect(result.out).not.toMatch(/\b1 (answers|rows|alliances|problems|files)\b/);
  });
});

describe('the version of the reference framework', () => {
  // Rounds answered on the reference framework 1.0.0, as the sample's: the previous round wide, this round long.
  const v100 = referenceFrameworks['1.0.0'];
  const earlier100 = generateSyntheticAnswers({ framework: v100, organisations, seed, respondents });
  const later100 = generateSyntheticAnswers({ framework: v100, organisations, seed, respondents, drift: { mean: 0.3 } });
  const old = { 'answers-100.csv': longCsv(later100), 'previous-100.csv': wideCsv(v100, earlier100) };
  const files = { ...inputs, ...old };
  const reportJson = (result: ReturnType<typeof cli>) =>
    JSON.parse(result.io.files.get('reports/data/report.json') ?? 'null') as {
      national: { provenance: { framework: { version: string } }; change: { earlierFramework: { version: string } } | null; caveats: { text: string }[] };
      alliances: { organisation: { id: string }; change: { themes: { status: string; laterId: string | null }[] } | null }[];
    };

  it('reads and scores each answers file against the version whose items it answers, and says so when it is not the current one', () => {
    const result = cli(['report', 'answers-100.csv', '--previous', 'previous-100.csv', '--round', '2023/24', '--previous-round', '2022/23', '--out', 'reports'], files);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toBe(
      'Note: answers-100.csv answers the items of the reference framework 1.0.0, not those of the current 1.1.0, so it is read and scored against 1.0.0. Use --framework-version to choose another.\n' +
        'Note: previous-100.csv answers the items of the reference framework 1.0.0, not those of the current 1.1.0, so it is read and scored against 1.0.0. Use --framework-version to choose another.\n',
    );
    const report = reportJson(result);
    expect([report.national.provenance.framework.version, report.national.change?.earlierFramework.version]).toEqual(['1.0.0', '1.0.0']);
    // A file that answers the current version's items is read against it, with no note.
    expect(cli(['report', 'answers.csv', '--out', 'reports']).err).toBe('');
  });

  it("compares a previous round on 1.0.0 with this round on 1.1.0 through the package's mapping", () => {
    const result = cli(['report', 'answers.csv', '--previous', 'previous-100.csv', '--round', '2024/25', '--previous-round', '2022/23', '--out', 'reports'], files);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toContain(
      "Note: the previous round was answered on effective-cancer-alliance 1.0.0 and this round on effective-cancer-alliance 1.1.0; the change since then matches themes and items through the package's mapping from 1.0.0 to 1.1.0, and those only in one round have none.\n",
    );
    const report = reportJson(result);
    expect([report.national.provenance.framework.version, report.national.change?.earlierFramework.version]).toEqual(['1.1.0', '1.0.0']);
    expect(report.national.caveats.map((caveat) => caveat.text).join(' ')).toMatch(
      /The previous round used framework effective-cancer-alliance version 1\.0\.0 and this round version 1\.1\.0/,
    );
    const change = report.alliances.find((alliance) => alliance.organisation.id === 'wessex')?.change;
    expect(change?.themes.map((theme) => `${theme.laterId ?? ''} ${theme.status}`)).toEqual([
      ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'].map((id) => `${id} matched`),
      ...['T9', 'T10', 'T11', 'T12', 'T13'].map((id) => `${id} new`),
    ]);
  });

  it('reads every file against the version given with --framework-version, and refuses an unknown version or two choices', () => {
    const chosen = cli(['report', 'answers-100.csv', '--framework-version', '1.0.0', '--out', 'reports'], files);
    expect(chosen.code).toBe(EXIT.ok);
    expect(chosen.err).toBe('');
    // This round's items are those of 1.1.0: read against 1.0.0, the items 1.0.0 lacks are rejected.
    const wrong = cli(['report', 'answers.csv', '--framework-version', '1.0.0', '--out', 'reports'], files);
    expect(wrong.code).toBe(EXIT.invalidData);
    expect(wrong.err).toMatch(/is not an item id/);
    const unknown = cli(['report', 'answers.csv', '--framework-version', '1.1', '--out', 'reports'], files);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/--framework-version "1\.1" is not a version of the reference framework; use one of 1\.1\.0, 1\.0\.0\. Did you mean 1\.1\.0\?/);
    const both = cli(['validate', 'answers.csv', '--framework-version', '1.1.0', '--framework', 'four.yaml'], { ...files, 'four.yaml': FOUR_LEVELS_YAML });
    expect(both.code).toBe(EXIT.usage);
    expect(both.err).toMatch(/--framework and --framework-version cannot both be given/);
  });

  it('validate checks answers against the version they answer, or the one given', () => {
    const found = cli(['validate', 'previous-100.csv'], files);
    expect(found.code).toBe(EXIT.ok);
    expect(found.out).toMatch(/^previous-100\.csv: survey answers, wide layout, checked against the reference framework \(effective-cancer-alliance 1\.0\.0\)\.\n/);
    expect(found.err).toMatch(/^Note: previous-100\.csv answers the items of the reference framework 1\.0\.0/);
    const given = cli(['validate', 'previous-100.csv', '--framework-version', '1.1.0'], files);
    expect(given.code).toBe(EXIT.invalidData);
    expect(given.out).toMatch(/checked against the reference framework \(effective-cancer-alliance 1\.1\.0\)/);
  });

  it('validate lists the item warnings of a framework file, which leave it valid', () => {
    const result = cli(['validate', 'reference-1.0.0.yaml'], { 'reference-1.0.0.yaml': readFileSync('framework-data/effective-cancer-alliance-1.0.0.yaml', 'utf8') });
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(
      /^reference-1\.0\.0\.yaml: a valid framework file\.\n {2}What makes an effective Cancer Alliance\? \(reference framework\) \(effective-cancer-alliance 1\.0\.0\): 8 themes, 80 items/,
    );
    expect(result.out).toContain('  78 warnings about the wording of items (docs/framework-format.md, "Item rules"):\n');
    expect(result.out).toContain('  reference-1.0.0.yaml (id T1.E4, at themes.0.enablingFactors.3.text): item "T1.E4" rates what others decide ("signed off by")\n');
    const current = cli(['validate', 'reference-1.1.0.yaml'], { 'reference-1.1.0.yaml': readFileSync('framework-data/effective-cancer-alliance-1.1.0.yaml', 'utf8') });
    expect(current.out).toMatch(
      /^reference-1\.1\.0\.yaml: a valid framework file\.\n {2}.*: 13 themes, 130 items \(65 Conditions of Success, 65 Enabling Factors\), 1 scale, default target 4\.\n$/,
    );
  });

  it('validate refuses a framework that offers a sanction as help, or names a statement of another role', () => {
    const text = FOUR_LEVELS_YAML.replace(
      '    whatGoodLooksLike: People have time and skill.\n',
      '    whatGoodLooksLike: People have time and skill.\n    supportedBy:\n      - { role: cancer-delivery-group, responsibility: ACC3 }\n      - { role: provider, responsibility: RT4 }\n',
    );
    const result = cli(['validate', 'help.yaml'], { 'help.yaml': text });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.out).toContain(
      'help.yaml:24:9 (id b, at themes.1.supportedBy.0): the responsibility "ACC3" is a sanction, an assurance or sign-off duty or an accountability note, not help\n',
    );
    expect(result.out).toContain('help.yaml:25:9 (id b, at themes.1.supportedBy.1): the responsibility "RT4" is neither about the role "provider" nor names it\n');
  });
});

describe('a bug', () => {
  it('ends with exit code 70 and the stack on standard error, never an unhandled exception', () => {
    const io = memoryIo(inputs);
    const broken = {
      ...io,
      now: (): number => {
        throw new TypeError('the clock broke');
      },
    };
    expect(() => run(FULL, broken)).toThrow('the clock broke');
    expect(runSafely(FULL, broken)).toBe(EXIT.internal);
    expect(io.err()).toMatch(/^cancer-alliance-framework: internal error\. This is a bug; please report it with the command you ran\.\nTypeError: the clock broke/);
    expect(io.written).toEqual([]);
  });
});

describe('help and version', () => {
  it('prints the help with --help, -h and help, and the help of each command', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = cli(argv);
      expect(result.code).toBe(EXIT.ok);
      expect(result.out).toMatch(/^Usage: cancer-alliance-framework <command> \[options\]/);
      expect(result.out).toContain('Exit codes: 0 success, 1 invalid input data, 2 usage error');
    }
    for (const argv of [
      ['report', '--help'],
      ['help', 'report'],
      ['report', '-h'],
    ])
      expect(cli(argv).out).toMatch(/^Usage: cancer-alliance-framework report <answers\.csv> --out <dir>/);
    for (const argv of [
      ['validate', '--help'],
      ['help', 'validate'],
    ])
      expect(cli(argv).out).toMatch(/^Usage: cancer-alliance-framework validate <file>/);
    // The help names every version of the reference framework that --framework-version takes.
    for (const command of ['report', 'validate']) {
      const help = cli([command, '--help']).out;
      for (const version of Object.keys(referenceFrameworks)) expect(help).toContain(version);
      expect(help).toContain('--framework-version <v>');
    }
  });

  it('prints the version of the package', async () => {
    const { version } = (await import('../../package.json')).default as { version: string };
    const result = cli(['--version']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toBe(`${version}\n`);
  });
});

const FOUR_LEVELS_YAML = `id: four-levels
version: 1.0.0
title: Four levels
provenance: { author: Tests, status: local, statement: A framework unlike the reference one. }
scales:
  - id: four
    title: Four levels
    levels:
      - { value: 0, label: Absent, descriptor: Not in place. }
      - { value: 1, label: Partial, descriptor: In place in parts. }
      - { value: 2, label: Established, descriptor: In place throughout. }
      - { value: 3, label: Leading, descriptor: In place and improving. }
defaultTarget: 2
themes:
  - id: a
    title: Purpose
    whatGoodLooksLike: Everyone knows what we are for.
    conditionsOfSuccess: [{ id: a-c1, text: We state our purpose. }]
    enablingFactors: [{ id: a-e1, text: A written purpose exists., enables: [a-c1] }]
  - id: b
    title: People
    whatGoodLooksLike: People have time and skill.
    conditionsOfSuccess: [{ id: b-c1, text: Staff have protected time. }]
    enablingFactors: [{ id: b-e1, text: Budget for training. }]
`;
