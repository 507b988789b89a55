// Survey files as bytes: UTF-8 (with or without a byte order mark), Windows-1252 (Excel's "CSV (Comma delimited)"
// saved on Windows) and UTF-16 (Excel's "Unicode Text"), told apart or named. Windows-1252 is decoded with our own
// table: Node 20.18.3 and later (and 22.13+, 24) decode 0x80–0x9F as C1 controls, not as the WHATWG table says
// (nodejs/node#56542). UTF-8 and UTF-16 use the host's `TextDecoder`, reached through globalThis so that the core
// compiles without DOM or Node types.
import type { AnswersEncoding } from './answers-import.js';
import type { EncodingReason } from './errors.js';

/** An encoding that text is decoded from: what `'auto'` turns into. */
export type TextEncodingName = Exclude<AnswersEncoding, 'auto'>;

const ENCODINGS: ReadonlySet<unknown> = new Set(['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { readonly fatal: boolean; readonly ignoreBOM: boolean }) => Decoder;

const decoders = new Map<string, Decoder>();

function decoderOf(label: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoder {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    const TextDecoder = (globalThis as unknown as { readonly TextDecoder: DecoderConstructor }).TextDecoder;
    // ignoreBOM: the byte order mark is kept, and the CSV reader drops it, as it does for text.
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Windows-1252's bytes 0x80–0x9F (WHATWG's table; the five bytes it leaves unassigned map to the C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252: every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunk);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index]!;
      codes.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The 0-based offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead <= 0x7f) {
      at += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return at;
    if (at + length > bytes.length) return at;
    const second = bytes[at + 1]!;
    if (second < low || second > high) return at;
    for (let index = at + 2; index < at + length; index += 1) {
      const next = bytes[index]!;
      if (next < 0x80 || next > 0xbf) return at;
    }
    at += length;
  }
  return -1;
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: text that is mostly ASCII, as every header of a CSV is,
 * has a zero in every other byte, which UTF-8 text never has. Looks at the first 4 kB.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < length; index += 1) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const pairs = length / 2;
  if (odd >= pairs / 2 && even < odd / 4) return 'utf-16le';
  if (even >= pairs / 2 && odd < even / 4) return 'utf-16be';
  return undefined;
}

/** What decoding found: the text, the encoding, why it was chosen, and where bytes first failed UTF-8. */
export interface Decoded {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly reason: EncodingReason | 'given' | 'utf-8';
  /** For `not-utf-8`: the offset of the first byte that is not UTF-8 and its 1-based line. */
  readonly offset?: number;
  readonly line?: number;
}

/** Thrown by {@link decodeBytes} when the bytes are not valid in the encoding named. */
export class InvalidEncoding extends Error {
  constructor(
    readonly encoding: TextEncodingName,
    readonly offset: number,
  ) {
    super(`not valid ${encoding}`);
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

function strict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return decoderOf(label).decode(bytes);
  } catch {
    if (label === 'utf-8') throw new InvalidEncoding(label, Math.max(0, firstInvalidUtf8(bytes)));
    throw new InvalidEncoding(label, bytes.length % 2 === 1 ? bytes.length - 1 : 0);
  }
}

/** Checks `options.encoding`; throws RangeError naming the function. */
export function checkEncoding(fn: string, encoding: unknown): AnswersEncoding {
  if (encoding === undefined) return 'auto';
  if (!ENCODINGS.has(encoding)) {
    throw new RangeError(`${fn}: options.encoding must be 'auto', 'utf-8', 'windows-1252', 'utf-16le' or 'utf-16be', got ${JSON.stringify(encoding)}`);
  }
  return encoding as AnswersEncoding;
}

/**
 * Decodes bytes as the encoding named, or, for `'auto'`: UTF-16 by its byte order mark (or by its zero bytes), then
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252, in which every byte is a character.
 *
 * @throws InvalidEncoding when the bytes are not valid in the encoding named (UTF-8 or UTF-16).
 */
export function decodeBytes(bytes: Uint8Array, encoding: AnswersEncoding): Decoded {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding, reason: 'given' };
  if (encoding !== 'auto') return { text: strict(encoding, bytes), encoding, reason: 'given' };
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { text: strict('utf-16le', bytes), encoding: 'utf-16le', reason: 'byte-order-mark' };
  if (b0 === 0xfe && b1 === 0xff) return { text: strict('utf-16be', bytes), encoding: 'utf-16be', reason: 'byte-order-mark' };
  const zeros = utf16ByZeros(bytes);
  if (zeros !== undefined) return { text: strict(zeros, bytes), encoding: zeros, reason: 'zero-bytes' };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) return { text: strict('utf-8', bytes), encoding: 'utf-8', reason: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', reason: 'not-utf-8', offset: invalid, line: lineAt(bytes, invalid) };
}

function isKind(value: unknown, kind: string): boolean {
  return Object.prototype.toString.call(value) === `[object ${kind}]`;
}

/** The bytes of an input given as a `Uint8Array` or an `ArrayBuffer`, or `undefined` for anything else. */
export function bytesOf(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer || isKind(input, 'ArrayBuffer')) return new Uint8Array(input as ArrayBuffer);
  if (isKind(input, 'Uint8Array')) return input as Uint8Array;
  return undefined;
}
