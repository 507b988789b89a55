// Sizes of texts in UTF-8 bytes, as the readers' `maxBytes` limits count them.

// eslint-disable-next-line no-control-regex -- ASCII is the range \x00 to \x7f, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The size of a text in UTF-8 bytes, as `TextEncoder` would encode it (a lone surrogate as U+FFFD, 3 bytes). The
 * ASCII part before the first other character is not walked: a regular expression finds where it ends.
 */
export function utf8ByteLength(text: string): number {
  const first = text.search(NON_ASCII);
  if (first === -1) return text.length;
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
