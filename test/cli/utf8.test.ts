import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { decodeUtf8, otherEncodingOf } from '../../src/cli/utf8.js';

type Encoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** A text's bytes in UTF-16 or UTF-32, with or without a byte order mark. */
function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const units = Array.from(`${bom ? '\ufeff' : ''}${text}`);
  const bytes: number[] = [];
  for (const character of units) {
    if (encoding.startsWith('UTF-32')) {
      const code = character.codePointAt(0) ?? 0;
      const big = [(code >>> 24) & 0xff, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff];
      bytes.push(...(encoding === 'UTF-32BE' ? big : big.reverse()));
    } else {
      for (let index = 0; index < character.length; index += 1) {
        const unit = character.charCodeAt(index);
        bytes.push(...(encoding === 'UTF-16BE' ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
      }
    }
  }
  return new Uint8Array(bytes);
}

const HEADER = 'organisation_id,respondent_id,item_id,answer\nwessex,Renée,T1.C1,3\n';

describe('decodeUtf8: files that are not UTF-8 are named by what they are', () => {
  it('names UTF-16 without a byte order mark, little- and big-endian, with the first zero byte', () => {
    expect(() => decodeUtf8(encode(HEADER, 'UTF-16LE', false), 'u.csv')).toThrow(
      'Cannot read "u.csv": it is UTF-16 text (little-endian, without a byte order mark), not UTF-8: every other byte is 0x00, the first at byte offset 1 (line 1).',
    );
    expect(() => decodeUtf8(encode(HEADER, 'UTF-16BE', false), 'u.csv')).toThrow(
      'it is UTF-16 text (big-endian, without a byte order mark), not UTF-8: every other byte is 0x00, the first at byte offset 0 (line 1)',
    );
  });

  it('names UTF-32, with a byte order mark (before UTF-16, whose mark starts the same) or without', () => {
    expect(() => decodeUtf8(encode(HEADER, 'UTF-32LE', true), 'u.csv')).toThrow(
      'it is UTF-32 text (it starts with a UTF-32 byte order mark), not UTF-8; the first byte that is not UTF-8 is 0xFF at byte offset 0 (line 1)',
    );
    expect(() => decodeUtf8(encode(HEADER, 'UTF-32BE', true), 'u.csv')).toThrow(
      'it is UTF-32 text (it starts with a UTF-32 byte order mark), not UTF-8; the first byte that is not UTF-8 is 0xFE at byte offset 2 (line 1)',
    );
    expect(() => decodeUtf8(encode(HEADER, 'UTF-32LE', false), 'u.csv')).toThrow(
      'it is UTF-32 text (little-endian, without a byte order mark), not UTF-8: three bytes in every four are 0x00, the first at byte offset 1 (line 1)',
    );
    expect(() => decodeUtf8(encode(HEADER, 'UTF-32BE', false), 'u.csv')).toThrow(
      'it is UTF-32 text (big-endian, without a byte order mark), not UTF-8: three bytes in every four are 0x00, the first at byte offset 0 (line 1)',
    );
    expect(() => decodeUtf8(encode(HEADER, 'UTF-16LE', true), 'u.csv')).toThrow('it is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8');
  });

  it('tells every encoding of mostly-ASCII text, and never takes UTF-8 text for another', () => {
    const encodings = fc.constantFrom<Encoding>('UTF-16LE', 'UTF-16BE', 'UTF-32LE', 'UTF-32BE');
    // Text as a CSV holds it: ASCII mostly (a header, ids, numbers), with some letters of other scripts.
    const mostlyAscii = fc
      .tuple(fc.string({ unit: 'grapheme-ascii', minLength: 16, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 2 }))
      .map(([ascii, other]) => ascii + other);
    fc.assert(
      fc.property(mostlyAscii, encodings, fc.boolean(), (text, encoding, bom) => {
        const found = otherEncodingOf(encode(text, encoding, bom));
        expect(found).toEqual({ family: encoding.slice(0, 6), endian: encoding.endsWith('LE') ? 'little' : 'big', bom });
      }),
      { numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decodeUtf8(new TextEncoder().encode(text), 'u.csv')).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('the commands on files saved in UTF-16 or UTF-32', () => {
  const folder = mkdtempSync(join(tmpdir(), 'caf-utf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('read UTF-16 answers files (told by their zero bytes, with a note), and refuse UTF-32 with exit code 1, naming the encoding, read from disk', () => {
    const utf16 = join(folder, 'excel-unicode-text.csv');
    writeFileSync(utf16, encode(HEADER, 'UTF-16LE', false));
    let out = '';
    let err = '';
    const io = { ...nodeIo, stdout: (text: string) => (out += text), stderr: (text: string) => (err += text) };
    expect(run(['validate', utf16], io)).toBe(EXIT.ok);
    expect(out).toContain('the file was read as UTF-16LE text: every other byte is 0x00, as in UTF-16 text without a byte order mark');
    const utf32 = join(folder, 'utf32.csv');
    writeFileSync(utf32, encode(HEADER, 'UTF-32LE', true));
    err = '';
    expect(run(['report', utf32, '--out', join(folder, 'out')], io)).toBe(EXIT.invalidData);
    expect(err).toContain('it is UTF-32 text (it starts with a UTF-32 byte order mark), not UTF-8');
    expect(err).toContain('hint: Save the file as UTF-8');
  });
});
