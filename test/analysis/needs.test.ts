import { describe, expect, it } from 'vitest';
import { chooseResponsibility, developmentNeeds } from '../../src/analysis/index.js';
import { keywordsOf } from '../../src/analysis/needs.js';
import { effectiveCancerAllianceFramework } from '../../src/framework/reference.js';
import type { Theme } from '../../src/framework/schema.js';
import { isDeepFrozen, jsonRoundTrip, makeAssessmentScores, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';
import { a, b, c, context, d, e, f, framework, roles, scores } from './national-dataset.js';

const theme1 = miniFramework.themes[0] as Theme;

describe('chooseResponsibility', () => {
  it('picks the statement sharing most title keywords, then most theme keywords, then the earlier', () => {
    const chosen = chooseResponsibility(theme1, [
      { id: 'X1', phrase: 'Share', text: 'a vision.' },
      { id: 'X2', phrase: 'Plan', text: 'with partners.' },
      { id: 'X3', phrase: 'Plan', text: 'with partners and a vision.' },
    ]);
    expect(chosen).toMatchObject({ id: 'X3', rule: 'keyword-match' });
    // Title keywords first: X1 matches "shared" (share begins shared) and "vision" of the title; X2 only "planning".
    expect(
      chooseResponsibility(theme1, [
        { id: 'X1', phrase: 'Share', text: 'a vision.' },
        { id: 'X2', phrase: 'Plan', text: 'with partners.' },
      ])?.id,
    ).toBe('X1');
  });

  it('falls back to the first responsibility, and gives null for none', () => {
    // A tie on both counts: the earlier.
    expect(
      chooseResponsibility(theme1, [
        { id: 'Y1', phrase: 'Plan', text: 'the year.' },
        { id: 'Y2', phrase: 'Planning', text: 'for the year.' },
      ])?.id,
    ).toBe('Y1');
    expect(chooseResponsibility(theme1, [{ id: 'Z1', phrase: 'Pay', text: 'the bills.' }, { id: 'Z2', phrase: 'Hire', text: 'staff.' }])).toEqual({
      id: 'Z1',
      phrase: 'Pay',
      text: 'the bills.',
      rule: 'first-responsibility',
      matchedKeywords: [],
    });
    expect(chooseResponsibility(theme1, [])).toBeNull();
  });

  it('reads keywords of four letters or more, without common and programme-wide words', () => {
    expect(keywordsOf('The Alliance and its partners share a clear vision for cancer care, with partners.')).toEqual([
      'partners', 'share', 'clear', 'vision', 'care',
    ]);
  });
});

describe('developmentNeeds', () => {
  it('uses the programme roles by default', () => {
    const framework = effectiveCancerAllianceFramework;
    const items: Record<string, number> = {};
    for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = theme.id === 'T6' ? 2 : 4;
    const score = makeOrganisationScore(framework, 'greater-manchester', items);
    const result = developmentNeeds(score, { framework });
    expect(result.needs.map((need) => need.themeId)).toEqual(['T6']);
    expect(result.method.options).toMatchObject({ regions: 'programme', roles: 'programme', peers: 0, minShortfall: 0.5, maxItems: 3, maxPeers: 5 });
    const need = result.needs[0];
    expect(need?.roles.map((role) => [role.roleId, role.roleName, role.responsibility?.rule])).toEqual([
      ['national-team', 'National team', 'keyword-match'],
      ['regional-team', 'Regional team', 'keyword-match'],
    ]);
    expect(need?.roles[0]?.responsibility?.matchedKeywords).toContain('data');
    expect(result.region).toEqual({ id: 'Y62', name: 'North West' });
  });

  it('names an unknown role without a responsibility', () => {
    const { needs } = developmentNeeds(c, { ...context, roles: () => null });
    expect(needs[0]?.roles).toEqual([{ roleId: 'regional-team', roleName: null, responsibility: null }]);
  });

  it('applies minShortfall, maxItems and maxPeers', () => {
    const options = { ...context, roles, peers: scores };
    expect(developmentNeeds(b, { ...options, minShortfall: 1 }).needs.map((need) => need.themeId)).toEqual(['T2']);
    expect(developmentNeeds(b, { ...options, minShortfall: 0.25 }).needs.map((need) => need.themeId)).toEqual(['T2', 'T1']);
    const small = developmentNeeds(a, { ...options, maxItems: 1, maxPeers: 1 }).needs[0];
    expect(small?.lowestItems.map((item) => item.itemId)).toEqual(['T2.E1']);
    expect(small?.peers.map((peer) => peer.organisationId)).toEqual(['c']);
    expect(developmentNeeds(a, { ...options, maxItems: 0, maxPeers: 0 }).needs[0]).toMatchObject({ lowestItems: [], peers: [] });
  });

  it('takes as peers only others at or above their own target on the theme, with sufficient evidence', () => {
    // e's own target on T1 is raised to 5.5? No: within the scale, 5; e scores 5.0 and stays. a's own target becomes 4.5: a (4.0) is no longer a peer.
    const options = { ...context, roles, peers: scores, targets: { byOrganisation: { a: 4.5 } } };
    expect(developmentNeeds(c, options).needs[0]?.peers.map((peer) => [peer.organisationId, peer.target.source])).toEqual([['e', 'framework-default']]);
    // f scored 3 on T2 with insufficient evidence; even at a target of 3 it is not a peer.
    const lowTargets = { ...options, targets: { byOrganisation: { f: 3 } } };
    expect(developmentNeeds(d, lowTargets).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['e', 'c']);
    // An organisation is never its own peer.
    expect(developmentNeeds(e, { ...options, minShortfall: 0.01, targets: { national: 5 } }).needs.flatMap((need) => need.peers.map((p) => p.organisationId))).not.toContain('e');
  });

  it('lists unscored themes as excluded', () => {
    const partial = makeOrganisationScore(framework, 'p', miniItems({ T1: [2, 2, 2, 2], T2: [null, null, null, null] }));
    expect(developmentNeeds(partial, context).excludedThemes).toEqual([{ themeId: 'T2', reason: 'unscored' }]);
  });

  it('puts a theme with no enablers score after one with enablers on a tie', () => {
    const score = makeOrganisationScore(framework, 'x', miniItems({ T1: [3, 3, null, null], T2: [3, 3, 3, 3] }));
    const { needs } = developmentNeeds(score, context);
    expect(needs.map((need) => [need.themeId, need.enablersScore, need.position])).toEqual([
      ['T2', 3, 'foundational-gap'],
      ['T1', null, null],
    ]);
  });

  it('checks its options and peers', () => {
    expect(() => developmentNeeds(a, { ...context, minShortfall: 0 })).toThrow(/^developmentNeeds: options.minShortfall must be greater than 0/);
    expect(() => developmentNeeds(a, { ...context, maxItems: 1.5 })).toThrow(/^developmentNeeds: options.maxItems must be a whole number/);
    expect(() => developmentNeeds(a, { ...context, maxPeers: -1 })).toThrow(RangeError);
    expect(() => developmentNeeds(a, { ...context, roles: 'x' as never })).toThrow(TypeError);
    expect(() => developmentNeeds(a, { ...context, peers: [a, a] })).toThrow(/^developmentNeeds: organisation "a" appears more than once in options.peers/);
    expect(() => developmentNeeds(a, { ...context, peers: {} as never })).toThrow(TypeError);
  });

  it('is frozen, JSON-safe and does not change its inputs', () => {
    const peers = makeAssessmentScores(framework, [a, b, c, d, e, f]);
    const before = JSON.stringify([d, peers]);
    const result = developmentNeeds(d, { ...context, roles, peers });
    expect(JSON.stringify([d, peers])).toBe(before);
    expect(isDeepFrozen(result)).toBe(true);
    expect(jsonRoundTrip(result)).toEqual(result);
    expect(result.method).toMatchObject({ id: 'analysis.development-needs', version: '1.0.0', options: { roles: 'custom', peers: 6 } });
  });
});
