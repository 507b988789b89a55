// Sizes of texts in UTF-8 bytes, as the readers' `maxBytes` limits count them.

// eslint-disable-next-line no-control-regex -- ASCII is the range \x00 to \x7f, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

/** What the size count needs of the host's `TextEncoder` (in every browser and in Node). */
interface Encoder {
  encodeInto(source: string, destination: Uint8Array): { readonly read?: number; readonly written?: number };
}

/** Characters copied at a time to find where the ASCII part of a text ends. */
const PIECE = 1 << 16;

/** The host's `TextEncoder` and a piece's worth of bytes, made on first use; null where there is no TextEncoder. */
let scratch: { readonly encoder: Encoder; readonly bytes: Uint8Array } | null | undefined;

/**
 * Where the ASCII part at the start of a text ends: the place of the first other character, or the text's length.
 * The host's `TextEncoder` copies the text a piece at a time (a piece of ASCII characters gives as many bytes as
 * characters), and a regular expression finds the character in the piece that is not: the 17.8 MB text of the
 * benchmark's large file in about 1 ms, where the regular expression alone over the whole text took 8 (5 December
 * 2026). Without a TextEncoder, the regular expression alone.
 */
function asciiPrefix(text: string): number {
  if (scratch === undefined) {
    const TextEncoder = (globalThis as unknown as { readonly TextEncoder?: new () => Encoder }).TextEncoder;
    scratch = TextEncoder === undefined ? null : { encoder: new TextEncoder(), bytes: new Uint8Array(PIECE) };
  }
  if (scratch === null) {
    const first = text.search(NON_ASCII);
    return first === -1 ? text.length : first;
  }
  const { encoder, bytes } = scratch;
  for (let from = 0; from < text.length; from += PIECE) {
    const piece = text.slice(from, from + PIECE);
    const { read, written } = encoder.encodeInto(piece, bytes);
    if (read !== piece.length || written !== read) return from + piece.search(NON_ASCII);
  }
  return text.length;
}

/**
 * The size of a text in UTF-8 bytes, as `TextEncoder` would encode it (a lone surrogate as U+FFFD, 3 bytes). The
 * ASCII part before the first other character is not walked character by character (see `asciiPrefix`).
 */
export function utf8ByteLength(text: string): number {
  const first = asciiPrefix(text);
  if (first === text.length) return text.length;
  let bytes = first;
  for (let index = first; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The size of a text in UTF-8 bytes when it is over `limit`, else `undefined`. Each UTF-16 unit takes 1 to 3 bytes,
 * so a text of at most limit / 3 units needs no counting.
 */
export function bytesOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8ByteLength(text);
  return bytes > limit ? bytes : undefined;
}
