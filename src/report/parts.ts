import type { PositionKind, PriorityBand } from '../analysis/positions.js';
import type { ScoringOptionsUsed } from '../assessment/score-types.js';
import { cell, code, em, num, paragraph, section, strong, tag, type Block, type Inline } from './document.js';
import { formatCount, formatDate, formatNumber, formatPercent, formatScore, NO_VALUE, roundName } from './format.js';
import { isObject } from '../internal/guards.js';
import type { Report, ReportCaveat, ReportMethod } from './model.js';

/** How many rows a long table shows before the rest are put in a "more" block (shown on request, printed in full). */
export const TOP_ROWS = 10;

/** Lists inline parts in words: "a", "a and b", "a, b and c". */
export function inlineList(parts: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  parts.forEach((part, index) => {
    if (index > 0) out.push(index === parts.length - 1 ? ' and ' : ', ');
    out.push(part);
  });
  return out;
}

/** The name of a position, in words. */
export function positionLabel(kind: PositionKind | null): string {
  switch (kind) {
    case 'strength':
      return 'Strength';
    case 'behaviours-lagging':
      return 'Behaviours lagging';
    case 'fragile':
      return 'Fragile';
    case 'foundational-gap':
      return 'Foundational gap';
    case null:
      return 'Not known';
  }
}

/** What a position means, in one sentence. */
export function positionExplanation(kind: PositionKind | null): string {
  switch (kind) {
    case 'strength':
      return 'The behaviours (Conditions of Success) and the enablers (Enabling Factors) are both at or above target.';
    case 'behaviours-lagging':
      return 'The enablers are in place but the behaviours are below target: the work is in using what is there.';
    case 'fragile':
      return 'The behaviours are at target but the enablers behind them are below it: the progress may not last.';
    case 'foundational-gap':
      return 'The behaviours and the enablers are both below target: start with the enablers.';
    case null:
      return 'The behaviours or the enablers have no score, so the position is not known.';
  }
}

/** A priority band as a tag whose text says what its colour does. */
export function bandTag(band: PriorityBand | null): Inline {
  switch (band) {
    case 'high':
      return tag('High priority', 'high');
    case 'medium':
      return tag('Medium priority', 'medium');
    case 'low':
      return tag('Low priority', 'low');
    case 'none':
      return tag('At target', 'good');
    case null:
      return tag('No score', 'neutral');
  }
}

/** A theme score for a table: in brackets when its evidence is insufficient; a dash when none. */
export function themeScoreText(score: number | null, sufficient: boolean): string {
  if (score === null) return NO_VALUE;
  return sufficient ? formatScore(score) : `(${formatScore(score)})`;
}

/** The notices shown above a report's contents: the data notice and the framework's standing. */
export function noticesOf(report: Report): Block[] {
  const notices: Block[] = [];
  for (const caveat of report.caveats) {
    if (caveat.code === 'data-notice') notices.push({ kind: 'notice', tone: 'warning', title: 'Important: ', content: [caveat.text] });
    if (caveat.code === 'framework-status') notices.push({ kind: 'notice', tone: 'info', title: 'About this framework: ', content: [caveat.text] });
  }
  return notices;
}

/** The section listing the caveats. */
export function caveatsSection(caveats: readonly ReportCaveat[]): Block {
  return section(2, 'caveats', 'About these figures', [
    paragraph('Read the figures in this report with these points in mind.'),
    { kind: 'list', ordered: false, items: caveats.map((caveat) => ({ content: [caveat.text] })) },
  ]);
}

const SCORING_OPTION_NAMES: Readonly<Record<keyof ScoringOptionsUsed, string>> = {
  itemStatistic: "How an item's answers are combined",
  minCoverage: 'Share of a theme’s items that must be scored for the theme to count',
  minGroupSize: 'Smallest respondent group shown separately',
  minRespondents: 'Fewest respondents for an organisation to be scored',
  lowAgreementBelow: 'Agreement is low below this index',
  maxGroupDifferences: 'Largest group differences listed',
};

function scoringValue(key: keyof ScoringOptionsUsed, options: ScoringOptionsUsed): string {
  switch (key) {
    case 'itemStatistic':
      return options.itemStatistic === 'mean' ? 'Mean of the answers' : 'Median of the answers';
    case 'minCoverage':
      return formatPercent(options.minCoverage);
    case 'lowAgreementBelow':
      return formatNumber(options.lowAgreementBelow, 2);
    default:
      return String(options[key]);
  }
}

/** An option of a method, read as a number; null when it is not one. */
function numberIn(options: Readonly<Record<string, unknown>>, key: string): number | null {
  const value = options[key];
  return typeof value === 'number' ? value : null;
}

/** How the targets were set, in words. */
function targetsProse(options: Readonly<Record<string, unknown>>): string {
  const targets = options['targets'];
  if (!isObject(targets)) return 'the targets given';
  const set = Object.entries(targets).filter(([, value]) => value !== null && !(isObject(value) && Object.keys(value).length === 0));
  if (set.length === 0) return "every target is the framework's default";
  const names: Readonly<Record<string, string>> = {
    national: 'a national target',
    byTheme: 'targets by theme',
    byRegion: 'targets by region',
    byOrganisation: 'targets by organisation',
    byOrganisationTheme: 'targets by organisation and theme',
  };
  return `targets were set: ${set.map(([key]) => names[key] ?? key).join('; ')} (the most specific applies)`;
}

/** Options not described in words: each as "name: value", never as JSON. */
function plainOptions(options: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(options).map(([key, value]) => {
    const shown =
      typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? String(value) : isObject(value) ? `${Object.keys(value).length} set` : NO_VALUE;
    return `${key}: ${shown}`;
  });
  return parts.length === 0 ? 'No options.' : `Options: ${parts.join('; ')}.`;
}

/** What an analysis method did, with the settings it used, in a sentence or two. */
function methodProse(method: ReportMethod): string {
  const options = isObject(method.options) ? (method.options as Readonly<Record<string, unknown>>) : {};
  const regions = options['regions'] === 'custom' ? 'regions as given' : 'regions from the programme model';
  const n = (key: string) => formatNumber(numberIn(options, key), 2);
  const whole = (key: string) => String(numberIn(options, key) ?? NO_VALUE);
  switch (method.id) {
    case 'analysis.gaps':
      return `Gap = target − score and shortfall = the gap when positive, 0 at or above target; ${targetsProse(options)}; ${regions}. A position compares the behaviours and the enablers with the target.`;
    case 'analysis.development-needs':
      return `A theme is a priority need when its shortfall is at least ${n('minShortfall')}; needs are ranked by priority weight, (1 + shortfall)² − 1, then the lower enablers score. Each lists up to ${whole('maxItems')} lowest-scoring items, the programme roles the framework names and up to ${whole('maxPeers')} peers at target (same region first).`;
    case 'analysis.national-position':
      return `Medians, quartiles and ranks over the organisations with sufficient evidence on a theme; quartiles need at least ${whole('minQuartileN')}, and a theme resting on fewer than ${whole('smallN')} is flagged as small numbers.`;
    case 'analysis.shared-barriers':
      return `An item or theme is a barrier for an organisation at a shortfall of at least ${n('barrierShortfall')}; it is common when at least ${formatPercent(numberIn(options, 'commonShare'))} of the organisations that scored it, and at least ${whole('commonMinCount')}, share it.`;
    case 'analysis.spearman-permutation':
      return `Spearman's rank correlation of each theme with the outcome; a two-sided p-value from ${formatCount(numberIn(options, 'permutations') ?? 0)} random permutations (generator ${typeof options['generator'] === 'string' ? options['generator'] : NO_VALUE}, seed ${whole('seed')}), adjusted for the number of themes tested by ${options['correction'] === 'holm' ? "Holm's method" : 'no method'}; a caveat below ${whole('smallN')} organisations.`;
    case 'analysis.compare-rounds': {
      const mapped = (key: string) => (isObject(options[key]) ? Object.keys(options[key]).length : 0);
      return `Themes and items matched by id${mapped('themeMapping') + mapped('itemMapping') === 0 ? '' : `, ${mapped('themeMapping')} themes and ${mapped('itemMapping')} items through a mapping`}. A change counts only where both rounds have sufficient evidence; its 95% interval is a percentile bootstrap over the organisation's respondents in each round (${formatCount(numberIn(options, 'replicates') ?? 0)} replicates, seed ${whole('seed')}), and the change is clear when the interval leaves out 0.`;
    }
    default:
      return plainOptions(options);
  }
}

/** The method and provenance section: the framework, its scales, scoring and the analyses. */
export function methodSection(report: Report): Block {
  const { framework, scoring, analysis, reportModel } = report.provenance;
  const blocks: Block[] = [];
  const frameworkBlocks: Block[] = [
    paragraph(
      strong(framework.title),
      `, version ${framework.version} (id ${framework.id}). Status: `,
      strong(framework.status),
      `. Written by ${framework.author}.`,
      ...(framework.licence === null ? [] : [` Licence: ${framework.licence}.`]),
    ),
    paragraph(framework.statement),
  ];
  if (framework.sources.length > 0) {
    frameworkBlocks.push(paragraph('Sources:'));
    frameworkBlocks.push({
      kind: 'list',
      ordered: false,
      items: framework.sources.map((source) => ({
        content: [source.url === null ? source.title : { kind: 'link', text: source.title, href: source.url }, ...(source.note === null ? [] : [': ', em(source.note)])],
      })),
    });
  }
  blocks.push(section(3, 'method-framework', 'The framework', frameworkBlocks));

  for (const scale of report.scales) {
    blocks.push(
      section(3, `method-scale-${scale.id.replace(/[^A-Za-z0-9_-]/g, '-')}`, `The rating scale: ${scale.title}`, [
        paragraph(
          `Each item is rated from ${scale.min} to ${scale.max}. A score combines several answers, so it can fall between levels; its level is the nearest one (halves go up). "Don't know" and "not applicable" answers are not scores.`,
        ),
        {
          kind: 'table',
          caption: `Levels of ${scale.title}`,
          columns: [{ label: 'Value', numeric: true }, { label: 'Level' }, { label: 'What it means' }],
          rows: scale.levels.map((level) => [num(String(level.value)), cell(strong(level.label)), cell(level.descriptor)]),
          rowHeaders: false,
        },
      ]),
    );
  }

  const keys = Object.keys(SCORING_OPTION_NAMES) as (keyof ScoringOptionsUsed)[];
  blocks.push(
    section(3, 'method-scoring', 'Scoring', [
      paragraph(`Scores were computed by the method ${scoring.id}, version ${scoring.version}, with these options.`),
      {
        kind: 'table',
        caption: 'Scoring options',
        columns: [{ label: 'Option' }, { label: 'Value' }],
        rows: keys.map((key) => [cell(SCORING_OPTION_NAMES[key]), cell(scoringValue(key, scoring.options))]),
        rowHeaders: true,
      },
    ]),
  );
  blocks.push(
    section(3, 'method-analysis', 'Analysis', [
      paragraph('Each part of the analysis names its method and version, so that the figures can be reproduced; the rules are in docs/analysis.md of cancer-alliance-framework.'),
      {
        kind: 'table',
        caption: 'Analysis methods',
        columns: [{ label: 'Part' }, { label: 'Method' }, { label: 'Version' }],
        rows: analysis.map((method) => [cell(method.name), cell(code(method.id)), cell(method.version)]),
        rowHeaders: true,
      },
      { kind: 'list', ordered: false, items: analysis.map((method) => ({ content: [strong(`${method.name}: `), methodProse(method)] })) },
      paragraph(`Report model ${reportModel.id}, version ${reportModel.version}.`),
    ]),
  );
  return section(2, 'method', 'Method and provenance', blocks);
}

/** The page footer. */
export function footerOf(report: Report): Inline[] {
  const { framework } = report.provenance;
  const round = report.round === null ? '' : ` Round: ${roundName(report.round)} (${formatDate(report.round.date)}).`;
  return [
    `Generated by cancer-alliance-framework from ${framework.title}, version ${framework.version} (${framework.status}).${round}`,
    ...(report.dataNotice === null ? [] : [' ', strong(report.dataNotice)]),
  ];
}

/** "T1 Shared vision" as a table cell's content. */
export function idAndText(id: string, text: string): Inline[] {
  return [strong(id), ` ${text}`];
}
