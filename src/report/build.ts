import { deepFreeze } from '../internal/freeze.js';
import { buildAllianceReport } from './alliance.js';
import type { ReportInput, ReportOptions, ReportSet } from './model.js';
import { buildNationalReport } from './national.js';
import { prepare } from './prepare.js';

/**
 * Builds the whole suite of reports from one analysis: the national report and one report per
 * organisation in the scores (by organisation id). The national analysis runs once, however many
 * alliances there are; each report equals what {@link nationalReport} or {@link allianceReport} gives.
 *
 * @param input - The framework, the scores of every organisation, and optionally the round, the previous round, an outcome measure and a data notice.
 * @param options - Analysis options (targets, regions, roles, thresholds), names and report thresholds.
 * @returns `{ national, alliances }`, deeply frozen.
 * @throws TypeError when the input or options are not shaped as they should be.
 * @throws RangeError when an analysis option is out of range or the scores were computed with another framework.
 * @throws AnalysisError when the outcome values or the rounds' dates are not valid.
 * @example
 * ```ts
 * const { national, alliances } = buildReports({ framework, scores, synthetic: true });
 * const pages = alliances.map((report) => renderHtml(report));
 * exportScoresCsv(alliances);
 * ```
 * @category Report
 */
export function buildReports(input: ReportInput, options?: ReportOptions | undefined): ReportSet {
  const prepared = prepare('buildReports', input, options);
  return deepFreeze({
    national: buildNationalReport(prepared),
    alliances: prepared.scores.map((score) => buildAllianceReport(prepared, score.organisationId)),
  });
}
