/** The analysis on scores from the scoring engine: 21 alliances answering the reference framework. */
import { describe, expect, it } from 'vitest';
import { analyseNational, analyseOutcomes, compareRounds } from '../../src/analysis/index.js';
import type { Answer } from '../../src/assessment/answer.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { mulberry32, randomInt } from '../../src/internal/random.js';
import { organisationsAt } from '../../src/programme/organisations.js';

// The reference framework 1.0.0 (eight themes, 80 items), which this file's expectations are written for.
const framework = referenceFrameworks['1.0.0'];

/** Synthetic answers: three respondents per alliance, each alliance with its own level per theme. */
function syntheticAnswers(seed: number): Answer[] {
  const random = mulberry32(seed);
  const alliances = organisationsAt(new Date(2024, 2, 31)).alliances;
  const answers: Answer[] = [];
  for (const alliance of alliances) {
    const themeLevel = new Map(framework.themes.map((theme) => [theme.id as string, 1 + randomInt(random, 5)]));
    for (let r = 1; r <= 3; r++) {
      for (const ref of itemsOf(framework)) {
        const base = themeLevel.get(ref.theme.id)!;
        const value = Math.min(5, Math.max(1, base + randomInt(random, 3) - 1));
        answers.push({
          organisationId: alliance.id,
          respondentId: `${alliance.id}-r${r}`,
          itemId: ref.item.id,
          answer: random() < 0.05 ? 'dont-know' : value,
        } as unknown as Answer);
      }
    }
  }
  return answers;
}

describe('the analysis of scored assessments', () => {
  const scores = scoreAnswers(syntheticAnswers(1), { framework });

  it('analyses the 21 alliances of March 2024 by their programme regions', () => {
    expect(scores.organisations).toHaveLength(21);
    const national = analyseNational(scores, { framework });
    expect(national.position.organisations).toBe(21);
    expect(national.position.themes).toHaveLength(8);
    // All seven NHS England regions, and no alliance without a region.
    expect(national.position.regions).toHaveLength(7);
    expect(national.position.regions.every((region) => region.region !== null)).toBe(true);
    expect(national.gapsByOrganisation).toHaveLength(21);
    // The gaps carry the scoring engine's theme scores unchanged.
    national.gapsByOrganisation.forEach((gaps, o) => {
      gaps.themes.forEach((theme, t) => expect(theme.score).toBe(scores.organisations[o]?.themes[t]?.score));
    });
    // Every need names programme roles with a responsibility, where the programme has one.
    const roles = national.needsByOrganisation.flatMap((needs) => needs.needs.flatMap((need) => need.roles));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((role) => role.roleName !== null)).toBe(true);
  });

  it('associates with an outcome and compares two rounds', () => {
    const outcome = {
      name: 'Synthetic outcome',
      values: scores.organisations.map((score, i) => ({ organisationId: score.organisationId, value: 60 + ((i * 37) % 30) })),
    };
    const association = analyseOutcomes(scores, { framework, permutations: 500, outcomes: outcome });
    expect(association.themes.every((theme) => theme.n === 21 && theme.caveat === null)).toBe(true);

    const next = scoreAnswers(syntheticAnswers(2), { framework });
    const comparison = compareRounds(
      { label: 'Round 1', date: '2023-06-30', financialYear: '2023/24', scores },
      { label: 'Round 2', date: '2024-06-28', financialYear: '2024/25', scores: next },
    );
    expect(comparison.organisations).toHaveLength(21);
    expect(comparison.organisations[0]?.themes).toHaveLength(8);
    expect(comparison.organisations[0]?.items).toHaveLength(80);
  });
});
