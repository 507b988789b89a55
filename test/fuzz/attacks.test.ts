import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildReports,
  effectiveCancerAllianceFramework as reference,
  exportCsv,
  exportJson,
  parseAnswersCsv,
  parseFramework,
  safeParseAnswersJson,
  safeParseAnswersCsv,
  safeParseFramework,
  scoreAnswers,
} from '../../src/index.js';
import type { Framework } from '../../src/index.js';
import { resolveTarget } from '../../src/analysis/index.js';
import { itemsOf } from '../../src/framework/index.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/cli/utf8.js';
import { sevenThemesYaml } from '../framework/helpers.js';
import { parseAnswersXlsx, safeParseAnswersXlsx } from '../../src/xlsx/index.js';
import { hostileWorkbooks } from '../xlsx/hostile.js';
import { parseSurveyJsResults, safeParseSurveyJsResults } from '../../src/surveyjs/index.js';
import { hostileResults } from '../surveyjs/hostile.js';
import { oneSheet, sheetData, workbookOf, zipParts } from '../xlsx/helpers.js';
import { checkAnswersError, checkImport, check } from './answers-invariants.js';
import { CLI_FILES, LATIN1_CSV, runCli } from './cli-inputs.js';
import { FUZZ_TIMEOUT_MS, expectPrototypesClean, withoutHanging } from './settings.js';

const ORGANISATION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** A long-layout CSV in which each organisation's respondents answer every item of the framework alike. */
function sameAnswersCsv(framework: Framework, organisations: readonly string[], respondents: readonly string[] = ['r1', 'r2', 'r3']): string {
  const items = itemsOf(framework).map((ref) => ref.item.id as string);
  const values = framework.scales[0]?.levels.map((level) => level.value) ?? [1];
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = ['organisation_id,respondent_id,respondent_group,item_id,answer'];
  for (const organisation of organisations) {
    respondents.forEach((respondent, r) => {
      items.forEach((item, i) => rows.push([quote(organisation), quote(respondent), r === 0 ? 'core team' : '', item, String(values[(i + r) % values.length])].join(',')));
    });
  }
  return `${rows.join('\n')}\n`;
}

/** The files written by a run, by path. */
function written(result: ReturnType<typeof runCli>): Map<string, string> {
  return new Map(result.io.written.map((path) => [path, result.io.files.get(path) ?? '']));
}

describe('attack 1: a YAML alias bomb', () => {
  const bomb = CLI_FILES['bomb.yaml'] ?? '';

  it('is refused by validate with exit code 1 and a message that names it', () => {
    const result = withoutHanging('validate bomb.yaml', () => runCli(['validate', 'bomb.yaml']));
    expect(result.code).toBe(1);
    expect(result.io.out()).toContain('bomb.yaml: not a valid framework file: 1 problem.');
    expect(result.io.out()).toContain('the YAML uses more than 100 aliases, which looks like an alias bomb\n      hint: Write the values out in full');
    expect(result.io.out().length).toBeLessThan(1_000);
  });

  it('stops report with exit code 1 before anything is written', () => {
    const result = withoutHanging('report --framework bomb.yaml', () => runCli(['report', 'answers.csv', '--framework', 'bomb.yaml', '--out', 'r']));
    expect(result.code).toBe(1);
    expect(result.io.err()).toContain('alias bomb');
    expect(result.io.err()).toContain('Nothing was written.');
    expect(result.io.written).toEqual([]);
    expect([...result.io.dirs]).toEqual([]);
  });

  it('is refused when the bomb hides in a map key, a flow mapping or a framework file named .json', () => {
    const inKey = `${bomb.replace('themes: *d', '')}\n? *d\n: x\n`;
    const flow = `{ a: &a [x, x, x, x, x, x, x, x, x], b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c], themes: *d }`;
    for (const text of [inKey, flow]) {
      const result = withoutHanging('safeParseFramework', () => safeParseFramework(text, { file: 'b.yaml' }));
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toEqual(['alias-limit']);
    }
    // A .json file with "themes" is a framework; YAML aliases in it are refused all the same.
    const asJson = withoutHanging('validate bomb.json', () => runCli(['validate', 'bomb.json'], { ...CLI_FILES, 'bomb.json': flow.replace('themes', '"themes"') }));
    expect(asJson.code).toBe(1);
    expect(asJson.io.out()).toContain('alias bomb');
  });
});

describe('attack 2: deep nesting', { timeout: FUZZ_TIMEOUT_MS }, () => {
  const depth = 100_000;

  it('refuses framework YAML and JSON nested 100,000 deep with a FrameworkError, through the CLI too', () => {
    const files = {
      ...CLI_FILES,
      'deep.yaml': `${'['.repeat(depth)}${']'.repeat(depth)}`,
      'deep-map.yaml': `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
      'deep.json': `{"themes": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
      'deep-block.yaml': Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    };
    for (const file of ['deep.yaml', 'deep-map.yaml', 'deep.json', 'deep-block.yaml']) {
      const result = withoutHanging(`validate ${file}`, () => runCli(['validate', file], files));
      expect(result.code, file).toBe(1);
      expect(result.io.out(), file).toContain(`${file}: not a valid framework file`);
      expect(result.io.err(), file).toBe('');
    }
  });

  it('refuses JSON answer text nested 100,000 deep up front, at the first bracket too deep, the same way every time', () => {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `{"answers":[{"organisationId":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"respondentId":"r1","itemId":"T1.C1","answer":3}]}`;
    for (const [text, column] of [
      [arrays, 101],
      // '{"answers":[{"organisationId":' is 30 characters and depth 3; 97 more objects reach depth 100, and the 98th is too deep.
      [objects, 30 + 97 * 5 + 1],
    ] as const) {
      for (let call = 0; call < 2; call += 1) {
        const result = safeParseAnswersJson(text, { framework: reference });
        expect(result.success).toBe(false);
        if (!result.success) {
          checkAnswersError(result.error, undefined);
          expect(result.error.issues.map((issue) => [issue.code, issue.location.line, issue.location.column])).toEqual([['too-deep', 1, column]]);
          expect(result.error.issues[0]?.message).toBe('arrays and objects nest more than 100 levels deep, far deeper than answers do');
        }
      }
    }
  });

  it('reads a JavaScript value nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = [];
    for (let level = 0; level < depth; level += 1) deep = [deep];
    const result = safeParseAnswersJson({ answers: [deep, { organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: deep }] }, { framework: reference });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.issues.map((issue) => issue.code)).toEqual(['invalid-record', 'invalid-field']);
      expect(result.data.accounting).toMatchObject({ rowsRead: 2, rowsRejected: 2 });
    }
  });

  it('ends validate and report of deeply nested JSON answers with exit code 1', () => {
    const files = { ...CLI_FILES, 'deep-answers.json': `${'['.repeat(depth)}${']'.repeat(depth)}` };
    const validate = runCli(['validate', 'deep-answers.json'], files);
    expect(validate.code).toBe(1);
    expect(`${validate.io.out()}${validate.io.err()}`).toContain('arrays and objects nest more than 100 levels deep');
    const report = runCli(['report', 'deep-answers.json', '--out', 'r', '--allow-rejected'], files);
    expect(report.code).toBe(1);
    expect(report.io.err()).toContain('arrays and objects nest more than 100 levels deep');
    expect(report.io.written).toEqual([]);
  });
});

describe('attack 3: __proto__ and constructor keys', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('reports them as unknown keys in framework YAML, at any depth, and pollutes nothing', () => {
    const yaml = sevenThemesYaml()
      .replace('title: Purpose\n', 'title: Purpose\n    __proto__: { polluted: yes }\n    constructor: { prototype: { polluted: yes } }\n')
      .replace('{ value: 0, label: Absent, descriptor: Not in place. }', '{ value: 0, label: Absent, descriptor: Not in place., __proto__: { isAdmin: true } }');
    const result = safeParseFramework(yaml, { file: 'evil.yaml' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.message).sort()).toEqual(['unknown key "__proto__"', 'unknown key "__proto__"', 'unknown key "constructor"']);
    }
    expectPrototypesClean();
  });

  it('scores a framework whose theme and item ids are constructor, toString and the like', () => {
    const framework = JSON.parse(JSON.stringify(parseYaml(sevenThemesYaml()))) as {
      themes: { id: string; conditionsOfSuccess: { id: string }[]; enablingFactors: { id: string; enables?: string[] }[] }[];
    };
    // Theme ids that are names on Object.prototype, and item ids too: a `{}` used as a map by id would mix them up.
    const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', 'toLocaleString'];
    framework.themes.forEach((theme, t) => {
      const id = names[t] ?? `theme${t}`;
      const rename = new Map<string, string>();
      theme.id = id;
      theme.conditionsOfSuccess.forEach((item, i) => {
        rename.set(item.id, t === 0 && i === 0 ? 'propertyIsEnumerable' : `${id}.C${i + 1}`);
        item.id = rename.get(item.id)!;
      });
      theme.enablingFactors.forEach((item, i) => {
        item.id = t === 0 && i === 0 ? 'length' : `${id}.E${i + 1}`;
        if (item.enables !== undefined) item.enables = item.enables.map((target) => rename.get(target) ?? target);
      });
    });
    const text = JSON.stringify(framework);
    const parsed = parseFramework(text);
    const result = runCli(['report', 'a.csv', '--framework', 'f.json', '--out', 'r'], { 'f.json': text, 'a.csv': sameAnswersCsv(parsed, ['club', 'society']) });
    expect(result.io.err()).not.toContain('internal error');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.io.files.get('r/data/report.json') ?? '{}') as { alliances: { themes: { themeId: string; score: number | null }[] }[] };
    expect(report.alliances).toHaveLength(2);
    for (const alliance of report.alliances) {
      expect(alliance.themes.map((theme) => theme.themeId)).toEqual(parsed.themes.map((theme) => theme.id));
      for (const theme of alliance.themes) expect(typeof theme.score).toBe('number');
    }
    expectPrototypesClean();
  });

  it('reads __proto__, constructor and prototype keys of JSON answers as fields that are not allowed', () => {
    const text =
      '[{"organisationId":"wessex","respondentId":"r1","itemId":"T1.C1","answer":3,"__proto__":{"polluted":true}},' +
      '{"organisationId":"wessex","respondentId":"r1","itemId":"T1.C2","answer":3,"constructor":{"prototype":{"polluted":true}}},' +
      '{"organisationId":"__proto__","respondentId":"constructor","respondentGroup":"__proto__","itemId":"T1.C3","answer":3}]';
    const result = safeParseAnswersJson(text, { framework: reference, organisations: 'any' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.issues.map((issue) => [issue.code, issue.location.path])).toEqual([
      ['invalid-field', [0, '__proto__']],
      ['invalid-field', [1, 'constructor']],
    ]);
    expect(result.data.answers).toEqual([{ organisationId: '__proto__', respondentId: 'constructor', respondentGroup: '__proto__', itemId: 'T1.C3', answer: 3 }]);
    expect(Object.keys(result.data.answers[0] ?? {})).toContain('organisationId');
    // An own "__proto__" key is not read through: the object has no "answers" of its own.
    const hidden = safeParseAnswersJson('{"__proto__":{"answers":[{"organisationId":"wessex","respondentId":"r1","itemId":"T1.C1","answer":3}]}}', {
      framework: reference,
    });
    expect(hidden.success).toBe(false);
    if (!hidden.success) expect(hidden.error.issues[0]?.code).toBe('invalid-shape');
    expectPrototypesClean();
  });

  it('reads __proto__ and constructor as plain data in CSV cells and headers', () => {
    const long = parseAnswersCsv(
      'organisation_id,respondent_id,respondent_group,item_id,answer,__proto__\n__proto__,constructor,__proto__,T1.C1,3,x\n__proto__,constructor,,__proto__,3,\nconstructor,__proto__,prototype,T1.C1,DK,\n',
      { framework: reference, organisations: 'any' },
    );
    checkImport(long, reference, undefined);
    expect(long.answers).toEqual([
      { organisationId: '__proto__', respondentId: 'constructor', respondentGroup: '__proto__', itemId: 'T1.C1', answer: 3 },
      { organisationId: 'constructor', respondentId: '__proto__', respondentGroup: 'prototype', itemId: 'T1.C1', answer: 'dont-know' },
    ]);
    expect(long.issues.map((issue) => [issue.code, issue.location.row ?? null])).toEqual([
      ['unknown-column', null],
      ['unknown-item', 2],
    ]);
    const wide = parseAnswersCsv('organisation_id,respondent_id,__proto__,T1.C1,constructor,comment:__proto__\n__proto__,constructor,5,4,5,c\n', {
      framework: reference,
      organisations: 'any',
    });
    checkImport(wide, reference, undefined);
    expect(wide.answers).toEqual([{ organisationId: '__proto__', respondentId: 'constructor', itemId: 'T1.C1', answer: 4 }]);
    expect(wide.issues.map((issue) => [issue.code, issue.location.columnName])).toEqual([
      ['unknown-item', '__proto__'],
      ['unknown-item', 'constructor'],
      ['unknown-column', 'comment:__proto__'],
    ]);
    expectPrototypesClean();
  });

  it('scores organisations called __proto__, constructor and toString exactly like any other', () => {
    const organisations = ['control', ...ORGANISATION_KEYS];
    const { answers } = parseAnswersCsv(sameAnswersCsv(reference, organisations), { framework: reference, organisations: 'any' });
    const scores = scoreAnswers(answers, { framework: reference });
    expect(scores.organisations.map((score) => score.organisationId).sort()).toEqual([...organisations].sort());
    const control = scores.organisations.find((score) => score.organisationId === 'control')!;
    expect(control.themes.every((theme) => typeof theme.score === 'number')).toBe(true);
    for (const id of ORGANISATION_KEYS) {
      const score = scores.organisations.find((entry) => entry.organisationId === id);
      expect({ ...score, organisationId: 'control' }, id).toEqual(control);
    }

    const set = buildReports(scores, { framework: reference });
    const json = JSON.parse(exportJson(set)) as { alliances: { organisation: { id: string }; themes: { score: number }[] }[] };
    const controlReport = json.alliances.find((alliance) => alliance.organisation.id === 'control');
    for (const id of ORGANISATION_KEYS) {
      const report = json.alliances.find((alliance) => alliance.organisation.id === id);
      expect(
        report?.themes.map((theme) => theme.score),
        id,
      ).toEqual(controlReport?.themes.map((theme) => theme.score));
    }
    const rows = exportCsv(set, { table: 'scores' }).split('\r\n');
    for (const id of ORGANISATION_KEYS)
      expect(
        rows.filter((row) => row.startsWith(`${id},`)),
        id,
      ).toHaveLength(reference.themes.length);
    expectPrototypesClean();
  });

  it('gives an organisation called __proto__ its own target, and keeps it in the JSON export', () => {
    const targets = JSON.parse('{"byOrganisation":{"__proto__":5,"constructor":2},"byOrganisationTheme":{"__proto__":{"T1":3}}}') as Record<string, never>;
    expect(resolveTarget('__proto__', 'T2', { framework: reference, targets })).toEqual({ value: 5, source: 'organisation' });
    expect(resolveTarget('__proto__', 'T1', { framework: reference, targets })).toEqual({ value: 3, source: 'organisation-theme' });
    expect(resolveTarget('constructor', 'T1', { framework: reference, targets })).toEqual({ value: 2, source: 'organisation' });
    expect(resolveTarget('wessex', 'T1', { framework: reference, targets })).toEqual({ value: 4, source: 'framework-default' });

    const { answers } = parseAnswersCsv(sameAnswersCsv(reference, ['__proto__', 'wessex']), { framework: reference, organisations: 'any' });
    const set = buildReports(scoreAnswers(answers, { framework: reference }), { framework: reference, targets });
    const text = exportJson(set);
    const json = JSON.parse(text) as { alliances: { organisation: { id: string }; themes: { themeId: string; target: number }[] }[] };
    const proto = json.alliances.find((alliance) => alliance.organisation.id === '__proto__');
    expect(proto?.themes.map((theme) => theme.target)).toEqual(reference.themes.map((theme) => (theme.id === 'T1' ? 3 : 5)));
    expect(text).toContain('"__proto__": 5');
    expectPrototypesClean();
  });
});

describe('attack 4: huge cells and many columns', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('rejects a 5 MB cell with a short cell-too-long issue, and the accounting adds up', () => {
    const huge = 'x'.repeat(5_000_000);
    const text = `organisation_id,respondent_id,item_id,answer,comment\nwessex,r1,T1.C1,3,"${huge}"\nwessex,r1,T1.C2,${huge}\nwessex,r1,T1.C3,4,fine\n`;
    const result = withoutHanging('a 5 MB cell', () => parseAnswersCsv(text, { framework: reference }));
    checkImport(result, reference, undefined);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, 'length' in issue ? issue.length : null])).toEqual([
      ['cell-too-long', 1, 5_000_000],
      ['cell-too-long', 2, 5_000_000],
    ]);
    expect(result.answers.map((answer) => answer.itemId)).toEqual(['T1.C3']);
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(200);
  });

  it('keeps a message short when a header cell holds 5 MB', () => {
    const huge = 'h'.repeat(5_000_000);
    const long = parseAnswersCsv(`organisation_id,respondent_id,item_id,answer,${huge}\nwessex,r1,T1.C1,3,\n`, { framework: reference });
    expect(long.issues.map((issue) => issue.code)).toEqual(['unknown-column']);
    expect(long.issues[0]?.message.length).toBeLessThan(200);
    const missing = safeParseAnswersCsv(`${huge},answer\n`, { framework: reference });
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.message.length).toBeLessThan(500);
    const cli = runCli(['report', 'h.csv', '--out', 'r'], { 'h.csv': `organisation_id,respondent_id,item_id,answer,comment\nwessex,r1,T1.C1,3,"${huge}"\n` });
    expect(cli.code).toBe(1);
    expect(cli.io.err().length).toBeLessThan(2_000);
  });

  it('takes 10,000 characters in a cell and 200 in an id, and rejects one more', () => {
    const cell = (n: number) => 'c'.repeat(n);
    const id = (n: number) => 'o'.repeat(n);
    const text = [
      'organisation_id,respondent_id,T1.C1,comment:T1.C1',
      `wessex,r1,3,${cell(10_000)}`,
      `wessex,r2,3,${cell(10_001)}`,
      `${id(200)},r1,3,`,
      `${id(201)},r1,3,`,
      `wessex,r3,${cell(10_001)},`,
    ].join('\n');
    const result = parseAnswersCsv(text, { framework: reference, organisations: 'any' });
    checkImport(result, reference, undefined);
    expect(result.answers.map((answer) => [answer.organisationId.length, answer.respondentId, answer.comment?.length ?? 0])).toEqual([
      [6, 'r1', 10_000],
      [200, 'r1', 0],
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.row, 'limit' in issue ? issue.limit : null, 'length' in issue ? issue.length : null])).toEqual([
      ['cell-too-long', 2, 10_000, 10_001],
      ['cell-too-long', 4, 200, 201],
      ['cell-too-long', 5, 10_000, 10_001],
    ]);
  });

  it('reads a header of 100,000 columns, one issue per unknown column, listing the first 1,000 and counting the rest', () => {
    const columns = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
    const text = `organisation_id,respondent_id,T1.C1,${columns.join(',')}\nwessex,r1,3,${columns.map(() => '').join(',')}\n`;
    const result = withoutHanging('100,000 columns', () => parseAnswersCsv(text, { framework: reference }));
    checkImport(result, reference, undefined);
    expect(result.answers).toHaveLength(1);
    expect(result.issues).toHaveLength(1_001);
    expect(result.issues.slice(0, -1).every((issue) => issue.code === 'unknown-item')).toBe(true);
    expect(result.issues[1_000]).toMatchObject({ code: 'too-many-issues', more: 99_000, max: 1_000 });
    expect(result.accounting).toEqual({
      rowsRead: 1,
      rowsAccepted: 1,
      rowsRejected: 0,
      cellsRead: 100_001,
      answersAccepted: 1,
      cellsRejected: 0,
      cellsBlank: 100_000,
      cellsIgnored: 0,
    });
  });
});

describe('attack 5: bytes that are not UTF-8', () => {
  const folder = mkdtempSync(join(tmpdir(), 'caf-fuzz-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs the CLI on the real file system, capturing its streams. */
  function runNode(argv: readonly string[]) {
    let out = '';
    let err = '';
    const code = run(argv, { ...nodeIo, stdout: (text) => (out += text), stderr: (text) => (err += text) });
    return { code, out, err };
  }

  it('reads a Windows-1252 CSV from disk with a note naming the byte, and refuses it named UTF-8, naming the file and the byte offset', () => {
    const path = join(folder, 'latin1.csv');
    writeFileSync(path, LATIN1_CSV);
    const validate = runNode(['validate', path]);
    expect(validate.code).toBe(0);
    // The header line is 45 bytes with its line break, then "wessex,Ren" is 10 more: "é" is byte 55, on line 2.
    expect(validate.out).toContain(`${path}:2: the file was read as Windows-1252 text: it is not UTF-8: the first byte that is not is 0xE9 at byte offset 55`);
    expect(validate.out).toContain('No problems found.');
    const strict = runNode(['validate', path, '--encoding', 'utf-8']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('the bytes are not valid UTF-8: the first bad byte is at byte offset 55');
    const out = join(folder, 'reports');
    const report = runNode(['report', path, '--out', out, '--encoding', 'utf-8']);
    expect(report.code).toBe(1);
    expect(report.err).toContain(`${path} cannot be read as survey answers:`);
    expect(report.err).toContain('Nothing was written.');
    expect(nodeIo.exists(out)).toBe(false);
  });

  it('refuses it in memory too, for the framework and the outcomes, and for answers named UTF-8', () => {
    for (const argv of [
      ['validate', 'answers.csv', '--framework', 'latin1.csv'],
      ['report', 'answers.csv', '--outcomes', 'latin1.csv', '--out', 'r'],
    ]) {
      const result = runCli(argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.io.err(), argv.join(' ')).toMatch(/"latin1\.csv": it is not UTF-8 text; the first byte that is not UTF-8 is 0xE9 at byte offset 55 \(line 2\)/);
      expect(result.io.written).toEqual([]);
    }
    for (const argv of [
      ['report', 'latin1.csv', '--out', 'r', '--encoding', 'utf-8'],
      ['report', 'answers.csv', '--previous', 'latin1.csv', '--out', 'r', '--encoding', 'utf-8'],
    ]) {
      const result = runCli(argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.io.err(), argv.join(' ')).toContain('the bytes are not valid UTF-8: the first bad byte is at byte offset 55');
      expect(result.io.written).toEqual([]);
    }
    expect(runCli(['validate', 'latin1.csv']).code).toBe(0);
  });

  it('says when a file is UTF-16, and reads UTF-8 with a byte order mark and every kind of character', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('organisation_id').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(() => decodeUtf8(utf16, 'u.csv')).toThrow(
      'it is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8; the first byte that is not UTF-8 is 0xFF at byte offset 0 (line 1)',
    );
    const text = '\uFEFForganisation_id,respondent_id,item_id,answer,comment\nwessex,r1,T1.C1,3,"é ß 😀 \u2028 中文"\n';
    const path = join(folder, 'bom.csv');
    writeFileSync(path, text, 'utf8');
    expect(nodeIo.readText(path)).toBe(text);
    const validate = runNode(['validate', path]);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain('No problems found.');
  });

  it('finds the first byte of an ill-formed sequence', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at(0x41, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9)).toBe(-1); // A 😀 é
    expect(at(0x41, 0xc0, 0xaf)).toBe(1); // an overlong "/"
    expect(at(0x41, 0xe0, 0x80, 0xaf)).toBe(1); // an overlong three-byte sequence
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a UTF-16 surrogate encoded
    expect(at(0x41, 0x42, 0xe2, 0x82)).toBe(2); // cut off at the end
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // beyond U+10FFFF
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(0);
    expect(at(0x80)).toBe(0); // a continuation byte alone
    expect(at(0xc3, 0x41)).toBe(0);
  });
});

/** Every cell of a CSV that would start a formula must be a number written by the export, never text. */
function expectNoFormula(csv: string, file: string): void {
  const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  for (const row of data) {
    for (const cell of row) {
      if (/^[=+\-@\t\r]/.test(cell)) check(Number.isFinite(Number(cell)) && cell.trim() !== '', `${file}: the cell ${JSON.stringify(cell.slice(0, 80))} starts a formula`);
    }
  }
}

/** A framework whose every text is an attack: formulas, markup, quotes. */
function evilFramework(texts: readonly string[]): string {
  const framework = parseYaml(sevenThemesYaml()) as {
    title: string;
    themes: { title: string; whatGoodLooksLike: string; conditionsOfSuccess: { text: string }[]; enablingFactors: { text: string }[] }[];
    scales: { title: string; levels: { label: string; descriptor: string }[] }[];
  };
  let next = 0;
  const pick = () => `${texts[next++ % texts.length]} ${next}`;
  framework.title = pick();
  // Links to sources: parseFramework refuses every scheme but http(s) (test/framework/parse.test.ts, "source
  // addresses"), so hostile addresses here are http(s) ones that try to break out of the href attribute.
  (framework as { provenance?: unknown }).provenance = {
    author: pick(),
    status: 'local',
    statement: pick(),
    sources: [
      { title: pick(), url: 'https://example.com/<script>alert(1)</script>' },
      { title: pick(), url: "https://example.com/b'onclick='alert(1)" },
      { title: pick(), url: 'https://example.com/a"onmouseover="alert(1)' },
      { title: pick(), url: 'https://example.com/ok' },
    ],
  };
  for (const theme of framework.themes) {
    theme.title = pick();
    theme.whatGoodLooksLike = pick();
    for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) item.text = pick();
  }
  for (const scale of framework.scales) {
    scale.title = pick();
    for (const level of scale.levels) level.descriptor = pick();
  }
  return JSON.stringify(framework);
}

/** The input files of a CLI report whose framework, organisation ids and outcomes all carry hostile text. */
function reportFiles(payloads: readonly string[], organisations: readonly string[]): Record<string, string> {
  const framework = evilFramework(payloads);
  return {
    'f.json': framework,
    'a.csv': sameAnswersCsv(parseFramework(framework), organisations),
    'o.csv': `organisation_id,value\n${organisations.map((id, i) => `"${id.replace(/"/g, '""')}",${50 + i * 7}`).join('\n')}\n`,
  };
}

describe('attack 6: formula injection in CSV output', { timeout: FUZZ_TIMEOUT_MS }, () => {
  const formulas = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(A1:A2)', '=HYPERLINK("http://example.com","click")', '\t=1', '\r=1'];
  const organisations = ["=cmd|' /C calc'!A0", '@evil', '+1', '-1', '=1+1'];

  it('finds a formula in a text cell, and lets a negative number be', () => {
    expect(() => expectNoFormula('name,score\r\n=1+1,2\r\n', 'x.csv')).toThrow('starts a formula');
    expect(() => expectNoFormula('name,score\r\n"@SUM(A1)",2\r\n', 'x.csv')).toThrow('starts a formula');
    expect(() => expectNoFormula("name,score\r\n'=1+1,-0.5\r\n", 'x.csv')).not.toThrow();
  });

  it('neutralises every text cell of every CSV export of a full CLI report with a leading apostrophe', () => {
    const files = reportFiles(formulas, organisations);
    const result = runCli(
      ['report', 'a.csv', '--framework', 'f.json', '--outcomes', 'o.csv', '--outcome-name', '=1+1', '--round', '=2+2', '--date', '2024-03-31', '--out', 'r'],
      files,
    );
    expect(result.io.err()).not.toContain('internal error');
    expect(result.code).toBe(0);
    const csvs = [...written(result)].filter(([path]) => path.endsWith('.csv'));
    expect(csvs.map(([path]) => path).sort()).toEqual(['r/data/barriers.csv', 'r/data/gaps.csv', 'r/data/item-scores.csv', 'r/data/needs.csv', 'r/data/scores.csv']);
    for (const [path, csv] of csvs) expectNoFormula(csv, path);
    const scores = written(result).get('r/data/scores.csv') ?? '';
    expect(scores).toContain("'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,");
    expect(scores).toContain("'@evil");
    expect(scores).toContain("'=2+2");
    const items = written(result).get('r/data/item-scores.csv') ?? '';
    expect(items).toContain(`"'=HYPERLINK(""http://example.com"",""click"")`);
    expect(items).toContain("'+SUM(1,2)");
  });
});

describe('attack 7: script injection in HTML and Markdown output', { timeout: FUZZ_TIMEOUT_MS }, () => {
  const markup = [
    '<img src=x onerror=alert(1)>',
    '</style><script>alert(1)</script>',
    '<a href="javascript:alert(1)">click</a>',
    '"><svg onload=alert(1)>',
    "'><iframe src=//evil>",
    '<!-- --><base href=//evil/>',
    '&lt;script&gt; [x](javascript:alert(1)) ![y](http://evil/t.png)',
  ];
  const organisations = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', 'javascript:alert(3)'];

  /** Tags a static report may hold: structure, text, tables and SVG charts. Anything else is injected markup. */
  // prettier-ignore
  const ALLOWED_TAGS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'footer', 'main', 'nav', 'section', 'article', 'aside', 'div', 'span', 'p',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'em', 'b', 'i', 'small', 'abbr', 'code', 'br', 'hr', 'sup', 'sub',
    'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'figure', 'figcaption', 'blockquote', 'details', 'summary', 'time', 'mark', 'meter', 'progress',
    'svg', 'desc', 'defs', 'pattern', 'g', 'rect', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'path', 'text', 'tspan',
    'lineargradient', 'radialgradient', 'stop', 'clippath', 'marker', 'symbol',
  ]);

  function expectNoExecutableMarkup(html: string, file: string): void {
    check(!/<script/i.test(html), `${file}: a <script`);
    for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
      const name = (match[1] ?? '').toLowerCase();
      check(ALLOWED_TAGS.has(name), `${file}: the tag <${name}> is not one a report holds`);
      // Attribute values are quoted, with quotes and angle brackets escaped inside: only what is outside them is markup.
      const attributes = match[2] ?? '';
      check(!/[<]/.test(attributes), `${file}: an unescaped < inside ${match[0].slice(0, 120)}`);
      const outsideValues = attributes.replace(/"[^"]*"|'[^']*'/g, '""');
      check(!/(^|\s)on[a-z]+\s*=/i.test(outsideValues), `${file}: an event handler in ${match[0].slice(0, 120)}`);
      check(/^(\s+[a-zA-Z_:][\w:.-]*(\s*=\s*"")?)*\s*\/?$/.test(outsideValues), `${file}: an attribute not written name="value" in ${match[0].slice(0, 120)}`);
      // Text may say "javascript:" (an organisation's id, in an aria-label), but no address may be one.
      const href = /\s(?:href|src|xlink:href|action|formaction)\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
      if (href !== undefined) {
        const relative = /^(#|[A-Za-z0-9._-]+\.html|\.\.\/|alliances\/)/.test(href) && !href.includes(':');
        check(relative || /^https?:\/\/[^\s"'<>]+$/.test(href), `${file}: the address ${href}`);
      }
    }
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
    for (const style of styles) check(!/alert|onerror|<\/?[a-z]/i.test(style), `${file}: injected text inside <style>`);
  }

  function expectNoMarkdownMarkup(markdown: string, file: string): void {
    check(!/(?<!\\)<[a-zA-Z!/?]/.test(markdown), `${file}: raw HTML in Markdown: ${/(?<!\\)<[a-zA-Z!/?].{0,60}/.exec(markdown)?.[0]}`);
    // A link is [text](address) with an unescaped "]": escaped brackets are text.
    check(!/(?<!\\)\]\(\s*(javascript|data|vbscript):/i.test(markdown), `${file}: a javascript: link`);
    check(!/(?<!\\)!\[[^\]]*\]\(http/i.test(markdown), `${file}: an image that loads from the network`);
  }

  it('escapes markup from the framework, organisation ids, the round and the outcome in every report', () => {
    const files = reportFiles(markup, organisations);
    const result = runCli(
      [
        'report',
        'a.csv',
        '--framework',
        'f.json',
        '--outcomes',
        'o.csv',
        '--outcome-name',
        "\"><svg onload=alert(4)> 'quoted'",
        '--outcome-unit',
        '<b>%</b>',
        '--round',
        '<script>alert(5)</script>',
        '--date',
        '2024-03-31',
        '--out',
        'r',
      ],
      files,
    );
    expect(result.io.err()).not.toContain('internal error');
    expect(result.code).toBe(0);
    const outputs = [...written(result)];
    const html = outputs.filter(([path]) => path.endsWith('.html'));
    const markdown = outputs.filter(([path]) => path.endsWith('.md'));
    expect(html).toHaveLength(1 + organisations.length);
    expect(markdown).toHaveLength(1 + organisations.length);
    for (const [path, text] of html) expectNoExecutableMarkup(text, path);
    for (const [path, text] of markdown) expectNoMarkdownMarkup(text, path);
    const national = written(result).get('r/index.html') ?? '';
    expect(national).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(national).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(national).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(written(result).get('r/national.md')).toContain('\\<script\\>alert(1)\\</script\\>');
    // Alliance files are named from safe characters only.
    expect(
      outputs
        .map(([path]) => path)
        .filter((path) => path.startsWith('r/alliances/'))
        .every((path) => /^r\/alliances\/[A-Za-z0-9._-]+\.(html|md)$/.test(path)),
    ).toBe(true);
  });

  it('leaves a benign report passing the same checks (the checks are not vacuous)', () => {
    const result = runCli(['report', 'answers.csv', '--outcomes', 'outcomes.csv', '--out', 'r']);
    expect(result.code).toBe(0);
    const outputs = [...written(result)];
    for (const [path, text] of outputs.filter(([p]) => p.endsWith('.html'))) expectNoExecutableMarkup(text, path);
    for (const [path, text] of outputs.filter(([p]) => p.endsWith('.md'))) expectNoMarkdownMarkup(text, path);
    expect(() => expectNoExecutableMarkup('<p><img src=x onerror=alert(1)></p>', 'x.html')).toThrow('the tag <img>');
    expect(() => expectNoExecutableMarkup('<p onclick="x()">', 'x.html')).toThrow('an event handler');
    expect(() => expectNoMarkdownMarkup('# <script>', 'x.md')).toThrow('raw HTML');
    expect(() => expectNoMarkdownMarkup('[x](javascript:alert(1))', 'x.md')).toThrow('a javascript: link');
    expect(() => expectNoMarkdownMarkup('\\[x\\](javascript:alert(1))', 'x.md')).not.toThrow();
  });
});

describe('attack 8: hostile workbooks', { timeout: FUZZ_TIMEOUT_MS }, () => {
  const workbooks = hostileWorkbooks();

  it('refuses each with its code and a clear message, before it can do harm, evaluating and following nothing', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(25);
    for (const workbook of workbooks) {
      // A hang guard, not a timing test: bench/xlsx-refusals.ts times each refusal (every one well under a second).
      const result = withoutHanging(workbook.name, () => safeParseAnswersXlsx(workbook.bytes, { framework: reference, file: 'hostile.xlsx', ...workbook.options }));
      expect(result.success, workbook.name).toBe(false);
      if (result.success) continue;
      expect(
        result.error.issues.map((issue) => issue.code),
        workbook.name,
      ).toEqual([workbook.code]);
      const [issue] = result.error.issues;
      expect(issue?.location.file, workbook.name).toBe('hostile.xlsx');
      expect(result.error.message.split('\n').length, workbook.name).toBe(3);
      expect(result.error.message.length, workbook.name).toBeLessThan(700);
    }
    expectPrototypesClean();
  });

  it('names the part, and for a formula the sheet and cell, of what it refuses', () => {
    const byName = new Map(workbooks.map((workbook) => [workbook.name, workbook]));
    const issueOf = (name: string) => {
      const workbook = byName.get(name);
      if (workbook === undefined) throw new Error(name);
      const result = safeParseAnswersXlsx(workbook.bytes, { framework: reference, file: 'hostile.xlsx', ...workbook.options });
      return result.success ? undefined : result.error.issues[0];
    };
    expect(issueOf('billion laughs (entities in a DTD)')).toMatchObject({ part: 'xl/sharedStrings.xml' });
    expect(issueOf('a part that claims 150 MB, 94 times its compressed size (never inflated)')).toMatchObject({
      part: 'xl/worksheets/sheet1.xml',
      maxUncompressedBytes: 100 * 1024 * 1024,
    });
    expect(issueOf('a part that claims 400 MB, 1,000 times its compressed size (never inflated)')).toMatchObject({
      reason: 'ratio',
      declaredBytes: 400 * 1024 * 1024,
      compressedBytes: 420_000,
    });
    expect(issueOf('a part that claims 2,000 bytes but inflates to 10 MB')).toMatchObject({ part: 'xl/worksheets/sheet1.xml', reason: 'overrun', declaredBytes: 2000 });
    expect(issueOf('a VBA project (.xlsm)')).toMatchObject({ part: 'xl/vbaProject.bin' });
    expect(issueOf('a link to another workbook')).toMatchObject({ part: 'xl/externalLinks/externalLink1.xml' });
    expect(issueOf('an image fetched from the web')).toMatchObject({ part: 'xl/drawings/_rels/drawing1.xml.rels', target: 'https://tracker.example/pixel.png' });
    expect(issueOf('a DDE formula')).toMatchObject({ target: "cmd|' /C calc'!A0", location: { sheet: 'Responses', cell: 'Responses!C2' } });
    expect(issueOf('a legacy .xls workbook (OLE)')).toMatchObject({ reason: 'xls' });
    expect(issueOf('an OpenDocument spreadsheet')).toMatchObject({ reason: 'ods' });
    expect(issueOf('a download cut short')?.message).toBe('the file is not an Excel workbook (.xlsx): it is not a ZIP archive, or only part of one (a download cut short?)');
  });

  it('reads what only looks dangerous: a formula that links (HYPERLINK), a macro type declared for no part, a sheet named __proto__', () => {
    const hyperlink = workbookOf({
      sheets: [
        {
          name: '__proto__',
          xml: sheetData([
            ['organisation_id', 'respondent_id', 'T1.C1'],
            ['wessex', 'r1', { xml: '<c t="str"><f>HYPERLINK("https://example.org","3")</f><v>3</v></c>' }],
          ]),
        },
      ],
      contentTypes: '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'.replace('sheet.binary.macroEnabled.main', 'vbaProject'),
    });
    const result = parseAnswersXlsx(hyperlink, { framework: reference });
    expect(result.answers).toEqual([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 3 }]);
    expect(result.issues).toEqual([]);
    expectPrototypesClean();
  });

  it('reads deeply nested and repeated elements in linear time, and answers in a workbook of a million empty rows', () => {
    const nested = `<sheetData>${'<row r="1">'.repeat(1)}<c r="A1" t="inlineStr"><is>${'<r>'.repeat(50_000)}<t>organisation_id</t>${'</r>'.repeat(50_000)}</is></c><c r="B1" t="inlineStr"><is><t>respondent_id</t></is></c><c r="C1" t="inlineStr"><is><t>T1.C1</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>wessex</t></is></c><c r="B1048576" t="inlineStr"><is><t>r1</t></is></c><c r="C1048576"><v>2</v></c></row></sheetData>`;
    const result = withoutHanging('nested', () => parseAnswersXlsx(workbookOf({ sheets: [{ name: 'S', xml: nested }] }), { framework: reference }));
    expect(result.answers).toHaveLength(1);
    expect(result.issues).toEqual([]);
    const blankRows = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>organisation_id</t></is></c><c r="B1" t="inlineStr"><is><t>respondent_id</t></is></c><c r="C1" t="inlineStr"><is><t>T1.C1</t></is></c></row>${Array.from({ length: 20_000 }, (_value, index) => `<row r="${index + 2}" hidden="1"/>`).join('')}</sheetData>`;
    expect(withoutHanging('blank rows', () => parseAnswersXlsx(workbookOf({ sheets: [{ name: 'S', xml: blankRows }] }), { framework: reference })).issues).toEqual([]);
  });

  it('refuses rows out of order, a cell outside its row, XML that is not well formed, and text that is not UTF-8', () => {
    const codeOf = (bytes: Uint8Array) => {
      const result = safeParseAnswersXlsx(bytes, { framework: reference });
      return result.success ? 'read' : `${result.error.issues[0]?.code ?? ''}: ${(result.error.issues[0] as { detail?: string } | undefined)?.detail ?? ''}`;
    };
    expect(codeOf(workbookOf({ sheets: [{ name: 'S', xml: '<sheetData><row r="2"/><row r="1"/></sheetData>' }] }))).toMatch(/^invalid-workbook: rows out of order/);
    expect(codeOf(workbookOf({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A2"><v>1</v></c></row></sheetData>' }] }))).toMatch(
      /^invalid-workbook: the cell reference "A2" is not in its row/,
    );
    expect(codeOf(workbookOf({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"></sheetData>' }] }))).toMatch(/^invalid-workbook: the end tag <\/sheetData> does not match/);
    expect(codeOf(zipParts({ 'notes.txt': 'no workbook here' }))).toBe('not-a-workbook: ');
    const latin1 = workbookOf({
      sheets: [{ name: 'S', xml: sheetData([['x']]) }],
      parts: { 'xl/sharedStrings.xml': new Uint8Array([0x3c, 0x73, 0x73, 0x74, 0x3e, 0xe9, 0x3c, 0x2f, 0x73, 0x73, 0x74, 0x3e]) },
    });
    expect(codeOf(latin1)).toMatch(/^invalid-workbook: a part is not valid UTF-8/);
    expect(codeOf(oneSheet([['organisation_id', 'respondent_id', 'T1.C1']]))).toBe('read');
  });
});

describe('attack: hostile SurveyJS results', () => {
  it('refuses each with its code and problem and a clear message, quickly, and pollutes nothing', () => {
    for (const hostile of hostileResults()) {
      // A hang guard, not a timing test: bench/surveyjs-refusals.ts times each refusal (every one well under a second).
      const result = withoutHanging(hostile.name, () => safeParseSurveyJsResults(hostile.input, { framework: reference, file: 'results.json' }));
      expect(result.success, hostile.name).toBe(false);
      if (result.success) continue;
      const [issue] = result.error.issues;
      expect(result.error.issues.length, hostile.name).toBe(1);
      expect(issue?.code, hostile.name).toBe(hostile.code);
      if (issue?.code === 'invalid-surveyjs-results') expect(issue.problem, hostile.name).toBe(hostile.problem);
      expect(issue?.message.length, hostile.name).toBeLessThan(300);
      expect(issue?.location.file, hostile.name).toBe('results.json');
    }
    expectPrototypesClean();
  }, 60_000);

  it('rejects a 5 MB answer with a short cell-too-long issue, and the accounting adds up', () => {
    const result = parseSurveyJsResults(JSON.stringify({ organisation: 'wessex', T1_C1: 'x'.repeat(5_000_000) }), { framework: reference });
    expect(result.issues.map((issue) => [issue.code, issue.location.path])).toEqual([['cell-too-long', ['T1_C1']]]);
    expect(result.issues[0]?.message.length).toBeLessThan(300);
    checkImport(result, reference, undefined);
  });
});
