/**
 * Decoding input files as UTF-8, strictly: a file whose bytes are not UTF-8 (a CSV saved by Excel as "CSV
 * (Comma delimited)" in Windows-1252, or as "Unicode Text" in UTF-16) is refused with the place of the first bad
 * byte, instead of being read with its accented letters silently turned into U+FFFD. UTF-16 and UTF-32 are named
 * as such, with or without a byte order mark.
 */

/** Thrown by {@link decodeUtf8} when bytes are not UTF-8. The CLI reports it as invalid data (exit code 1). */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';

  /**
   * @param path - The file read.
   * @param offset - The 0-based byte offset of the first byte that is not UTF-8 (for UTF-16 or UTF-32 text without a
   *   byte order mark, whose bytes may all be UTF-8, the first zero byte).
   * @param line - The 1-based line of that byte.
   * @param detail - What is wrong, naming the byte, its offset and its line (without the file).
   * @param hint - What to do about it.
   */
  constructor(
    readonly path: string,
    readonly offset: number,
    readonly line: number,
    readonly detail: string,
    readonly hint: string,
  ) {
    super(`Cannot read "${path}": ${detail}.`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The length of the well-formed UTF-8 sequence that starts at `at`, or 0 when none does (Unicode, table 3-7). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead <= 0x7f) return 1;
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
  } else return 0;
  if (at + length > bytes.length) return 0;
  const second = bytes[at + 1]!;
  if (second < low || second > high) return 0;
  for (let index = at + 2; index < at + length; index += 1) {
    const next = bytes[index]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** The byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) return at;
    at += length;
  }
  return -1;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** A text encoding that is not UTF-8, told by a byte order mark or by the zero bytes of mostly-ASCII text. */
interface OtherEncoding {
  readonly family: 'UTF-16' | 'UTF-32';
  readonly endian: 'little' | 'big';
  /** Whether a byte order mark told it (the first bytes then are not UTF-8). */
  readonly bom: boolean;
}

/** How many bytes are looked at to tell UTF-16 or UTF-32 without a byte order mark. */
const SAMPLE_BYTES = 4096;

/**
 * Tells UTF-16 and UTF-32 text: by the byte order mark (UTF-32's is checked first, since FF FE 00 00 also starts
 * with UTF-16's), or, without one, by where the zero bytes fall in the first 4 kB: text that is mostly ASCII, as
 * every header of a CSV is, has a zero in every other byte in UTF-16 and in three bytes of four in UTF-32, which
 * UTF-8 text never has. Returns null when the bytes look like neither.
 */
export function otherEncodingOf(bytes: Uint8Array): OtherEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { family: 'UTF-32', endian: 'little', bom: true };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { family: 'UTF-32', endian: 'big', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { family: 'UTF-16', endian: 'little', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { family: 'UTF-16', endian: 'big', bom: true };
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~3;
  const quads = length / 4;
  if (quads < 2) return null;
  const zeros = [0, 0, 0, 0];
  for (let index = 0; index < length; index += 1) if (bytes[index] === 0) zeros[index & 3]! += 1;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  // UTF-32: the top byte of every character is zero, the next one of every character below U+10000 and the one after
  // of every ASCII or Latin-1 letter; the lowest byte is zero only for NUL and a few rare characters (U+0100, ...).
  const half = quads / 2;
  if (z3 >= 0.9 * quads && z2 >= half && z1 >= half && z0 < half) return { family: 'UTF-32', endian: 'little', bom: false };
  if (z0 >= 0.9 * quads && z1 >= half && z2 >= half && z3 < half) return { family: 'UTF-32', endian: 'big', bom: false };
  // UTF-16: half of the high bytes or more are zero (ASCII and Latin-1 letters), and far fewer of the low ones.
  const pairs = quads * 2;
  const evenZeros = z0 + z2;
  const oddZeros = z1 + z3;
  if (oddZeros >= pairs / 2 && evenZeros < oddZeros / 2) return { family: 'UTF-16', endian: 'little', bom: false };
  if (evenZeros >= pairs / 2 && oddZeros < evenZeros / 2) return { family: 'UTF-16', endian: 'big', bom: false };
  return null;
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"), then run the command again.';

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/**
 * Decodes a file's bytes as UTF-8 text, keeping a byte order mark (the readers skip it).
 *
 * @param bytes - The file's contents.
 * @param path - The file's name, for the message.
 * @returns The text.
 * @throws NotUtf8Error naming the file, the byte offset and the line of the first byte that is not UTF-8, and the
 *   encoding when the bytes are UTF-16 or UTF-32 (with or without a byte order mark).
 */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  const other = otherEncodingOf(bytes);
  if (other !== null && !other.bom) {
    // Without a byte order mark, UTF-16 or UTF-32 text of ASCII letters is well-formed UTF-8 full of NUL characters.
    const offset = bytes.indexOf(0);
    const line = lineAt(bytes, offset);
    const pattern = other.family === 'UTF-32' ? 'three bytes in every four are' : 'every other byte is';
    const what = `it is ${other.family} text (${other.endian}-endian, without a byte order mark), not UTF-8`;
    throw new NotUtf8Error(path, offset, line, `${what}: ${pattern} 0x00, the first at byte offset ${offset} (line ${line})`, SAVE_AS_UTF8);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const found = firstInvalidUtf8(bytes);
    const offset = found === -1 ? 0 : found;
    const line = lineAt(bytes, offset);
    const what = other === null ? 'it is not UTF-8 text' : `it is ${other.family} text (it starts with a ${other.family} byte order mark), not UTF-8`;
    throw new NotUtf8Error(path, offset, line, `${what}; the first byte that is not UTF-8 is ${hex(bytes[offset])} at byte offset ${offset} (line ${line})`, SAVE_AS_UTF8);
  }
}
