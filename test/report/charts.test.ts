import { describe, expect, it } from 'vitest';
import { renderBarrierChart } from '../../src/report/barrier-chart.js';
import { renderChangeChart } from '../../src/report/change-chart.js';
import { contrastRatio, HEAT_COLOURS, heatColour, heatPosition, textColourOn, type HeatScale } from '../../src/report/colour.js';
import { renderHeatmapChart } from '../../src/report/heatmap-chart.js';
import { renderRadarChart } from '../../src/report/radar-chart.js';
import { wrapText } from '../../src/report/svg.js';

/** Relative luminance (WCAG) of a #RRGGBB colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Each drawn heatmap cell: its fill, the colour and text of the value printed on it. */
function heatCells(svg: string): { fill: string; colour: string; text: string }[] {
  return [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="64" height="\d+" fill="([^"]+)"[^>]*>[\s\S]*?<text [^>]*fill="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map((match) => ({
    fill: match[1]!,
    colour: match[2]!,
    text: match[3]!,
  }));
}

const radar = () =>
  renderRadarChart(
    {
      title: 'Themes of <script>alert(1)</script>',
      description: 'Scores "quoted" & more',
      axes: ['A', 'B', 'C', 'D'].map((id) => ({ id, label: `Theme ${id}`, min: 1, max: 5 })),
      series: [
        { name: '<b>Alliance</b>', values: [3.2, null, 4, 1.5] },
        { name: 'National median', values: [3, 3, 3, 3] },
        { name: 'Target', values: [4, 4, 4, 4] },
      ],
    },
    { idPrefix: 'r1' },
  );

const heatmap = () =>
  renderHeatmapChart({
    title: 'Alliances by theme',
    description: 'Scores.',
    min: 0,
    max: 3,
    columns: [
      { id: 'S1', label: 'S1' },
      { id: 'S2', label: 'S2' },
    ],
    rows: [
      {
        id: 'a',
        label: '<script>x</script>',
        cells: [
          { value: 2.5, insufficient: false, belowTarget: false },
          { value: 0.4, insufficient: false, belowTarget: true },
        ],
      },
      {
        id: 'b',
        label: 'B',
        cells: [
          { value: 1.25, insufficient: true, belowTarget: null },
          { value: null, insufficient: true, belowTarget: null },
        ],
      },
    ],
  });

const bars = () =>
  renderBarrierChart({
    title: 'Common barriers',
    description: 'Barriers.',
    bars: [
      { id: 'T6.E2', label: 'T6.E2 Shared data & <platform>', sharing: 12, scored: 21, prevalence: 12 / 21 },
      { id: 'T1.E1', label: 'T1.E1 Strategy', sharing: 7, scored: 21, prevalence: 7 / 21 },
    ],
  });

const change = (layout?: 'wide' | 'narrow') =>
  renderChangeChart(
    {
      title: 'Change of <b>Alliance</b>',
      description: 'Two themes.',
      rows: [
        { id: 'T1', label: 'T1 Shared vision, strategy and planning', change: 0.4, interval: { low: 0.1, high: 0.7 }, clear: true },
        { id: 'T2', label: 'T2 Leadership & <governance>', change: -0.2, interval: { low: -0.9, high: 0.5 }, clear: false },
        { id: 'T3', label: 'T3 Partnerships', change: null, interval: null, clear: false },
      ],
    },
    { idPrefix: 'change', layout },
  );

describe.each([
  ['renderRadarChart', radar],
  ['renderHeatmapChart', heatmap],
  ['renderBarrierChart', bars],
  ['renderChangeChart', () => change()],
  ['renderChangeChart, narrow', () => change('narrow')],
  [
    'renderRadarChart, narrow',
    () =>
      renderRadarChart(
        { title: 't', description: 'd', axes: [1, 2, 3].map((i) => ({ id: `T${i}`, label: `Theme <${i}>`, min: 1, max: 5 })), series: [{ name: '<b>A</b>', values: [1, 2, 3] }] },
        { layout: 'narrow' },
      ),
  ],
])('%s', (_, draw) => {
  it('is an accessible image: role="img", a <title> and a <desc> it is labelled by, and a viewBox', () => {
    const svg = draw();
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 [\d.]+ [\d.]+"/);
    const labelled = /aria-labelledby="([^"]+) ([^"]+)"/.exec(svg);
    expect(labelled).not.toBeNull();
    expect(svg).toContain(`<title id="${labelled?.[1]}">`);
    expect(svg).toContain(`<desc id="${labelled?.[2]}">`);
  });

  it('escapes every text from data and holds no script, no external reference', () => {
    const svg = draw();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<b>/);
    expect(svg).not.toMatch(/\b(?:src|href)=/);
    for (const match of svg.matchAll(/url\(([^)]*)\)/g)) expect(match[1]?.startsWith('#')).toBe(true);
  });
});

describe('the narrow layout, for a phone-sized screen', () => {
  it('draws each chart 400 units wide, with the radar axes by id and the labels above their rows', () => {
    const width = (svg: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
    const narrowRadar = renderRadarChart(
      { title: 't', description: 'd', axes: [1, 2, 3].map((i) => ({ id: `T${i}`, label: `Theme ${i}`, min: 1, max: 5 })), series: [] },
      { layout: 'narrow' },
    );
    expect(width(narrowRadar)).toBe(400);
    expect(narrowRadar).toContain('>T1</tspan>');
    expect(narrowRadar).not.toContain('Theme 1');
    expect(width(change('narrow'))).toBe(400);
    expect(width(change())).toBe(800);
    const heat = (layout: 'wide' | 'narrow') =>
      renderHeatmapChart(
        {
          title: 't',
          description: 'd',
          min: 1,
          max: 5,
          target: 4,
          columns: [{ id: 'T1', label: 'T1' }],
          rows: [{ id: 'a', label: 'Alliance A', cells: [{ value: 3, insufficient: false, belowTarget: true }] }],
        },
        { layout },
      );
    expect(width(heat('narrow'))).toBe(400);
    expect(width(heat('wide'))).toBe(640);
    expect(width(renderBarrierChart({ title: 't', description: 'd', bars: [] }, { layout: 'narrow' }))).toBe(400);
  });

  it('takes only wide or narrow', () => {
    expect(() => renderRadarChart({ title: 't', description: 'd', axes: [{ id: 'A', label: 'A', min: 1, max: 5 }], series: [] }, { layout: 'tall' as never })).toThrow(
      new RangeError("renderRadarChart: layout must be 'wide' or 'narrow', got tall"),
    );
  });
});

describe('renderChangeChart', () => {
  it('marks a clear change filled and says so in words, a change that is not clear hollow, and a row with no change', () => {
    const svg = change();
    expect(svg).toContain('+0.40, clear');
    expect(svg).toContain('−0.20, not clear');
    expect(svg).toContain('no comparable change');
    expect(svg).toContain('T2 Leadership &amp; &lt;governance&gt;');
    const circles = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="6" fill="([^"]+)"[^>]*><title>/g)].map((match) => match[1]);
    expect(circles).toEqual(['#005EB8', '#FFFFFF']);
  });

  it('centres its scale on 0 and reaches past every interval, to the next half', () => {
    // The widest end is −0.9: the scale runs from −1 to +1, so 0 is halfway across the plot (320 + 300 / 2 = 470).
    const svg = change();
    expect(svg).toContain('>−1.00</text>');
    expect(svg).toContain('>+1.00</text>');
    expect(svg).toMatch(/<line x1="470" y1="34" x2="470"[^>]*stroke="#212B32"/);
  });

  it('refuses an interval whose low end is above its high end', () => {
    expect(() => renderChangeChart({ title: 't', description: 'd', rows: [{ id: 'T1', label: 'T1', change: 0, interval: { low: 1, high: 0 }, clear: false }] })).toThrow(
      RangeError,
    );
    expect(() => renderChangeChart(null as never)).toThrow(/^renderChangeChart: data must be/);
  });
});

describe('renderRadarChart', () => {
  it('draws its ring labels after every line, on a halo, so that no line runs through them', () => {
    const svg = radar();
    expect(svg.indexOf('class="ring-labels"')).toBeGreaterThan(svg.indexOf('series series-1'));
    expect(svg).toMatch(/<g class="ring-labels"[^>]*stroke="#FFFFFF" stroke-width="5" paint-order="stroke"/);
  });

  it('draws the first series last, on top of the others', () => {
    const svg = radar();
    expect(svg.indexOf('series series-3')).toBeLessThan(svg.indexOf('series series-2'));
    expect(svg.indexOf('series series-2')).toBeLessThan(svg.indexOf('series series-1'));
  });

  it('draws each series with its own dash and marker shape, and a legend naming it', () => {
    const svg = radar();
    expect(svg).toContain('stroke-dasharray="2 4"');
    expect(svg).toContain('stroke-dasharray="8 5"');
    expect(svg).toContain('<circle');
    expect(svg).toContain('<rect');
    expect(svg).toContain('&lt;b&gt;Alliance&lt;/b&gt; (no value on 1 of 4)');
    expect(svg).toContain('>National median</tspan></text>');
  });

  it('puts the ring labels between the first two axes, clear of the markers on the axes', () => {
    const svg = radar();
    const labels = /<g class="ring-labels"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    const points = [...labels.matchAll(/<text x="([\d.]+)" y="([\d.]+)">(\d)<\/text>/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), label: match[3] }));
    expect(points.map((point) => point.label)).toEqual(['2', '3', '4', '5']);
    // The first axis runs straight up from the centre (x = 340); the labels sit to its right, on the bisector.
    for (const point of points) expect(point.x).toBeGreaterThan(340 + 10);
    expect(labels.length).toBeGreaterThan(0);
  });

  it('breaks the line where a value is missing instead of drawing it at zero', () => {
    const svg = radar();
    const start = svg.indexOf('class="series series-1"');
    const series = svg.slice(start, svg.indexOf('</g>', start));
    expect(series).not.toContain('<polygon points="340');
    expect(series).toContain('<polyline');
    // Three values, three markers.
    expect(series.match(/<circle/g)).toHaveLength(3);
  });

  it('throws RangeError for a series of the wrong length and TypeError for bad data', () => {
    expect(() => renderRadarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 1, max: 5 }], series: [{ name: 's', values: [1, 2] }] })).toThrow(
      /^renderRadarChart: series "s" has 2 values for 1 axes/,
    );
    expect(() => renderRadarChart({ title: 't', description: 'd', axes: [], series: [] })).toThrow(RangeError);
    expect(() => renderRadarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 5, max: 5 }], series: [] })).toThrow(RangeError);
    expect(() => renderRadarChart(null as never)).toThrow(TypeError);
    expect(() => renderRadarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 1, max: 5 }], series: [] }, { idPrefix: '1 bad' })).toThrow(RangeError);
  });
});

describe('renderHeatmapChart', () => {
  it('prints every value; brackets and hatches an insufficient one; marks below target; a dash for none', () => {
    const svg = heatmap();
    expect(svg).toContain('>2.50</text>');
    expect(svg).toContain('>0.40</text>');
    expect(svg).toContain('>(1.25)</text>');
    expect(svg).toContain('fill="url(#chart-hatch)"');
    expect(svg).toContain('>\u2013</text>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;, S2: 0.40 (below target)');
  });

  it('gives the text of every colour of the scale, diverging or not, a contrast of at least 4.5:1', () => {
    const scales: HeatScale[] = [
      { min: 1, max: 5, target: 4 },
      { min: 1, max: 5, target: 1 },
      { min: 1, max: 5, target: 5 },
      { min: 0, max: 3, target: 2 },
      { min: 1, max: 5, target: null },
    ];
    for (const scale of scales) {
      for (let value = scale.min; value <= scale.max + 1e-9; value += 0.01) {
        const fill = heatColour(value, scale);
        expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('reads honestly: smooth on each side of the target, orange below it, blue at or above it', () => {
    const scale = { min: 1, max: 5, target: 4 };
    // 2.83 and 3.09 are 0.26 apart, both below target: two close oranges, not a jump from light to dark.
    // Their positions are -(4 - 2.83) / (4 - 1) = -0.39 and -(4 - 3.09) / 3 = -0.303.
    expect(heatPosition(2.83, scale)).toBeCloseTo(-0.39, 10);
    expect(heatPosition(3.09, scale)).toBeCloseTo(-0.3033, 4);
    expect(Math.abs(luminance(heatColour(2.83, scale)) - luminance(heatColour(3.09, scale)))).toBeLessThan(0.06);
    // At the target the colour turns from the palest orange to the palest blue; 5 is the strongest blue, 1 the strongest orange.
    expect(heatColour(3.999, scale)).toBe(HEAT_COLOURS.belowPale);
    expect(heatColour(4, scale)).toBe(HEAT_COLOURS.abovePale);
    expect(heatColour(5, scale)).toBe(HEAT_COLOURS.aboveStrong);
    expect(heatColour(1, scale)).toBe(HEAT_COLOURS.belowStrong);
    // The further from target, the stronger (darker) the colour, on each side: no step back anywhere.
    let previous = Infinity;
    for (let value = 3.99; value >= 1; value -= 0.01) {
      const next = luminance(heatColour(value, scale));
      expect(next).toBeLessThanOrEqual(previous + 1e-12);
      previous = next;
    }
    previous = Infinity;
    for (let value = 4; value <= 5; value += 0.01) {
      const next = luminance(heatColour(value, scale));
      expect(next).toBeLessThanOrEqual(previous + 1e-12);
      previous = next;
    }
    // Without a target, one blue ramp from min to max.
    expect(heatColour(1, { min: 1, max: 5, target: null })).toBe(HEAT_COLOURS.abovePale);
    expect(heatColour(5, { min: 1, max: 5, target: null })).toBe(HEAT_COLOURS.aboveStrong);
  });

  it('prints every value in a colour chosen for its cell, and centres the legend on the target', () => {
    const svg = renderHeatmapChart({
      title: 't',
      description: 'd',
      min: 1,
      max: 5,
      target: 4,
      columns: [
        { id: 'T1', label: 'T1' },
        { id: 'T2', label: 'T2' },
        { id: 'T3', label: 'T3' },
      ],
      rows: [
        {
          id: 'a',
          label: 'A',
          cells: [
            { value: 2.83, insufficient: false, belowTarget: true },
            { value: 3.09, insufficient: false, belowTarget: true },
            { value: 4.6, insufficient: false, belowTarget: false },
          ],
        },
        {
          id: 'b',
          label: 'B',
          cells: [
            { value: 1, insufficient: false, belowTarget: true },
            { value: 5, insufficient: false, belowTarget: false },
            { value: 2.1, insufficient: true, belowTarget: true },
          ],
        },
      ],
    });
    const cells = heatCells(svg);
    expect(cells.map((entry) => entry.text)).toEqual(['2.83', '3.09', '4.60', '1.00', '5.00', '(2.10)']);
    for (const entry of cells.filter((cell) => cell.fill.startsWith('#'))) {
      expect(contrastRatio(entry.fill, entry.colour)).toBeGreaterThanOrEqual(4.5);
    }
    expect(cells[5]?.fill).toBe('url(#chart-hatch)');
    // The legend's ramp: strongest orange at 1, palest orange then palest blue at the target, 3/4 of the way, strongest blue at 5.
    expect(svg).toContain(
      `<stop offset="0" stop-color="${HEAT_COLOURS.belowStrong}"/><stop offset="0.75" stop-color="${HEAT_COLOURS.belowPale}"/><stop offset="0.75" stop-color="${HEAT_COLOURS.abovePale}"/><stop offset="1" stop-color="${HEAT_COLOURS.aboveStrong}"/>`,
    );
    expect(svg).toContain('>target 4.00</text>');
    expect(svg).toContain('Orange: below target, stronger the further below.');
  });

  it('prints names of up to 56 characters whole, on one line, and gives the label column the room they need', () => {
    const long = 'Somerset, Wiltshire, Avon and Gloucestershire (SWAG)'; // 52 characters
    const draw = (label: string) =>
      renderHeatmapChart({
        title: 't',
        description: 'd',
        min: 1,
        max: 5,
        columns: [{ id: 'T1', label: 'T1' }],
        rows: [{ id: 'a', label, cells: [{ value: 3, insufficient: false, belowTarget: null }] }],
      });
    const svg = draw(long);
    expect(svg).toContain(`>${long}</tspan>`);
    expect(svg).not.toContain('\u2026');
    // The grid starts right of the longest label: 52 characters × 12 × 0.56 + 24 = 373.4, rounded up to 374.
    expect(svg).toMatch(/<rect x="375" y="43" width="64"/);
    // Beyond 56 characters a name takes two lines, still whole.
    const longer = `${long} Cancer Alliance of England`;
    const two = draw(longer);
    expect(two).toContain('<tspan');
    expect(two).not.toContain('\u2026');
    expect(
      [...two.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
        .map((match) => match[1])
        .filter((text) => text !== 'T1')
        .join(' '),
    ).toBe(longer);
  });

  it('throws RangeError for a target outside min to max', () => {
    expect(() => renderHeatmapChart({ title: 't', description: 'd', min: 1, max: 5, target: 6, columns: [{ id: 'a', label: 'A' }], rows: [] })).toThrow(
      /^renderHeatmapChart: target must be a number from min to max/,
    );
  });

  it('throws RangeError when a row has the wrong number of cells', () => {
    expect(() => renderHeatmapChart({ title: 't', description: 'd', min: 1, max: 5, columns: [{ id: 'a', label: 'A' }], rows: [{ id: 'r', label: 'R', cells: [] }] })).toThrow(
      /^renderHeatmapChart: row "R" has 0 cells for 1 columns/,
    );
  });
});

describe('renderBarrierChart', () => {
  it('labels each bar with its count and share in words', () => {
    const svg = bars();
    expect(svg).toContain('12 of 21 (57%)');
    expect(svg).toContain('7 of 21 (33%)');
    expect(svg).toContain('Shared data &amp; &lt;platform&gt;');
  });

  it('says so when there is no barrier', () => {
    expect(renderBarrierChart({ title: 't', description: 'd', bars: [] })).toContain('No common barriers were found.');
  });

  it('throws RangeError for a prevalence outside [0, 1]', () => {
    expect(() => renderBarrierChart({ title: 't', description: 'd', bars: [{ id: 'x', label: 'x', sharing: 2, scored: 1, prevalence: 2 }] })).toThrow(RangeError);
    expect(() => renderBarrierChart({ title: 't', description: 'd', bars: [{ id: 'x', label: 'x', sharing: 2, scored: 1, prevalence: 2 }] })).toThrow(
      /^renderBarrierChart: bar "x" has prevalence 2; give a share from 0 to 1/,
    );
  });
});

describe('wrapText', () => {
  it('wraps on spaces, splits words longer than a line, and ends a cut text with an ellipsis', () => {
    expect(wrapText('Shared vision, strategy and planning', 20, 3)).toEqual(['Shared vision,', 'strategy and', 'planning']);
    expect(wrapText('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('one two three four five', 7, 2)).toEqual(['one two', 'three\u2026']);
    expect(wrapText('', 10, 2)).toEqual(['']);
  });
});
