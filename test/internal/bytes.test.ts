import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOver, utf8ByteLength } from '../../src/internal/bytes.js';

const encoder = new TextEncoder();

describe('utf8ByteLength', () => {
  it('counts the bytes TextEncoder writes, for any text (lone surrogates as U+FFFD)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts 1, 2, 3 and 4 bytes a character, after an ASCII start and at the end of the text', () => {
    // "a" 1 + "é" 2 + "€" 3 + "😀" (a surrogate pair) 4 = 10.
    expect(utf8ByteLength('aé€😀')).toBe(10);
    expect(utf8ByteLength('plain ASCII only')).toBe(16);
    expect(utf8ByteLength('')).toBe(0);
    // A high surrogate with no low one after it, at the end or before another high one: U+FFFD each, 3 bytes.
    expect(utf8ByteLength('x\uD800')).toBe(4);
    expect(utf8ByteLength('\uD800\uD800')).toBe(6);
    expect(utf8ByteLength('\uDC00')).toBe(3);
  });

  it('counts long texts, whose ASCII start is found a piece of 65,536 characters at a time, wherever the first other character is', () => {
    const ascii = 'a,1,DK\n'.repeat(30_000);
    expect(utf8ByteLength(ascii)).toBe(ascii.length);
    for (const at of [0, 1, 65_535, 65_536, 65_537, 131_072, ascii.length - 1]) {
      for (const other of ['é', '€', '😀', '\uD800', '\uDC00']) {
        const text = ascii.slice(0, at) + other + ascii.slice(at);
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }
    }
  });
});

describe('bytesOver', () => {
  it('gives the size only when it is over the limit, and does not count texts too short to be', () => {
    expect(bytesOver('€€€', 9)).toBeUndefined();
    expect(bytesOver('€€€', 8)).toBe(9);
    expect(bytesOver('abc', 3)).toBeUndefined();
    expect(bytesOver('abcd', 3)).toBe(4);
  });
});
