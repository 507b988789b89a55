import { deepFreeze } from '../internal/freeze.js';
import { assembleAllianceReport } from './alliance.js';
import type { AssessmentScores } from '../assessment/score-types.js';
import type { BuildReportsOptions, ReportSet } from './model.js';
import { assembleNationalReport } from './national.js';
import { prepare } from './prepare.js';

/**
 * Builds the whole suite of reports from one analysis: the national report and one report per
 * organisation in the scores (by organisation id). The national analysis runs once, however many
 * alliances there are; each report equals what `buildNationalReport` or `buildAllianceReport` gives.
 *
 * @param scores - The scores of every organisation, from `scoreAnswers` (or `scoreAnswersCsv`).
 * @param options - The framework (required); optionally the round, the previous round, an outcome measure and a
 *   data notice; analysis options (targets, regions, roles, thresholds), names and report thresholds.
 * @returns `{ national, alliances }`, deeply frozen.
 * @throws TypeError when the scores or options are not shaped as they should be.
 * @throws RangeError when an analysis option is out of range or the scores were computed with another framework.
 * @throws AnalysisError when the outcome values or the rounds' dates are not valid.
 * @example
 * ```ts
 * const { national, alliances } = buildReports(scores, { framework, synthetic: true });
 * const pages = alliances.map((report) => renderHtml(report));
 * exportCsv(alliances, { table: 'scores' });
 * ```
 * @category Report
 */
export function buildReports(scores: AssessmentScores, options: BuildReportsOptions): ReportSet {
  const prepared = prepare('buildReports', scores, options);
  return deepFreeze({
    national: assembleNationalReport(prepared),
    alliances: prepared.scores.map((score) => assembleAllianceReport(prepared, score.organisationId)),
  });
}
