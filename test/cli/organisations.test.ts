import { describe, expect, it } from 'vitest';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { EXIT } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { longCsv } from '../../examples/sample/sample.js';
import { memoryIo } from './memory-io.js';

const organisations = [
  { id: 'greater-manchester', regionId: 'Y62' },
  { id: 'wessex', regionId: 'Y59' },
  { id: 'peninsula', regionId: 'Y58' },
];
const answers = generateSyntheticAnswers({ framework, organisations, seed: 16, respondents: { min: 5, max: 6 } });
const good = longCsv(answers);

/** The CSV: the real alliances, and Greater Manchester's answers also under a display name, a misspelt id and another case of Wessex. */
function misspelt(): string {
  const lines = good.trimEnd().split('\n');
  const extra = lines
    .slice(1)
    .filter((line) => line.startsWith('greater-manchester,r01,'))
    .slice(0, 3)
    .flatMap((line) => ['Greater Manchester', 'greater-manchster', 'Wessex'].map((name, index) => `${name},x${index}${line.slice('greater-manchester,r01'.length)}`));
  return `${[...lines, ...extra].join('\n')}\n`;
}

function cli(argv: readonly string[], files: Readonly<Record<string, string>>) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.out(), err: io.err(), written: io.written };
}

describe('the CLI checks organisations against the programme by default (issue 16.2)', () => {
  it('refuses the misspelt-alliance CSV with a did-you-mean, names the ids it read, and writes nothing', { timeout: 60_000 }, () => {
    const result = cli(['report', 'answers.csv', '--out', 'reports', '--round', '2023/24'], { 'answers.csv': misspelt() });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.written).toEqual([]);
    expect(result.err).toContain('"greater-manchster" is not one of the organisations being assessed');
    expect(result.err).toContain('hint: Did you mean "greater-manchester"?');
    expect(result.err).toContain('Note (answers.csv): Organisation names read as ids: "Greater Manchester" as greater-manchester (3 rows), "Wessex" as wessex (3 rows).');
    expect(result.err).toContain('Nothing was written.');
  });

  it('validate says the same, and with --date checks the alliances in force that day', () => {
    const validate = cli(['validate', 'answers.csv'], { 'answers.csv': misspelt() });
    expect(validate.code).toBe(EXIT.invalidData);
    expect(validate.out).toContain('Did you mean "greater-manchester"?');
    expect(validate.out).toContain("Note: No round date was given, so organisation ids were checked against every Cancer Alliance in the programme's data");
    // East of England North was merged into East of England on 1 April 2024.
    const north = 'organisation_id,respondent_id,item_id,answer\neast-of-england-north,r1,T1.C1,3\n';
    expect(cli(['validate', 'a.csv', '--date', '2024-03-31'], { 'a.csv': north }).code).toBe(EXIT.ok);
    const after = cli(['validate', 'a.csv', '--date', '2024-04-01'], { 'a.csv': north });
    expect(after.code).toBe(EXIT.invalidData);
    expect(after.out).toContain('"east-of-england-north" is not one of the organisations being assessed');
    expect(after.out).toContain('Did you mean "east-of-england"?');
  });

  it('reads answers of other organisations with --organisations any or a list of them', () => {
    const csv = 'organisation_id,respondent_id,item_id,answer\nnorth,r1,T1.C1,3\nNorth Network,r2,T1.C1,4\n';
    expect(cli(['validate', 'a.csv'], { 'a.csv': csv }).code).toBe(EXIT.invalidData);
    expect(cli(['validate', 'a.csv', '--organisations', 'any'], { 'a.csv': csv }).code).toBe(EXIT.ok);
    const listed = cli(['validate', 'a.csv', '--organisations', 'orgs.yaml'], { 'a.csv': csv, 'orgs.yaml': '- id: north\n  name: North Network\n' });
    expect(listed.code).toBe(EXIT.ok);
    expect(listed.out).toContain('"North Network" as north (1 row)');
    const bad = cli(['validate', 'a.csv', '--organisations', 'orgs.json'], { 'a.csv': csv, 'orgs.json': '{"north": 1}' });
    expect(bad.code).toBe(EXIT.invalidData);
    expect(bad.err).toContain('The --organisations file "orgs.json" is not a list of organisations.');
  });
});

describe('--spellings (issue 15.2)', () => {
  const csv = 'organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,Bit unsure\nwessex,r2,T1.C1,Sometimes\nwessex,r3,T1.C1,Not sure\nwessex,r4,T1.C1,Dont no\n';

  it('adds spellings from a JSON or YAML file; an unknown spelling gets a did-you-mean', () => {
    const without = cli(['validate', 'a.csv', '--date', '2024-03-31'], { 'a.csv': csv });
    expect(without.out).toContain('"Bit unsure" is not an answer to T1.C1');
    expect(without.out).not.toContain('"Not sure" is not an answer');
    expect(without.out).toContain('"Dont no" is not an answer to T1.C1');
    expect(without.out).toContain('Did you mean "dont know"?');
    for (const [name, text] of [
      ['s.json', '{"Bit unsure": "dont-know", "Sometimes": 3, "Dont no": "dont-know"}'],
      ['s.yaml', 'Bit unsure: dont-know\nSometimes: 3\nDont no: dont-know\n'],
    ] as const) {
      const result = cli(['validate', 'a.csv', '--date', '2024-03-31', '--spellings', name], { 'a.csv': csv, [name]: text });
      expect(result.out).toContain('No problems found.');
      expect(result.code).toBe(EXIT.ok);
    }
    const bad = cli(['validate', 'a.csv', '--spellings', 's.json'], { 'a.csv': csv, 's.json': '{"Sometimes": "often"}' });
    expect(bad.code).toBe(EXIT.invalidData);
    expect(bad.err).toContain('is not a table of spellings');
  });
});

describe('rounds are explicit (issue 16.4)', () => {
  const files = { 'answers.csv': good };
  it('refuses a round that is neither a financial year nor a real date, and impossible dates', () => {
    const spring = cli(['report', 'answers.csv', '--out', 'r', '--round', 'Spring 2024'], files);
    expect(spring.code).toBe(EXIT.usage);
    expect(spring.err).toContain('--round "Spring 2024" names neither a financial year nor a date');
    const impossible = cli(['report', 'answers.csv', '--out', 'r', '--round', '2023-13-45'], files);
    expect(impossible.code).toBe(EXIT.usage);
    expect(impossible.err).toContain('--round "2023-13-45" is not a real date');
    expect(cli(['report', 'answers.csv', '--out', 'r', '--date', '2023-02-30'], files).code).toBe(EXIT.usage);
    expect(cli(['report', 'answers.csv', '--out', 'r', '--previous', 'answers.csv', '--previous-round', 'Autumn'], files).err).toContain(
      '--previous-round "Autumn" names neither a financial year nor a date',
    );
  });

  it('accepts a financial year, a date, or any label with --date', { timeout: 60_000 }, () => {
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round', '2023/24'], files).out).toContain('Round 2023/24 (2024-03-31, financial year 2023/24).');
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round', '2024-01-15'], files).out).toContain('Round 2024-01-15 (2024-01-15, financial year 2023/24).');
    expect(cli(['report', 'answers.csv', '--out', 'r', '--round', 'Spring 2024', '--date', '2024-04-30'], files).out).toContain(
      'Round Spring 2024 (2024-04-30, financial year 2024/25).',
    );
  });
});
