import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Answer } from '../../src/assessment/answer.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { renderHtml } from '../../src/report/html.js';
import { buildAllianceReport } from '../../src/report/alliance.js';
import { buildReports } from '../../src/report/build.js';
import { exportJson } from '../../src/report/json.js';
import type { BuildReportsOptions } from '../../src/report/model.js';
import { buildNationalReport } from '../../src/report/national.js';
import { unfrozenPathOf } from '../helpers/frozen.js';
import { ALLIANCES, referenceFramework, sampleScores, sevenThemeFramework, uniformScores } from './fixtures.js';

const seven = sevenThemeFramework();
// Every respondent of a gives 3 to every item, of b 1, of c 2 (scale 0..3, target 2).
const uniform = uniformScores(seven, { a: 3, b: 1, c: 2 });

describe('report models, worked by hand (7 themes, 4 levels 0..3, target 2)', () => {
  const { national, alliances } = buildReports(uniform, { framework: seven });
  const [a, b, c] = alliances;

  it('carries each theme score, level and gap through unrounded', () => {
    // a: all answers 3, so every theme scores 3 ("All"); gap = 2 - 3 = -1, shortfall 0.
    expect(a?.themes.map((theme) => [theme.score, theme.level, theme.levelLabel, theme.gap, theme.shortfall])).toEqual(Array.from({ length: 7 }, () => [3, 3, 'All', -1, 0]));
    // b: all answers 1 ("Some"); shortfall = 2 - 1 = 1, so band high (>= 1) and weight (1 + 1)^2 - 1 = 3.
    expect(b?.themes[0]).toMatchObject({ score: 1, levelLabel: 'Some', shortfall: 1, band: 'high', priorityWeight: 3, position: 'foundational-gap' });
    expect(c?.themes[0]).toMatchObject({ score: 2, shortfall: 0, band: 'none', position: 'strength' });
  });

  it('ranks against the national median', () => {
    // Scores 3, 1, 2: the median is 2; ranks a 1, c 2, b 3; distances +1, -1, 0.
    expect(a?.themes[0]).toMatchObject({ rank: 1, outOf: 3, distanceFromMedian: 1, national: { n: 3, median: 2, q1: null, q3: null, min: 1, max: 3 } });
    expect(b?.themes[0]).toMatchObject({ rank: 3, distanceFromMedian: -1 });
    expect(c?.themes[0]).toMatchObject({ rank: 2, distanceFromMedian: 0 });
  });

  it('sums up each alliance', () => {
    // b: percentage to target = 1 - (7 x 1) / (7 x 2) = 0.5; every theme a need.
    expect(b?.summary).toMatchObject({ respondents: 3, scored: true, themes: 7, themesBelowTarget: 7, themesAtOrAboveTarget: 0, toTarget: 0.5, needs: 7, strengths: [] });
    expect(a?.summary).toMatchObject({ themesAtOrAboveTarget: 7, toTarget: 1, needs: 0 });
    expect(a?.summary.strengths).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
  });

  it('names who can help: peers at or above target, highest first', () => {
    const need = b?.needs[0];
    expect(need).toMatchObject({ rank: 1, themeId: 'S1', score: 1, target: 2, shortfall: 1, aimAt: 'Good looks like 1.' });
    expect(need?.peers.map((peer) => [peer.organisationId, peer.name, peer.score])).toEqual([
      ['a', 'a', 3],
      ['c', 'c', 2],
    ]);
    expect(need?.weakConditions.map((condition) => [condition.itemId, condition.text, condition.weakEnablers.map((enabler) => enabler.itemId)])).toEqual([
      ['S1.C1', 'Condition one of S1', ['S1.E1']],
      ['S1.C2', 'Condition two of S1', ['S1.E2']],
    ]);
  });

  it('gives the national distribution, needs and barriers', () => {
    expect(national.themes[0]).toMatchObject({ themeId: 'S1', target: 2, n: 3, median: 2, mean: 2, belowTarget: 1, atOrAboveTarget: 2, needs: 1 });
    expect(national.themes[0]?.levels.map((level) => level.count)).toEqual([0, 1, 1, 1]);
    // b alone falls 1 below target: 1 organisation is fewer than the 3 a common barrier needs.
    expect(national.barriers.items).toEqual([]);
    // Percentages to target 1, 0.5 and 1: the median is 1.
    expect(national.summary).toMatchObject({ organisations: 3, scoredOrganisations: 3, respondents: 9, themes: 7, medianToTarget: 1, totalNeeds: 7, organisationsWithNeeds: 1 });
    expect(national.alliances.map((alliance) => alliance.organisation.id)).toEqual(['a', 'b', 'c']);
    expect(national.regions.map((region) => region.name)).toEqual(['No region']);
  });

  it('ranks at most maxPriorities needs first and lists the other themes below target (docs/reports.md, "The first page")', () => {
    // b: all 7 themes fall 1 below target, each with priority weight 3 and enablers at 1: ranked in framework order.
    // The default limit of 3 ranks S1, S2 and S3; S4 to S7 are also below target.
    expect(b?.priorities).toEqual({ limit: 3, top: ['S1', 'S2', 'S3'], alsoBelowTarget: ['S4', 'S5', 'S6', 'S7'] });
    expect(a?.priorities).toEqual({ limit: 3, top: [], alsoBelowTarget: [] });
    const five = buildAllianceReport(uniform, { framework: seven, organisationId: 'b', maxPriorities: 5 });
    expect(five.priorities).toEqual({ limit: 5, top: ['S1', 'S2', 'S3', 'S4', 'S5'], alsoBelowTarget: ['S6', 'S7'] });
    for (const bad of [0, 6, 2.5]) {
      expect(() => buildAllianceReport(uniform, { framework: seven, organisationId: 'b', maxPriorities: bad })).toThrow(
        /^buildAllianceReport: options.maxPriorities must be a whole number/,
      );
    }
  });

  it('chooses 3 to 5 key messages by rule (docs/reports.md, "The first page")', () => {
    // b: 0 of 7 at target, 1 − 7/14 = 50% to target against a national median of 100% (a 100%, b 50%, c 100%);
    // all 7 are needs, S1 first (1.00 against 2.00), then S2 and S3, and 4 more below target; the 3 top priorities are
    // foundational gaps (enablers below target too); 3 respondents are fewer than 5. No theme is a strength, and its
    // best rank (3 of 3) is in the bottom half: no strength message. No previous round: no change message.
    expect(b?.keyMessages).toEqual([
      { code: 'overall', text: 'At or above target on 0 of 7 themes with sufficient evidence; 50% of the way to target overall (the national median is 100%).' },
      {
        code: 'priorities',
        text: '7 of 7 themes are priority needs. Most urgent: S1 Seven theme 1 (1.00 against a target of 2.00), then S2 and S3. 4 other themes are also below target: they come after these.',
      },
      {
        code: 'foundations',
        text: 'In all 3 top priorities the enablers (Enabling Factors) are below target too: put them in place first, starting with the lowest-scoring ones.',
      },
      { code: 'evidence', text: 'Only 3 people responded: each score rests on few views, so read it with care.' },
    ]);
    // a: every theme at target with behaviours and enablers both there: no need, and S1 (and 6 others) a strength.
    expect(a?.keyMessages.map((message) => message.code)).toEqual(['overall', 'priorities', 'evidence', 'strength']);
    expect(a?.keyMessages[1]?.text).toBe('No theme is a priority need: none falls 0.50 or more below its target.');
    expect(a?.keyMessages[3]?.text).toBe('Strength: S1 Seven theme 1 is at target with its behaviours and enablers both in place (and 6 other themes): others can learn from it.');
    expect(b?.summary.nationalMedianToTarget).toBe(1);
  });

  it('says what the figures can bear', () => {
    // 3 respondents are fewer than the default 5 of fewRespondents.
    expect(b?.caveats.map((caveat) => caveat.code)).toEqual(['framework-status', 'few-respondents', 'suppressed-groups', 'small-numbers']);
    expect(b?.caveats[0]?.text).toMatch(/draft/);
    // Groups of 1 and 2 respondents are both below the minimum of 3.
    expect(b?.groups.groups.map((group) => [group.group, group.suppressed])).toEqual([
      ['Clinical', true],
      ['Managerial', true],
    ]);
    expect(national.caveats.map((caveat) => caveat.code)).toEqual(['framework-status', 'small-numbers']);
  });

  it('says when the round is later than the organisations data the names and regions come from', () => {
    const later = { label: '2027/28', date: '2027-06-30', financialYear: '2027/28' };
    const caveat = buildNationalReport(uniform, { framework: seven, round: later }).caveats.find((entry) => entry.code === 'organisations-as-at');
    expect(caveat?.text).toMatch(/^The organisations data is as at 4 December 2026; 30 June 2027 is later, so changes since then are not in it\./);
    expect(buildAllianceReport(uniform, { framework: seven, round: later, organisationId: 'a' }).caveats.map((entry) => entry.code)).toContain('organisations-as-at');
    // A round within the data, or names and regions the caller gives: nothing to say.
    const within = { label: '2024/25', date: '2024-06-30', financialYear: '2024/25' };
    expect(buildNationalReport(uniform, { framework: seven, round: within }).caveats.map((entry) => entry.code)).not.toContain('organisations-as-at');
    const own = { framework: seven, round: later, organisationName: (id: string) => id.toUpperCase(), regionOf: () => null };
    expect(buildNationalReport(uniform, own).caveats.map((entry) => entry.code)).not.toContain('organisations-as-at');
  });

  it('records the method and provenance', () => {
    expect(a?.provenance.framework).toMatchObject({ id: 'seven-themes', version: '0.1.0', status: 'draft' });
    expect(a?.provenance.scoring).toMatchObject({ id: 'caf-default', version: '1.0.0' });
    expect(a?.provenance.analysis.map((method) => method.id)).toEqual(['analysis.gaps', 'analysis.development-needs', 'analysis.national-position', 'analysis.shared-barriers']);
    expect(a?.scales).toEqual([expect.objectContaining({ id: 'four', min: 0, max: 3, themeIds: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'] })]);
  });
});

describe('report options and input', () => {
  it('shows the reference framework and synthetic data notices first', () => {
    const framework = referenceFramework();
    const scores = sampleScores(framework, { organisations: ALLIANCES.slice(0, 4) });
    const report = buildNationalReport(scores, { framework, synthetic: true });
    expect(report.dataNotice).toBe('Synthetic sample data: not real alliance results.');
    expect(report.caveats[0]).toEqual({ code: 'data-notice', text: 'Synthetic sample data: not real alliance results.' });
    expect(report.caveats[1]?.text).toContain("This is a reference framework, not NHS England's official wording");
    // Alliance names come from the programme model.
    expect(report.alliances[0]?.organisation.name).toBe('Cheshire and Merseyside Cancer Alliance');
    expect(buildNationalReport(scores, { framework, dataNotice: 'Pilot data' }).dataNotice).toBe('Pilot data');
  });

  it('shows the change since the previous round', () => {
    const previous = uniformScores(seven, { a: 2, b: 1, d: 1 });
    const options: BuildReportsOptions = {
      framework: seven,
      round: { label: '2023/24', date: '2023-09-30', financialYear: '2023/24' },
      previous: { label: '2022/23', date: '2022-09-30', financialYear: '2022/23', scores: previous },
    };
    const { national, alliances } = buildReports(uniform, options);
    // a: 2 -> 3 on every theme (+1); b: 1 -> 1 (0); c is new; d has left.
    expect(alliances[0]?.change).toMatchObject({ inPreviousRound: true, improved: 7, declined: 0, comparable: 7 });
    expect(alliances[0]?.themes[0]?.change).toMatchObject({ status: 'matched', earlierScore: 2, laterScore: 3, change: 1, comparable: true });
    expect(alliances[2]?.change).toMatchObject({ inPreviousRound: false, themes: [] });
    // a's respondents all answered 2, then all 3: every resample gives +1, so its interval is 1 to 1 and the change clear;
    // b's change of 0 has the interval 0 to 0, which does not leave out 0: not clear.
    expect(alliances[0]?.themes[0]?.change).toMatchObject({ interval: { low: 1, high: 1 }, clear: true });
    expect(alliances[1]?.themes[0]?.change).toMatchObject({ change: 0, interval: { low: 0, high: 0 }, clear: false });
    expect(alliances[0]?.change).toMatchObject({ clearlyImproved: 7, clearlyDeclined: 0 });
    expect(national.themes[0]?.change).toEqual({ comparable: 2, improved: 1, declined: 0, unchanged: 1, meanChange: 0.5, clearlyImproved: 1, clearlyDeclined: 0 });
    expect(national.change).toMatchObject({ organisations: 2, onlyEarlier: [{ id: 'd', name: 'd' }], onlyLater: [{ id: 'c', name: 'c' }] });
    expect(national.caveats.map((caveat) => caveat.code)).toContain('change-comparability');
    expect(national.previousRound).toEqual({ label: '2022/23', date: '2022-09-30', financialYear: '2022/23' });
  });

  it('shows the association with an outcome', () => {
    const report = buildNationalReport(uniform, {
      framework: seven,
      outcomes: {
        name: 'Faster Diagnosis Standard',
        unit: '%',
        values: [
          { organisationId: 'a', value: 90 },
          { organisationId: 'b', value: 70 },
          { organisationId: 'c', value: 80 },
        ],
      },
      permutations: 200,
    });
    // Scores 3, 1, 2 and outcomes 90, 70, 80 are in the same order: rho = 1.
    expect(report.outcomes?.themes[0]).toMatchObject({ themeId: 'S1', n: 3, rho: 1 });
    expect(report.caveats.map((caveat) => caveat.code)).toContain('association');
  });

  it("shows an outcome that names its measure against the standard in force on the round's date", () => {
    const outcomes = {
      name: 'Faster Diagnosis Standard',
      unit: '%',
      measure: 'fds-28-day',
      values: [
        { organisationId: 'a', value: 78.2 },
        { organisationId: 'b', value: 74.6 },
        { organisationId: 'c', value: 76.4 },
      ],
    };
    const round = { label: '2024/25', date: '2025-03-31', financialYear: '2024/25' };
    const report = buildNationalReport(uniform, { framework: seven, round, outcomes, permutations: 200 });
    expect(report.outcomes?.standard).toEqual({
      id: 'fds-77-by-march-2025',
      threshold: 77,
      label: '77% target by March 2025',
      setBy: '2024/25 priorities and operational planning guidance',
      date: '2025-03-31',
      median: 76.4,
      meeting: 1,
      values: 3,
    });
    expect(renderMarkdown(report)).toContain(
      'Faster Diagnosis Standard: median 76.4% across 3 alliances; 1 of 3 at or above the 77% target by March 2025 in force on 31 March 2025 (2024/25 priorities and operational planning guidance).',
    );
    // Without a round there is no date to choose the standard by, and the report says so; without a measure, nothing.
    const undated = buildNationalReport(uniform, { framework: seven, outcomes, permutations: 200 });
    expect(undated.outcomes?.standard).toBeNull();
    expect(renderMarkdown(undated)).toContain('Faster Diagnosis Standard is shown against no standard: the reports were given no round date to choose the standard in force.');
    const unnamed = buildNationalReport(uniform, { framework: seven, round, outcomes: { ...outcomes, measure: undefined }, permutations: 200 });
    expect(unnamed.outcomes && 'standard' in unnamed.outcomes).toBe(false);
  });

  it('warns when few people responded', () => {
    const scores = uniformScores(seven, { a: 3, b: 1 }, 2);
    expect(buildAllianceReport(scores, { framework: seven, organisationId: 'a', fewRespondents: 3 }).caveats.map((caveat) => caveat.code)).toContain('few-respondents');
    expect(buildAllianceReport(scores, { framework: seven, organisationId: 'a', fewRespondents: 2 }).caveats.map((caveat) => caveat.code)).not.toContain('few-respondents');
  });

  it('withholds an organisation with too few respondents and says so', () => {
    const scores = uniformScores(seven, { a: 3, b: 1, c: 2 }, 2, { minRespondents: 3 });
    const { national, alliances } = buildReports(scores, { framework: seven });
    expect(alliances[0]?.summary.scored).toBe(false);
    expect(alliances[0]?.caveats.map((caveat) => caveat.code)).toContain('unscored-organisation');
    expect(alliances[0]?.themes[0]).toMatchObject({ score: null, rank: null });
    expect(national.summary.unscoredOrganisations).toEqual([
      { id: 'a', name: 'a' },
      { id: 'b', name: 'b' },
      { id: 'c', name: 'c' },
    ]);
    expect(national.themes[0]).toMatchObject({ n: 0, median: null });
  });

  it('shows a theme with too little evidence in brackets, and leaves it out of needs and ranks', () => {
    // Organisation a answers 1 everywhere but "don't know" to three of the four items of S1: 1 of 4 scored is
    // 25%, below the default minimum coverage of 50%, so S1 scores 1 but is not sufficient.
    const answers: Answer[] = [];
    for (const organisationId of ['a', 'b', 'c']) {
      for (const ref of itemsOf(seven)) {
        const dontKnow = organisationId === 'a' && ['S1.C1', 'S1.C2', 'S1.E1'].includes(ref.item.id);
        answers.push({
          organisationId: organisationId as Answer['organisationId'],
          respondentId: `${organisationId}-1` as Answer['respondentId'],
          itemId: ref.item.id,
          answer: dontKnow ? 'dont-know' : 1,
        });
      }
    }
    const { national, alliances } = buildReports(scoreAnswers(answers, { framework: seven }), { framework: seven });
    const a = alliances[0];
    expect(a?.themes[0]).toMatchObject({ score: 1, coverage: 0.25, sufficient: false, rank: null });
    expect(a?.needs.map((need) => need.themeId)).not.toContain('S1');
    expect(a?.caveats.find((caveat) => caveat.code === 'insufficient-themes')?.text).toBe(
      '1 of 7 themes (S1) have too little evidence: fewer than 50% of their items were scored. They are shown in brackets, are not findings, and are left out of needs and ranks.',
    );
    expect(national.themes[0]).toMatchObject({ n: 2, excluded: 1 });
    expect(national.caveats.map((caveat) => caveat.code)).toContain('insufficient-themes');
    const html = renderHtml(a as never);
    expect(html).toContain('<td class="num" data-label="Score">(1.00)</td>');
    expect(html).toContain('Too little evidence</strong>');
  });

  it('uses the names and noun given', () => {
    const report = buildAllianceReport(uniform, {
      framework: seven,
      organisationId: 'b',
      organisationName: (id) => (id === 'b' ? 'Bee Partnership' : null),
      noun: { singular: 'partnership', plural: 'partnerships' },
    });
    expect(report.title).toBe('Bee Partnership: self-assessment report');
    expect(report.needs[0]?.peers[0]?.name).toBe('a');
    expect(report.noun).toEqual({ singular: 'partnership', plural: 'partnerships' });
  });

  it('throws for input it cannot use', () => {
    expect(() => buildAllianceReport(uniform, { framework: seven, organisationId: 'zz' })).toThrow(/^buildAllianceReport: the scores hold no organisation "zz"/);
    expect(() => buildAllianceReport(uniform, { framework: seven } as never)).toThrow(/^buildAllianceReport: options.organisationId must be a string/);
    expect(() => buildNationalReport(null as never, { framework: seven })).toThrow(/^buildNationalReport: scores must be AssessmentScores/);
    expect(() => buildNationalReport(uniform, undefined as never)).toThrow(/^buildNationalReport: options are required/);
    expect(() => buildNationalReport(uniform, { framework: {} as never })).toThrow(/^buildNationalReport: options.framework must be a validated framework/);
    expect(() => buildNationalReport({} as never, { framework: seven })).toThrow(TypeError);
    expect(() => buildNationalReport(uniform, { framework: seven, previous: { label: 'x', date: '2022-09-30', financialYear: '2022/23', scores: uniform } })).toThrow(
      /^buildNationalReport: options.round is required with options.previous/,
    );
    expect(() => buildReports(uniform, { framework: seven, fewRespondents: -1 })).toThrow(RangeError);
    expect(() => buildReports(uniform, { framework: seven, organisationName: 'x' as never })).toThrow(TypeError);
  });
});

describe('report models as data', () => {
  const framework = referenceFramework();
  const scores = sampleScores(framework, { organisations: ALLIANCES.slice(0, 5) });
  const round = { label: '2023/24 round', date: '2023-09-30', financialYear: '2023/24' };
  const options = { targets: { byTheme: { T1: 3.5 } }, commonMinCount: 2 };
  const input = { framework, round };
  const before = JSON.stringify({ scores, input, options });
  const set = buildReports(scores, { ...input, ...options });

  it('are deeply frozen', () => {
    expect(unfrozenPathOf(set)).toBeNull();
  });

  it('survive a JSON round trip unchanged, and exportJson gives back an equal value', () => {
    expect(JSON.parse(JSON.stringify(set))).toEqual(set);
    expect(JSON.parse(exportJson(set.national))).toEqual(set.national);
    const text = exportJson(set.alliances[0] as never);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "agreement": {');
  });

  it('do not change or freeze their input', () => {
    expect(JSON.stringify({ scores, input, options })).toBe(before);
    expect(Object.isFrozen(round)).toBe(false);
    expect(Object.isFrozen(options.targets)).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('equal what buildNationalReport and buildAllianceReport give one at a time', () => {
    expect(buildNationalReport(scores, { ...input, ...options })).toEqual(set.national);
    expect(buildAllianceReport(scores, { ...input, ...options, organisationId: 'east-midlands' })).toEqual(
      set.alliances.find((report) => report.organisation.id === 'east-midlands'),
    );
  });

  it('name the targets used', () => {
    const t1 = set.alliances[0]?.themes[0];
    expect(t1).toMatchObject({ target: 3.5, targetSource: 'theme' });
    expect(set.national.themes[0]?.target).toBe(3.5);
  });
});
