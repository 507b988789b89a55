/**
 * Decoding input files as UTF-8, strictly: a file whose bytes are not UTF-8 (a CSV saved by Excel as "CSV
 * (Comma delimited)" in Windows-1252, or as "Unicode Text" in UTF-16) is refused with the place of the first bad
 * byte, instead of being read with its accented letters silently turned into U+FFFD.
 */

/** Thrown by {@link decodeUtf8} when bytes are not UTF-8. The CLI reports it as invalid data (exit code 1). */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';

  /**
   * @param path - The file read.
   * @param offset - The 0-based byte offset of the first byte that is not UTF-8.
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

/**
 * Decodes a file's bytes as UTF-8 text, keeping a byte order mark (the readers skip it).
 *
 * @param bytes - The file's contents.
 * @param path - The file's name, for the message.
 * @returns The text.
 * @throws NotUtf8Error naming the file, the byte offset and the line of the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const found = firstInvalidUtf8(bytes);
    const offset = found === -1 ? 0 : found;
    let line = 1;
    for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const what = utf16 ? 'it is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8' : 'it is not UTF-8 text';
    throw new NotUtf8Error(
      path,
      offset,
      line,
      `${what}; the first byte that is not UTF-8 is ${hex(bytes[offset])} at byte offset ${offset} (line ${line})`,
      'Save the file as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)"), then run the command again.',
    );
  }
}
