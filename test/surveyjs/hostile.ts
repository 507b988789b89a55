// SurveyJS results made to do harm, each with the refusal expected: shared by the attack tests
// (test/fuzz/attacks.test.ts) and bench/surveyjs-refusals.ts, which times each refusal.
import type { SurveyJsResultsProblem } from '../../src/assessment/index.js';

export interface HostileResults {
  readonly name: string;
  readonly input: unknown;
  /** The refusal's code, and for `invalid-surveyjs-results` its problem. */
  readonly code: 'too-large' | 'invalid-surveyjs-results';
  readonly problem?: SurveyJsResultsProblem;
}

function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function nestedValue(depth: number): unknown {
  let value: unknown = 3;
  for (let level = 0; level < depth; level += 1) value = { T1_C1: value };
  return value;
}

/** The hostile inputs; built on call (one is 60 MiB). */
export function hostileResults(): readonly HostileResults[] {
  const cyclic: Record<string, unknown> = { organisation: 'wessex' };
  cyclic['self'] = cyclic;
  const manyKeys = `{${Array.from({ length: 20_000 }, (_, index) => `"k${index}":1`).join(',')}}`;
  return [
    { name: '60 MiB of results', input: `[${'{"organisation":"wessex","T1_C1":3},'.repeat(1_800_000)}{}]`, code: 'too-large' },
    { name: 'a key given twice', input: '{"organisation":"wessex","T1_C1":3,"T1_C1":5}', code: 'invalid-surveyjs-results', problem: 'duplicate-key' },
    { name: '__proto__ given twice', input: '[{"__proto__":{"isAdmin":true},"__proto__":1}]', code: 'invalid-surveyjs-results', problem: 'duplicate-key' },
    { name: 'a key given twice, written with an escape', input: '{"T1_C1":3,"T1\\u005fC1":5}', code: 'invalid-surveyjs-results', problem: 'duplicate-key' },
    { name: 'a question by its name and its item id', input: '{"organisation":"wessex","T1_C1":3,"T1.C1":5}', code: 'invalid-surveyjs-results', problem: 'same-question' },
    { name: 'arrays nested 100,000 deep', input: nestedArrays(100_000), code: 'invalid-surveyjs-results', problem: 'too-deep' },
    {
      name: 'an object nested 100,000 deep, as text',
      input: JSON.stringify({ data: { organisation: 'wessex' } }).replace('"wessex"', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
      code: 'invalid-surveyjs-results',
      problem: 'too-deep',
    },
    { name: 'a value nested 100,000 deep, as a value', input: nestedValue(100_000), code: 'invalid-surveyjs-results', problem: 'too-deep' },
    { name: 'a value that holds itself', input: cyclic, code: 'invalid-surveyjs-results', problem: 'too-deep' },
    { name: '20,000 different keys', input: manyKeys, code: 'invalid-surveyjs-results', problem: 'too-many-keys' },
    { name: 'text that is not JSON', input: '{"organisation": "wessex", "T1_C1": 3', code: 'invalid-surveyjs-results', problem: 'syntax' },
    { name: 'a number', input: '1e999999', code: 'invalid-surveyjs-results', problem: 'shape' },
    { name: 'an array holding a string', input: '[{"organisation":"wessex"}, "T1_C1"]', code: 'invalid-surveyjs-results', problem: 'shape' },
  ];
}
