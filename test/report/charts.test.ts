import { describe, expect, it } from 'vitest';
import { barrierChart, contrastRatio, heatColour, heatmapChart, radarChart, wrapText } from '../../src/report/charts.js';

const radar = () =>
  radarChart(
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
  heatmapChart({
    title: 'Alliances by theme',
    description: 'Scores.',
    min: 0,
    max: 3,
    columns: [
      { id: 'S1', label: 'S1' },
      { id: 'S2', label: 'S2' },
    ],
    rows: [
      { id: 'a', label: '<script>x</script>', cells: [{ value: 2.5, insufficient: false, belowTarget: false }, { value: 0.4, insufficient: false, belowTarget: true }] },
      { id: 'b', label: 'B', cells: [{ value: 1.25, insufficient: true, belowTarget: null }, { value: null, insufficient: true, belowTarget: null }] },
    ],
  });

const bars = () =>
  barrierChart({
    title: 'Common barriers',
    description: 'Barriers.',
    bars: [
      { id: 'T6.E2', label: 'T6.E2 Shared data & <platform>', sharing: 12, scored: 21, prevalence: 12 / 21 },
      { id: 'T1.E1', label: 'T1.E1 Strategy', sharing: 7, scored: 21, prevalence: 7 / 21 },
    ],
  });

describe.each([
  ['radarChart', radar],
  ['heatmapChart', heatmap],
  ['barrierChart', bars],
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

describe('radarChart', () => {
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
    expect(svg).toContain('>National median</text>');
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
    expect(() => radarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 1, max: 5 }], series: [{ name: 's', values: [1, 2] }] })).toThrow(
      /^radarChart: series "s" has 2 values for 1 axes/,
    );
    expect(() => radarChart({ title: 't', description: 'd', axes: [], series: [] })).toThrow(RangeError);
    expect(() => radarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 5, max: 5 }], series: [] })).toThrow(RangeError);
    expect(() => radarChart(null as never)).toThrow(TypeError);
    expect(() => radarChart({ title: 't', description: 'd', axes: [{ id: 'a', label: 'A', min: 1, max: 5 }], series: [] }, { idPrefix: '1 bad' })).toThrow(RangeError);
  });
});

describe('heatmapChart', () => {
  it('prints every value; brackets and hatches an insufficient one; marks below target; a dash for none', () => {
    const svg = heatmap();
    expect(svg).toContain('>2.50</text>');
    expect(svg).toContain('>0.40</text>');
    expect(svg).toContain('>(1.25)</text>');
    expect(svg).toContain('fill="url(#chart-hatch)"');
    expect(svg).toContain('>\u2013</text>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;, S2: 0.40 (below target)');
  });

  it('gives cell text enough contrast on every colour of the scale', () => {
    for (let t = 0; t <= 1; t += 0.05) {
      const fill = heatColour(t);
      expect(Math.max(contrastRatio(fill, '#212B32'), contrastRatio(fill, '#FFFFFF'))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('throws RangeError when a row has the wrong number of cells', () => {
    expect(() =>
      heatmapChart({ title: 't', description: 'd', min: 1, max: 5, columns: [{ id: 'a', label: 'A' }], rows: [{ id: 'r', label: 'R', cells: [] }] }),
    ).toThrow(/^heatmapChart: row "R" has 0 cells for 1 columns/);
  });
});

describe('barrierChart', () => {
  it('labels each bar with its count and share in words', () => {
    const svg = bars();
    expect(svg).toContain('12 of 21 (57%)');
    expect(svg).toContain('7 of 21 (33%)');
    expect(svg).toContain('Shared data &amp; &lt;platform&gt;');
  });

  it('says so when there is no barrier', () => {
    expect(barrierChart({ title: 't', description: 'd', bars: [] })).toContain('No common barriers were found.');
  });

  it('throws RangeError for a prevalence outside [0, 1]', () => {
    expect(() => barrierChart({ title: 't', description: 'd', bars: [{ id: 'x', label: 'x', sharing: 2, scored: 1, prevalence: 2 }] })).toThrow(RangeError);
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
