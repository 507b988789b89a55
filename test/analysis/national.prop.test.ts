import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseOutcomes, analyseNeeds, analyseNationalPosition, analyseBarriers } from '../../src/analysis/index.js';
import { spearman } from '../../src/analysis/statistics.js';
import type { OrganisationScore } from '../../src/assessment/score-types.js';
import { makeOrganisationScore, miniFramework } from './fixtures.js';

const framework = miniFramework;
const ITEMS = ['T1.C1', 'T1.C2', 'T1.E1', 'T1.E2', 'T2.C1', 'T2.C2', 'T2.E1', 'T2.E2'];
const REGIONS = ['R1', 'R2', 'R3'];
const NAMES: Readonly<Record<string, string>> = { R1: 'East', R2: 'North', R3: 'West' };

/** A score in quarters from 1 to 5, or unscored (null) one time in five. */
const itemScore = fc.option(
  fc.integer({ min: 4, max: 20 }).map((v) => v / 4),
  { freq: 5 },
);

/** A national dataset: 0 to 21 organisations, each with item scores and a region (or none). */
const dataset = fc
  .array(fc.record({ items: fc.array(itemScore, { minLength: 8, maxLength: 8 }), region: fc.option(fc.constantFrom(...REGIONS), { freq: 6 }) }), { maxLength: 21 })
  .map((rows) => {
    const regions: Record<string, string | null> = {};
    const scores: OrganisationScore[] = rows.map((row, i) => {
      const id = `org-${String(i).padStart(2, '0')}`;
      regions[id] = row.region;
      const items: Record<string, number | null> = {};
      ITEMS.forEach((itemId, k) => (items[itemId] = row.items[k] ?? null));
      return makeOrganisationScore(framework, id, items);
    });
    return { scores, regions };
  });

const contextOf = (regions: Readonly<Record<string, string | null>>) => ({
  framework,
  regionOf: (id: string) => regions[id] ?? null,
  regionName: (id: string) => NAMES[id] ?? id,
});

describe('the national view (properties)', { timeout: 60_000 }, () => {
  it('does not depend on the order of the alliances', () => {
    fc.assert(
      fc.property(
        dataset.chain((data) => fc.tuple(fc.constant(data), fc.shuffledSubarray(data.scores, { minLength: data.scores.length }))),
        ([data, shuffled]) => {
          const context = contextOf(data.regions);
          expect(analyseNationalPosition(shuffled, context)).toEqual(analyseNationalPosition(data.scores, context));
          expect(analyseBarriers(shuffled, context)).toEqual(analyseBarriers(data.scores, context));
          const first = data.scores[0];
          if (first) expect(analyseNeeds(first, { ...context, peers: shuffled })).toEqual(analyseNeeds(first, { ...context, peers: data.scores }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives regional figures that agree with the alliances in them', () => {
    fc.assert(
      fc.property(dataset, ({ scores, regions }) => {
        const context = contextOf(regions);
        const position = analyseNationalPosition(scores, context);
        // The regions partition the alliances.
        expect(position.regions.flatMap((region) => region.organisations).sort()).toEqual(scores.map((s) => s.organisationId).sort());
        for (const region of position.regions) {
          for (const id of region.organisations) expect(regions[id] ?? null).toBe(region.region?.id ?? null);
          // Each region's figures are the national figures of its own alliances alone.
          const own = scores.filter((s) => region.organisations.includes(s.organisationId));
          expect(region.themes).toEqual(analyseNationalPosition(own, context).themes);
        }
        position.themes.forEach((theme, t) => {
          const parts = position.regions.map((region) => region.themes[t]!);
          expect(parts.reduce((sum, part) => sum + part.n, 0)).toBe(theme.n);
          expect(parts.reduce((sum, part) => sum + part.excluded, 0)).toBe(theme.excluded);
          expect(parts.reduce((sum, part) => sum + part.belowTarget, 0)).toBe(theme.belowTarget);
          theme.levels.forEach((level, l) => expect(parts.reduce((sum, part) => sum + part.levels[l]!.count, 0)).toBe(level.count));
          // The national mean is the n-weighted mean of the regional means.
          if (theme.n > 0) {
            const weighted = parts.reduce((sum, part) => sum + (part.mean ?? 0) * part.n, 0) / theme.n;
            expect(weighted).toBeCloseTo(theme.mean!, 9);
          }
          if (theme.n > 0) {
            expect(theme.min! <= (theme.q1 ?? theme.median!)).toBe(true);
            expect(theme.median! <= (theme.q3 ?? theme.max!)).toBe(true);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('ranks each alliance one more than the number scoring strictly higher', () => {
    fc.assert(
      fc.property(dataset, ({ scores, regions }) => {
        const position = analyseNationalPosition(scores, contextOf(regions));
        position.themes.forEach((theme, t) => {
          const ranked = position.standings.map((s) => s.themes[t]!).filter((s) => s.rank !== null);
          expect(ranked).toHaveLength(theme.n);
          for (const standing of ranked) {
            const higher = ranked.filter((other) => other.score! > standing.score! + 1e-9).length;
            expect(standing.rank).toBe(higher + 1);
            expect(standing.distanceFromMedian).toBeCloseTo(standing.score! - theme.median!, 12);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('lists only barriers that meet the thresholds, each alliance once', () => {
    fc.assert(
      fc.property(dataset, ({ scores, regions }) => {
        const barriers = analyseBarriers(scores, contextOf(regions));
        for (const barrier of [...barriers.items, ...barriers.themes]) {
          expect(barrier.sharing).toBeGreaterThanOrEqual(3);
          expect(barrier.sharing).toBeLessThanOrEqual(barrier.scored);
          expect(barrier.prevalence).toBeGreaterThanOrEqual(1 / 3 - 1e-9);
          const members = barrier.byRegion.flatMap((group) => group.organisations);
          expect(members).toHaveLength(barrier.sharing);
          expect(new Set(members.map((m) => m.organisationId)).size).toBe(barrier.sharing);
          for (const member of members) expect(member.shortfall).toBeGreaterThanOrEqual(1 - 1e-9);
        }
        const prevalences = barriers.items.map((b) => b.prevalence);
        expect(prevalences).toEqual([...prevalences].sort((x, y) => y - x));
      }),
      { numRuns: 60 },
    );
  });

  it('orders needs by priority weight and keeps percentage to target within [0, 1]', () => {
    fc.assert(
      fc.property(dataset, ({ scores, regions }) => {
        const context = contextOf(regions);
        for (const score of scores) {
          const { needs } = analyseNeeds(score, { ...context, peers: scores });
          for (let i = 1; i < needs.length; i++) expect(needs[i - 1]!.priorityWeight).toBeGreaterThanOrEqual(needs[i]!.priorityWeight);
          for (const need of needs) {
            expect(need.shortfall).toBeGreaterThanOrEqual(0.5 - 1e-9);
            expect(need.lowestItems.length).toBeLessThanOrEqual(3);
            for (const peer of need.peers) expect(peer.score).toBeGreaterThanOrEqual(peer.target.value - 1e-9);
          }
          const fraction = analyseGaps(score, context).toTarget.fraction;
          if (fraction !== null) expect(fraction >= 0 && fraction <= 1).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('Spearman (properties)', { timeout: 60_000 }, () => {
  const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { minLength: 3, maxLength: 21 });

  it('lies in [-1, 1], is symmetric, and is unchanged by an increasing transform of either side', () => {
    fc.assert(
      fc.property(pairs, (rows) => {
        const x = rows.map(([v]) => v);
        const y = rows.map(([, v]) => v);
        const rho = spearman(x, y);
        if (rho === null) return;
        expect(rho).toBeGreaterThanOrEqual(-1);
        expect(rho).toBeLessThanOrEqual(1);
        expect(spearman(y, x)).toBeCloseTo(rho, 12);
        expect(
          spearman(
            x,
            y.map((v) => Math.exp(v / 3)),
          ),
        ).toBeCloseTo(rho, 12);
      }),
    );
  });

  it('gives a p-value in (0, 1] that does not depend on the order of the alliances', () => {
    fc.assert(
      fc.property(
        dataset.chain((data) =>
          fc.tuple(
            fc.constant(data),
            fc.shuffledSubarray(data.scores, { minLength: data.scores.length }),
            fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 21, maxLength: 21 }),
          ),
        ),
        ([data, shuffled, values]) => {
          const outcome = { name: 'o', values: data.scores.map((s, i) => ({ organisationId: s.organisationId, value: values[i]! })) };
          const options = { ...contextOf(data.regions), permutations: 200 };
          const result = analyseOutcomes(data.scores, { ...options, outcomes: outcome });
          expect(analyseOutcomes(shuffled, { ...options, outcomes: { ...outcome, values: [...outcome.values].reverse() } })).toEqual(result);
          for (const theme of result.themes) if (theme.pValue !== null) expect(theme.pValue > 0 && theme.pValue <= 1).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
