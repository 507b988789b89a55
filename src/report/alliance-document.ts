import { compareIds } from '../internal/order.js';
import { cell, em, num, organisationLink, paragraph, section, slug, strong, tag, type Block, type Cell, type Doc, type DocLinks, type Inline } from './document.js';
import { capitalise, formatChange, formatCount, formatDate, formatNumber, formatPercent, formatScore, NO_VALUE, plural, roundName } from './format.js';
import type { AllianceBarrier, AllianceChange, AllianceItem, AllianceReport, AllianceTheme, ReportChange, ReportNeed, ReportNeedItem } from './model.js';
import { bandTag, caveatsSection, footerOf, idAndText, methodSection, noticesOf, positionExplanation, positionLabel, themeScoreText, TOP_ROWS } from './parts.js';
import { listInWords } from './prepare.js';
import { renderRadarChart } from './radar-chart.js';

function changeNote(change: ReportChange | null): string {
  if (change === null) return 'Not in the previous round';
  if (change.status === 'new') return 'New since the previous round';
  if (change.status === 'dropped') return 'Dropped since the previous round';
  return change.comparable ? '' : 'Not comparable: too little evidence in a round';
}

function radarFigure(report: AllianceReport): Block {
  const { themes, organisation } = report;
  const ranked = themes.filter((theme) => theme.sufficient && theme.score !== null);
  const highest = ranked.reduce<AllianceTheme | null>((best, theme) => (best === null || theme.score! > best.score! ? theme : best), null);
  const lowest = ranked.reduce<AllianceTheme | null>((worst, theme) => (worst === null || theme.score! < worst.score! ? theme : worst), null);
  const below = themes.filter((theme) => theme.sufficient && theme.shortfall !== null && theme.shortfall > 0).length;
  const first = themes[0];
  const scaleText =
    first !== undefined && themes.every((theme) => theme.scaleMin === first.scaleMin && theme.scaleMax === first.scaleMax)
      ? `on a scale of ${first.scaleMin} to ${first.scaleMax}`
      : 'each on its own scale';
  const description = [
    `Radar chart of ${organisation.name}'s scores on ${plural(themes.length, 'theme')}, ${scaleText}, against its target and the national median.`,
    highest !== null && lowest !== null
      ? ` Highest: ${highest.title} (${formatScore(highest.score)}); lowest: ${lowest.title} (${formatScore(lowest.score)}).`
      : ' No theme has a score with sufficient evidence.',
    ` ${below} of ${ranked.length} themes with sufficient evidence are below target.`,
    ' The table below gives the same numbers.',
  ].join('');
  const svg = renderRadarChart(
    {
      title: `${organisation.name}: theme scores against target and national median`,
      description,
      axes: themes.map((theme) => ({ id: theme.themeId, label: theme.title, min: theme.scaleMin, max: theme.scaleMax })),
      series: [
        { name: organisation.name, values: themes.map((theme) => (theme.sufficient ? theme.score : null)) },
        { name: 'National median', values: themes.map((theme) => theme.national.median) },
        { name: 'Target', values: themes.map((theme) => theme.target) },
      ],
    },
    { idPrefix: 'radar' },
  );
  return {
    kind: 'figure',
    svg,
    caption: `Theme scores of ${organisation.name} (solid line, circles), the national median (dotted line, triangles) and the target (dashed line, squares). Themes with too little evidence are left off the line.`,
  };
}

function themesTable(report: AllianceReport): Block {
  return {
    kind: 'table',
    caption: `Theme scores of ${report.organisation.name}. Scores in brackets have too little evidence and are not findings.`,
    columns: [
      { label: 'Theme' },
      { label: 'Score', numeric: true },
      { label: 'Level' },
      { label: 'Target', numeric: true },
      { label: 'Shortfall', numeric: true },
      { label: 'Priority' },
      { label: 'Position' },
      { label: 'National median', numeric: true },
      { label: 'Rank', numeric: true },
    ],
    rows: report.themes.map((theme) => [
      cell(...idAndText(theme.themeId, theme.title)),
      num(themeScoreText(theme.score, theme.sufficient)),
      cell(theme.levelLabel ?? NO_VALUE),
      num(formatNumber(theme.target, 2)),
      num(theme.sufficient ? formatScore(theme.shortfall) : NO_VALUE),
      cell(theme.sufficient ? bandTag(theme.band) : tag('Too little evidence', 'neutral')),
      cell(theme.sufficient ? positionLabel(theme.position) : NO_VALUE),
      num(formatScore(theme.national.median)),
      num(theme.rank === null ? NO_VALUE : `${theme.rank} of ${theme.outOf}`),
    ]),
    rowHeaders: true,
  };
}

function kindName(kind: ReportNeedItem['kind']): string {
  return kind === 'condition' ? 'Condition of Success' : 'Enabling Factor';
}

/** The summary table of the needs: one row each, linked to its detail below. */
function needsTable(report: AllianceReport): Block {
  return {
    kind: 'table',
    caption: `Priority development needs of ${report.organisation.name}, most urgent first`,
    columns: [
      { label: 'Need' },
      { label: 'Score', numeric: true },
      { label: 'Shortfall', numeric: true },
      { label: 'Priority' },
      { label: 'Position' },
      { label: 'Lowest-scoring item' },
    ],
    rows: report.needs.map((need) => {
      const lowest = need.lowestItems[0];
      return [
        cell({ kind: 'link', text: `${need.rank}. ${need.title}`, href: `#need-${need.rank}` }),
        num(formatScore(need.score)),
        num(formatScore(need.shortfall)),
        cell(bandTag(need.band)),
        cell(positionLabel(need.position)),
        lowest === undefined ? cell(NO_VALUE) : cell(strong(lowest.itemId), ` (${formatScore(lowest.score)}) ${lowest.text}`),
      ];
    }),
    rowHeaders: true,
  };
}

/** One need in detail: what to aim at, where to start, who can help, and (on request) every item below target. */
function needBlocks(report: AllianceReport, need: ReportNeed, links: DocLinks): Block[] {
  const blocks: Block[] = [
    paragraph(
      `Score ${formatScore(need.score)} against a target of ${formatNumber(need.target, 2)}: a shortfall of ${formatScore(need.shortfall)}. `,
      bandTag(need.band),
      ' ',
      strong(`${positionLabel(need.position)}: `),
      positionExplanation(need.position),
    ),
    { kind: 'quote', content: [strong('What good looks like: '), need.aimAt] },
  ];
  if (need.lowestItems.length > 0) {
    blocks.push(paragraph(strong('Start with the lowest-scoring items:')));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: need.lowestItems.map((item) => ({ content: [strong(item.itemId), ` (${kindName(item.kind)}, ${formatScore(item.score)}) ${item.text}`] })),
    });
  }
  const helpers: Cell[][] = [
    ...need.roles.map((role): Cell[] => [
      cell(strong(role.name)),
      cell('Role'),
      cell(
        role.responsibility === null
          ? role.known
            ? 'Named by the framework for this theme.'
            : 'Named by the framework for this theme (a role the programme model does not describe).'
          : `${capitalise(role.responsibility.text.trim().replace(/[.;,:]+$/, ''))} (${role.responsibility.id}).`,
      ),
    ]),
    ...need.peers.map((peer): Cell[] => [
      cell(organisationLink(links, peer.organisationId, peer.name)),
      cell('Peer'),
      cell(
        `At or above target: ${formatScore(peer.score)} against ${formatNumber(peer.target, 2)}${peer.region === null ? '' : `; ${peer.region.name}${peer.sameRegion ? ' (same region)' : ''}`}.`,
      ),
    ]),
  ];
  blocks.push(
    helpers.length === 0
      ? paragraph(strong('Who can help: '), `the framework names no programme role for this theme, and no other ${report.noun.singular} is at target on it.`)
      : {
          kind: 'table',
          caption: `Who can help with ${need.title}: programme roles, then peer ${report.noun.plural} at or above target`,
          columns: [{ label: 'Who' }, { label: 'As' }, { label: 'Why' }],
          rows: helpers,
          rowHeaders: true,
        },
  );
  if (need.weakConditions.length > 0) blocks.push(shortfallDetail(need));
  return blocks;
}

/** Where a need falls short, item by item: its Conditions of Success below target, and the Enabling Factors behind them. */
function shortfallDetail(need: ReportNeed): Block {
  const detail: Block[] = [
    {
      kind: 'table',
      caption: `Conditions of Success of ${need.themeId} below target, and the Enabling Factors behind them`,
      columns: [{ label: 'Condition of Success' }, { label: 'Score', numeric: true }, { label: 'Enabling Factors behind it, below target or unscored' }],
      rows: need.weakConditions.map((condition): Cell[] => {
        const enablers = [
          ...condition.weakEnablers.map((enabler) => `${enabler.itemId} (${formatScore(enabler.score)})`),
          ...condition.unscoredEnablers.map((enabler) => `${enabler.itemId} (no score)`),
        ];
        return [cell(...idAndText(condition.itemId, condition.text)), num(formatScore(condition.score)), cell(enablers.length === 0 ? NO_VALUE : enablers.join(', '))];
      }),
      rowHeaders: true,
    },
  ];
  // Each Enabling Factor once, lowest first, with the conditions it stands behind.
  const enablers = new Map<string, { text: string; score: number | null; behind: string[] }>();
  for (const condition of need.weakConditions) {
    const behind = [...condition.weakEnablers, ...condition.unscoredEnablers.map((enabler) => ({ ...enabler, score: null }))];
    for (const enabler of behind) {
      const entry = enablers.get(enabler.itemId) ?? { text: enabler.text, score: enabler.score, behind: [] };
      entry.behind.push(condition.itemId);
      enablers.set(enabler.itemId, entry);
    }
  }
  if (enablers.size > 0) {
    const ordered = [...enablers].sort(([a, x], [b, y]) => (x.score ?? Infinity) - (y.score ?? Infinity) || compareIds(a, b));
    detail.push({
      kind: 'table',
      caption: `Enabling Factors of ${need.themeId} to work on, lowest first`,
      columns: [{ label: 'Enabling Factor' }, { label: 'Score', numeric: true }, { label: 'Behind' }],
      rows: ordered.map(([itemId, entry]) => [cell(...idAndText(itemId, entry.text)), num(formatScore(entry.score)), cell(entry.behind.join(', '))]),
      rowHeaders: true,
    });
  }
  const conditions = plural(need.weakConditions.length, 'Condition of Success', 'Conditions of Success');
  const factors = plural(enablers.size, 'Enabling Factor');
  const summary = `Where ${need.themeId} falls short: ${conditions} below target, and ${factors} behind them`;
  return { kind: 'more', summary, title: summary, blocks: detail };
}

/** Each report's items by theme id, in the report's order: grouped once per report, not once per theme. */
const itemsByTheme = new WeakMap<AllianceReport, ReadonlyMap<string, readonly AllianceItem[]>>();

function itemsOfTheme(report: AllianceReport, themeId: string): readonly AllianceItem[] {
  let byTheme = itemsByTheme.get(report);
  if (byTheme === undefined) {
    const grouped = new Map<string, AllianceItem[]>();
    for (const item of report.items) {
      const list = grouped.get(item.themeId);
      if (list === undefined) grouped.set(item.themeId, [item]);
      else list.push(item);
    }
    byTheme = grouped;
    itemsByTheme.set(report, byTheme);
  }
  return byTheme.get(themeId) ?? [];
}

function themeDetail(report: AllianceReport, theme: AllianceTheme): Block {
  const items = itemsOfTheme(report, theme.themeId);
  const summary: Inline[] = [
    theme.score === null
      ? 'No score. '
      : `Score ${themeScoreText(theme.score, theme.sufficient)}${theme.levelLabel === null ? '' : ` (${theme.levelLabel})`} against a target of ${formatNumber(theme.target, 2)}. `,
    `Behaviours (Conditions of Success): ${formatScore(theme.conditionsScore)}; enablers (Enabling Factors): ${formatScore(theme.enablersScore)}. `,
    `${theme.scoredItems} of ${theme.items} items scored (${formatPercent(theme.coverage)}). `,
    `Agreement index: ${formatScore(theme.agreement.index)}.`,
  ];
  if (!theme.sufficient) summary.push(' ', em('Too little evidence: this theme is not a finding.'));
  return section(3, slug('theme', theme.themeId), `${theme.themeId} ${theme.title}`, [
    { kind: 'quote', content: [theme.whatGoodLooksLike] },
    paragraph(...summary),
    {
      kind: 'table',
      caption: `Items of ${theme.themeId} ${theme.title}`,
      columns: [
        { label: 'Item' },
        { label: 'Kind' },
        { label: 'Score', numeric: true },
        { label: 'Level' },
        { label: 'Answers', numeric: true },
        { label: "Don't know / not applicable", numeric: true },
        { label: 'Agreement', numeric: true },
      ],
      rows: items.map((item): Cell[] => [
        cell(...idAndText(item.itemId, item.text)),
        cell(item.kind === 'condition' ? 'Condition' : 'Enabler'),
        num(formatScore(item.score)),
        cell(item.levelLabel ?? NO_VALUE),
        num(formatCount(item.n)),
        num(`${formatCount(item.dontKnow)} / ${formatCount(item.notApplicable)}`),
        item.agreement.low ? cell(`${formatScore(item.agreement.index)} `, tag('Low', 'medium')) : num(formatScore(item.agreement.index)),
      ]),
      rowHeaders: true,
    },
  ]);
}

/** The summary: who responded, then (when scored) the key figures, the strengths and the most urgent needs. */
function summarySection(report: AllianceReport): Block {
  const { summary, organisation, noun } = report;
  const regionText = organisation.region === null ? '' : ` in the ${organisation.region.name} region`;
  const blocks: Block[] = [
    paragraph(
      `${organisation.name}${regionText}: ${plural(summary.respondents, 'respondent')} gave ${formatCount(summary.answers)} answers` +
        (report.round === null ? '.' : ` in ${roundName(report.round)}.`),
    ),
  ];
  if (!summary.scored) {
    blocks.push(paragraph(strong('No scores: '), `too few people responded, so this ${noun.singular}'s scores are withheld.`));
    return section(2, 'summary', 'Summary', blocks);
  }
  const titles = new Map(report.themes.map((theme) => [theme.themeId, theme.title]));
  const titleOf = (themeId: string) => titles.get(themeId) ?? themeId;
  blocks.push(
    {
      kind: 'figures',
      figures: [
        { label: 'Percentage to target', value: formatPercent(summary.toTarget), note: `over ${plural(summary.sufficientThemes, 'theme')} with sufficient evidence` },
        { label: 'Themes at or above target', value: `${summary.themesAtOrAboveTarget} of ${summary.themes}` },
        { label: 'Priority development needs', value: formatCount(summary.needs) },
        { label: 'Common barriers shared', value: formatCount(summary.sharedBarriers), note: `with other ${noun.plural}` },
      ],
    },
    paragraph(
      strong('Strengths: '),
      summary.strengths.length === 0 ? 'no theme has both its behaviours and its enablers at target yet.' : `${listInWords(summary.strengths.map(titleOf))}.`,
    ),
    paragraph(
      strong('Most urgent needs: '),
      report.needs.length === 0
        ? 'none: no theme with sufficient evidence falls short of its target by enough to be a priority.'
        : `${listInWords(report.needs.slice(0, 3).map((need) => need.title))}.`,
    ),
  );
  return section(2, 'summary', 'Summary', blocks);
}

/** The themes at a glance: the radar chart (with charts), the table of theme scores, and how to read it. */
function themesSection(report: AllianceReport, charts: boolean): Block {
  const glance: Block[] = [];
  if (charts) glance.push(radarFigure(report));
  glance.push(themesTable(report));
  glance.push(
    paragraph(
      'The score of a theme is the weighted mean of its scored items; its shortfall is how far it falls below target (0 at or above). ',
      'The position compares the behaviours (Conditions of Success) and the enablers (Enabling Factors) with the target. ',
      `The rank is among the ${report.noun.plural} with sufficient evidence on the theme (1 = highest).`,
    ),
  );
  return section(2, 'themes', 'Themes at a glance', glance);
}

/** The priority development needs: their table, then each in detail; or why there is none. */
function needsSection(report: AllianceReport, links: DocLinks): Block {
  if (report.needs.length === 0) {
    return section(2, 'needs', 'Priority development needs', [
      paragraph(report.summary.scored ? 'No theme with sufficient evidence falls short of its target by enough to be a priority.' : 'There are no scores to find needs from.'),
    ]);
  }
  return section(2, 'needs', 'Priority development needs', [
    paragraph(
      `The themes that fall furthest below target, most urgent first. The table lists them; below it, each shows what good looks like, where the theme falls short, and who can help: the programme roles the framework names, and ${report.noun.plural} at target on the theme.`,
    ),
    needsTable(report),
    ...report.needs.map((need) => section(3, `need-${need.rank}`, `${need.rank}. ${need.title}`, needBlocks(report, need, links))),
  ]);
}

/** A table of common barriers the alliance shares, with its own score and shortfall on each. */
function barrierTable(report: AllianceReport, caption: string, rows: readonly AllianceBarrier[]): Block {
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Barrier' },
      { label: 'Kind' },
      { label: 'Score', numeric: true },
      { label: 'Shortfall', numeric: true },
      { label: `${capitalise(report.noun.plural)} sharing it`, numeric: true },
    ],
    rows: rows.map((barrier) => [
      cell(...idAndText(barrier.id, barrier.text)),
      cell(barrier.level === 'theme' ? 'Theme' : barrier.kind === 'condition' ? 'Condition' : 'Enabler'),
      num(formatScore(barrier.score)),
      num(formatScore(barrier.shortfall)),
      num(`${barrier.sharing} of ${barrier.scored} (${formatPercent(barrier.prevalence)})`),
    ]),
    rowHeaders: true,
  };
}

/** The item barriers the alliance shares, the most common first: beyond the first TOP_ROWS (and a couple more), on request. */
function itemBarrierBlocks(report: AllianceReport, itemBarriers: readonly AllianceBarrier[]): Block[] {
  const { name } = report.organisation;
  if (itemBarriers.length === 0) return [];
  if (itemBarriers.length <= TOP_ROWS + 2) return [barrierTable(report, `Items that are common barriers shared by ${name}`, itemBarriers)];
  const rest = itemBarriers.length - TOP_ROWS;
  return [
    barrierTable(report, `Items that are common barriers shared by ${name}: the ${TOP_ROWS} most common of ${itemBarriers.length}`, itemBarriers.slice(0, TOP_ROWS)),
    {
      kind: 'more',
      summary: `All ${itemBarriers.length} item barriers: show the other ${rest}`,
      title: `The other ${rest} item barriers ${name} shares`,
      blocks: [barrierTable(report, `Items that are common barriers shared by ${name}: the other ${rest}`, itemBarriers.slice(TOP_ROWS))],
    },
  ];
}

/** The common barriers the alliance shares: themes as a whole, then the items, the most common first. */
function barriersSection(report: AllianceReport): Block {
  const { organisation, noun } = report;
  if (report.barriers.length === 0) {
    return section(2, 'barriers', 'Common barriers', [paragraph(`${organisation.name} shares none of the barriers common across ${noun.plural}.`)]);
  }
  const themeBarriers = report.barriers.filter((barrier) => barrier.level === 'theme');
  const itemBarriers = report.barriers.filter((barrier) => barrier.level === 'item');
  const blocks: Block[] = [
    paragraph(
      `Barriers common across ${noun.plural} that ${organisation.name} shares: the themes and items where many fall well below target, the most common first. `,
      `${capitalise(plural(themeBarriers.length, 'theme'))} and ${plural(itemBarriers.length, 'item')}.`,
    ),
  ];
  if (themeBarriers.length > 0) blocks.push(barrierTable(report, `Themes that are common barriers shared by ${organisation.name}`, themeBarriers));
  blocks.push(...itemBarrierBlocks(report, itemBarriers));
  return section(2, 'barriers', 'Common barriers', blocks);
}

/** Agreement between respondents: what the index means, and the themes and items where it is low. */
function agreementSection(report: AllianceReport): Block {
  const { low, lowAgreementBelow } = report.agreement;
  return section(2, 'agreement', 'Agreement between respondents', [
    paragraph(`The agreement index runs from 0 (as far apart as the scale allows) to 1 (all agree); below ${formatNumber(lowAgreementBelow, 2)} it is low.`),
    low.length === 0
      ? paragraph('Respondents agree well enough on every theme and item.')
      : {
          kind: 'table',
          caption: 'Themes and items with low agreement',
          columns: [
            { label: 'Theme or item' },
            { label: 'Level' },
            { label: 'Answers', numeric: true },
            { label: 'Standard deviation', numeric: true },
            { label: 'Agreement', numeric: true },
          ],
          rows: low.map((entry) => [
            cell(...idAndText(entry.id, entry.text)),
            cell(entry.level === 'theme' ? 'Theme' : 'Item'),
            num(formatCount(entry.n)),
            num(formatScore(entry.sd)),
            num(formatScore(entry.index)),
          ]),
          rowHeaders: true,
        },
  ]);
}

/** The largest differences between respondent groups. */
function groupDifferencesTable(differences: AllianceReport['groups']['differences']): Block {
  return {
    kind: 'table',
    caption: 'The largest differences between respondent groups',
    columns: [
      { label: 'Theme or item' },
      { label: 'Higher group' },
      { label: 'Score', numeric: true },
      { label: 'Lower group' },
      { label: 'Score', numeric: true },
      { label: 'Difference', numeric: true },
    ],
    rows: differences.map((difference) => [
      cell(...idAndText(difference.itemId ?? difference.themeId, difference.text)),
      cell(difference.higherGroup),
      num(formatScore(difference.higherScore)),
      cell(difference.lowerGroup),
      num(formatScore(difference.lowerScore)),
      num(formatScore(difference.difference)),
    ]),
    rowHeaders: true,
  };
}

/** The respondent groups: the theme scores of each group shown, the groups withheld for anonymity, and the largest differences. */
function groupsSection(report: AllianceReport): Block {
  const { groups, differences, minGroupSize } = report.groups;
  if (groups.length === 0) return section(2, 'groups', 'Respondent groups', [paragraph('The answers name no respondent groups.')]);
  const shown = groups.filter((group) => !group.suppressed);
  const hidden = groups.filter((group) => group.suppressed);
  const blocks: Block[] = [];
  if (shown.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Theme scores by respondent group. Scores in brackets have too little evidence.',
      columns: [{ label: 'Group' }, { label: 'Respondents', numeric: true }, ...report.themes.map((theme) => ({ label: theme.themeId, numeric: true }))],
      rows: shown.map((group) => [cell(group.group), num(formatCount(group.respondents)), ...group.themes.map((theme) => num(themeScoreText(theme.score, theme.sufficient)))]),
      rowHeaders: true,
    });
  }
  if (hidden.length > 0) {
    blocks.push(
      paragraph(
        `Not shown separately, to protect anonymity (fewer than ${plural(minGroupSize, 'respondent')}): `,
        `${listInWords(hidden.map((group) => `${group.group} (${group.respondents})`))}. Their answers still count in the ${report.noun.singular}'s scores.`,
      ),
    );
  }
  if (differences.length > 0) blocks.push(groupDifferencesTable(differences));
  return section(2, 'groups', 'Respondent groups', blocks);
}

/** The change since the previous round: how many themes improved and declined, and each theme then and now. */
function changeSection(report: AllianceReport, change: AllianceChange): Block {
  return section(2, 'change', 'Change since the previous round', [
    paragraph(
      `Compared with ${roundName(change.previous)} (${formatDate(change.previous.date)}). `,
      change.inPreviousRound
        ? `Of ${plural(change.comparable, 'theme')} comparable in both rounds, ${change.improved} improved and ${change.declined} declined.`
        : `${report.organisation.name} was not in that round.`,
    ),
    ...(change.themes.length === 0
      ? []
      : [
          {
            kind: 'table',
            caption: `Theme scores in ${change.previous.label} and now`,
            columns: [{ label: 'Theme' }, { label: 'Previous', numeric: true }, { label: 'Now', numeric: true }, { label: 'Change', numeric: true }, { label: 'Note' }],
            rows: change.themes.map((row) => [
              cell(...idAndText(row.laterId ?? row.earlierId ?? '', row.title)),
              num(formatScore(row.earlierScore)),
              num(formatScore(row.laterScore)),
              num(row.comparable ? formatChange(row.change) : NO_VALUE),
              cell(changeNote(row)),
            ]),
            rowHeaders: true,
          } satisfies Block,
        ]),
  ]);
}

/** Lays out an alliance report as a document. */
export function allianceDocument(report: AllianceReport, charts: boolean, links: DocLinks): Doc {
  const sections: Block[] = [
    summarySection(report),
    themesSection(report, charts),
    needsSection(report, links),
    barriersSection(report),
    section(2, 'theme-detail', 'Theme by theme', [
      paragraph(
        'Every item, with its kind (a Condition of Success, the "what", or an Enabling Factor, the "how"), its score, the number of answers, the "don\'t know" and "not applicable" answers, and how far respondents agree (1 = all agree).',
      ),
      ...report.themes.map((theme) => themeDetail(report, theme)),
    ]),
    agreementSection(report),
    groupsSection(report),
  ];
  if (report.change !== null) sections.push(changeSection(report, report.change));
  sections.push(caveatsSection(report.caveats), methodSection(report));
  return {
    title: report.title,
    subtitle: report.subtitle,
    kicker: `Self-assessment · ${report.noun.singular} report`,
    up: links.nationalHref === null ? null : { text: 'National report', href: links.nationalHref },
    notices: noticesOf(report),
    sections,
    footer: footerOf(report),
  };
}
