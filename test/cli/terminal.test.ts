import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { linesOf, terminalOf, visible } from '../../src/cli/terminal.js';
import { MAIN_HELP, REPORT_HELP, VALIDATE_HELP } from '../../src/cli/usage.js';
import { root } from './child.js';
import { memoryIo } from './memory-io.js';

/** What must never reach a terminal: control and format characters, line and paragraph separators, lone surrogates (but the joiners). */
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Printed text is safe when nothing but the line ends is a control character. */
function expectSafe(printed: string): void {
  for (const line of printed.split('\n')) expect(UNSAFE.exec(line)?.[0], JSON.stringify(line.slice(0, 200))).toBeUndefined();
}

/** The attacks: retitle the window, clear the screen, ring, move the cursor, reverse the text, hide text in tags. */
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u001b[H';
const HOSTILE = [ESCAPES, '\u009b31m', 'txt.\u202eexe', '\u2066isolate\u2069', 'a\rb', 'line\nbreak', 'nel\u0085', 'sep\u2028', 'zero\u200bwidth', 'tag\u{e0041}', 'lone\ud800'];

describe('visible: text from inputs as a terminal may show it', () => {
  it('shows control characters as \\x escapes, line ends as \\n, and format characters by their code point', () => {
    expect(visible(ESCAPES)).toBe('\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H');
    expect(visible('\u009b31m\u007f')).toBe('\\x9b31m\\x7f');
    expect(visible('a\r\nb\tc')).toBe('a\\r\\nb\\tc');
    expect(visible('invoice\u202Efdp.exe')).toBe('invoice<U+202E>fdp.exe');
    expect(visible('\u2066x\u2069 \u061c \u200e\u200f \u202a\u202b\u202c\u202d')).toBe('<U+2066>x<U+2069> <U+061C> <U+200E><U+200F> <U+202A><U+202B><U+202C><U+202D>');
    expect(visible('\u2028\u2029\ufeff\u200b\u00ad\u{e0041}\ud800')).toBe('<U+2028><U+2029><U+FEFF><U+200B><U+00AD><U+E0041><U+D800>');
  });

  it('leaves every other character as it is: letters of any script, emoji with their joiners, symbols', () => {
    for (const text of ['Wessex Cancer Alliance', 'é ß ç ø', '中文 العربية עברית', '👨‍👩‍👧 🏳️‍🌈', 'می‌خواهم', '… – — £ € ≥', 'C:\\reports\\x']) expect(visible(text)).toBe(text);
  });

  it('makes any text safe, and changes only what is unsafe', () => {
    const dangerous = fc.constantFrom(...HOSTILE, '\u0000', '\u001b', '\u0007', '\u0008', '\u007f', '\u0085', '\u202e', '\u2067', '\ufeff', '\udfff');
    const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), dangerous), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const shown = visible(value);
        expect(UNSAFE.test(shown)).toBe(false);
        if (!UNSAFE.test(value)) expect(shown).toBe(value);
        // Made visible once is made visible for good.
        expect(visible(shown)).toBe(shown);
      }),
      { numRuns: 2_000 },
    );
  });

  it('prints lines, each made visible, so that no value can start a line of its own', () => {
    let out = '';
    let err = '';
    const terminal = terminalOf({ stdout: (text) => (out += text), stderr: (text) => (err += text) });
    terminal.out(['first', `id ${ESCAPES}`, 'a\nNo problems found.']);
    terminal.err([]);
    expect(out).toBe('first\nid \\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\na\\nNo problems found.\n');
    expect(err).toBe('');
    expect(linesOf('a\nb\n')).toEqual(['a', 'b']);
    for (const help of [MAIN_HELP, REPORT_HELP, VALIDATE_HELP]) expect(`${linesOf(help).map(visible).join('\n')}\n`).toBe(help);
  });
});

describe('the commands print inputs through the terminal', () => {
  const header = 'organisation_id,respondent_id,item_id,answer\n';
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

  it('shows hostile organisation ids in report notes and summaries, and a hostile --out, made visible', () => {
    const ids = HOSTILE.map((id, index) => `${id}-${index}`);
    const csv = header + ids.flatMap((id) => ['r1', 'r2'].map((respondent) => `${quote(id)},${respondent},T1.C1,3`)).join('\n') + '\n';
    const io = memoryIo({ 'a.csv': csv });
    const code = run(['report', 'a.csv', '--out', `out${ESCAPES}`, '--date', '2024-03-31', '--organisations', 'any'], io);
    expect(io.err()).toContain('Note: 11 organisation ids in a.csv are not Cancer Alliances');
    expect(code).toBe(EXIT.ok);
    expect(io.err()).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H-0');
    expect(io.err()).toContain('line\\nbreak-5');
    expect(io.out()).toContain('Wrote 30 files to out\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H:');
    expectSafe(io.out());
    expectSafe(io.err());
  });

  it('shows hostile cells, column names and file names in validate problems made visible', () => {
    const csv =
      `organisation_id,respondent_id,item_id,answer,${quote(`colour${ESCAPES}`)}\n` +
      HOSTILE.map((value, index) => `wessex,r${index},T1.C1,${quote(value)},x`).join('\n') +
      '\n' +
      `${quote('bad\u202eid')},r1,T1.C1,3,x\n`;
    const name = `a${ESCAPES}.csv`;
    const io = memoryIo({ [name]: csv });
    expect(run(['validate', name], io)).toBe(EXIT.invalidData);
    expect(io.out()).toContain('a\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H.csv: survey answers, long layout');
    expect(io.out()).toContain('"txt.<U+202E>exe" is not an answer to T1.C1');
    expect(io.out()).toContain('"line\\nbreak" is not an answer to T1.C1');
    expectSafe(io.out());
    expectSafe(io.err());
  });

  it('shows hostile arguments in usage errors made visible', () => {
    const io = memoryIo();
    expect(run(['report', `--out${ESCAPES}`], io)).toBe(EXIT.usage);
    expect(run([`rep\u202eort`], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('unknown option --out\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H.');
    expect(io.err()).toContain('unknown command "rep<U+202E>ort"');
    expectSafe(io.err());
  });

  it('writes to the streams in one place: only terminal.ts calls stdout or stderr, only node-io.ts touches the process streams', () => {
    const folder = join(root, 'src/cli');
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('terminal.ts');
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8');
      const calls = text.match(/\.(?:stdout|stderr)\(/g) ?? [];
      expect(calls.length === 0 || name === 'terminal.ts', `${name} calls stdout or stderr itself`).toBe(true);
      const streams = text.match(/process\.(?:stdout|stderr)\b/g) ?? [];
      expect(streams.length === 0 || name === 'node-io.ts', `${name} uses the process streams`).toBe(true);
      expect(/\bconsole\./.test(text), `${name} uses the console`).toBe(false);
    }
  });
});
