// Objects kept alive for as long as the library is loaded, so that V8 keeps their layouts. Internal.
//
// V8 compiles hot code for the hidden classes (object layouts) it has seen, and the hidden class of a class instance
// is held only by the objects that have it. Once none is left, the next full garbage collection drops it and throws
// away every piece of optimised code that checks for it (`--trace-deopt`: "marking dependent code … reason: weak
// objects"). A scoring call's reader and its table of agreements die with the call, so every call after a full
// collection began again in unoptimised code and waited for V8 to compile anew. Measured on 5 December 2026 (bench
// data, 8 million answer objects, a full collection before each call, medians of 21 calls in turn with the code
// before): scoreAnswers took 284 ms with one small reader and one agreement table kept, 329 ms without. The one
// instance of each kept here costs a few kilobytes, and the first framework scored stays referenced by its reader.

const kept: object[] = [];

/** The kinds (classes) of which `keepOneOf` has kept an instance. */
const keptKinds = new Set<object>();

/** Keeps `object` alive for as long as the module is loaded: one small instance of a class whose code is hot. */
export function keepLayout(object: object): void {
  kept.push(object);
}

/**
 * Keeps one instance of `kind` alive, made by `make`, the first time it is called for that kind; later calls do
 * nothing. For a class's constructor to call: `kind` is marked before `make` runs, so the instance `make` constructs
 * does not make another.
 */
export function keepOneOf(kind: object, make: () => object): void {
  if (keptKinds.has(kind)) return;
  keptKinds.add(kind);
  keepLayout(make());
}

/** The objects kept so far (for tests: each kind is kept once, not once a call). */
export function keptLayouts(): readonly object[] {
  return kept;
}
