import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../src/assessment/answer.js';
import { SYNTHETIC_COMMENT, generateSyntheticAnswers, generateSyntheticOutcomes } from '../../src/assessment/synthetic.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { parseFramework } from '../../src/framework/parse.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const framework = referenceFrameworks['1.0.0'];

const organisations = Array.from({ length: 21 }, (_, i) => ({ id: `alliance-${String.fromCharCode(97 + i)}`, regionId: `Y${56 + (i % 7)}` }));
const seed = 20230331;
const items = itemsOf(framework).length;

const FOUR_LEVELS = `id: four-levels
version: 1.0.0
title: Four levels, seven themes
provenance: { author: Tests, status: local, statement: A framework unlike the reference one. }
scales:
  - id: four
    title: Four levels
    levels:
      - { value: 0, label: Absent, descriptor: Not in place. }
      - { value: 1, label: Partial, descriptor: In place in parts. }
      - { value: 2, label: Established, descriptor: In place throughout. }
      - { value: 3, label: Leading, descriptor: In place and improving. }
defaultTarget: 2
themes:
${['purpose', 'people', 'data', 'method', 'voice', 'spread', 'learning']
  .map(
    (id) => `  - id: ${id}
    title: ${id[0]?.toUpperCase()}${id.slice(1)}
    whatGoodLooksLike: Good.
    conditionsOfSuccess: [{ id: ${id}-c1, text: A behaviour. }, { id: ${id}-c2, text: Another. }]
    enablingFactors: [{ id: ${id}-e1, text: An enabler. }]`,
  )
  .join('\n')}
`;

function respondentsOf(answers: readonly Answer[]): Map<string, Answer[]> {
  const map = new Map<string, Answer[]>();
  for (const answer of answers) {
    const key = `${answer.organisationId}/${answer.respondentId}`;
    map.set(key, [...(map.get(key) ?? []), answer]);
  }
  return map;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function numeric(answers: readonly Answer[], keep: (answer: Answer) => boolean = () => true): number[] {
  return answers.filter(keep).flatMap((answer) => (typeof answer.answer === 'number' ? [answer.answer] : []));
}

/** Spearman's rho without ties correction (the values here have few ties). */
function rank(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  order.forEach((entry, position) => (ranks[entry.index] = position + 1));
  return ranks;
}
function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const yi = y[i]!;
    sxy += (xi - mx) * (yi - my);
    sxx += (xi - mx) ** 2;
    syy += (yi - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateSyntheticAnswers', () => {
  const answers = generateSyntheticAnswers({ framework, organisations, seed });

  it('gives the same answers for the same seed, and others for another seed', () => {
    expect(generateSyntheticAnswers({ framework, organisations, seed })).toEqual(answers);
    expect(generateSyntheticAnswers({ framework, organisations, seed: seed + 1 })).not.toEqual(answers);
  });

  it('gives each organisation the same answers whatever the order of the organisations', () => {
    const reversed = generateSyntheticAnswers({ framework, organisations: [...organisations].reverse(), seed });
    const byOrganisation = (list: readonly Answer[], id: string) => list.filter((answer) => answer.organisationId === id);
    for (const { id } of organisations) expect(byOrganisation(reversed, id)).toEqual(byOrganisation(answers, id));
  });

  it('returns valid, deeply frozen, JSON-safe answers and leaves its options alone', () => {
    const options = { framework, organisations: organisations.map((o) => ({ ...o })), seed, groups: ['a', 'b'] };
    const before = JSON.stringify({ organisations: options.organisations, groups: options.groups });
    const result = generateSyntheticAnswers(options);
    expect(JSON.stringify({ organisations: options.organisations, groups: options.groups })).toBe(before);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const answer of answers.slice(0, 500)) expect(AnswerSchema.safeParse(answer).success).toBe(true);
  });

  it('gives every organisation 6 to 12 respondents by default, spread evenly over the three groups', () => {
    const respondents = respondentsOf(answers);
    for (const { id } of organisations) {
      const own = [...respondents.entries()].filter(([key]) => key.startsWith(`${id}/`));
      expect(own.length).toBeGreaterThanOrEqual(6);
      expect(own.length).toBeLessThanOrEqual(12);
      const sizes = ['core-team', 'partner', 'clinical'].map((group) => own.filter(([, list]) => list[0]?.respondentGroup === group).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    for (const list of respondents.values()) {
      expect(new Set(list.map((answer) => answer.respondentGroup)).size).toBe(1);
      expect(new Set(list.map((answer) => answer.itemId)).size).toBe(list.length);
    }
  });

  it('has "don\'t know", "not applicable" and blank answers near the default rates (5%, 2%, 3%)', () => {
    const respondents = respondentsOf(answers).size;
    const share = (value: string) => answers.filter((answer) => answer.answer === value).length / answers.length;
    expect(share('dont-know')).toBeGreaterThan(0.03);
    expect(share('dont-know')).toBeLessThan(0.07);
    expect(share('not-applicable')).toBeGreaterThan(0.01);
    expect(share('not-applicable')).toBeLessThan(0.035);
    const blank = 1 - answers.length / (respondents * items);
    expect(blank).toBeGreaterThan(0.015);
    expect(blank).toBeLessThan(0.05);
  });

  it('honours rates of 0: every respondent answers every item with a value', () => {
    const full = generateSyntheticAnswers({ framework, organisations: organisations.slice(0, 3), seed, dontKnowRate: 0, notApplicableRate: 0, missingRate: 0 });
    const respondents = respondentsOf(full).size;
    expect(full.length).toBe(respondents * items);
    expect(full.every((answer) => typeof answer.answer === 'number')).toBe(true);
  });

  it('gives only values of the scale, and uses most of it', () => {
    const values = new Set(numeric(answers));
    expect([...values].every((value) => [1, 2, 3, 4, 5].includes(value))).toBe(true);
    expect(values.size).toBeGreaterThanOrEqual(4);
  });

  it('makes the data and team-capacity themes (T6, T7) weaker nationally by default', () => {
    const themeMean = (prefix: string) => mean(numeric(answers, (answer) => answer.itemId.startsWith(prefix)));
    const weak = mean([themeMean('T6.'), themeMean('T7.')]);
    const others = mean(['T1.', 'T2.', 'T3.', 'T4.', 'T5.', 'T8.'].map(themeMean));
    expect(weak).toBeLessThan(others - 0.2);
  });

  it('makes the first group (the core team) rate a little higher than the others', () => {
    const core = mean(numeric(answers, (answer) => answer.respondentGroup === 'core-team'));
    const partner = mean(numeric(answers, (answer) => answer.respondentGroup === 'partner'));
    expect(core).toBeGreaterThan(partner);
    expect(core - partner).toBeLessThan(0.6);
  });

  it('makes organisations differ', () => {
    const means = organisations.map(({ id }) => mean(numeric(answers, (answer) => answer.organisationId === id)));
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(0.6);
  });

  it("marks each respondent's first answer with the synthetic comment, or none with comment: null", () => {
    for (const list of respondentsOf(answers).values()) {
      expect(list[0]?.comment).toBe(SYNTHETIC_COMMENT);
      expect(list.slice(1).every((answer) => answer.comment === undefined)).toBe(true);
    }
    const silent = generateSyntheticAnswers({ framework, organisations: organisations.slice(0, 2), seed, comment: null });
    expect(silent.every((answer) => !('comment' in answer))).toBe(true);
  });

  it('makes a later round with drift: the same organisations, mostly higher, new respondents', () => {
    const later = generateSyntheticAnswers({ framework, organisations, seed, drift: { mean: 0.3, sd: 0.25 } });
    expect(new Set(later.map((answer) => answer.organisationId))).toEqual(new Set(answers.map((answer) => answer.organisationId)));
    const before = organisations.map(({ id }) => mean(numeric(answers, (answer) => answer.organisationId === id)));
    const after = organisations.map(({ id }) => mean(numeric(later, (answer) => answer.organisationId === id)));
    expect(mean(after) - mean(before)).toBeGreaterThan(0.15);
    expect(after.filter((value, index) => value > before[index]!).length).toBeGreaterThanOrEqual(15);
    // The same alliances stay strong or weak: the rounds share the latent maturity.
    expect(pearson(before, after)).toBeGreaterThan(0.6);
  });

  it('works with a framework of seven themes and a four-level scale from 0', () => {
    const other = parseFramework(FOUR_LEVELS, { file: 'four-levels.yaml' });
    const result = generateSyntheticAnswers({ framework: other, organisations: organisations.slice(0, 5), seed, respondents: { min: 3, max: 3 } });
    expect(respondentsOf(result).size).toBe(15);
    expect(new Set(numeric(result)).size).toBeGreaterThanOrEqual(3);
    expect(numeric(result).every((value) => [0, 1, 2, 3].includes(value))).toBe(true);
    expect(new Set(result.map((answer) => answer.itemId)).size).toBe(21);
  });

  it('rejects wrong options with an error naming the function', () => {
    expect(() => generateSyntheticAnswers({ framework, organisations, seed: 1.5 })).toThrow(/^generateSyntheticAnswers: options.seed/);
    expect(() => generateSyntheticAnswers({ framework, organisations: [{ id: 'a' }, { id: 'a' }], seed })).toThrow(RangeError);
    expect(() => generateSyntheticAnswers({ framework, organisations: [{ id: '' }], seed })).toThrow(/^generateSyntheticAnswers: options.organisations\[0\].id/);
    expect(() => generateSyntheticAnswers({ framework, organisations, seed, dontKnowRate: 2 })).toThrow(/dontKnowRate/);
    expect(() => generateSyntheticAnswers({ framework, organisations, seed, respondents: { min: 5, max: 4 } })).toThrow(/respondents/);
    expect(() => generateSyntheticAnswers({ framework, organisations, seed, groups: [] })).toThrow(/groups/);
    expect(() => generateSyntheticAnswers({ framework, organisations, seed, weakThemes: ['T99'] })).toThrow(/T99/);
    expect(() => generateSyntheticAnswers({ framework, organisations, seed, drift: { sd: -1 } })).toThrow(/drift.sd/);
    expect(() => generateSyntheticAnswers({ framework: {} as never, organisations, seed })).toThrow(TypeError);
  });
});

describe('generateSyntheticOutcomes', () => {
  it('gives one deterministic percentage per organisation, to one decimal place, within 50 to 95', () => {
    const outcomes = generateSyntheticOutcomes({ framework, organisations, seed, themes: ['T2', 'T6'] });
    expect(outcomes).toEqual(generateSyntheticOutcomes({ framework, organisations, seed, themes: ['T2', 'T6'] }));
    expect(outcomes.map((outcome) => outcome.organisationId)).toEqual(organisations.map((o) => o.id));
    for (const { value } of outcomes) {
      expect(value).toBeGreaterThanOrEqual(50);
      expect(value).toBeLessThanOrEqual(95);
      expect(Math.round(value * 10) / 10).toBe(value);
    }
    expect(Object.isFrozen(outcomes)).toBe(true);
  });

  it('is loosely associated with the answers to its two themes', () => {
    const answers = generateSyntheticAnswers({ framework, organisations, seed });
    const outcomes = generateSyntheticOutcomes({ framework, organisations, seed, themes: ['T2', 'T6'] });
    const scores = organisations.map(({ id }) =>
      mean(numeric(answers, (answer) => answer.organisationId === id && (answer.itemId.startsWith('T2.') || answer.itemId.startsWith('T6.')))),
    );
    const rho = pearson(rank(scores), rank(outcomes.map((outcome) => outcome.value)));
    expect(rho).toBeGreaterThan(0.3);
    expect(rho).toBeLessThan(0.95);
  });

  it('leaves its options alone: deeply frozen options work', () => {
    const options = Object.freeze({
      framework,
      organisations: Object.freeze(organisations.map((organisation) => Object.freeze({ ...organisation }))),
      seed,
      themes: Object.freeze(['T2', 'T6']),
      drift: Object.freeze({ mean: 0.3 }),
    });
    expect(generateSyntheticOutcomes(options)).toHaveLength(21);
    expect(generateSyntheticAnswers({ ...options, organisations: options.organisations.slice(0, 2) }).length).toBeGreaterThan(0);
  });

  it('rejects an unknown theme', () => {
    expect(() => generateSyntheticOutcomes({ framework, organisations, seed, themes: ['T9'] })).toThrow(/^generateSyntheticOutcomes: options.themes names "T9"/);
  });
});
