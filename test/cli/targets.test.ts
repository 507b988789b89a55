import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { EXIT } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { longCsv } from '../../examples/sample/sample.js';
import { memoryIo } from './memory-io.js';

// Issue 16.6: --targets, --region, --alliances and progress only on a terminal.

const organisations = [
  { id: 'greater-manchester', regionId: 'Y62' },
  { id: 'cheshire-and-merseyside', regionId: 'Y62' },
  { id: 'wessex', regionId: 'Y59' },
  { id: 'peninsula', regionId: 'Y58' },
  { id: 'northern', regionId: 'Y63' },
];
const answers = longCsv(generateSyntheticAnswers({ framework, organisations, seed: 11, respondents: { min: 5, max: 6 } }));
const REPORT = ['report', 'answers.csv', '--round', '2023/24', '--out', 'reports'];

/** The example targets file of docs/cli.md, "Targets": the first YAML block of that section. */
const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const targetsSection = docs.slice(docs.indexOf('### Targets'), docs.indexOf('### Some of the alliances'));
const DOCS_TARGETS = /```yaml\n([\s\S]*?)```/.exec(targetsSection)?.[1] ?? '';

function cli(argv: readonly string[], files: Readonly<Record<string, string>> = {}, options: Parameters<typeof memoryIo>[1] = {}) {
  const io = memoryIo({ 'answers.csv': answers, ...files }, options);
  const code = run(argv, io);
  return { code, io, out: io.out(), err: io.err(), written: [...io.written] };
}

interface ThemeRow {
  readonly themeId: string;
  readonly target: number;
  readonly targetSource: string;
}
interface ReportJson {
  readonly alliances: readonly { readonly organisation: { readonly id: string }; readonly dataNotice: string | null; readonly themes: readonly ThemeRow[] }[];
  readonly national: { readonly dataNotice: string | null };
}

function reportOf(result: ReturnType<typeof cli>): ReportJson {
  return JSON.parse(result.io.files.get('reports/data/report.json') ?? '{}') as ReportJson;
}

/** The target and its source of one alliance on one theme. */
function targetOf(report: ReportJson, allianceId: string, themeId: string): string {
  const theme = report.alliances.find((alliance) => alliance.organisation.id === allianceId)?.themes.find((row) => row.themeId === themeId);
  return theme === undefined ? 'none' : `${theme.target} ${theme.targetSource}`;
}

describe('report --targets', () => {
  it('reads a targets file and gives each alliance and theme the most specific target', { timeout: 60_000 }, () => {
    expect(DOCS_TARGETS).toContain('peninsula:');
    const result = cli([...REPORT, '--targets', 'targets.yaml'], { 'targets.yaml': DOCS_TARGETS });
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.ok);
    const report = reportOf(result);
    // The worked example of docs/cli.md, "Targets".
    expect(targetOf(report, 'peninsula', 'T2')).toBe('4.5 organisation-theme');
    expect(targetOf(report, 'peninsula', 'T1')).toBe('3.2 organisation');
    expect(targetOf(report, 'wessex', 'T3')).toBe('4.5 organisation');
    expect(targetOf(report, 'northern', 'T1')).toBe('4 theme');
    expect(targetOf(report, 'northern', 'T2')).toBe('3.5 national');
    expect(result.out).toContain("Targets: from targets.yaml (the most specific applies; the framework's default otherwise).");
    // Without --targets, every target is the framework's.
    expect(targetOf(reportOf(cli(REPORT)), 'peninsula', 'T2')).toBe('4 framework-default');
  });

  it('reads a targets file in JSON, and a region target by its ODS code in any case', { timeout: 60_000 }, () => {
    const result = cli([...REPORT, '--targets', 'targets.json'], { 'targets.json': '{"regions": {"y62": 3}, "alliances": {"wessex": {"T1": 2.5}}}' });
    expect(result.code).toBe(EXIT.ok);
    const report = reportOf(result);
    expect(targetOf(report, 'greater-manchester', 'T5')).toBe('3 region');
    expect(targetOf(report, 'wessex', 'T1')).toBe('2.5 organisation-theme');
    expect(targetOf(report, 'wessex', 'T2')).toBe('4 framework-default');
  });

  it('refuses a targets file with unknown keys, ids or targets out of the scale, naming the line and key', () => {
    const file = ['default: 3.5', 'themes:', '  T99: 3', 'alliances:', '  wesex: 4', '  peninsula: { T1: 7, default: high }', 'regions: { Y99: 3 }', 'colors: 2', ''].join('\n');
    const result = cli([...REPORT, '--targets', 'targets.yaml'], { 'targets.yaml': file });
    expect(result.code).toBe(EXIT.invalidData);
    expect(result.written).toEqual([]);
    expect(result.err).toContain('The --targets file "targets.yaml" has 6 problems:');
    expect(result.err).toContain('targets.yaml, line 3, themes.T99: "T99" is not a theme of effective-cancer-alliance 1.1.0. Did you mean T9?');
    expect(result.err).toContain('targets.yaml, line 5, alliances.wesex: "wesex" is not an organisation of the answers. Did you mean wessex?');
    expect(result.err).toContain('targets.yaml, line 6, alliances.peninsula.T1: the target 7 is outside the scale (1 to 5 for T1).');
    expect(result.err).toContain('targets.yaml, line 6, alliances.peninsula.default: a target must be a number, e.g. 4; found "high".');
    expect(result.err).toContain('targets.yaml, line 7, regions.Y99: "Y99" is not the ODS code of an NHS England region.');
    expect(result.err).toContain('targets.yaml, line 8, colors: "colors" is not a key of a targets file; the keys are default, themes, regions, alliances.');
    expect(result.err).toContain('Nothing was written.');
    // The two problems quoted in docs/cli.md are among them, as printed.
    for (const line of /targets\.yaml, line 3[^\n]*\n[^\n]*wesex[^\n]*/.exec(docs)?.[0].split('\n') ?? ['(missing from docs/cli.md)']) {
      expect(result.err).toContain(line.trim());
    }
  });

  it('refuses a targets file that is not YAML, not a table, or missing, with its place', () => {
    const broken = cli([...REPORT, '--targets', 't.yaml'], { 't.yaml': 'themes:\n  T1: 3\n  T1: 4\n' });
    expect(broken.code).toBe(EXIT.invalidData);
    expect(broken.err).toMatch(/The --targets file "t\.yaml", line 3: .*unique/i);
    const list = cli([...REPORT, '--targets', 't.json'], { 't.json': '[4]' });
    expect(list.code).toBe(EXIT.invalidData);
    expect(list.err).toContain('The --targets file "t.json" is not a table of targets.');
    const missing = cli([...REPORT, '--targets', 'none.yaml']);
    expect(missing.code).toBe(EXIT.unreadable);
    expect(missing.err).toContain('none.yaml');
    expect(cli([...REPORT, '--targets', 'a.yaml', '--targets', 'b.yaml']).code).toBe(EXIT.usage);
  });
});

describe('report --region and --alliances', () => {
  it('reports on the alliances of one region or of a list, and says the national figures are over them only', { timeout: 60_000 }, () => {
    for (const region of ['Y62', 'y62', 'north west', 'North  West']) {
      const result = cli([...REPORT, '--region', region]);
      expect(result.code).toBe(EXIT.ok);
      expect(result.written.filter((path) => path.startsWith('reports/alliances/')).sort()).toEqual([
        'reports/alliances/cheshire-and-merseyside.html',
        'reports/alliances/cheshire-and-merseyside.md',
        'reports/alliances/greater-manchester.html',
        'reports/alliances/greater-manchester.md',
      ]);
      const notice =
        'These reports cover 2 of the 5 alliances in the answers, the North West region (Y62): national figures (medians, quartiles, ranks, barriers) are over these 2 only.';
      expect(result.out.trimEnd().split('\n').pop()).toBe(notice);
      expect(result.out).toContain('Alliances scored: 2 of 2');
      expect(reportOf(result).national.dataNotice).toBe(notice);
      expect(result.io.files.get('reports/alliances/greater-manchester.html')).toContain(notice);
    }
    const listed = cli([...REPORT, '--alliances', 'Wessex, peninsula', '--synthetic']);
    expect(listed.code).toBe(EXIT.ok);
    expect(reportOf(listed).alliances.map((alliance) => alliance.organisation.id)).toEqual(['peninsula', 'wessex']);
    expect(reportOf(listed).alliances[0]?.dataNotice).toBe(
      'Synthetic sample data: not real alliance results. These reports cover 2 of the 5 alliances in the answers, chosen with --alliances: national figures (medians, quartiles, ranks, barriers) are over these 2 only.',
    );
    // The sentence quoted in docs/cli.md is the one printed.
    expect(docs).toContain(
      'These reports cover 3 of the 21 alliances in the answers, the North West region (Y62): national figures (medians, quartiles, ranks, barriers) are over these 3 only.',
    );
  });

  it('refuses an unknown region, an id not in the answers, and --region with --alliances', () => {
    const region = cli([...REPORT, '--region', 'north wst']);
    expect(region.code).toBe(EXIT.usage);
    expect(region.err).toContain('--region "north wst" is not an NHS England region: give its ODS code or its name, one of Y56 London,');
    expect(region.err).toContain('Did you mean North West?');
    const code = cli([...REPORT, '--region', 'y57']);
    expect(code.code).toBe(EXIT.usage);
    expect(code.err).toContain('Did you mean Y56?');
    const both = cli([...REPORT, '--region', 'London', '--alliances', 'wessex']);
    expect(both.code).toBe(EXIT.usage);
    expect(both.err).toContain('--region and --alliances cannot both be given');
    const empty = cli([...REPORT, '--alliances', 'wessex,,peninsula']);
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.err).toContain('--alliances "wessex,,peninsula" has an empty id');
    const unknown = cli([...REPORT, '--alliances', 'wesex,peninsula,nowhere']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toContain('--alliances names 2 organisations that the answers do not hold:');
    expect(unknown.err).toContain('"wesex" is not an organisation of the answers. Did you mean wessex?');
    expect(unknown.err).toContain('"nowhere" is not an organisation of the answers.');
    expect(unknown.written).toEqual([]);
    const none = cli([...REPORT, '--region', 'London']);
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toContain('--region: no alliance of the answers is hosted by the London region (Y56).');
    expect(none.written).toEqual([]);
  });
});

describe('report: progress', () => {
  it('prints progress on standard error when it is a terminal or with --progress, and none otherwise, however long the run', { timeout: 60_000 }, () => {
    const first = 'Reading answers.csv (round 2023/24)…';
    const terminal = cli(REPORT, {}, { stderrIsTerminal: true });
    expect(terminal.code).toBe(EXIT.ok);
    expect(terminal.err.split('\n')[0]).toBe(first);
    expect(terminal.err).toContain('Scoring 5 alliances…');
    expect(terminal.out).not.toContain('Scoring');
    const asked = cli([...REPORT, '--progress']);
    expect(asked.err.split('\n')[0]).toBe(first);
    const piped = cli(REPORT, {}, { tick: 1000 });
    expect(piped.code).toBe(EXIT.ok);
    expect(piped.err).toBe('');
    // The lines docs/cli.md shows npm start beginning with.
    expect(docs).toContain('Reading examples/sample/answers-2023-24.csv (round 2023/24)…\nReading the framework…');
  });

  it('npm start passes --progress, so that its first line names the round and its file', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start']).toMatch(/report examples\/sample\/answers-2023-24\.csv .*--round 2023\/24 .*--progress/);
  });
});
