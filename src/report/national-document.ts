import { barrierChart, heatmapChart } from './charts.js';
import { cell, em, num, paragraph, section, slug, strong, type Block, type Doc } from './document.js';
import { capitalise, formatChange, formatCount, formatNumber, formatPercent, formatPValue, formatScore, NO_VALUE, plural } from './format.js';
import type { NationalReport, NationalTheme, ReportBarrier } from './model.js';
import { caveatsSection, footerOf, idAndText, methodSection, noticesOf, themeScoreText } from './parts.js';
import { listInWords } from './prepare.js';

/** The most barriers drawn in the barrier chart; the table lists them all. */
export const MAX_BARRIER_BARS = 15;

function range(min: number | null, max: number | null): string {
  return min === null || max === null ? NO_VALUE : `${formatScore(min)} to ${formatScore(max)}`;
}

function heatmapFigure(report: NationalReport): Block {
  const { themes, alliances, noun } = report;
  const min = Math.min(...themes.map((theme) => theme.scaleMin));
  const max = Math.max(...themes.map((theme) => theme.scaleMax));
  const highest = themes.filter((theme) => theme.median !== null).sort((a, b) => (b.median as number) - (a.median as number))[0];
  const lowest = themes.filter((theme) => theme.median !== null).sort((a, b) => (a.median as number) - (b.median as number))[0];
  const belowCells = alliances.reduce((sum, alliance) => sum + alliance.themes.filter((theme) => theme.belowTarget === true).length, 0);
  const description = [
    `Heatmap of ${plural(alliances.length, noun.singular, noun.plural)} (rows) by ${plural(themes.length, 'theme')} (columns). Each cell prints the score; darker cells score higher, a corner triangle marks a score below target, and hatched cells have too little evidence.`,
    highest !== undefined && lowest !== undefined
      ? ` The highest national median is ${highest.title} (${formatScore(highest.median)}); the lowest is ${lowest.title} (${formatScore(lowest.median)}).`
      : '',
    ` ${belowCells} scores are below target.`,
    ' The table below gives the same numbers.',
  ].join('');
  return {
    kind: 'figure',
    svg: heatmapChart(
      {
        title: `${capitalise(noun.plural)} by theme`,
        description,
        min,
        max,
        columns: themes.map((theme) => ({ id: theme.themeId, label: theme.themeId })),
        rows: alliances.map((alliance) => ({
          id: alliance.organisation.id,
          label: alliance.organisation.name,
          cells: alliance.themes.map((theme) => ({ value: theme.score, insufficient: !theme.sufficient, belowTarget: theme.belowTarget })),
        })),
      },
      { idPrefix: 'heatmap' },
    ),
    caption: `Theme scores of each ${noun.singular}. A corner triangle marks a score below target; a hatched cell with its score in brackets has too little evidence; a dash means no score.`,
  };
}

function barrierFigure(report: NationalReport): Block {
  const { items } = report.barriers;
  const bars = items.slice(0, MAX_BARRIER_BARS);
  const first = bars[0];
  const description =
    first === undefined
      ? `No item is a common barrier: none falls well below target in enough ${report.noun.plural}.`
      : `Bar chart of the ${bars.length === items.length ? plural(items.length, 'common barrier') : `${bars.length} most common of ${items.length} barriers`}, by the share of ${report.noun.plural} for which each is a barrier. The most common is ${first.id} ${first.text}: ${first.sharing} of ${first.scored} (${formatPercent(first.prevalence)}). The table below gives the numbers.`;
  return {
    kind: 'figure',
    svg: barrierChart(
      {
        title: 'Common barriers by prevalence',
        description,
        bars: bars.map((barrier) => ({
          id: barrier.id,
          label: `${barrier.id} ${barrier.text}`,
          sharing: barrier.sharing,
          scored: barrier.scored,
          prevalence: barrier.prevalence,
        })),
      },
      { idPrefix: 'barriers' },
    ),
    caption:
      bars.length === items.length
        ? `The common barriers: each bar is the share of ${report.noun.plural} scoring the item at least ${formatNumber(report.barriers.barrierShortfall, 2)} below target.`
        : `The ${bars.length} most common barriers of ${items.length}; the table lists them all.`,
  };
}

function barrierTable(caption: string, barriers: readonly ReportBarrier[], report: NationalReport): Block {
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Rank', numeric: true },
      { label: 'Barrier' },
      { label: 'Theme' },
      { label: `${capitalise(report.noun.plural)} sharing it`, numeric: true },
      { label: 'Prevalence', numeric: true },
      { label: 'Mean shortfall', numeric: true },
    ],
    rows: barriers.map((barrier) => [
      num(String(barrier.rank)),
      cell(...idAndText(barrier.id, barrier.text)),
      cell(barrier.level === 'theme' ? NO_VALUE : `${barrier.themeId} ${barrier.themeTitle}`),
      num(`${barrier.sharing} of ${barrier.scored}`),
      num(formatPercent(barrier.prevalence)),
      num(formatScore(barrier.meanShortfall)),
    ]),
    rowHeaders: false,
  };
}

function themeChangeCells(theme: NationalTheme): string[] {
  const change = theme.change;
  if (change === null) return [];
  return [String(change.comparable), String(change.improved), String(change.declined), String(change.unchanged), formatChange(change.meanChange)];
}

/** Lays out the national report as a document. */
export function nationalDocument(report: NationalReport, charts: boolean): Doc {
  const { summary, themes, alliances, noun } = report;
  const Noun = capitalise(noun.plural);
  const sections: Block[] = [];

  // Summary.
  const byMedian = themes.filter((theme) => theme.median !== null).sort((a, b) => (b.median as number) - (a.median as number));
  const mostBelow = [...themes].sort((a, b) => b.belowTarget - a.belowTarget)[0];
  const summaryBlocks: Block[] = [
    {
      kind: 'figures',
      figures: [
        { label: `${Noun} with scores`, value: `${summary.scoredOrganisations} of ${summary.organisations}` },
        { label: 'Respondents', value: formatCount(summary.respondents) },
        { label: 'Median percentage to target', value: formatPercent(summary.medianToTarget) },
        { label: 'Priority development needs', value: formatCount(summary.totalNeeds), note: `across ${plural(summary.organisationsWithNeeds, noun.singular, noun.plural)}` },
        { label: 'Common barriers', value: formatCount(summary.commonItemBarriers), note: `items; and ${plural(summary.commonThemeBarriers, 'theme')}` },
      ],
    },
  ];
  if (byMedian.length > 0) {
    const top = byMedian[0] as NationalTheme;
    const bottom = byMedian[byMedian.length - 1] as NationalTheme;
    summaryBlocks.push(
      paragraph(
        strong('Highest national median: '),
        `${top.title} (${formatScore(top.median)}). `,
        strong('Lowest: '),
        `${bottom.title} (${formatScore(bottom.median)}).`,
      ),
    );
  }
  if (mostBelow !== undefined && mostBelow.belowTarget > 0) {
    summaryBlocks.push(
      paragraph(strong('Most often below target: '), `${mostBelow.title}, for ${mostBelow.belowTarget} of the ${mostBelow.n} ${noun.plural} with sufficient evidence.`),
    );
  }
  sections.push(section(2, 'summary', 'Summary', summaryBlocks));

  // National position by theme.
  const sameTarget = themes.every((theme) => theme.target !== null && theme.target === themes[0]?.target);
  sections.push(
    section(2, 'position', 'National position by theme', [
      paragraph(
        `Each figure is over the ${noun.plural} with sufficient evidence on the theme (n); quartiles need at least a few. `,
        sameTarget && themes[0] !== undefined ? `The target is ${formatNumber(themes[0].target, 2)} on every theme.` : 'Targets differ between themes or organisations.',
      ),
      {
        kind: 'table',
        caption: 'National distribution of theme scores',
        columns: [
          { label: 'Theme' },
          { label: 'n', numeric: true },
          { label: 'Median', numeric: true },
          { label: 'Quartiles', numeric: true },
          { label: 'Range', numeric: true },
          { label: 'Mean', numeric: true },
          { label: 'Below target', numeric: true },
          { label: 'Needs', numeric: true },
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
    ]),
  );

  // Alliances by theme.
  const key = themes.map((theme) => `${theme.themeId} ${theme.title}`).join('; ');
  const grid: Block[] = [paragraph(strong('Themes: '), `${key}.`)];
  if (charts) grid.push(heatmapFigure(report));
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
      cell(alliance.organisation.name),
      cell(alliance.organisation.region?.name ?? NO_VALUE),
      ...alliance.themes.map((theme) => num(themeScoreText(theme.score, theme.sufficient))),
      num(String(alliance.themes.filter((theme) => theme.belowTarget === true).length)),
      num(formatPercent(alliance.toTarget)),
    ]),
    rowHeaders: true,
  });
  sections.push(section(2, 'alliances', `${Noun} by theme`, grid));

  // Regions.
  sections.push(
    section(
      2,
      'regions',
      'Regions',
      report.regions.length === 0
        ? [paragraph(`There are no ${noun.plural} to group by region.`)]
        : report.regions.map((region) =>
            section(3, slug('region', region.region?.id ?? 'none'), region.name, [
              paragraph(`${plural(region.organisations.length, noun.singular, noun.plural)}: ${listInWords(region.organisations.map((entry) => entry.name))}.`),
              {
                kind: 'table',
                caption: `Theme scores in ${region.name}`,
                columns: [{ label: 'Theme' }, { label: 'n', numeric: true }, { label: 'Median', numeric: true }, { label: 'Range', numeric: true }, { label: 'Below target', numeric: true }],
                rows: region.themes.map((theme) => [
                  cell(...idAndText(theme.themeId, theme.title)),
                  num(String(theme.n)),
                  num(formatScore(theme.median)),
                  num(range(theme.min, theme.max)),
                  num(`${theme.belowTarget} of ${theme.n}`),
                ]),
                rowHeaders: true,
              },
            ]),
          ),
    ),
  );

  // Barriers.
  const barriers = report.barriers;
  const barrierBlocks: Block[] = [
    paragraph(
      `An item or theme is a barrier for ${noun.singular === 'alliance' ? 'an' : 'a'} ${noun.singular} when it scores at least ${formatNumber(barriers.barrierShortfall, 2)} below target; it is common when at least ${formatPercent(barriers.commonShare)} of the ${noun.plural} that scored it, and at least ${barriers.commonMinCount}, share it.`,
    ),
  ];
  if (charts) barrierBlocks.push(barrierFigure(report));
  barrierBlocks.push(
    barriers.items.length === 0 ? paragraph('No item is a common barrier.') : barrierTable('Common barriers: items', barriers.items, report),
  );
  barrierBlocks.push(
    section(3, 'barriers-themes', 'Themes', [
      barriers.themes.length === 0 ? paragraph('No theme is a common barrier.') : barrierTable('Common barriers: themes', barriers.themes, report),
    ]),
  );
  const all = [...barriers.items, ...barriers.themes];
  if (all.length > 0) {
    barrierBlocks.push(
      section(3, 'barriers-who', 'Who shares them', [
        {
          kind: 'table',
          caption: `${Noun} sharing each barrier, by region`,
          columns: [{ label: 'Barrier' }, { label: `${Noun}` }],
          rows: all.map((barrier) => [
            cell(...idAndText(barrier.id, barrier.text)),
            cell(barrier.byRegion.map((region) => `${region.name}: ${region.organisations.map((entry) => entry.name).join(', ')}`).join('; ')),
          ]),
          rowHeaders: true,
        },
      ]),
    );
  }
  sections.push(section(2, 'barriers', 'Common barriers', barrierBlocks));

  // Needs across alliances.
  sections.push(
    section(2, 'needs', 'Development needs across the country', [
      paragraph(`A theme is a priority development need of ${noun.singular === 'alliance' ? 'an' : 'a'} ${noun.singular} when it has sufficient evidence and falls well below target. Each ${noun.singular}'s report says who can help.`),
      {
        kind: 'table',
        caption: `${Noun} with each theme as a priority need`,
        columns: [{ label: 'Theme' }, { label: `${Noun}`, numeric: true }],
        rows: themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), num(`${theme.needs} of ${summary.organisations}`)]),
        rowHeaders: true,
      },
      {
        kind: 'table',
        caption: `Priority needs of each ${noun.singular}, most urgent first`,
        columns: [{ label: capitalise(noun.singular) }, { label: 'Needs', numeric: true }, { label: 'Most urgent' }],
        rows: alliances.map((alliance) => [
          cell(alliance.organisation.name),
          num(String(alliance.needs)),
          cell(
            alliance.needThemes.length === 0
              ? NO_VALUE
              : alliance.needThemes
                  .slice(0, 3)
                  .map((themeId) => themes.find((theme) => theme.themeId === themeId)?.title ?? themeId)
                  .join('; '),
          ),
        ]),
        rowHeaders: true,
      },
    ]),
  );

  // Outcomes.
  if (report.outcomes !== null) {
    const { outcomes } = report;
    const blocks: Block[] = [
      paragraph(
        `Spearman's rank correlation between each theme's scores and ${outcomes.name}${outcomes.unit === null ? '' : ` (${outcomes.unit})`}`,
        outcomes.source === null ? '' : `, from ${outcomes.source}`,
        `, over the ${noun.plural} with both. A p-value comes from a permutation test. `,
        em('An association is not a cause.'),
      ),
      {
        kind: 'table',
        caption: `Association of each theme with ${outcomes.name}`,
        columns: [{ label: 'Theme' }, { label: 'n', numeric: true }, { label: 'Rho', numeric: true }, { label: 'p-value', numeric: true }, { label: 'Caveat' }],
        rows: outcomes.themes.map((theme) => [
          cell(...idAndText(theme.themeId, theme.title)),
          num(String(theme.n)),
          num(formatScore(theme.rho)),
          num(formatPValue(theme.pValue)),
          cell(theme.caveat ?? NO_VALUE),
        ]),
        rowHeaders: true,
      },
    ];
    if (outcomes.scoresWithoutOutcomes.length > 0) {
      blocks.push(paragraph(`With scores but no ${outcomes.name} value: ${listInWords(outcomes.scoresWithoutOutcomes.map((entry) => entry.name))}.`));
    }
    if (outcomes.outcomesWithoutScores.length > 0) {
      blocks.push(paragraph(`With a ${outcomes.name} value but no scores: ${listInWords(outcomes.outcomesWithoutScores.map((entry) => entry.name))}.`));
    }
    sections.push(section(2, 'outcomes', `Association with ${outcomes.name}`, blocks));
  }

  // Change.
  if (report.change !== null) {
    const { change } = report;
    const blocks: Block[] = [
      paragraph(
        `Compared with ${change.previous.label} (${change.previous.date}, financial year ${change.previous.financialYear}): ${plural(change.organisations, noun.singular, noun.plural)} took part in both rounds.`,
      ),
    ];
    if (change.onlyEarlier.length > 0) blocks.push(paragraph(`Only in the previous round: ${listInWords(change.onlyEarlier.map((entry) => entry.name))}.`));
    if (change.onlyLater.length > 0) blocks.push(paragraph(`Only in this round: ${listInWords(change.onlyLater.map((entry) => entry.name))}.`));
    blocks.push({
      kind: 'table',
      caption: `Change in theme scores since ${change.previous.label}, over the ${noun.plural} comparable in both rounds`,
      columns: [
        { label: 'Theme' },
        { label: 'Comparable', numeric: true },
        { label: 'Improved', numeric: true },
        { label: 'Declined', numeric: true },
        { label: 'Unchanged', numeric: true },
        { label: 'Mean change', numeric: true },
      ],
      rows: themes.map((theme) => [cell(...idAndText(theme.themeId, theme.title)), ...themeChangeCells(theme).map((text) => num(text))]),
      rowHeaders: true,
    });
    sections.push(section(2, 'change', 'Change since the previous round', blocks));
  }

  sections.push(caveatsSection(report.caveats));
  sections.push(methodSection(report));

  return {
    title: report.title,
    subtitle: report.subtitle,
    kicker: 'Self-assessment · national report',
    notices: noticesOf(report),
    sections,
    footer: footerOf(report),
  };
}
