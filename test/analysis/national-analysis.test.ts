import { describe, expect, it } from 'vitest';
import { analyseGaps, analyseNational, analyseNeeds, analyseNationalPosition, analyseBarriers } from '../../src/analysis/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip } from './fixtures.js';
import { a, b, c, context, d, e, f, roles, scores } from './national-dataset.js';

describe('analyseNational', () => {
  it('gives every part what its own function gives with the same options, for every organisation', () => {
    const options = { ...context, roles, minShortfall: 0.25, maxItems: 2, maxPeers: 1, minQuartileN: 5, smallN: 3, commonMinCount: 2, barrierShortfall: 1.5 };
    const national = analyseNational(scores, options);
    expect(national.kind).toBe('national-analysis');
    expect(national.framework).toEqual({ id: 'mini-framework', version: '1.0.0' });
    expect(national.position).toEqual(analyseNationalPosition(scores, options));
    expect(national.barriers).toEqual(analyseBarriers(scores, options));
    const list = [a, b, c, d, e, f];
    expect(national.needsByOrganisation).toEqual(list.map((score) => analyseNeeds(score, { ...options, peers: scores })));
    expect(national.gapsByOrganisation).toEqual(list.map((score) => analyseGaps(score, options)));
    expect(isDeepFrozen(national)).toBe(true);
    expect(jsonRoundTrip(national)).toEqual(national);
  });

  it('records the programme roles as used when no roles are given', () => {
    const national = analyseNational(scores, context);
    expect(national.needsByOrganisation[0]?.method.options).toMatchObject({ roles: 'programme', peers: 6, minShortfall: 0.5, maxItems: 3, maxPeers: 5 });
    expect(national.needsByOrganisation[0]?.method.options).toEqual(analyseNeeds(a, { ...context, peers: scores }).method.options);
    expect(national.gapsByOrganisation[0]?.method).toEqual(analyseGaps(a, context).method);
  });

  it('checks every option under its own name', () => {
    expect(() => analyseNational(scores, undefined as never)).toThrow(/^analyseNational: options are required/);
    expect(() => analyseNational(scores, { ...context, maxPeers: -1 })).toThrow(/^analyseNational: options.maxPeers must be/);
    expect(() => analyseNational(scores, { ...context, smallN: -1 })).toThrow(/^analyseNational: options.smallN must be/);
    expect(() => analyseNational(scores, { ...context, commonShare: 2 })).toThrow(/^analyseNational: options.commonShare must be/);
    expect(() => analyseNational([a, a], context)).toThrow(/^analyseNational: organisation "a" appears more than once in scores/);
  });
});
