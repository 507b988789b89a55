// Strict decoding of the bytes of a part: UTF-8, or UTF-16 when it starts with a byte order mark, as Office files
// allow. The decoder is the host's (`TextDecoder`, in every browser and in Node), reached through globalThis so that
// the core compiles without DOM or Node types; bytes that are not valid are refused, never turned into U+FFFD.

/** What this module needs of a `TextDecoder`. */
interface Decoder {
  decode(input: Uint8Array): string;
}

type DecoderConstructor = new (label: string, options: { readonly fatal: boolean }) => Decoder;

const decoders = new Map<string, Decoder>();

/** A strict decoder of the encoding, made on first use. */
function decoderOf(label: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoder {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    const TextDecoder = (globalThis as unknown as { readonly TextDecoder: DecoderConstructor }).TextDecoder;
    decoder = new TextDecoder(label, { fatal: true });
    decoders.set(label, decoder);
  }
  return decoder;
}

/**
 * The text of a part's bytes (UTF-8, or UTF-16 after a byte order mark; a UTF-8 byte order mark is dropped), or
 * `undefined` when they are not valid in their encoding.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return decoderOf(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A part's name from its UTF-8 bytes, or `undefined` when they are not UTF-8. */
export function decodeName(bytes: Uint8Array): string | undefined {
  try {
    return decoderOf('utf-8').decode(bytes);
  } catch {
    return undefined;
  }
}
