import { describe, expect, it } from 'vitest';
import { scoreAssessments } from '../../src/assessment/score.js';
import { buildReports } from '../../src/report/build.js';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { ALLIANCES, attributeNames, headingLevels, referenceFramework, sampleScores, sevenThemeFramework, uniformScores } from './fixtures.js';

const framework = referenceFramework();
const scores = sampleScores(framework, { organisations: ALLIANCES.slice(0, 8), respondents: 6 });
const round = { label: '2023/24', date: '2023-09-30', financialYear: '2023/24' };
const previous = { label: '2022/23', date: '2022-09-30', financialYear: '2022/23', scores: sampleScores(framework, { organisations: ALLIANCES.slice(0, 8), seed: 99 }) };
const outcomes = { name: 'Faster Diagnosis Standard', unit: '%', source: 'Made up for tests', values: ALLIANCES.slice(0, 8).map((id, i) => ({ organisationId: id, value: 70 + i })) };
const full = buildReports({ framework, scores, round, previous, outcomes, synthetic: true }, { permutations: 100 });
const pages: readonly (readonly [string, Report])[] = [
  ['national', full.national],
  ['alliance', full.alliances[0] as Report],
];

// An alliance whose name is markup, in a framework whose theme title is markup.
const hostile = sevenThemeFramework('<img src=x onerror=alert(1)> & "quotes"');
const hostileSet = buildReports(
  { framework: hostile, scores: uniformScores(hostile, { a: 3, b: 1, c: 2 }), dataNotice: '<b>notice</b>' },
  { organisationName: (id) => (id === 'b' ? '<script>alert(1)</script>' : null) },
);

describe.each(pages)('renderHtml: the %s report', (_, report) => {
  const html = renderHtml(report);

  it('is a standalone HTML5 page in British English', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toMatch(/<main id="main">[\s\S]*<\/main>/);
    expect(html).toContain('@media print');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('makes no request: no script, no src, no <link>, no @import, no external url()', () => {
    expect(html).not.toMatch(/<script/i);
    const attributes = attributeNames(html);
    expect(attributes.length).toBeGreaterThan(100);
    expect(attributes).not.toContain('src');
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import/i);
    for (const match of html.matchAll(/url\(([^)]*)\)/g)) expect(match[1]?.startsWith('#')).toBe(true);
    // The only http(s) addresses are links to the framework's sources, which are not requests.
    for (const match of html.matchAll(/(\S*)https?:\/\//g)) expect(match[1]).toBe('href="');
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = headingLevels(html);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let index = 1; index < levels.length; index += 1) {
      expect((levels[index] as number) - (levels[index - 1] as number)).toBeLessThanOrEqual(1);
    }
  });

  it('follows every chart with a table of its numbers, and gives every chart alt text', () => {
    const figures = [...html.matchAll(/<figure class="[^"]*">([\s\S]*?)<\/figure>\n(<div class="table-wrap"[^>]*><table>)?/g)];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure[2]).toBeDefined();
      expect(figure[1]).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
      expect(figure[1]).toMatch(/<desc id="[^"]+">[^<]{40,}<\/desc>/);
    }
  });

  it('gives every table a caption and column headers with a scope', () => {
    const tables = html.match(/<table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    expect(html.match(/<table>\s*<caption>/g)).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th>/);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
  });

  it('states the synthetic data and the reference framework at the top', () => {
    const main = html.slice(html.indexOf('<main'));
    expect(main.indexOf('Synthetic sample data: not real alliance results.')).toBeLessThan(main.indexOf('<h2'));
    expect(main.indexOf("This is a reference framework, not NHS England&#39;s official wording")).toBeLessThan(main.indexOf('<h2'));
  });

  it('gives ids unique within the page', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws no chart when asked not to, and keeps the tables', () => {
    const plain = renderHtml(report, { charts: false });
    expect(plain).not.toContain('<svg');
    expect(plain.match(/<table>/g)?.length).toBe(html.match(/<table>/g)?.length);
  });
});

describe('renderHtml: escaping', () => {
  it('(the test helper finds attributes, and skips text inside quoted values)', () => {
    expect(attributeNames('<img src="x" onerror=y><p title="a src=b">')).toEqual(['src', 'onerror', 'title']);
  });

  it('shows an alliance named <script> as text, in its own report and in the national one', () => {
    for (const report of [hostileSet.alliances[1] as Report, hostileSet.national]) {
      const html = renderHtml(report);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
      expect(html).toContain('&lt;b&gt;notice&lt;/b&gt;');
      expect(attributeNames(html)).not.toContain('src');
      expect(attributeNames(html).filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });
});

describe('renderHtml: other frameworks and edge cases', () => {
  it('renders a 7-theme framework on a 4-level scale', () => {
    const html = renderHtml(hostileSet.national);
    // The heatmap has one column per theme; the level table one column per level.
    const columns = /<g class="columns"[^>]*>([\s\S]*?)<\/g>/.exec(html)?.[1] ?? '';
    expect(columns.match(/<text/g)).toHaveLength(7);
    expect(html.match(/<g class="row">/g)).toHaveLength(3);
    for (const label of ['0 None', '1 Some', '2 Most', '3 All']) expect(html).toContain(`<th scope="col" class="num">${label}</th>`);
    const alliance = renderHtml(hostileSet.alliances[0] as Report);
    expect(alliance.match(/class="series series-1"[\s\S]*?<\/g>/)?.[0].match(/<circle/g)).toHaveLength(7);
  });

  it('renders reports with no scores at all', () => {
    const empty = buildReports({ framework, scores: scoreAssessments(framework, []) });
    const html = renderHtml(empty.national);
    expect(html).toContain('No organisations to show.');
    expect(html).toContain('No item is a common barrier.');
  });

  it('renders an alliance whose scores are withheld', () => {
    const seven = sevenThemeFramework();
    const set = buildReports({ framework: seven, scores: uniformScores(seven, { a: 3 }, 1, { minRespondents: 2 }) });
    const html = renderHtml(set.alliances[0] as Report);
    expect(html).toContain('No scores: </strong>');
    expect(html).toContain('No theme has a score with sufficient evidence.');
  });

  it('throws a TypeError for something other than a report', () => {
    expect(() => renderHtml({ kind: 'other' } as never)).toThrow(/^renderHtml: report.kind must be/);
    expect(() => renderHtml(null as never)).toThrow(TypeError);
    expect(() => renderHtml(full.national, 1 as never)).toThrow(TypeError);
  });
});
