import { describe, expect, it } from 'vitest';
import { analyseNeeds } from '../../src/analysis/index.js';
import { chooseResponsibility, keywordsOf } from '../../src/analysis/needs.js';
import { effectiveCancerAllianceFramework } from '../../src/framework/reference.js';
import { referenceFrameworks } from '../../src/framework/reference-frameworks.js';
import { FrameworkSchema } from '../../src/framework/schema.js';
import { nonHelpResponsibilityIds } from '../../src/analysis/programme-links.js';
import { responsibilities } from '../../src/programme/data.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { jsonRoundTrip, makeAssessmentScores, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';
import { a, b, c, context, d, e, f, framework, roles, scores } from './national-dataset.js';

const theme1 = miniFramework.themes[0]!;

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
    expect(
      chooseResponsibility(theme1, [
        { id: 'Z1', phrase: 'Pay', text: 'the bills.' },
        { id: 'Z2', phrase: 'Hire', text: 'staff.' },
      ]),
    ).toEqual({
      id: 'Z1',
      phrase: 'Pay',
      text: 'the bills.',
      rule: 'first-responsibility',
      matchedKeywords: [],
    });
    expect(chooseResponsibility(theme1, [])).toBeNull();
  });

  it('reads keywords of four letters or more, without common and programme-wide words', () => {
    expect(keywordsOf('The Alliance and its partners share a clear vision for cancer care, with partners.')).toEqual(['partners', 'share', 'clear', 'vision', 'care']);
  });
});

describe('analyseNeeds', () => {
  it('uses the programme roles by default, choosing by keyword for a theme that names roles only (reference 1.0.0)', () => {
    const framework = referenceFrameworks['1.0.0'];
    const items: Record<string, number> = {};
    for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = theme.id === 'T6' ? 2 : 4;
    const score = makeOrganisationScore(framework, 'greater-manchester', items);
    const result = analyseNeeds(score, { framework });
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

  it('shows the responsibility the framework names for each role, as it stands (reference 1.1.0)', () => {
    const framework = effectiveCancerAllianceFramework;
    const items: Record<string, number> = {};
    for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = ['T2', 'T5'].includes(theme.id) ? 2 : 4;
    const result = analyseNeeds(makeOrganisationScore(framework, 'greater-manchester', items), { framework });
    expect(result.needs.map((need) => need.themeId)).toEqual(['T2', 'T5']);
    // T2 and T5 were the themes where the keyword rule, on 1.0.0, offered the Cancer Delivery Group's power to hold back funding (ACC3).
    expect(result.needs.map((need) => need.roles.map((role) => [role.roleId, role.responsibility?.id, role.responsibility?.rule]))).toEqual([
      [
        ['national-team', 'NT2', 'declared'],
        ['regional-team', 'RT4', 'declared'],
        ['cancer-alliance', 'CA4', 'declared'],
      ],
      [
        ['national-team', 'NT1', 'declared'],
        ['regional-team', 'RT2', 'declared'],
        ['commissioner', 'STP1', 'declared'],
      ],
    ]);
    // A statement that only names the role (STP1 names commissioners) is found too; it is shown as the programme writes it.
    const stp1 = responsibilities.find((statement) => statement.id === 'STP1')!;
    expect(result.needs[1]?.roles[2]).toEqual({
      roleId: 'commissioner',
      roleName: 'Commissioner',
      responsibility: { id: 'STP1', phrase: stp1.emphasis.join('; '), text: stp1.text, rule: 'declared', matchedKeywords: [] },
    });
    expect(isDeepFrozen(result)).toBe(true);
  });

  it('never shows a sanction as help on the reference 1.1.0, and shows a named statement of every role', () => {
    const framework = effectiveCancerAllianceFramework;
    const items: Record<string, number> = {};
    for (const theme of framework.themes) for (const item of [...theme.conditionsOfSuccess, ...theme.enablingFactors]) items[item.id] = 1;
    const { needs } = analyseNeeds(makeOrganisationScore(framework, 'wessex', items), { framework });
    expect(needs).toHaveLength(13);
    const shown = needs.flatMap((need) => need.roles);
    expect(shown.every((role) => role.roleName !== null && role.responsibility?.rule === 'declared')).toBe(true);
    expect(shown.filter((role) => nonHelpResponsibilityIds.includes(role.responsibility?.id ?? ''))).toEqual([]);
  });

  it("with a role lookup of its own, finds a named responsibility among that role's, else gives none", () => {
    const declaredFramework = FrameworkSchema.parse({
      ...miniFramework,
      themes: miniFramework.themes.map((theme) => ({
        ...theme,
        supportedBy: [
          { role: 'regional-team', responsibility: 'R2' },
          { role: 'regional-team', responsibility: 'R9' },
        ],
      })),
    });
    const lookup = () => ({
      name: 'Regional team',
      responsibilities: [
        { id: 'R1', phrase: 'Assure', text: 'plans.' },
        { id: 'R2', phrase: 'Support', text: 'planning.' },
      ],
    });
    const score = makeOrganisationScore(declaredFramework, 'x', miniItems({ T1: [2, 2, 2, 2], T2: [4, 4, 4, 4] }));
    const { needs } = analyseNeeds(score, { framework: declaredFramework, roles: lookup, regionOf: () => null });
    expect(needs[0]?.roles).toEqual([
      { roleId: 'regional-team', roleName: 'Regional team', responsibility: { id: 'R2', phrase: 'Support', text: 'planning.', rule: 'declared', matchedKeywords: [] } },
      { roleId: 'regional-team', roleName: 'Regional team', responsibility: null },
    ]);
  });

  it('names an unknown role without a responsibility', () => {
    const { needs } = analyseNeeds(c, { ...context, roles: () => null });
    expect(needs[0]?.roles).toEqual([{ roleId: 'regional-team', roleName: null, responsibility: null }]);
  });

  it('applies minShortfall, maxItems and maxPeers', () => {
    const options = { ...context, roles, peers: scores };
    expect(analyseNeeds(b, { ...options, minShortfall: 1 }).needs.map((need) => need.themeId)).toEqual(['T2']);
    expect(analyseNeeds(b, { ...options, minShortfall: 0.25 }).needs.map((need) => need.themeId)).toEqual(['T2', 'T1']);
    const small = analyseNeeds(a, { ...options, maxItems: 1, maxPeers: 1 }).needs[0];
    expect(small?.lowestItems.map((item) => item.itemId)).toEqual(['T2.E1']);
    expect(small?.peers.map((peer) => peer.organisationId)).toEqual(['c']);
    expect(analyseNeeds(a, { ...options, maxItems: 0, maxPeers: 0 }).needs[0]).toMatchObject({ lowestItems: [], peers: [] });
  });

  it('takes as peers only others at or above their own target on the theme, with sufficient evidence', () => {
    // e's own target on T1 is raised to 5.5? No: within the scale, 5; e scores 5.0 and stays. a's own target becomes 4.5: a (4.0) is no longer a peer.
    const options = { ...context, roles, peers: scores, targets: { byOrganisation: { a: 4.5 } } };
    expect(analyseNeeds(c, options).needs[0]?.peers.map((peer) => [peer.organisationId, peer.target.source])).toEqual([['e', 'framework-default']]);
    // f scored 3 on T2 with insufficient evidence; even at a target of 3 it is not a peer.
    const lowTargets = { ...options, targets: { byOrganisation: { f: 3 } } };
    expect(analyseNeeds(d, lowTargets).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['e', 'c']);
    // An organisation is never its own peer.
    expect(analyseNeeds(e, { ...options, minShortfall: 0.01, targets: { national: 5 } }).needs.flatMap((need) => need.peers.map((p) => p.organisationId))).not.toContain('e');
  });

  it('lists unscored themes as excluded', () => {
    const partial = makeOrganisationScore(framework, 'p', miniItems({ T1: [2, 2, 2, 2], T2: [null, null, null, null] }));
    expect(analyseNeeds(partial, context).excludedThemes).toEqual([{ themeId: 'T2', reason: 'unscored' }]);
  });

  it('puts a theme with no enablers score after one with enablers on a tie', () => {
    const score = makeOrganisationScore(framework, 'x', miniItems({ T1: [3, 3, null, null], T2: [3, 3, 3, 3] }));
    const { needs } = analyseNeeds(score, context);
    expect(needs.map((need) => [need.themeId, need.enablersScore, need.position])).toEqual([
      ['T2', 3, 'foundational-gap'],
      ['T1', null, null],
    ]);
  });

  it('checks its options and peers', () => {
    expect(() => analyseNeeds(a, { ...context, minShortfall: 0 })).toThrow(/^analyseNeeds: options.minShortfall must be greater than 0/);
    expect(() => analyseNeeds(a, { ...context, maxItems: 1.5 })).toThrow(/^analyseNeeds: options.maxItems must be a whole number/);
    expect(() => analyseNeeds(a, { ...context, maxPeers: -1 })).toThrow(RangeError);
    expect(() => analyseNeeds(a, { ...context, roles: 'x' as never })).toThrow(TypeError);
    expect(() => analyseNeeds(a, { ...context, peers: [a, a] })).toThrow(/^analyseNeeds: organisation "a" appears more than once in options.peers/);
    expect(() => analyseNeeds(a, { ...context, peers: {} as never })).toThrow(TypeError);
  });

  it('is frozen, JSON-safe and does not change its inputs', () => {
    const peers = makeAssessmentScores(framework, [a, b, c, d, e, f]);
    const before = JSON.stringify([d, peers]);
    const result = analyseNeeds(d, { ...context, roles, peers });
    expect(JSON.stringify([d, peers])).toBe(before);
    expect(isDeepFrozen(result)).toBe(true);
    expect(jsonRoundTrip(result)).toEqual(result);
    expect(result.method).toMatchObject({ id: 'analysis.development-needs', version: '1.0.0', options: { roles: 'custom', peers: 6 } });
  });
});

describe('keywordsOf: the stop words and the words kept', () => {
  it('drops every stop word, whatever its case', () => {
    const stopWords =
      'about across after also alliance alliances among being been before both cancer could does done each every from have including into its made make makes more most much only other others ours over own same should some such than that their them then there these they this those through under upon very well were what when where which while whole will with within without would your';
    expect(keywordsOf(stopWords)).toEqual([]);
    expect(keywordsOf(stopWords.toUpperCase())).toEqual([]);
    // Words of four letters or more that are not stop words are kept, in text order, each once.
    expect(keywordsOf('Wider workforce: WORKFORCE planning, café-owners and data')).toEqual(['wider', 'workforce', 'planning', 'café', 'owners', 'data']);
  });
});

describe('chooseResponsibility: the words it matched', () => {
  it('lists the theme keywords matched, in theme order, matching a longer or shorter word', () => {
    // Theme 1: "Shared vision and planning" / "Partners share a clear vision, and an annual plan turns it into deliverables."
    // keywords: shared, vision, planning, partners, share, clear, annual, plan, turns, deliverables.
    const chosen = chooseResponsibility(theme1, [{ id: 'R1', phrase: 'Plans', text: 'annually, with sharing partnerships.' }]);
    // The responsibility's words: plans, annually, with, sharing, partnerships (less the stop word "with").
    // "partnerships" begins with "partners", "annually" with "annual", "plans" with "plan". "planning" is longer than
    // "plans" and does not begin with it; "sharing" begins with neither "share" nor "shared".
    expect(chosen).toEqual({ id: 'R1', phrase: 'Plans', text: 'annually, with sharing partnerships.', rule: 'keyword-match', matchedKeywords: ['partners', 'annual', 'plan'] });
    const shorter = chooseResponsibility(theme1, [{ id: 'R2', phrase: 'Plan', text: 'a vision.' }]);
    // "plan" begins "planning" (a title keyword) and equals "plan"; "vision" equals "vision".
    expect(shorter?.matchedKeywords).toEqual(['vision', 'planning', 'plan']);
  });

  it('prefers a later responsibility only when it matches more title keywords, or as many and more keywords', () => {
    const more = chooseResponsibility(theme1, [
      { id: 'A', phrase: 'Deliverables', text: 'turned into clear annual outputs.' },
      { id: 'B', phrase: 'Vision', text: 'for the region.' },
    ]);
    // A matches deliverables, clear, annual (0 in the title); B matches vision (1 in the title): B wins on the title.
    expect(more?.id).toBe('B');
    const equalTitle = chooseResponsibility(theme1, [
      { id: 'A', phrase: 'Vision', text: 'for the region.' },
      { id: 'B', phrase: 'Vision', text: 'and clear deliverables.' },
    ]);
    // Both match one title keyword (vision); B matches three keywords in all: B.
    expect(equalTitle?.id).toBe('B');
    const fewer = chooseResponsibility(theme1, [
      { id: 'A', phrase: 'Vision', text: 'and clear deliverables.' },
      { id: 'B', phrase: 'Vision', text: 'for the region.' },
    ]);
    expect(fewer?.id).toBe('A');
  });
});

describe('analyseNeeds: thresholds, peers and options at their edges', () => {
  it('takes a shortfall of exactly minShortfall - EPSILON as a need', () => {
    // b's T2 = (3 + 4 + 2 + 3) / 4 = 3, shortfall 1; 1.000000001 - 1e-9 is exactly 1.
    expect(analyseNeeds(b, { ...context, roles, minShortfall: 1.000000001 }).needs.map((need) => need.themeId)).toEqual(['T2']);
    expect(analyseNeeds(b, { ...context, roles, minShortfall: 1.00000001 }).needs).toEqual([]);
  });

  it('fills the peers from the same region first, up to maxPeers, and never the organisation itself', () => {
    const oneRegion = { ...context, roles, peers: scores, regionOf: () => 'R' };
    // d's T2 need: c (5) and e (4) are at target, both in R.
    expect(analyseNeeds(d, { ...oneRegion, maxPeers: 1 }).needs[0]?.peers.map((peer) => [peer.organisationId, peer.sameRegion])).toEqual([['c', true]]);
    expect(analyseNeeds(d, { ...oneRegion, maxPeers: 2 }).needs[0]?.peers.map((peer) => [peer.organisationId, peer.sameRegion])).toEqual([
      ['c', true],
      ['e', true],
    ]);
    // c's T1 need (2.0): a (4) and e (5) at target, both in R; c itself is not at target.
    expect(analyseNeeds(c, oneRegion).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['e', 'a']);
  });

  it('lists peers for an organisation in no region as from elsewhere, even peers in no region', () => {
    const noRegion = { ...context, roles, peers: scores, regionOf: () => null };
    expect(analyseNeeds(d, noRegion).needs[0]?.peers.map((peer) => [peer.organisationId, peer.region, peer.sameRegion])).toEqual([
      ['c', null, false],
      ['e', null, false],
    ]);
  });

  it('takes peers from other regions after its own, up to maxPeers in all', () => {
    // a (NEY) on T2: c (NEY, 5) first, then e (SW, 4); with maxPeers 5 both, and nobody else is at target.
    const options = { ...context, roles, peers: scores };
    expect(analyseNeeds(a, options).needs[0]?.peers.map((peer) => [peer.organisationId, peer.sameRegion, peer.region?.id])).toEqual([
      ['c', true, 'NEY'],
      ['e', false, 'SW'],
    ]);
    // f (LON) on T1: e (SW, 5) and a (NEY, 4), both from elsewhere, best first; with maxPeers 1 only e.
    expect(analyseNeeds(f, { ...options, maxPeers: 1 }).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['e']);
  });

  it('says why a theme is left out, and counts the peers used', () => {
    const result = analyseNeeds(f, { ...context, roles, peers: [a, e] });
    expect(result.excludedThemes).toEqual([{ themeId: 'T2', reason: 'insufficient' }]);
    expect(result.method.options.peers).toBe(2);
    expect(result.kind).toBe('development-needs');
    expect(result.needs[0]).toMatchObject({ rank: 1, themeId: 'T1', title: 'Shared vision and planning', score: 3, conditionsScore: 2.5, enablersScore: 3.5 });
  });

  it('lists the lowest items conditions-first by score when the enablers are at target', () => {
    // b's T1: conditions 3, 3 and enablers 4, 4: behaviours lagging; only the conditions are below target.
    const need = analyseNeeds(b, { ...context, roles, minShortfall: 0.5 }).needs.find((n) => n.themeId === 'T1');
    expect(need?.lowestItems).toEqual([
      { itemId: 'T1.C1', kind: 'condition', text: 'Partners agree a shared vision.', score: 3, shortfall: 1 },
      { itemId: 'T1.C2', kind: 'condition', text: 'The annual plan has owners and timescales.', score: 3, shortfall: 1 },
    ]);
    // With enablers below target too (foundational gap), enablers come first, each kind by score then order.
    const mixed = makeOrganisationScore(framework, 'm', miniItems({ T1: [3, 1, 2, 3.5], T2: [4, 4, 4, 4] }));
    expect(analyseNeeds(mixed, { ...context, roles, maxItems: 4 }).needs[0]?.lowestItems.map((item) => item.itemId)).toEqual(['T1.E1', 'T1.E2', 'T1.C2', 'T1.C1']);
  });

  it('names each option and its range', () => {
    expect(() => analyseNeeds(a, { ...context, roles: 'x' as never })).toThrow(
      new TypeError('analyseNeeds: options.roles must be a function from a role id to { name, responsibilities } or null'),
    );
    expect(() => analyseNeeds(a, { ...context, minShortfall: -1 })).toThrow(new RangeError('analyseNeeds: options.minShortfall must be greater than 0, got -1'));
    expect(() => analyseNeeds(a, { ...context, maxItems: -1 })).toThrow(new RangeError('analyseNeeds: options.maxItems must be a whole number at least 0, got -1'));
    expect(() => analyseNeeds(a, { ...context, maxPeers: 0.5 })).toThrow(new RangeError('analyseNeeds: options.maxPeers must be a whole number at least 0, got 0.5'));
    expect(() => analyseNeeds(a, { ...context, maxItems: 0.5 })).toThrow(RangeError);
  });
});

describe('analyseNeeds: orders and texts', () => {
  it('keeps an earlier responsibility that matches more title keywords over a later one that matches more in all', () => {
    const chosen = chooseResponsibility(theme1, [
      { id: 'A', phrase: 'Vision', text: 'for the region.' },
      { id: 'B', phrase: 'Deliverables', text: 'turned into clear annual outputs.' },
    ]);
    // A: vision (1 in the title, 1 in all); B: deliverables, clear, annual (0 in the title, 3 in all): A.
    expect(chosen?.id).toBe('A');
  });

  it('is never its own peer, even when the peers hold another score of its own', () => {
    // Another score for d (say, last year's) at target on T2 is not a peer for d's T2 need.
    const dBetter = makeOrganisationScore(framework, 'd', miniItems({ T1: [4, 5, 3, 2], T2: [5, 5, 5, 5] }));
    const peers = [a, b, c, dBetter, e];
    expect(analyseNeeds(d, { ...context, roles, peers }).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['e', 'c']);
    expect(analyseNeeds(d, { ...context, roles, peers, regionOf: () => null }).needs[0]?.peers.map((peer) => peer.organisationId)).toEqual(['c', 'e']);
  });

  it('gives each lowest item its own text, whichever theme and kind it is', () => {
    const need = analyseNeeds(a, { ...context, roles, maxItems: 4 }).needs[0];
    // a's T2: 2, 3, 2, 2 (C1, C2, E1, E2): foundational gap, enablers first.
    expect(need?.lowestItems.map((item) => [item.itemId, item.text])).toEqual([
      ['T2.E1', 'An analytical team.'],
      ['T2.E2', 'A shared dashboard.'],
      ['T2.C1', 'Decisions use timely data.'],
      ['T2.C2', 'Variation is found and acted on.'],
    ]);
  });

  it('lists enablers first only when the position points to them: fragile or foundational gap', () => {
    // Behaviours lagging: conditions 3 and 3 (mean 3), enablers 5 and 3 (mean 4, at target). T1.E2 is below target
    // but the conditions lead: by score, then framework order.
    const lagging = makeOrganisationScore(framework, 'l', miniItems({ T1: [3, 3, 5, 3], T2: [4, 4, 4, 4] }));
    const lag = analyseNeeds(lagging, { ...context, roles }).needs[0];
    expect(lag?.position).toBe('behaviours-lagging');
    expect(lag?.lowestItems.map((item) => item.itemId)).toEqual(['T1.C1', 'T1.C2', 'T1.E2']);
    // Fragile: conditions 5 and 3 (mean 4, at target), enablers 3 and 3: the enablers first, then T1.C2.
    const fragile = makeOrganisationScore(framework, 'g', miniItems({ T1: [5, 3, 3, 3], T2: [4, 4, 4, 4] }));
    const frag = analyseNeeds(fragile, { ...context, roles }).needs[0];
    expect(frag?.position).toBe('fragile');
    expect(frag?.lowestItems.map((item) => item.itemId)).toEqual(['T1.E1', 'T1.E2', 'T1.C2']);
  });

  it('puts the earlier theme first on a tie when its Enabling Factors score is the lower', () => {
    // T1: conditions 4, enablers 2 -> 3.0; T2: conditions 2, enablers 4 -> 3.0: the same weight; T1 has the lower enablers.
    const tied = makeOrganisationScore(framework, 'tied', miniItems({ T1: [4, 4, 2, 2], T2: [2, 2, 4, 4] }));
    expect(analyseNeeds(tied, { ...context, roles }).needs.map((need) => [need.themeId, need.enablersScore])).toEqual([
      ['T1', 2],
      ['T2', 4],
    ]);
  });
});
