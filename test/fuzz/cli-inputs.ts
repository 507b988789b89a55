import { effectiveCancerAllianceFramework, parseFramework } from '../../src/index.js';
import { itemsOf } from '../../src/framework/index.js';
import { run } from '../../src/cli/run.js';
import { decodeUtf8 } from '../../src/cli/utf8.js';
import { memoryIo, type MemoryIo } from '../cli/memory-io.js';
import { fixture } from '../assessment/fixtures/frameworks.js';
import { referenceYaml, sevenThemesYaml } from '../framework/helpers.js';
import { check } from './answers-invariants.js';

/** What must never reach a terminal raw (src/cli/terminal.ts): control and format characters, separators, lone surrogates, but the joiners. */
const UNSAFE_ON_A_TERMINAL = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** The exit codes of docs/cli.md that a run in memory can end with (writing never fails in memory, so never 4). */
export const EXPECTED_CODES: ReadonlySet<number> = new Set([0, 1, 2, 3]);

const referenceItems = itemsOf(effectiveCancerAllianceFramework).map((ref) => ref.item.id as string);
const sevenFramework = parseFramework(sevenThemesYaml());
const sevenItems = itemsOf(sevenFramework).map((ref) => ref.item.id as string);

function longCsv(organisations: readonly string[], items: readonly string[], answer: (o: number, r: number, i: number) => string): string {
  const rows = ['organisation_id,respondent_id,respondent_group,item_id,answer,comment'];
  organisations.forEach((organisation, o) => {
    for (let r = 0; r < 3; r += 1) {
      items.forEach((item, i) => rows.push(`${organisation},r${r + 1},${r === 0 ? 'core team' : ''},${item},${answer(o, r, i)},${i === 0 && r === 0 ? '"fine, thanks"' : ''}`));
    }
  });
  return `${rows.join('\n')}\n`;
}

const ORGANISATIONS = ['greater-manchester', 'wessex', 'peninsula'];
const SOME_ITEMS = referenceItems.filter((id) => /^T[1-3]\./.test(id));

/**
 * The files a fuzzed run may name: valid answers in every layout, answers with problems, frameworks valid and not,
 * an alias bomb, outcomes valid and not, a file that cannot be read and a file that is not UTF-8.
 */
export const CLI_FILES: Readonly<Record<string, string>> = {
  'answers.csv': longCsv(ORGANISATIONS, SOME_ITEMS, (o, r, i) => String(1 + ((o + r + i) % 5))),
  'previous.csv': longCsv(ORGANISATIONS, SOME_ITEMS, (o, r, i) => String(1 + ((o * 2 + r + i) % 4))),
  'wide.csv': `organisation_id,respondent_id,${SOME_ITEMS.join(',')}\n${ORGANISATIONS.map((org, o) => `${org},w1,${SOME_ITEMS.map((_, i) => String(1 + ((o + i) % 5))).join(',')}`).join('\n')}\n`,
  'answers.json': JSON.stringify(
    ORGANISATIONS.flatMap((organisationId, o) => SOME_ITEMS.slice(0, 6).map((itemId, i) => ({ organisationId, respondentId: 'j1', itemId, answer: 1 + ((o + i) % 5) }))),
  ),
  'rejects.csv': fixture('answers-long.csv'),
  'excel.csv': fixture('answers-excel.csv'),
  'problems.json': fixture('answers.json'),
  'empty.csv': '',
  'header-only.csv': 'organisation_id,respondent_id,item_id,answer\n',
  'seven.csv': longCsv(['club', 'society'], sevenItems, (o, r, i) => String((o + r + i) % 4)),
  'seven.yaml': sevenThemesYaml(),
  'reference.yaml': referenceYaml('1.1.0'),
  'broken.yaml': 'id: Not Kebab\nversion: one\nthemes: []\n',
  'bomb.yaml': ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'themes: *d'].join(
    '\n',
  ),
  'framework.json': JSON.stringify({ themes: 'nope' }),
  'outcomes.csv': `organisation_id,value\n${ORGANISATIONS.map((org, o) => `${org},${70 + o * 3.5}%`).join('\n')}\n`,
  'bad-outcomes.csv': 'organisation_id,value\nwessex,76.4\n,70\nwessex,71\npeninsula,\n',
  'locked.csv': 'unreadable',
  'latin1.csv': 'not UTF-8',
  // Terminal escapes and bidirectional overrides in ids, answers and a column name, a line break in an id.
  'hostile.csv':
    'organisation_id,respondent_id,item_id,answer,"colour\u001b[2J"\n' +
    '"evil\u001b]0;pwned\u0007",r1,T1.C1,3,x\n"evil\u001b]0;pwned\u0007",r2,T1.C1,"\u202eevil",x\n"two\nlines",r1,T1.C2,4,\u009b31m\n',
};

/** Bytes that are not UTF-8: a CSV saved as Windows-1252, with "é" as the single byte 0xE9. */
export const LATIN1_CSV = new Uint8Array([
  ...new TextEncoder().encode('organisation_id,respondent_id,item_id,answer\nwessex,Ren'),
  0xe9,
  ...new TextEncoder().encode(',T1.C1,3\n'),
]);

/** The outcome of a run in memory. */
export interface CliRun {
  readonly code: number;
  readonly io: MemoryIo;
}

/**
 * Runs the CLI in memory with the given files (by default {@link CLI_FILES}), one of which cannot be read and one of
 * which is not UTF-8. `run` must return: an exception escaping it fails the caller's property.
 */
export function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = CLI_FILES): CliRun {
  const io = memoryIo(files, { unreadable: ['locked.csv'] });
  const bytes = new Map<string, Uint8Array>([['latin1.csv', LATIN1_CSV]]);
  const readText = io.readText;
  const readBytes = io.readBytes;
  const withBytes: MemoryIo = {
    ...io,
    readText: (path) => {
      const raw = bytes.get(path);
      return raw === undefined || files[path] !== CLI_FILES[path] ? readText(path) : decodeUtf8(raw, path);
    },
    readBytes: (path) => {
      const raw = bytes.get(path);
      return raw === undefined || files[path] !== CLI_FILES[path] ? readBytes(path) : raw;
    },
  };
  const code = run(argv, withBytes);
  return { code, io };
}

/**
 * The invariants of every run: a documented exit code (never 70, a bug), nothing written unless it succeeded,
 * a usage hint with every usage error, and no sign of a value printed that should not be (`[object Object]`,
 * `NaN`, `undefined`) unless the arguments hold it.
 */
export function checkRun(argv: readonly string[], { code, io }: CliRun, files: Readonly<Record<string, string>> = CLI_FILES): void {
  const what = () => `${JSON.stringify(argv)} → ${code}\nstdout: ${io.out().slice(0, 600)}\nstderr: ${io.err().slice(0, 600)}`;
  check(EXPECTED_CODES.has(code), () => `an exit code not documented for a run in memory: ${what()}`);
  if (code !== 0) {
    check(io.written.length === 0 && io.dirs.size === 0, () => `a failed run wrote ${io.written.length} files: ${what()}`);
    // validate prints the problems it finds on standard output; every other failure goes to standard error.
    check(io.err().length > 0 || (argv[0] === 'validate' && io.out().length > 0), () => `a failed run said nothing: ${what()}`);
  }
  if (code === 2) check(/Usage: |[Rr]un "cancer-alliance-framework .*--help"/.test(io.err()), () => `a usage error without its hint: ${what()}`);
  // Nothing from an input reaches the terminal raw: no control or invisible format character but the line ends.
  for (const line of `${io.out()}${io.err()}`.split('\n')) {
    const unsafe = UNSAFE_ON_A_TERMINAL.exec(line);
    check(unsafe === null, () => `printed U+${(unsafe?.[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} raw: ${what()}`);
  }
  // An empty framework document is reported in zod's words, "expected object, received undefined"; missing fields say "required, but missing".
  const printed = (io.out() + io.err()).replaceAll('received undefined', 'received nothing');
  const given = `${argv.join(' ')} ${Object.values(files).join(' ')}`;
  for (const sign of ['[object Object]', 'NaN', 'undefined', 'internal error']) {
    if (!given.includes(sign)) check(!printed.includes(sign), () => `printed "${sign}": ${what()}`);
  }
  if (code === 0 && argv[0] === 'report' && io.written.length > 0) {
    // The national report is written first; every other file goes next to it.
    const first = io.written[0] ?? '';
    check(first.endsWith('index.html'), () => `a report run that did not start with index.html: ${what()}`);
    const out = first.slice(0, -'index.html'.length);
    for (const name of ['national.md', 'data/scores.csv', 'data/report.json']) {
      check(io.files.has(`${out}${name}`), () => `a report run that succeeded without ${name}: ${what()}`);
    }
    check(io.out().includes('Wrote '), () => `a report run that succeeded without its summary: ${what()}`);
  }
}
