import { describe, expectTypeOf, it } from 'vitest';
import {
  analyseGaps,
  analyseNeeds,
  analyseNationalPosition,
  type DevelopmentNeeds,
  type GapAnalysis,
  type NationalPosition,
  type PositionKind,
  type TargetSource,
} from '../../src/analysis/index.js';
import type { OrganisationScore } from '../../src/assessment/score-types.js';
import type { Framework } from '../../src/framework/schema.js';

declare const score: OrganisationScore;
declare const framework: Framework;

describe('analysis types', () => {
  it('require the framework in the options', () => {
    expectTypeOf(analyseGaps(score, { framework })).toEqualTypeOf<GapAnalysis>();
    expectTypeOf(analyseNeeds(score, { framework, minShortfall: 1 })).toEqualTypeOf<DevelopmentNeeds>();
    expectTypeOf(analyseNationalPosition([score], { framework })).toEqualTypeOf<NationalPosition>();
    // @ts-expect-error the framework is required
    analyseGaps(score, {});
    // @ts-expect-error options are required
    analyseNationalPosition([score]);
    // @ts-expect-error a target source is one of six
    const source: TargetSource = 'somewhere';
    source;
  });

  it('give read-only results with literal unions', () => {
    const gaps = analyseGaps(score, { framework });
    expectTypeOf(gaps.themes[0]!.position.kind).toEqualTypeOf<PositionKind | null>();
    // @ts-expect-error results are read-only
    gaps.themes[0]!.score = 3;
    // @ts-expect-error arrays are read-only
    gaps.themes.push(gaps.themes[0]!);
  });
});
