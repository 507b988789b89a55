import { FrameworkSchema, type Framework, type FrameworkInput } from '../../src/framework/schema.js';
import type { Answer, AnswerValue } from '../../src/assessment/answer.js';

// Small frameworks and answers for the scoring tests, built in code so that nothing depends on a parser.

export interface FrameworkShape {
  readonly id?: string;
  /** Theme count. */
  readonly themes: number;
  readonly conditions: number;
  readonly enablers: number;
  /** The scale's level values, lowest first. */
  readonly levels: readonly number[];
  /** Weight of an item; 1 when omitted. */
  readonly weight?: (theme: number, kind: 'C' | 'E', item: number) => number;
}

/** A framework of themes T1.. with items T1.C1.., T1.E1.. and one scale. */
export function makeFramework(shape: FrameworkShape): Framework {
  const input: FrameworkInput = {
    id: shape.id ?? 'test-framework',
    version: '2.1.0',
    title: 'Test framework',
    provenance: { author: 'tests', status: 'local', statement: 'Built for the scoring tests.' },
    scales: [
      {
        id: 'test-scale',
        title: 'Test scale',
        levels: shape.levels.map((value) => ({ value, label: `Level ${value}`, descriptor: `Level ${value}.` })),
      },
    ],
    defaultScale: 'test-scale',
    defaultTarget: shape.levels[shape.levels.length - 1] ?? 0,
    themes: Array.from({ length: shape.themes }, (_, t) => ({
      id: `T${t + 1}`,
      title: `Theme ${t + 1}`,
      whatGoodLooksLike: `Good theme ${t + 1}.`,
      conditionsOfSuccess: Array.from({ length: shape.conditions }, (_, i) => ({
        id: `T${t + 1}.C${i + 1}`,
        text: `Condition ${i + 1}.`,
        weight: shape.weight?.(t, 'C', i) ?? 1,
      })),
      enablingFactors: Array.from({ length: shape.enablers }, (_, i) => ({
        id: `T${t + 1}.E${i + 1}`,
        text: `Enabler ${i + 1}.`,
        weight: shape.weight?.(t, 'E', i) ?? 1,
      })),
    })),
  };
  return FrameworkSchema.parse(input);
}

/** The framework of docs/scoring.md: two themes of two conditions and two enablers on a 1..5 scale; T1 weighted. */
export const docsFramework: Framework = makeFramework({
  id: 'docs-example',
  themes: 2,
  conditions: 2,
  enablers: 2,
  levels: [1, 2, 3, 4, 5],
  weight: (theme, kind, item) => (theme === 0 ? (kind === 'C' ? [2, 1][item]! : [1, 0.5][item]!) : 1),
});

/** A framework with 7 themes on a 4-level scale 0..3. */
export const fourLevelFramework: Framework = makeFramework({
  id: 'four-level',
  themes: 7,
  conditions: 3,
  enablers: 2,
  levels: [0, 1, 2, 3],
});

/** One answer. */
export function answer(organisationId: string, respondentId: string, itemId: string, value: AnswerValue, respondentGroup?: string): Answer {
  const base = { organisationId, respondentId, itemId, answer: value };
  return (respondentGroup === undefined ? base : { ...base, respondentGroup }) as Answer;
}

/**
 * Answers from a table: one row per respondent, `[respondentId, group | undefined, { itemId: value }]`.
 */
export function answersOf(organisationId: string, rows: readonly (readonly [string, string | undefined, Readonly<Record<string, AnswerValue>>])[]): Answer[] {
  const out: Answer[] = [];
  for (const [respondentId, group, values] of rows) {
    for (const [itemId, value] of Object.entries(values)) out.push(answer(organisationId, respondentId, itemId, value, group));
  }
  return out;
}
