/** Sizes given on the command line (`--max-bytes`): bytes, or a number with a unit. */

/** The largest `--max-bytes`: 500 MiB, so that a file read whole still fits in one JavaScript string. */
export const MAX_MAX_BYTES = 500 * 1024 * 1024;

/** The units, by their lower-case spelling: decimal (kB, MB, GB) as disks count, binary (KiB, MiB, GiB) as memory does. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1e3],
  ['kb', 1e3],
  ['m', 1e6],
  ['mb', 1e6],
  ['g', 1e9],
  ['gb', 1e9],
  ['kib', 1024],
  ['mib', 1024 ** 2],
  ['gib', 1024 ** 3],
]);

const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

/**
 * Reads a size: a whole number of bytes (`52428800`), or a number and a unit, any case, e.g. `100MB` (100,000,000
 * bytes), `1.5GB`, `50MiB` (52,428,800 bytes), `500kB`. Returns the whole number of bytes it names (a fraction of
 * a byte is dropped; a size too large to count exactly comes back approximate, or as Infinity), or null when the
 * text is not a size or names no byte at all.
 */
export function parseSize(text: string): number | null {
  const match = SIZE.exec(text.trim());
  if (match === null) return null;
  const [, number = '', unit = ''] = match;
  const scale = UNITS.get(unit.toLowerCase());
  if (scale === undefined || (scale === 1 && number.includes('.'))) return null;
  // In whole numbers, so that 1.005kB is 1,005 bytes, not the 1,004.99… of floating point.
  const [whole = '', fraction = ''] = number.split('.');
  const bytes = Number((BigInt(whole + fraction) * BigInt(scale)) / 10n ** BigInt(fraction.length));
  return bytes >= 1 ? bytes : null;
}
