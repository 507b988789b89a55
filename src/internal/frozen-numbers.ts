// Frozen arrays of numbers that share one boxed number per value. Internal.
//
// V8 keeps a plain array of fractions as raw doubles, but a frozen array holds every element as a pointer: freezing
// such an array allocates a heap number (16 bytes) for each element. The respondents' theme scores of a scoring call
// are hundreds of thousands of numbers drawn from a few hundred distinct values (means of a handful of levels), so
// most of those heap numbers repeat a value already boxed. `frozenNumbers` takes each value's box from a small cache
// of recent values instead, and builds the array with pointer elements from the start, so that freezing converts
// nothing. Measured on 5 December 2026 (16,000 lists of 50 sorted means, all garbage collected before each run, CPU
// time): 30.5 ms with a fresh copy frozen, 3.4 ms this way, and 10 MB less held. The numbers are the same values:
// only where they are stored changes.

/** Slots of the cache of boxed values: a power of two. */
const SLOTS = 4096;
const SHIFT = 32 - Math.log2(SLOTS);

/** The value in each slot, NaN for none (NaN equals nothing, so an empty slot never matches). */
const slotValue = new Float64Array(SLOTS).fill(Number.NaN);
/** The boxed value in each slot: a plain array of pointers (filled with null so that it never holds raw doubles). */
const slotBox: number[] = new Array<number>(SLOTS).fill(null as unknown as number);

/** A double's two 32-bit halves, to hash it. */
const bitsOf = new Float64Array(1);
const halves = new Uint32Array(bitsOf.buffer);

/** The value as a boxed number shared with earlier calls for the same value. */
function shared(value: number): number {
  // 0 and -0 are equal to `!==` but are different numbers: neither goes through the cache.
  if (value === 0) return value;
  bitsOf[0] = value;
  const slot = Math.imul(halves[0]! ^ halves[1]!, 0x9e3779b1) >>> SHIFT;
  if (slotValue[slot] !== value) {
    slotValue[slot] = value;
    slotBox[slot] = value;
  }
  return slotBox[slot]!;
}

/**
 * A frozen plain array of the numbers of `values`, in order, each equal (`Object.is`) to the number it copies.
 */
export function frozenNumbers(values: Float64Array): readonly number[] {
  const n = values.length;
  const copy = new Array<number>(n).fill(null as unknown as number);
  for (let k = 0; k < n; k++) copy[k] = shared(values[k]!);
  return Object.freeze(copy);
}
