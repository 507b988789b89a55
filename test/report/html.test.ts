import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/assessment/score.js';
import { buildReports } from '../../src/report/build.js';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { ALLIANCES, attributeNames, headingLevels, referenceFramework, sampleScores, sevenThemeFramework, uniformScores } from './fixtures.js';

const framework = referenceFramework();
const scores = sampleScores(framework, { organisations: ALLIANCES.slice(0, 8), respondents: 6 });
const round = { label: '2023/24', date: '2023-09-30', financialYear: '2023/24' };
const previous = { label: '2022/23', date: '2022-09-30', financialYear: '2022/23', scores: sampleScores(framework, { organisations: ALLIANCES.slice(0, 8), seed: 99 }) };
const outcomes = {
  name: 'Faster Diagnosis Standard',
  unit: '%',
  source: 'Made up for tests',
  values: ALLIANCES.slice(0, 8).map((id, i) => ({ organisationId: id, value: 70 + i })),
};
const full = buildReports(scores, { framework, round, previous, outcomes, synthetic: true, permutations: 100 });
const pages: readonly (readonly [string, Report])[] = [
  ['national', full.national],
  ['alliance', full.alliances[0] as Report],
];

// An alliance whose name is markup, in a framework whose theme title is markup.
const hostile = sevenThemeFramework('<img src=x onerror=alert(1)> & "quotes"');
const hostileSet = buildReports(uniformScores(hostile, { a: 3, b: 1, c: 2 }), {
  framework: hostile,
  dataNotice: '<b>notice</b>',
  organisationName: (id) => (id === 'b' ? '<script>alert(1)</script>' : null),
});

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
      expect(levels[index]! - levels[index - 1]!).toBeLessThanOrEqual(1);
    }
  });

  it('follows every chart with a table of its numbers, and gives every chart alt text', () => {
    const figures = [...html.matchAll(/<figure class="[^"]*">([\s\S]*?)<\/figure>\n(<div class="table-wrap"[^>]*><table[^>]*>)?/g)];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure[2]).toBeDefined();
      expect(figure[1]).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
      expect(figure[1]).toMatch(/<desc id="[^"]+">[^<]{40,}<\/desc>/);
    }
  });

  it('gives every table a caption and column headers with a scope', () => {
    const tables = html.match(/<table[\s>]/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    expect(html.match(/<table(?: class="[^"]*")?>\s*<caption>/g)).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th>/);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
  });

  it('states the synthetic data and the reference framework at the top', () => {
    const main = html.slice(html.indexOf('<main'));
    expect(main.indexOf('Synthetic sample data: not real alliance results.')).toBeLessThan(main.indexOf('<h2'));
    expect(main.indexOf('This is a reference framework, not NHS England&#39;s official wording')).toBeLessThan(main.indexOf('<h2'));
  });

  it('gives ids unique within the page', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws no chart when asked not to, and keeps the tables', () => {
    const plain = renderHtml(report, { charts: false });
    expect(plain).not.toContain('<svg');
    expect(plain.match(/<table[\s>]/g)?.length).toBe(html.match(/<table[\s>]/g)?.length);
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
    expect(/class="series series-1"[\s\S]*?<\/g>/.exec(alliance)?.[0].match(/<circle/g)).toHaveLength(7);
  });

  it('renders reports with no scores at all', () => {
    const empty = buildReports(scoreAnswers([], { framework }), { framework });
    const html = renderHtml(empty.national);
    expect(html).toContain('No organisations to show.');
    expect(html).toContain('No item is a common barrier.');
  });

  it('renders an alliance whose scores are withheld', () => {
    const seven = sevenThemeFramework();
    const set = buildReports(uniformScores(seven, { a: 3 }, 1, { minRespondents: 2 }), { framework: seven });
    const html = renderHtml(set.alliances[0] as Report);
    expect(html).toContain('No scores: </strong>');
    expect(html).toContain('No theme has a score with sufficient evidence.');
  });

  it('throws a TypeError for something other than a report', () => {
    expect(() => renderHtml({ kind: 'other' } as never)).toThrow(/^renderHtml: report.kind must be/);
    expect(() => renderHtml(null as never)).toThrow(TypeError);
    expect(() => renderHtml(null as never)).toThrow(/^renderHtml: report must be a report model from buildReports, buildNationalReport or buildAllianceReport/);
    expect(() => renderHtml(full.national, 1 as never)).toThrow(TypeError);
  });
});

describe('renderHtml: links between the reports', () => {
  const href = (id: string) => `alliances/${id}.html`;

  it('links each alliance name of the national report to its report, and each alliance report back to the national one', () => {
    const html = renderHtml(full.national, { allianceHref: href });
    const name = full.national.alliances[0]!.organisation.name;
    const id = full.national.alliances[0]!.organisation.id;
    // In the table of theme scores by alliance, the region lists and the table of needs: three links each.
    expect(html.match(new RegExp(`<a href="alliances/${id}\\.html">${name}</a>`, 'g'))?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain(`<th scope="row"><a href="alliances/${id}.html">${name}</a></th>`);
    const alliance = renderHtml(full.alliances[0] as Report, { allianceHref: (peer) => `${peer}.html`, nationalHref: '../index.html' });
    expect(alliance).toContain('<p class="up"><a href="../index.html">National report</a></p>');
    // Peers who can help link to their own reports.
    const peer = full.alliances[0]!.needs.flatMap((need) => need.peers)[0];
    if (peer !== undefined) expect(alliance).toContain(`<a href="${peer.organisationId}.html">`);
  });

  it('writes no link without the options', () => {
    expect(renderHtml(full.national)).not.toContain('<a href="alliances/');
    expect(renderHtml(full.alliances[0] as Report)).not.toContain('class="up"');
  });

  it('escapes the addresses, and takes only relative or https ones', () => {
    const html = renderHtml(full.national, { allianceHref: (id) => `a/${id}.html?x=1&y=2` });
    expect(html).toContain('.html?x=1&amp;y=2"');
    expect(renderHtml(full.national, { allianceHref: (id) => `https://example.org/${id}` })).toContain('<a href="https://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'http://example.org/x',
      '//evil.example/x',
      '\\\\evil',
      'a b.html',
      'a"onmouseover=x.html',
      'vbscript:x',
    ]) {
      expect(() => renderHtml(full.national, { allianceHref: () => bad })).toThrow(RangeError);
      expect(() => renderHtml(full.alliances[0] as Report, { nationalHref: bad })).toThrow(/^renderHtml: options.nationalHref must be a relative address/);
    }
    expect(() => renderHtml(full.national, { allianceHref: () => 1 as never })).toThrow(/^renderHtml: options.allianceHref gave 1/);
    expect(() => renderHtml(full.national, { allianceHref: 'x' as never })).toThrow(TypeError);
  });

  it('does not change the report it renders', () => {
    const before = JSON.stringify(full.national);
    renderHtml(full.national, { allianceHref: href });
    expect(JSON.stringify(full.national)).toBe(before);
    expect(Object.isFrozen(full.national)).toBe(true);
  });
});

describe('renderHtml: long sections stay scannable', () => {
  // Three of four alliances answer 1 on every item against a target of 4: all 80 items are common barriers.
  const weak = buildReports(uniformScores(framework, { wessex: 1, peninsula: 1, northern: 1, swag: 5 }), { framework, round });
  const national = renderHtml(weak.national);
  const alliance = renderHtml(weak.alliances.find((report) => report.organisation.id === 'wessex') as Report);

  it('shows the 10 most common barriers, and the other 70 in a <details> that opens without script and prints in full', () => {
    expect(weak.national.barriers.items).toHaveLength(80);
    expect(national).toContain('<caption><span class="caption-text">Common barriers: items: the 10 most common of 80</span></caption>');
    expect(national).toContain('<details class="more screen-only"><summary>All 80 common barriers: show the other 70</summary>');
    // The same rows again, for print only: a print style cannot open a closed <details> in every browser.
    expect(national).toContain('<div class="more print-only"><p class="more-heading">The other 70 common barriers, ranked 11 to 80</p>');
    expect(national.match(/Common barriers: items ranked 11 to 80/g)).toHaveLength(4); // caption and region label, in each copy
    expect(national).toMatch(/\.print-only \{ display: none; \}/);
    expect(national).toMatch(/@media print \{[\s\S]*\.screen-only, \.chart-narrow \{ display: none; \}[\s\S]*\.print-only \{ display: block; \}/);
    // No script is needed to open it, and none is there.
    expect(national).not.toMatch(/<script/i);
  });

  it('shows who shares the most common barriers as a grid of alliances by region, and the rest on request', () => {
    // Top 10 item barriers and the 8 theme barriers: 18 columns. Wessex, Peninsula and Northern share all 18; SWAG (all 5s) none.
    const grid =
      /<caption><span class="caption-text">Alliances sharing each of the most common barriers, by region<\/span><\/caption>([\s\S]*?)<\/table>/.exec(national)?.[1] ?? '';
    const rows = [
      ...grid.matchAll(/<tr>\s*<th scope="row">([^<]*)<\/th>\s*<td data-label="Region">([^<]*)<\/td>([\s\S]*?)<td class="num" data-label="Total">([^<]*)<\/td>\s*<\/tr>/g),
    ].map((match) => [match[1], match[2], match[4]]);
    expect(rows).toEqual([
      ['Northern', 'North East and Yorkshire', '18 of 18'],
      ['Wessex', 'South East', '18 of 18'],
      ['Peninsula', 'South West', '18 of 18'],
      ['Somerset, Wiltshire, Avon and Gloucestershire (SWAG)', 'South West', '0 of 18'],
    ]);
    expect(national).toContain('<summary>Who shares the other 70 item barriers</summary>');
  });

  it("lists the alliance's needs in a summary table first, each linked to its detail, with the item-by-item detail on request", () => {
    const table = alliance.indexOf('Priority development needs of Wessex Cancer Alliance, most urgent first');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(alliance.indexOf('<h3 id="need-1">'));
    expect(alliance).toContain('<a href="#need-1">1. Shared vision, strategy and planning</a>');
    expect(alliance).toContain('<summary>Where T1 falls short: 5 Conditions of Success below target, and 5 Enabling Factors behind them</summary>');
  });

  it('keeps one h1, ordered headings and unique ids with the extra copies for print', () => {
    for (const html of [national, alliance]) {
      const levels = headingLevels(html);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      for (let index = 1; index < levels.length; index += 1) expect(levels[index]! - levels[index - 1]!).toBeLessThanOrEqual(1);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('shortens the heatmap row labels by the ending the names share, and says so in the alt text and caption', () => {
    const rows = [...national.matchAll(/<g class="row"><text text-anchor="end"><tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
    expect(rows).toEqual(['Northern', 'Peninsula', 'Somerset, Wiltshire, Avon and Gloucestershire (SWAG)', 'Wessex']);
    expect(national).toMatch(/<desc id="heatmap-desc">[^<]*Names are shown without &quot;Cancer Alliance&quot;, which ends most of them\./);
    expect(national).toMatch(/<figcaption>[^<]*Names are shown without &quot;Cancer Alliance&quot;/);
  });
});

describe('renderHtml: the round in the subtitle', () => {
  const subtitle = (label: string) =>
    /<p class="subtitle">([^<]*)<\/p>/.exec(renderHtml(buildReports(scores, { framework, round: { label, date: '2023-09-30', financialYear: '2023/24' } }).national))?.[1];

  it('says the financial year once when the round label already says it', () => {
    expect(subtitle('2023/24')).toBe('What makes an effective Cancer Alliance? (reference framework) · 2023/24');
    expect(subtitle('2023/24 self-assessment')).toBe('What makes an effective Cancer Alliance? (reference framework) · 2023/24 self-assessment');
    expect(subtitle('Autumn round')).toBe('What makes an effective Cancer Alliance? (reference framework) · Autumn round, financial year 2023/24');
  });
});
