import { compareIds } from '../internal/order.js';
import { cell, em, num, organisationLink, paragraph, section, slug, strong, tag, type Block, type Cell, type Doc, type DocLinks, type Inline, type ListItem } from './document.js';
import { capitalise, formatChange, formatCount, formatDate, formatNumber, formatPercent, formatScore, NO_VALUE, plural, roundName } from './format.js';
import type { AllianceBarrier, AllianceChange, AllianceItem, AllianceReport, AllianceTheme, ReportChange, ReportNeed, ReportNeedItem } from './model.js';
import { bandTag, caveatsSection, footerOf, idAndText, methodSection, noticesOf, positionExplanation, positionLabel, themeScoreText, TOP_ROWS } from './parts.js';
import { renderChangeChart, type ChangeChartData } from './change-chart.js';
import { renderRadarChart, type RadarChartData } from './radar-chart.js';

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
  const data: RadarChartData = {
    title: `${organisation.name}: theme scores against target and national median`,
    description,
    axes: themes.map((theme) => ({ id: theme.themeId, label: theme.title, min: theme.scaleMin, max: theme.scaleMax })),
    series: [
      { name: organisation.name, values: themes.map((theme) => (theme.sufficient ? theme.score : null)) },
      { name: 'National median', values: themes.map((theme) => theme.national.median) },
      { name: 'Target', values: themes.map((theme) => theme.target) },
    ],
  };
  return {
    kind: 'figure',
    svg: renderRadarChart(data, { idPrefix: 'radar' }),
    narrowSvg: renderRadarChart(data, { idPrefix: 'radar-narrow', layout: 'narrow' }),
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

/** "T6 Data, evidence and insight" for a theme id of the report. */
function themeName(byId: ReadonlyMap<string, AllianceTheme>, themeId: string): Inline[] {
  const theme = byId.get(themeId);
  return [strong(themeId), theme === undefined ? '' : ` ${theme.title}`];
}

/** One top priority: the theme, its score against target, shortfall and band, and its position. */
function priorityItem(need: ReportNeed): ListItem {
  return {
    content: [
      strong(`${need.themeId} ${need.title}`),
      `: ${formatScore(need.score)} against ${formatNumber(need.target, 2)}, short by ${formatScore(need.shortfall)}; `,
      bandTag(need.band),
      ` ${positionLabel(need.position).toLowerCase()}.`,
    ],
  };
}

/** What to do next on one top priority, and who can help: its lowest-scoring item, the first role and the first peer. */
function nextStepItem(need: ReportNeed, report: AllianceReport, links: DocLinks): ListItem {
  const lowest = need.lowestItems[0];
  const role = need.roles[0];
  const peer = need.peers[0];
  const helpers: Inline[][] = [];
  if (role !== undefined) helpers.push([strong(role.name), role.responsibility === null ? '' : ` (${role.responsibility.id})`]);
  if (peer !== undefined) helpers.push([organisationLink(links, peer.organisationId, peer.name), `, at target on it (${formatScore(peer.score)})`]);
  const content: Inline[] = [strong(`${need.themeId}: `)];
  content.push(
    lowest === undefined
      ? 'work towards what good looks like (see the need below). '
      : `start with ${lowest.itemId}, ${lowest.text.replace(/\.$/, '')} (${formatScore(lowest.score)}). `,
  );
  if (helpers.length > 0) {
    content.push('Who can help: ');
    helpers.forEach((helper, index) => content.push(...(index > 0 ? ['; '] : []), ...helper));
    content.push('.');
  } else {
    content.push(`No programme role is named for it, and no other ${report.noun.singular} is at target on it.`);
  }
  return { content };
}

/** The smallest shortfall that makes a theme a priority need, as the needs analysis used it. */
function minShortfallOf(report: AllianceReport): number {
  const method = report.provenance.analysis.find((entry) => entry.id === 'analysis.development-needs');
  const options = method?.options as { readonly minShortfall?: unknown } | undefined;
  return typeof options?.minShortfall === 'number' ? options.minShortfall : 0.5;
}

/** How the first page's figures are defined. */
function definitions(report: AllianceReport): Block {
  return {
    kind: 'list',
    ordered: false,
    items: [
      { content: [strong('Score: '), "the weighted mean of the theme's item scores, each the mean of the respondents' answers on the rating scale (see Method)."] },
      { content: [strong('Shortfall: '), 'how far a score falls below its target; 0 at or above it.'] },
      {
        content: [
          strong('Percentage to target: '),
          `1 − (the sum of the shortfalls ÷ the sum of the targets), over the themes with sufficient evidence: 100% means every theme at target. The national median is that of all ${report.noun.plural}.`,
        ],
      },
      {
        content: [
          strong('Priority need: '),
          `a theme with a shortfall of at least ${formatNumber(minShortfallOf(report), 2)}, ranked by the size of its shortfall (then by its enablers, lowest first); High priority at 1 or more below target.`,
        ],
      },
    ],
  };
}

/**
 * The first page: who responded, the key messages, the top priorities (ranked, at most the limit) and the other themes
 * below target one per line, the next steps and who can help, and how its figures are defined.
 */
function firstPage(report: AllianceReport, links: DocLinks): Block {
  const { summary, organisation, noun, priorities } = report;
  const regionText = organisation.region === null ? '' : ` in the ${organisation.region.name} region`;
  const blocks: Block[] = [
    paragraph(
      `${organisation.name}${regionText}: ${plural(summary.respondents, 'respondent')} gave ${formatCount(summary.answers)} answers` +
        (report.round === null ? '.' : ` in ${roundName(report.round)}.`),
    ),
    section(3, 'key-messages', 'Key messages', [{ kind: 'list', ordered: true, items: report.keyMessages.map((message) => ({ content: [message.text] })) }]),
  ];
  if (!summary.scored) {
    blocks.push(paragraph(strong('No scores: '), `too few people responded, so this ${noun.singular}'s scores are withheld.`));
    return section(2, 'summary', 'Summary for the board', blocks);
  }
  const byId = new Map(report.themes.map((theme) => [theme.themeId, theme]));
  const needById = new Map(report.needs.map((need) => [need.themeId, need]));
  const top = priorities.top.map((themeId) => needById.get(themeId)).filter((need): need is ReportNeed => need !== undefined);
  const priorityBlocks: Block[] =
    top.length === 0
      ? [paragraph('No theme with sufficient evidence falls far enough below its target to be a priority need.')]
      : [{ kind: 'list', ordered: true, items: top.map(priorityItem) }];
  if (priorities.alsoBelowTarget.length > 0) {
    priorityBlocks.push(paragraph(strong('Also below target'), ', most urgent first:'), {
      kind: 'list',
      ordered: false,
      items: priorities.alsoBelowTarget.map((themeId) => ({
        content: [...themeName(byId, themeId), ` (short by ${formatScore(byId.get(themeId)?.shortfall ?? null)})`],
      })),
    });
  }
  blocks.push(section(3, 'priorities', top.length <= 1 ? 'Top priority' : `Top ${top.length} priorities`, priorityBlocks));
  if (top.length > 0) {
    blocks.push(section(3, 'next-steps', 'Next steps and who can help', [{ kind: 'list', ordered: false, items: top.map((need) => nextStepItem(need, report, links)) }]));
  }
  blocks.push(section(3, 'definitions', 'What the figures mean', [definitions(report)]));
  return section(2, 'summary', 'Summary for the board', blocks);
}

/** The themes at a glance: the radar chart (with charts), the table of theme scores, and how to read it. */
function themesSection(report: AllianceReport, charts: boolean): Block {
  const glance: Block[] = [];
  if (charts) glance.push(radarFigure(report));
  glance.push(themesTable(report));
  glance.push(
    paragraph(
      'The score of a theme is the weighted mean of its scored items; its shortfall is how far it falls below target (0 at or above). ',
      "Its level is the scale value nearest the score (halves go up), so a score just under a target counts at the target's level yet is still below target. ",
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
        `${hidden.map((group) => `${group.group} (${group.respondents})`).join('; ')}. Their answers still count in the ${report.noun.singular}'s scores.`,
      ),
    );
  }
  if (differences.length > 0) blocks.push(groupDifferencesTable(differences));
  return section(2, 'groups', 'Respondent groups', blocks);
}

/** The chart of change: each comparable theme's change and its interval; the themes not comparable say so. */
function changeFigure(report: AllianceReport, change: AllianceChange): Block {
  const rows = change.themes.map((row) => ({
    id: row.laterId ?? row.earlierId ?? '',
    label: `${row.laterId ?? row.earlierId ?? ''} ${row.title}`,
    change: row.comparable ? row.change : null,
    interval: row.comparable ? row.interval : null,
    clear: row.comparable && row.clear,
  }));
  const data: ChangeChartData = {
    title: `${report.organisation.name}: change in theme scores since ${change.previous.label}`,
    description:
      `Chart of the change in each theme score since ${change.previous.label}, with its 95% interval. ` +
      `${change.clearlyImproved} of ${plural(change.comparable, 'comparable theme')} improved clearly and ${change.clearlyDeclined} declined clearly; ` +
      'a change is clear when its interval leaves out 0. The table below gives the same numbers.',
    rows,
  };
  return {
    kind: 'figure',
    svg: renderChangeChart(data, { idPrefix: 'change' }),
    narrowSvg: renderChangeChart(data, { idPrefix: 'change-narrow', layout: 'narrow' }),
    caption: `Change in each theme score since ${change.previous.label}: the marker is the change, the line its 95% interval; a filled marker is a clear change (the interval leaves out 0), a hollow one is not clear.`,
  };
}

function intervalText(row: ReportChange): string {
  return row.comparable && row.interval !== null ? `${formatChange(row.interval.low)} to ${formatChange(row.interval.high)}` : NO_VALUE;
}

function clearText(row: ReportChange): string {
  if (!row.comparable || row.change === null || row.interval === null) return NO_VALUE;
  if (!row.clear) return 'Not clear';
  return row.change > 0 ? 'Clear improvement' : 'Clear decline';
}

/** The change since the previous round: how many themes changed clearly, the chart of change, and each theme then and now. */
function changeSection(report: AllianceReport, change: AllianceChange, charts: boolean): Block {
  const blocks: Block[] = [
    paragraph(
      `Compared with ${roundName(change.previous)} (${formatDate(change.previous.date)}). `,
      change.inPreviousRound
        ? `Of ${plural(change.comparable, 'theme')} comparable in both rounds, ${change.improved} improved (${change.clearlyImproved} clearly) and ${change.declined} declined (${change.clearlyDeclined} clearly).`
        : `${report.organisation.name} was not in that round.`,
    ),
    paragraph(
      strong('How sure a change is: '),
      `each change has a 95% interval, found by resampling the ${report.noun.singular}'s respondents in each round (a bootstrap): it shows how much the change could differ had other people of the ${report.noun.singular} answered. `,
      'A change is clear when its interval leaves out 0; otherwise it is within what a different set of respondents could give. With few respondents the interval is wider, and with very few (under 5) it can be too narrow.',
    ),
  ];
  if (charts && change.comparable > 0) blocks.push(changeFigure(report, change));
  if (change.themes.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Theme scores in ${change.previous.label} and now`,
      columns: [
        { label: 'Theme' },
        { label: 'Previous', numeric: true },
        { label: 'Now', numeric: true },
        { label: 'Change', numeric: true },
        { label: '95% interval', numeric: true },
        { label: 'How sure' },
        { label: 'Note' },
      ],
      rows: change.themes.map((row) => [
        cell(...idAndText(row.laterId ?? row.earlierId ?? '', row.title)),
        num(formatScore(row.earlierScore)),
        num(formatScore(row.laterScore)),
        num(row.comparable ? formatChange(row.change) : NO_VALUE),
        num(intervalText(row)),
        cell(clearText(row)),
        cell(changeNote(row)),
      ]),
      rowHeaders: true,
    });
  }
  return section(2, 'change', 'Change since the previous round', blocks);
}

/** Lays out an alliance report as a document. */
export function allianceDocument(report: AllianceReport, charts: boolean, links: DocLinks): Doc {
  const sections: Block[] = [
    firstPage(report, links),
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
  if (report.change !== null) sections.push(changeSection(report, report.change, charts));
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
