import { renderBarrierChart, type BarrierChartData } from './barrier-chart.js';
import { cell, em, num, organisationLink, paragraph, section, sharedCells, strong, type Block, type Cell, type Doc, type DocLinks, type Inline } from './document.js';
import { capitalise, formatChange, formatCount, formatDate, formatNumber, formatPercent, formatPValue, formatScore, NO_VALUE, plural, roundName } from './format.js';
import { renderHeatmapLayouts, type HeatmapChartData } from './heatmap-chart.js';
import type { NationalChange, NationalReport, NationalTheme, ReportBarrier, ReportOutcomes } from './model.js';
import { caveatsSection, footerOf, idAndText, inlineList, methodSection, noticesOf, themeScoreText, TOP_ROWS } from './parts.js';
import { commonSuffix, withoutSuffix } from './short-names.js';

/** The most barriers drawn in the barrier chart and listed in the main table; the rest follow in a "more" block. */
export const MAX_BARRIER_BARS = TOP_ROWS;

/** The names of a report's organisations, shortened by the ending most of them share, and a sentence saying so. */
function shortNames(report: NationalReport): { readonly short: (name: string) => string; readonly note: string } {
  const suffix = commonSuffix(report.alliances.map((alliance) => alliance.organisation.name));
  return {
    short: (name) => withoutSuffix(name, suffix),
    note: suffix === null ? '' : ` Names are shown without "${suffix.trim()}", which ends most of them.`,
  };
}

function range(min: number | null, max: number | null): string {
  return min === null || max === null ? NO_VALUE : `${formatScore(min)} to ${formatScore(max)}`;
}

function heatmapFigure(report: NationalReport): Block {
  const { themes, alliances, noun } = report;
  const min = Math.min(...themes.map((theme) => theme.scaleMin));
  const max = Math.max(...themes.map((theme) => theme.scaleMax));
  const targets = new Set(alliances.flatMap((alliance) => alliance.themes.map((theme) => theme.target)));
  const target = targets.size === 1 ? [...targets][0]! : null;
  const centred = target !== null && target >= min && target <= max;
  const highest = themes.filter((theme) => theme.median !== null).sort((a, b) => b.median! - a.median!)[0];
  const lowest = themes.filter((theme) => theme.median !== null).sort((a, b) => a.median! - b.median!)[0];
  const belowCells = alliances.reduce((sum, alliance) => sum + alliance.themes.filter((theme) => theme.belowTarget === true).length, 0);
  const { short, note } = shortNames(report);
  const description = [
    `Heatmap of ${plural(alliances.length, noun.singular, noun.plural)} (rows) by ${plural(themes.length, 'theme')} (columns). Each cell prints the score. `,
    centred
      ? `Cells below the target of ${formatNumber(target, 2)} are orange, stronger the further below; cells at or above it are blue, stronger the further above. `
      : 'Cells below their target are orange, stronger the further below; cells at or above it are blue, stronger the further above. ',
    'A corner triangle also marks a score below target, and hatched cells have too little evidence.',
    highest !== undefined && lowest !== undefined
      ? ` The highest national median is ${highest.title} (${formatScore(highest.median)}); the lowest is ${lowest.title} (${formatScore(lowest.median)}).`
      : '',
    ` ${belowCells} of ${alliances.length * themes.length} scores are below target.`,
    note,
    ' The table below gives the same numbers.',
  ].join('');
  const inRange = (value: number) => value >= min && value <= max;
  const data: HeatmapChartData = {
    title: `${capitalise(noun.plural)} by theme`,
    description,
    min,
    max,
    target: centred ? target : null,
    columns: themes.map((theme) => ({ id: theme.themeId, label: theme.themeId })),
    rows: alliances.map((alliance) => ({
      id: alliance.organisation.id,
      label: short(alliance.organisation.name),
      cells: alliance.themes.map((theme) => ({
        value: theme.score,
        insufficient: !theme.sufficient,
        belowTarget: theme.belowTarget,
        ...(centred || !inRange(theme.target) ? {} : { target: theme.target }),
      })),
    })),
  };
  // Both drawings from one painting of the cells.
  const drawn = renderHeatmapLayouts(data, { idPrefix: 'heatmap' }, { idPrefix: 'heatmap-narrow', layout: 'narrow' });
  return {
    kind: 'figure',
    svg: drawn.wide,
    narrowSvg: drawn.narrow,
    caption: `Theme scores of each ${noun.singular}: orange below target, blue at or above it, stronger the further from target. A corner triangle marks a score below target; a hatched cell with its score in brackets has too little evidence; a dash means no score.${note}`,
  };
}

function barrierFigure(report: NationalReport): Block {
  const { items } = report.barriers;
  const bars = items.slice(0, MAX_BARRIER_BARS);
  const first = bars[0];
  const description =
    first === undefined
      ? `No item is a common barrier: none falls well below target in enough ${report.noun.plural}.`
      : `Bar chart of the ${bars.length === items.length ? plural(items.length, 'common barrier') : `${bars.length} most common of ${items.length} common barriers`}, by the share of ${report.noun.plural} for which each is a barrier. The most common is ${first.id} ${first.text}: ${first.sharing} of ${first.scored} (${formatPercent(first.prevalence)}). The table below gives the numbers.`;
  const data: BarrierChartData = {
    title: 'Common barriers by prevalence',
    description,
    bars: bars.map((barrier) => ({
      id: barrier.id,
      label: `${barrier.id} ${barrier.text}`,
      sharing: barrier.sharing,
      scored: barrier.scored,
      prevalence: barrier.prevalence,
    })),
  };
  return {
    kind: 'figure',
    svg: renderBarrierChart(data, { idPrefix: 'barriers' }),
    narrowSvg: renderBarrierChart(data, { idPrefix: 'barriers-narrow', layout: 'narrow' }),
    caption:
      bars.length === items.length
        ? `The common barriers: each bar is the share of ${report.noun.plural} scoring the item at least ${formatNumber(report.barriers.barrierShortfall, 2)} below target.`
        : `The ${bars.length} most common of the ${items.length} common barriers: each bar is the share of ${report.noun.plural} scoring the item at least ${formatNumber(report.barriers.barrierShortfall, 2)} below target. The table below lists them, and then the other ${items.length - bars.length}.`,
  };
}

/** The first TOP_ROWS rows in a table, and the rest in a table of their own inside a "more" block. */
function topAndMore(
  rows: readonly Cell[][],
  table: (rows: readonly Cell[][], caption: string) => Block,
  caption: string,
  moreCaption: (from: number, to: number) => string,
  summary: (total: number, rest: number) => string,
  title: (total: number, rest: number) => string,
): Block[] {
  if (rows.length <= TOP_ROWS + 2) return [table(rows, caption)];
  const rest = rows.length - TOP_ROWS;
  return [
    table(rows.slice(0, TOP_ROWS), `${caption}: the ${TOP_ROWS} most common of ${rows.length}`),
    {
      kind: 'more',
      summary: summary(rows.length, rest),
      title: title(rows.length, rest),
      blocks: [table(rows.slice(TOP_ROWS), moreCaption(TOP_ROWS + 1, rows.length))],
    },
  ];
}

/** The rows of a barrier table; the theme column only for item barriers (a theme barrier is its own theme). */
function barrierRows(barriers: readonly ReportBarrier[]): Cell[][] {
  return barriers.map((barrier) => [
    num(String(barrier.rank)),
    cell(...idAndText(barrier.id, barrier.text)),
    ...(barrier.level === 'theme' ? [] : [cell(`${barrier.themeId} ${barrier.themeTitle}`)]),
    num(`${barrier.sharing} of ${barrier.scored}`),
    num(formatPercent(barrier.prevalence)),
    num(formatScore(barrier.meanShortfall)),
  ]);
}

function barrierTable(caption: string, rows: readonly Cell[][], report: NationalReport, level: 'item' | 'theme'): Block {
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Rank', numeric: true },
      { label: 'Barrier' },
      ...(level === 'item' ? [{ label: 'Theme' }] : []),
      { label: `${capitalise(report.noun.plural)} sharing it`, numeric: true },
      { label: 'Prevalence', numeric: true },
      { label: 'Mean shortfall', numeric: true },
    ],
    rows,
    rowHeaders: false,
  };
}

function themeChangeCells(theme: NationalTheme): string[] {
  const change = theme.change;
  if (change === null) return [];
  return [
    String(change.comparable),
    String(change.improved),
    String(change.clearlyImproved),
    String(change.declined),
    String(change.clearlyDeclined),
    String(change.unchanged),
    formatChange(change.meanChange),
  ];
}

/** A link to an organisation's report (when the renderer has one), by its name. */
function nameOf(links: DocLinks, organisation: { readonly id: string; readonly name: string }): Inline {
  return organisationLink(links, organisation.id, organisation.name);
}

/** The summary: the key figures, the themes with the highest and lowest national medians, and the theme most often below target. */
function summarySection(report: NationalReport): Block {
  const { summary, themes, noun } = report;
  const byMedian = themes.filter((theme) => theme.median !== null).sort((a, b) => b.median! - a.median!);
  const mostBelow = [...themes].sort((a, b) => b.belowTarget - a.belowTarget)[0];
  const blocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        { label: `${capitalise(noun.plural)} with scores`, value: `${summary.scoredOrganisations} of ${summary.organisations}` },
        { label: 'Respondents', value: formatCount(summary.respondents) },
        { label: 'Median percentage to target', value: formatPercent(summary.medianToTarget) },
        { label: 'Priority development needs', value: formatCount(summary.totalNeeds), note: `across ${plural(summary.organisationsWithNeeds, noun.singular, noun.plural)}` },
        { label: 'Items that are common barriers', value: formatCount(summary.commonItemBarriers), note: `and ${plural(summary.commonThemeBarriers, 'theme')} as a whole` },
      ],
    },
  ];
  if (byMedian.length > 0) {
    const top = byMedian[0]!;
    const bottom = byMedian[byMedian.length - 1]!;
    blocks.push(
      paragraph(strong('Highest national median: '), `${top.title} (${formatScore(top.median)}). `, strong('Lowest: '), `${bottom.title} (${formatScore(bottom.median)}).`),
    );
  }
  if (mostBelow !== undefined && mostBelow.belowTarget > 0) {
    blocks.push(paragraph(strong('Most often below target: '), `${mostBelow.title}, for ${mostBelow.belowTarget} of the ${mostBelow.n} ${noun.plural} with sufficient evidence.`));
  }
  return section(2, 'summary', 'Summary', blocks);
}

/** The national position by theme: each theme's distribution over the organisations, then how many stand at each level. */
function positionSection(report: NationalReport): Block {
  const { themes, noun } = report;
  const Noun = capitalise(noun.plural);
  const sameTarget = themes.every((theme) => theme.target !== null && theme.target === themes[0]?.target);
  return section(2, 'position', 'National position by theme', [
    paragraph(
      `Each figure is over the ${noun.plural} with sufficient evidence on the theme (n). The middle half runs from the lower to the upper quartile, shown when there are at least a few ${noun.plural}. `,
      sameTarget && themes[0] !== undefined ? `The target is ${formatNumber(themes[0].target, 2)} on every theme.` : 'Targets differ between themes or organisations.',
    ),
    {
      kind: 'table',
      caption: 'National distribution of theme scores',
      columns: [
        { label: 'Theme' },
        { label: `${Noun} (n)`, numeric: true },
        { label: 'Median', numeric: true },
        { label: 'Middle half', numeric: true },
        { label: 'Range', numeric: true },
        { label: 'Mean', numeric: true },
        { label: 'Below target', numeric: true },
        { label: 'Priority needs', numeric: true },
      ],
      rows: themes.map((theme) => [
        cell(...idAndText(theme.themeId, theme.title)),
        num(String(theme.n)),
        num(formatScore(theme.median)),
        num(range(theme.q1, theme.q3)),
        num(range(theme.min, theme.max)),
        num(formatScore(theme.mean)),
        num(`${theme.belowTarget} of ${theme.n}`),
        num(String(theme.needs)),
      ]),
      rowHeaders: true,
    },
    {
      kind: 'table',
      caption: `${Noun} at each level (the level nearest their theme score)`,
      columns: [{ label: 'Theme' }, ...(themes[0]?.levels ?? []).map((level) => ({ label: `${level.value} ${level.label}`, numeric: true }))],
      rows: themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), ...theme.levels.map((level) => num(String(level.count)))]),
      rowHeaders: true,
    },
    ...levelsAndTargets(report),
  ]);
}

/** " (a score of 3.50 is level 4 but below a target of 4.00)" for a whole-numbered target; nothing otherwise. */
function example(target: number | null): string {
  return target === null || !Number.isInteger(target) ? '' : ` (a score of ${formatScore(target - 0.5)} is level ${target} but below a target of ${formatNumber(target, 2)})`;
}

/**
 * Why the counts at each level and the counts below target can seem to disagree: a level is the nearest scale value,
 * so a score just under the target counts at the target's level. Says how many such organisations each theme has.
 */
function levelsAndTargets(report: NationalReport): Block[] {
  const { themes, alliances, noun } = report;
  const counts = themes.map(() => 0);
  for (const alliance of alliances) {
    alliance.themes.forEach((cell, index) => {
      if (cell.sufficient && cell.belowTarget === true && cell.level !== null && cell.level >= cell.target) counts[index]!++;
    });
  }
  const rows = themes.flatMap((theme, index) => (counts[index]! > 0 ? [{ theme, count: counts[index]! }] : []));
  const definition = paragraph(strong('Level: '), 'the scale value nearest a score (halves go up). ', strong('Below target: '), 'a score under its target, however close.');
  if (rows.length === 0) return [definition];
  return [
    definition,
    paragraph(
      `Counts by level and counts below target can seem to disagree: a score just under the target counts at the target's level yet is still below target${example(rows[0]!.theme.target)}. These ${noun.plural} are at the target's level or above and still below target:`,
    ),
    {
      kind: 'list',
      ordered: false,
      items: rows.map(({ theme, count }) => ({ content: [strong(theme.themeId), ` ${theme.title}: ${count} (of the ${theme.belowTarget} below target)`] })),
    },
  ];
}

/** The organisations by theme: the themes' key, the heatmap (with charts) and the table of the same scores. */
function alliancesSection(report: NationalReport, charts: boolean, links: DocLinks): Block {
  const { themes, alliances, noun } = report;
  const grid: Block[] = [
    paragraph(strong('Themes'), ' (the columns):'),
    { kind: 'list', ordered: false, items: themes.map((theme) => ({ content: idAndText(theme.themeId, theme.title) })) },
  ];
  if (charts) grid.push(heatmapFigure(report));
  const numberCell = sharedCells(num);
  const textCell = sharedCells((value) => cell(value));
  grid.push({
    kind: 'table',
    caption: `Theme scores by ${noun.singular}. Scores in brackets have too little evidence.`,
    columns: [
      { label: capitalise(noun.singular) },
      { label: 'Region' },
      ...themes.map((theme) => ({ label: theme.themeId, numeric: true })),
      { label: 'Below target', numeric: true },
      { label: 'To target', numeric: true },
    ],
    rows: alliances.map((alliance) => [
      cell(nameOf(links, alliance.organisation)),
      textCell(alliance.organisation.region?.name ?? NO_VALUE),
      ...alliance.themes.map((theme) => numberCell(themeScoreText(theme.score, theme.sufficient))),
      numberCell(String(alliance.themes.filter((theme) => theme.belowTarget === true).length)),
      numberCell(formatPercent(alliance.toTarget)),
    ]),
    rowHeaders: true,
  });
  return section(2, 'alliances', `${capitalise(noun.plural)} by theme`, grid);
}

/** One region's theme scores in full: n, median, range and how many are below target. */
function regionTable(report: NationalReport, region: NationalReport['regions'][number]): Block {
  return {
    kind: 'table',
    caption: `Theme scores in ${region.name}`,
    columns: [
      { label: 'Theme' },
      { label: `${capitalise(report.noun.plural)} (n)`, numeric: true },
      { label: 'Median', numeric: true },
      { label: 'Range', numeric: true },
      { label: 'Below target', numeric: true },
    ],
    rows: region.themes.map((theme) => [
      cell(...idAndText(theme.themeId, theme.title)),
      num(String(theme.n)),
      num(formatScore(theme.median)),
      num(range(theme.min, theme.max)),
      num(`${theme.belowTarget} of ${theme.n}`),
    ]),
    rowHeaders: true,
  };
}

/** The regions: one grid of medians to compare them at a glance, who is in each, and each region's full table on request. */
function regionsSection(report: NationalReport, links: DocLinks): Block {
  const { themes, regions, noun } = report;
  if (regions.length === 0) return section(2, 'regions', 'Regions', [paragraph(`There are no ${noun.plural} to group by region.`)]);
  // Per region, each theme's median by theme id: one look-up per cell.
  const medians = regions.map((region) => new Map(region.themes.map((entry) => [entry.themeId, entry.median])));
  return section(2, 'regions', 'Regions', [
    paragraph(`The median score of each theme in each region, over its ${noun.plural} with sufficient evidence on the theme.`),
    {
      kind: 'table',
      caption: 'Median theme score by region',
      columns: [{ label: 'Theme' }, ...regions.map((region) => ({ label: region.name, numeric: true }))],
      rows: themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), ...medians.map((medianOf) => num(formatScore(medianOf.get(theme.themeId) ?? null)))]),
      rowHeaders: true,
    },
    {
      kind: 'list',
      ordered: false,
      items: regions.map((region) => ({
        content: [
          strong(`${region.name}: `),
          `${plural(region.organisations.length, noun.singular, noun.plural)}, `,
          ...inlineList(region.organisations.map((organisation) => nameOf(links, organisation))),
          '.',
        ],
      })),
    },
    {
      kind: 'more',
      summary: 'Each region in detail: ranges and scores below target',
      title: 'Each region in detail',
      blocks: regions.map((region) => regionTable(report, region)),
    },
  ]);
}

/** The item barriers: the first TOP_ROWS in the main table and the rest on request; or a sentence when there is none. */
function itemBarrierBlocks(report: NationalReport): Block[] {
  const { items } = report.barriers;
  if (items.length === 0) return [paragraph('No item is a common barrier.')];
  return topAndMore(
    barrierRows(items),
    (rows, caption) => barrierTable(caption, rows, report, 'item'),
    'Common barriers: items',
    (from, to) => `Common barriers: items ranked ${from} to ${to}`,
    (total, rest) => `All ${total} common barriers: show the other ${rest}`,
    (total, rest) => `The other ${rest} common barriers, ranked ${TOP_ROWS + 1} to ${total}`,
  );
}

/** Who shares the item barriers beyond the most common ones: each barrier's organisations, by region, on request. */
function otherSharersBlock(report: NationalReport, rest: readonly ReportBarrier[], shown: number, short: (name: string) => string): Block {
  const { items } = report.barriers;
  const Noun = capitalise(report.noun.plural);
  return {
    kind: 'more',
    summary: `Who shares the other ${plural(rest.length, 'item barrier')}`,
    title: `Who shares the other ${plural(rest.length, 'item barrier')}, ranked ${shown + 1} to ${items.length}`,
    blocks: [
      {
        kind: 'table',
        caption: `${Noun} sharing the item barriers ranked ${shown + 1} to ${items.length}, by region`,
        columns: [{ label: 'Barrier' }, { label: `${Noun}, by region` }],
        rows: rest.map((barrier) => [
          cell(...idAndText(barrier.id, barrier.text)),
          cell(
            ...barrier.byRegion.flatMap((region, index): Inline[] => [
              ...(index > 0 ? ['; '] : []),
              strong(`${region.name}: `),
              region.organisations.map((entry) => short(entry.name)).join(', '),
            ]),
          ),
        ]),
        rowHeaders: true,
      },
    ],
  };
}

/** The collator of the who-shares table's order of regions, made on first use (`localeCompare(…, 'en-GB')` is this collator's compare). */
let regionCollatorMade: Intl.Collator | undefined;

function regionCollator(): Intl.Collator {
  regionCollatorMade ??= new Intl.Collator('en-GB');
  return regionCollatorMade;
}
/**
 * Who shares the common barriers, by region: a grid of the organisations against the theme barriers and the most
 * common item barriers (as many as the barrier table shows first), then the rest on request. Null when there is none.
 */
function whoSharesSection(report: NationalReport, links: DocLinks): Block | null {
  const { barriers, alliances, noun } = report;
  const all = [...barriers.items, ...barriers.themes];
  if (all.length === 0) return null;
  const Noun = capitalise(noun.plural);
  const { short, note } = shortNames(report);
  // As in the barrier table: the first TOP_ROWS item barriers, or all of them when only a couple more would be left.
  const shown = barriers.items.length <= TOP_ROWS + 2 ? barriers.items.length : TOP_ROWS;
  const top = [...barriers.items.slice(0, shown), ...barriers.themes];
  const rest = barriers.items.slice(shown);
  const sharing = top.map((barrier) => new Set(barrier.byRegion.flatMap((region) => region.organisations.map((entry) => entry.id))));
  const regionOf = (alliance: (typeof alliances)[number]) => alliance.organisation.region?.name ?? 'No region';
  // By region ("No region" last), then by name as the report lists them (the sort is stable). Each row's keys are
  // found once, and equal region names (all of them, when no organisation has a region) are not handed to the collator.
  const rows = alliances
    .map((alliance) => ({ alliance, last: alliance.organisation.region === null ? 1 : 0, region: regionOf(alliance) }))
    .sort((a, b) => a.last - b.last || (a.region === b.region ? 0 : regionCollator().compare(a.region, b.region)));
  // The grid's marks are the same few cells, shared by every row: 2,000 organisations × 18 barriers.
  const yes = cell(strong('Yes'));
  const no = cell(NO_VALUE);
  const numberCell = sharedCells(num);
  const textCell = sharedCells((value) => cell(value));
  const blocks: Block[] = [
    paragraph(
      `Which ${noun.plural} share the ${top.length === all.length ? '' : `${shown} most common item barriers and the theme `}barriers, by region: "Yes" where it is a barrier for the ${noun.singular}, a dash where it is not.`,
      note,
    ),
    {
      kind: 'table',
      caption: top.length === all.length ? `${Noun} sharing each barrier, by region` : `${Noun} sharing each of the most common barriers, by region`,
      columns: [{ label: capitalise(noun.singular) }, { label: 'Region' }, ...top.map((barrier) => ({ label: barrier.id })), { label: 'Total', numeric: true }],
      rows: rows.map(({ alliance, region }): Cell[] => {
        const marks = sharing.map((members) => (members.has(alliance.organisation.id) ? yes : no));
        return [
          cell(organisationLink(links, alliance.organisation.id, short(alliance.organisation.name))),
          textCell(region),
          ...marks,
          numberCell(`${marks.filter((mark) => mark === yes).length} of ${top.length}`),
        ];
      }),
      rowHeaders: true,
      compact: true,
    },
  ];
  if (rest.length > 0) blocks.push(otherSharersBlock(report, rest, shown, short));
  return section(3, 'barriers-who', 'Who shares them', blocks);
}

/** The common barriers: what makes one, the chart (with charts), the items, the themes, and who shares them. */
function barriersSection(report: NationalReport, charts: boolean, links: DocLinks): Block {
  const { barriers, noun } = report;
  const blocks: Block[] = [
    paragraph(
      `An item or theme is a barrier for ${noun.singular === 'alliance' ? 'an' : 'a'} ${noun.singular} when it scores at least ${formatNumber(barriers.barrierShortfall, 2)} below target; it is common when at least ${formatPercent(barriers.commonShare)} of the ${noun.plural} that scored it, and at least ${barriers.commonMinCount}, share it.`,
    ),
  ];
  if (charts) blocks.push(barrierFigure(report));
  blocks.push(...itemBarrierBlocks(report));
  blocks.push(
    section(3, 'barriers-themes', 'Themes that are common barriers', [
      barriers.themes.length === 0 ? paragraph('No theme is a common barrier.') : barrierTable('Common barriers: themes as a whole', barrierRows(barriers.themes), report, 'theme'),
    ]),
  );
  const who = whoSharesSection(report, links);
  if (who !== null) blocks.push(who);
  return section(2, 'barriers', 'Common barriers', blocks);
}

/** The development needs across the country: how many organisations have each theme as a need, and each one's most urgent. */
function needsSection(report: NationalReport, links: DocLinks): Block {
  const { summary, themes, alliances, noun } = report;
  const Noun = capitalise(noun.plural);
  const numberCell = sharedCells(num);
  return section(2, 'needs', 'Development needs across the country', [
    paragraph(
      `A theme is a priority development need of ${noun.singular === 'alliance' ? 'an' : 'a'} ${noun.singular} when it has sufficient evidence and falls well below target. Each ${noun.singular}'s report says who can help.`,
    ),
    {
      kind: 'table',
      caption: `${Noun} with each theme as a priority need`,
      columns: [{ label: 'Theme' }, { label: Noun, numeric: true }],
      rows: themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), num(`${theme.needs} of ${summary.organisations}`)]),
      rowHeaders: true,
    },
    {
      kind: 'table',
      caption: `Priority needs of each ${noun.singular}, most urgent first`,
      columns: [{ label: capitalise(noun.singular) }, { label: 'Needs', numeric: true }, { label: 'Most urgent (theme ids, most urgent first)' }],
      rows: alliances.map((alliance) => [
        cell(nameOf(links, alliance.organisation)),
        numberCell(String(alliance.needs)),
        cell(alliance.needThemes.length === 0 ? NO_VALUE : alliance.needThemes.slice(0, 3).join(', ')),
      ]),
      rowHeaders: true,
    },
  ]);
}

/** What an association can bear, in words: its caveat when it has one, else whether it is clear once the themes tested are allowed for. */
function associationReading(theme: ReportOutcomes['themes'][number], outcome: string): string {
  if (theme.caveat !== null) return theme.caveat;
  if (theme.adjustedPValue === null || theme.rho === null) return NO_VALUE;
  if (theme.adjustedPValue < 0.05) {
    return `A clear link, even allowing for the themes tested: ${theme.rho > 0 ? 'higher' : 'lower'} scores go with higher ${outcome}. Not a cause.`;
  }
  return theme.pValue !== null && theme.pValue < 0.05
    ? 'Not clear once the themes tested are allowed for: a p-value this low is likely for one theme of several by chance alone.'
    : 'No clear link: a correlation this size could well arise by chance.';
}

/**
 * The outcome against the standard in force on the round's date, e.g. "Faster Diagnosis Standard: median 76.4% across
 * 21 alliances; 9 of 21 at or above the 77% target by March 2025 in force on 31 March 2025 (2024/25 priorities and
 * operational planning guidance)."
 */
function standardLine(report: NationalReport, outcomes: ReportOutcomes, standard: NonNullable<ReportOutcomes['standard']> | null): string {
  if (standard === null) {
    return report.round === null
      ? `${outcomes.name} is shown against no standard: the reports were given no round date to choose the standard in force.`
      : `${outcomes.name} is shown against no standard: none of its standards or targets was in force on ${formatDate(report.round.date)}.`;
  }
  const unit = outcomes.unit === null ? '' : outcomes.unit === '%' ? '%' : ` ${outcomes.unit}`;
  const when = standard.date === null ? '' : ` in force on ${formatDate(standard.date)}`;
  const setBy = standard.setBy === null ? '' : ` (${standard.setBy})`;
  return (
    `${outcomes.name}: median ${formatNumber(standard.median, 1)}${unit} across ${plural(standard.values, report.noun.singular, report.noun.plural)}; ` +
    `${formatCount(standard.meeting)} of ${formatCount(standard.values)} at or above the ${standard.label}${when}${setBy}.`
  );
}

/** The association of each theme with the outcome measure, and who has scores or an outcome value without the other. */
function outcomesSection(report: NationalReport, outcomes: ReportOutcomes): Block {
  const Noun = capitalise(report.noun.plural);
  const tested = outcomes.themes.filter((theme) => theme.pValue !== null).length;
  const blocks: Block[] = [
    paragraph(
      `Spearman's rank correlation between each theme's scores and ${outcomes.name}${outcomes.unit === null ? '' : ` (${outcomes.unit})`}`,
      outcomes.source === null ? '' : `, from ${outcomes.source}`,
      `, over the ${report.noun.plural} with both. Rho runs from −1 to 1: above 0, higher scores go with higher values of the outcome. `,
      `A p-value, from a permutation test, is the chance of a correlation at least this strong were there no link. With ${plural(tested, 'theme')} tested, one low p-value is likely by chance alone, so each p-value is adjusted for the number of themes tested by Holm's method: read the adjusted p-value, and count a link as clear below 0.05. `,
      em('An association is not a cause.'),
    ),
    {
      kind: 'table',
      caption: `Association of each theme with ${outcomes.name}`,
      columns: [
        { label: 'Theme' },
        { label: `${Noun} (n)`, numeric: true },
        { label: 'Rank correlation (rho)', numeric: true },
        { label: 'p-value', numeric: true },
        { label: 'Adjusted p-value (Holm)', numeric: true },
        { label: 'What it can bear' },
      ],
      rows: outcomes.themes.map((theme) => [
        cell(...idAndText(theme.themeId, theme.title)),
        num(String(theme.n)),
        num(formatScore(theme.rho)),
        num(formatPValue(theme.pValue)),
        num(formatPValue(theme.adjustedPValue)),
        cell(associationReading(theme, outcomes.name)),
      ]),
      rowHeaders: true,
    },
  ];
  if (outcomes.standard !== undefined) blocks.splice(1, 0, paragraph(standardLine(report, outcomes, outcomes.standard)));
  if (outcomes.scoresWithoutOutcomes.length > 0) {
    blocks.push(paragraph(`With scores but no ${outcomes.name} value: ${outcomes.scoresWithoutOutcomes.map((entry) => entry.name).join('; ')}.`));
  }
  if (outcomes.outcomesWithoutScores.length > 0) {
    blocks.push(paragraph(`With a ${outcomes.name} value but no scores: ${outcomes.outcomesWithoutScores.map((entry) => entry.name).join('; ')}.`));
  }
  return section(2, 'outcomes', `Association with ${outcomes.name}`, blocks);
}

/** The change since the previous round: who took part in both and in one only, and each theme's change over those comparable. */
function changeSection(report: NationalReport, change: NationalChange): Block {
  const { noun } = report;
  const blocks: Block[] = [
    paragraph(
      `Compared with ${roundName(change.previous)} (${formatDate(change.previous.date)}): ${plural(change.organisations, noun.singular, noun.plural)} took part in both rounds. `,
      `A change is clear when its 95% interval leaves out 0: the interval comes from resampling each ${noun.singular}'s respondents in both rounds (a bootstrap), so it shows how much the change could differ had other people of the same ${noun.singular} answered.`,
    ),
  ];
  if (change.onlyEarlier.length > 0) blocks.push(paragraph(`Only in the previous round: ${change.onlyEarlier.map((entry) => entry.name).join('; ')}.`));
  if (change.onlyLater.length > 0) blocks.push(paragraph(`Only in this round: ${change.onlyLater.map((entry) => entry.name).join('; ')}.`));
  blocks.push({
    kind: 'table',
    caption: `Change in theme scores since ${change.previous.label}, over the ${noun.plural} comparable in both rounds`,
    columns: [
      { label: 'Theme' },
      { label: 'Comparable', numeric: true },
      { label: 'Improved', numeric: true },
      { label: 'Clearly improved', numeric: true },
      { label: 'Declined', numeric: true },
      { label: 'Clearly declined', numeric: true },
      { label: 'Unchanged', numeric: true },
      { label: 'Mean change', numeric: true },
    ],
    rows: report.themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), ...themeChangeCells(theme).map((text) => num(text))]),
    rowHeaders: true,
  });
  return section(2, 'change', 'Change since the previous round', blocks);
}

/** Lays out the national report as a document. */
export function nationalDocument(report: NationalReport, charts: boolean, links: DocLinks): Doc {
  const sections: Block[] = [
    summarySection(report),
    positionSection(report),
    alliancesSection(report, charts, links),
    regionsSection(report, links),
    barriersSection(report, charts, links),
    needsSection(report, links),
  ];
  if (report.outcomes !== null) sections.push(outcomesSection(report, report.outcomes));
  if (report.change !== null) sections.push(changeSection(report, report.change));
  sections.push(caveatsSection(report.caveats), methodSection(report));
  return {
    title: report.title,
    subtitle: report.subtitle,
    kicker: 'Self-assessment · national report',
    up: null,
    notices: noticesOf(report),
    sections,
    footer: footerOf(report),
  };
}
