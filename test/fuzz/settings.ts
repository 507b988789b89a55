import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Every fuzz run is reproducible: each `fc.assert` of the fuzz suite runs with this seed (per assert, so that
 * one property's runs never shift another's), and a failure prints the seed and the path that replay it.
 * To explore beyond the fixed inputs, run with another seed: `FUZZ_SEED=123 npx vitest run test/fuzz`.
 */
export const FUZZ_SEED: number = readSeed(process.env['FUZZ_SEED']);

function readSeed(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 20_240_607;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got ${JSON.stringify(text)}`);
  return seed;
}

/** The per-test timeout of the fuzz suite: generous, since 2 shared cores may be busy with other work. */
export const FUZZ_TIMEOUT_MS = 180_000;

/**
 * A guard against hangs, not a timing test: one input of at most a few hundred kilobytes must be handled in well
 * under this. Superlinear blow-ups (a regular expression that backtracks, a quadratic scan) show up as inputs that
 * take seconds; a correct reader takes milliseconds.
 */
export const HANG_MS = 5_000;

/**
 * Runs a property with the fixed seed and the given number of runs, and asserts that it held on every run; prints
 * nothing unless it fails, and then fast-check's report (the counterexample, the seed and the path that replay it).
 * The invariants inside throw rather than call `expect` (far cheaper over thousands of runs), so the assertions are
 * made here, where vitest counts them: a test with no assertion fails.
 */
export function fuzz<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { seed: FUZZ_SEED, numRuns });
  expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
  expect(details.numRuns, 'the number of runs of the property').toBe(numRuns);
}

/** Calls `work` and fails when it takes longer than {@link HANG_MS}; returns what it returned. */
export function withoutHanging<T>(what: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const took = performance.now() - started;
  if (took > HANG_MS) expect.fail(`${what} took ${Math.round(took)} ms, more than ${HANG_MS} ms: a hang`);
  return result;
}

/** Fails when anything was added to Object.prototype (prototype pollution). */
export function expectPrototypesClean(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'x', 'organisationId', 'answer']) {
    expect(probe[key], `Object.prototype.${key}`).toBeUndefined();
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTOTYPE_NAMES);
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTOTYPE_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();
