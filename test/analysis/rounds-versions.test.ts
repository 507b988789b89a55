/**
 * Change between rounds answered on two versions of the reference framework: the sample's 2023/24 round, answered on
 * 1.0.0, against a synthetic 2025/26 round answered on 1.1.0, compared through the bundled mapping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRounds, type AssessmentRound, type RoundChange } from '../../src/analysis/index.js';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { referenceFrameworkMappings, referenceFrameworks } from '../../src/framework/index.js';
import { buildReports } from '../../src/report/index.js';
import { SAMPLE_DRIFT, SAMPLE_RESPONDENTS, SAMPLE_SEED, sampleOrganisations } from '../../src/cli/sample-files.js';

const v100 = referenceFrameworks['1.0.0'];
const v110 = referenceFrameworks['1.1.0'];
const mapping = referenceFrameworkMappings['1.0.0 to 1.1.0'];
const { itemMapping, themeMapping } = mapping;

const earlierScores = scoreAnswers(parseAnswersCsv(readFileSync('examples/sample/answers-2023-24.csv', 'utf8'), { framework: v100 }).answers, { framework: v100 });
const laterAnswers = generateSyntheticAnswers({
  framework: v110,
  organisations: sampleOrganisations(),
  seed: SAMPLE_SEED + 2,
  respondents: SAMPLE_RESPONDENTS,
  drift: SAMPLE_DRIFT,
});
const laterScores = scoreAnswers(laterAnswers, { framework: v110 });
const earlier: AssessmentRound = { label: '2023/24', date: '2024-03-31', financialYear: '2023/24', scores: earlierScores };
const later: AssessmentRound = { label: '2025/26', date: '2026-03-31', financialYear: '2025/26', scores: laterScores };

const count = (changes: readonly RoundChange[], status: RoundChange['status']) => changes.filter((change) => change.status === status).length;

describe('compareRounds across the reference frameworks 1.0.0 and 1.1.0, through the bundled mapping', () => {
  const comparison = compareRounds(earlier, later, { itemMapping, themeMapping });

  it('names each round with its own framework version, and compares all 21 alliances', () => {
    expect(comparison.earlier.framework).toEqual({ id: 'effective-cancer-alliance', version: '1.0.0' });
    expect(comparison.later.framework).toEqual({ id: 'effective-cancer-alliance', version: '1.1.0' });
    expect(comparison.organisations).toHaveLength(21);
    expect([comparison.onlyEarlier, comparison.onlyLater]).toEqual([[], []]);
  });

  it('matches the 73 items that continue, lists the 57 new and the 7 without a successor; themes T1 to T8 continue, T9 to T13 are new', () => {
    for (const organisation of comparison.organisations) {
      expect([count(organisation.items, 'matched'), count(organisation.items, 'new'), count(organisation.items, 'dropped')]).toEqual([73, 57, 7]);
      expect(organisation.themes.filter((theme) => theme.status === 'matched').map((theme) => theme.laterId)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
      expect(organisation.themes.filter((theme) => theme.status === 'new').map((theme) => theme.laterId)).toEqual(['T9', 'T10', 'T11', 'T12', 'T13']);
    }
  });

  it('gives each continuing item the change between its two scores, moved items included', () => {
    const organisation = comparison.organisations.find((change) => change.organisationId === 'greater-manchester')!;
    const before = earlierScores.organisations.find((score) => score.organisationId === 'greater-manchester')!;
    const after = laterScores.organisations.find((score) => score.organisationId === 'greater-manchester')!;
    const scoreOf = (score: typeof before, itemId: string) => score.items.find((item) => item.itemId === itemId)?.score ?? null;
    for (const change of organisation.items.filter((item) => item.status === 'matched')) {
      expect(itemMapping[change.earlierId!]).toBe(change.laterId);
      const [x, y] = [scoreOf(before, change.earlierId!), scoreOf(after, change.laterId!)];
      expect(change.change).toBe(x !== null && y !== null ? y - x : null);
    }
    // T6.C2 (stage at diagnosis, in the data theme) moved to earlier diagnosis as T9.C1; T3.C1 was merged into T1.C3.
    expect(organisation.items.find((item) => item.earlierId === 'T6.C2')).toMatchObject({ status: 'matched', laterId: 'T9.C1' });
    expect(organisation.items.find((item) => item.earlierId === 'T3.C1')).toMatchObject({ status: 'dropped', laterId: null });
    expect(organisation.items.find((item) => item.earlierId === 'T1.C3')).toMatchObject({ status: 'matched', laterId: 'T1.C3' });
  });

  it('without the mapping, matches only the ids the two versions share: the moved items are lost', () => {
    const byId = compareRounds(earlier, later);
    const first = byId.organisations[0]!;
    expect([count(first.items, 'matched'), count(first.items, 'new'), count(first.items, 'dropped')]).toEqual([68, 62, 12]);
    expect(first.items.find((item) => item.earlierId === 'T6.C2')).toMatchObject({ status: 'dropped' });
  });

  it('gives reports that show the change since the previous round on the other version', () => {
    const reports = buildReports(laterScores, { framework: v110, round: later, previous: earlier, itemMapping, themeMapping, synthetic: true });
    const alliance = reports.alliances.find((report) => report.organisation.id === 'greater-manchester')!;
    // Themes T1 to T8 are compared; T9 to T13 are new since the previous round.
    expect(alliance.change?.comparable).toBe(8);
    expect(alliance.change?.themes.filter((theme) => theme.status === 'new')).toHaveLength(5);
    expect(reports.national.caveats.map((caveat) => caveat.text).join(' ')).toMatch(
      /The previous round used framework effective-cancer-alliance version 1\.0\.0 and this round version 1\.1\.0/,
    );
  });
});
