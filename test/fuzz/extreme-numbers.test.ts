import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseNational, analyseOutcomes, buildReports, exportCsv, exportJson, parseFramework, safeParseFramework, scoreAnswers, type Answer } from '../../src/index.js';
import { referenceYaml } from '../framework/helpers.js';
import { check } from './answers-invariants.js';
import { FUZZ_TIMEOUT_MS, fuzz } from './settings.js';

// Fault 4 of issue 13: weights of 1e308 passed validation, then a theme's weighted mean overflowed to Infinity / Infinity
// = NaN, the score came out NaN (JSON writes it as null) and the CSV export threw. Validation now refuses weights over
// 1,000,000; these properties show that nothing a valid framework and valid answers can hold (the extreme weights and
// level values included) makes a NaN or an Infinity anywhere in the scores, the analyses, the reports or their exports.

const MAX_WEIGHT = 1_000_000;
const TABLES = ['scores', 'item-scores', 'gaps', 'needs', 'barriers'] as const;

/** The path of the first number that is NaN or infinite in a value, or null. Walks without recursion. */
function firstNonFinite(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, '$']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) return path;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) stack.push([child, `${path}.${key}`]);
  }
  return null;
}

interface LevelShape {
  value: number;
  label: string;
  descriptor: string;
}
interface ItemShape {
  id: string;
  weight?: number;
}
interface FrameworkShape {
  scales: { levels: LevelShape[] }[];
  defaultTarget: number;
  themes: { id: string; conditionsOfSuccess: ItemShape[]; enablingFactors: ItemShape[] }[];
}

const reference = parse(referenceYaml('1.0.0')) as FrameworkShape;

/** A weight anywhere from the smallest positive double to the largest allowed, the two ends most often. */
const weight = fc.oneof(fc.constantFrom(MAX_WEIGHT, Number.MIN_VALUE, 1e-300), fc.double({ min: Number.MIN_VALUE, max: MAX_WEIGHT, noNaN: true }));
/** Level values: small, or safe integers as large as they go. */
const levelValue = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1), fc.maxSafeInteger());

const extremeCase = fc.record({
  themes: fc.integer({ min: 1, max: 3 }),
  weights: fc.array(weight, { minLength: 40, maxLength: 40 }),
  levels: fc.uniqueArray(levelValue, { minLength: 2, maxLength: 5 }),
  target: fc.nat(),
  organisations: fc.integer({ min: 1, max: 4 }),
  respondents: fc.integer({ min: 1, max: 4 }),
  answers: fc.array(fc.oneof(fc.nat(), fc.constantFrom(-1, -2)), { minLength: 200, maxLength: 200 }),
  outcomes: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 4, maxLength: 4 }),
});

type ExtremeCase = typeof extremeCase extends fc.Arbitrary<infer T> ? T : never;

function frameworkText(c: ExtremeCase): string {
  const data = structuredClone(reference);
  data.themes = data.themes.slice(0, c.themes);
  const levels = [...c.levels].sort((a, b) => a - b);
  const template = data.scales[0]!.levels;
  data.scales[0]!.levels = levels.map((value, index) => ({ ...template[index]!, value }));
  data.defaultTarget = levels[c.target % levels.length]!;
  let next = 0;
  for (const theme of data.themes) {
    for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) {
      item.weight = c.weights[next % c.weights.length]!;
      next += 1;
    }
  }
  return JSON.stringify(data);
}

function answersOf(c: ExtremeCase, items: readonly string[], levels: readonly number[]): Answer[] {
  const answers: Answer[] = [];
  let next = 0;
  for (let o = 0; o < c.organisations; o += 1) {
    for (let r = 0; r < c.respondents; r += 1) {
      for (const itemId of items) {
        const pick = c.answers[next % c.answers.length]!;
        next += 1;
        const answer = pick === -1 ? 'dont-know' : pick === -2 ? 'not-applicable' : levels[pick % levels.length]!;
        answers.push({ organisationId: `org-${o}`, respondentId: `r${r}`, itemId, answer } as Answer);
      }
    }
  }
  return answers;
}

describe('fault 4: no NaN or Infinity from valid input, whatever its numbers', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('scores, analyses, reports and exports hold finite numbers only, with weights up to the limit and levels up to the largest safe integers', () => {
    fuzz(
      fc.property(extremeCase, (c) => {
        const framework = parseFramework(frameworkText(c));
        const items = framework.themes.flatMap((theme) => [...theme.conditionsOfSuccess, ...theme.enablingFactors].map((item) => item.id));
        const levels = framework.scales[0]!.levels.map((level) => level.value);
        const scores = scoreAnswers(answersOf(c, items, levels), { framework });
        const outcomes = { name: 'Extreme measure', values: c.outcomes.map((value, o) => ({ organisationId: `org-${o}`, value })) };
        const reports = buildReports(scores, { framework, outcomes });
        const models: Record<string, unknown> = {
          scores,
          national: analyseNational(scores, { framework }),
          outcomes: analyseOutcomes(scores, { framework, outcomes, permutations: 50 }),
          reports,
        };
        for (const [name, model] of Object.entries(models)) {
          const at = firstNonFinite(model);
          check(at === null, () => `${name} holds ${String(at)}`);
        }
        const json = exportJson(reports);
        check(!/\bnull\b/.test(json) || firstNonFinite(JSON.parse(json)) === null, 'exportJson');
        for (const table of TABLES) {
          const csv = exportCsv(reports, { table });
          check(!/NaN|Infinity/.test(csv), () => `exportCsv ${table} holds NaN or Infinity`);
        }
      }),
      60,
    );
  });

  it('refuses a weight over 1,000,000 (or not above 0) with a typed issue at the weight, never a NaN score later', () => {
    fuzz(
      fc.property(
        fc.oneof(fc.double({ min: MAX_WEIGHT, max: Number.MAX_VALUE, noNaN: true, minExcluded: true }), fc.constantFrom(1e308, Number.MAX_VALUE, 0, -1, -Number.MIN_VALUE)),
        fc.integer({ min: 0, max: 9 }),
        (bad, at) => {
          const data = structuredClone(reference);
          const items = [...data.themes[0]!.conditionsOfSuccess, ...data.themes[0]!.enablingFactors];
          items[at % items.length]!.weight = bad;
          const result = safeParseFramework(JSON.stringify(data));
          check(!result.success, () => `weight ${bad} accepted`);
          const issue = result.error.issues[0];
          check(result.error.issues.length === 1 && issue?.location.path?.at(-1) === 'weight', () => `weight ${bad}: ${result.error.message}`);
          check(/a weight must be (at most 1,000,000|greater than 0)/.test(issue.message), () => issue.message);
        },
      ),
      100,
    );
    // The example of the issue: every weight 1e308.
    const all = structuredClone(reference);
    for (const theme of all.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) item.weight = 1e308;
    const result = safeParseFramework(JSON.stringify(all), { maxIssues: 5 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.code)).toEqual(['schema', 'schema', 'schema', 'schema', 'schema', 'too-many-issues']);
  });
});
