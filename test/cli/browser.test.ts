import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { launchChromium } from '../../.ci/chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const screenshots = join(here, '__screenshots__');
const sample = (name: string) => join(root, 'examples/sample', name);
// axe-core's own script, as it injects into a page.
const AXE = axe.source;

let browser: Browser | undefined;
let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'caf-reports-'));
  let log = '';
  const io = { ...nodeIo, stdout: (text: string) => (log += text), stderr: (text: string) => (log += text) };
  const code = run(
    [
      'report',
      sample('answers-2023-24.csv'),
      '--previous',
      sample('answers-2022-23.csv'),
      '--outcomes',
      sample('outcomes-synthetic.csv'),
      '--round',
      '2023/24',
      '--previous-round',
      '2022/23',
      '--synthetic',
      '--out',
      out,
    ],
    io,
  );
  if (code !== 0) throw new Error(`report exited with ${code}:\n${log}`);
  browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (out !== '') rmSync(out, { recursive: true, force: true });
});

async function inspect(file: string, screenshot: string) {
  if (!browser) throw new Error('the browser did not start');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) requests.push(url);
  });
  await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
  // At this width each chart shows its drawing for a page; the one for a phone-sized screen is hidden.
  const svgs = await page.$$eval('svg:not(.chart-narrow svg)', (elements) =>
    elements.map((element, index) => {
      const box = element.getBoundingClientRect();
      return { index, label: element.getAttribute('aria-label') ?? element.getAttribute('role') ?? '', width: box.width, height: box.height };
    }),
  );
  const text = await page.evaluate(() => document.body.innerText);
  await page.screenshot({ path: join(screenshots, screenshot), fullPage: true });
  await page.close();
  return { errors, requests, svgs, text };
}

describe('the reports in headless Chromium', () => {
  it('shows the national report with no console error, no external request, and every chart drawn', async () => {
    const { errors, requests, svgs, text } = await inspect('index.html', 'national.png');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs.filter((svg) => !(svg.width > 0 && svg.height > 0))).toEqual([]);
    expect(text).toMatch(/synthetic/i);
  }, 60_000);

  it("shows one alliance's report with no console error, no external request, and every chart drawn", async () => {
    const { errors, requests, svgs, text } = await inspect('alliances/greater-manchester.html', 'alliance-greater-manchester.png');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs.filter((svg) => !(svg.width > 0 && svg.height > 0))).toEqual([]);
    expect(text).toMatch(/synthetic/i);
    expect(text).toContain('Greater Manchester');
  }, 60_000);
});

describe('the links between the reports, the long sections and a phone-sized screen, in headless Chromium', () => {
  it('links each alliance of the national report to its report, which links back', async () => {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
    const hrefs = await page.$$eval('a[href^="alliances/"]', (links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
    expect(hrefs).toHaveLength(21);
    for (const href of hrefs) expect(existsSync(join(out, href))).toBe(true);
    await page.click('a[href="alliances/greater-manchester.html"] >> nth=0');
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/alliances\/greater-manchester\.html$/);
    await page.click('.up a');
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/index\.html$/);
    await page.close();
  }, 60_000);

  it('opens the rest of a long list without script, and prints it in full', async () => {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
    const details = page.locator('details.more').first();
    const hidden = details.locator('table').first();
    expect(await hidden.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.print-only table', (tables) => tables.map((table) => (table as HTMLElement).offsetHeight));
    expect(printed.length).toBeGreaterThan(0);
    for (const height of printed) expect(height).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('fits a phone-sized screen: tables reflow and charts are drawn for the width, so that nothing widens the page', async () => {
    if (!browser) throw new Error('the browser did not start');
    const files = [
      'index.html',
      ...readdirSync(join(out, 'alliances'))
        .filter((name) => name.endsWith('.html'))
        .map((name) => `alliances/${name}`),
    ];
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      for (const file of files) {
        await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
        // What sticks out of the page, if anything: each element or run of text (outside a region that scrolls
        // on its own) whose right edge passes the screen's, so that a failure says what to fix.
        const overflow = await page.evaluate(() => {
          const inScroller = (node: Node) => {
            for (let element = node.parentElement; element !== null; element = element.parentElement) {
              if (getComputedStyle(element).overflowX !== 'visible') return true;
            }
            return false;
          };
          const culprits: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            if (inScroller(node)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const box = node instanceof Element ? node.getBoundingClientRect() : range.getBoundingClientRect();
            if (box.width > 0 && box.right > window.innerWidth + 0.5) {
              const owner = node instanceof Element ? node : node.parentElement;
              culprits.push(
                `${owner?.tagName.toLowerCase() ?? '?'}.${owner?.getAttribute('class') ?? ''} ends at ${Math.round(box.right)}px: "${(node.textContent ?? '').trim().slice(0, 60)}"`,
              );
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 10) };
        });
        expect(overflow.scrollWidth, `${file} at ${width}px is ${overflow.scrollWidth}px wide:\n${overflow.culprits.join('\n')}`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  }, 180_000);
});

/** The WCAG rules axe-core checks: levels A and AA of WCAG 2.0, 2.1 and 2.2. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core (injected as a script; the page's CSP forbids scripts, so the context bypasses it) and gives its violations. */
async function axeViolations(file: string, width: number): Promise<AxeViolation[]> {
  if (!browser) throw new Error('the browser did not start');
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  }, WCAG_AA);
  await context.close();
  return violations;
}

describe('accessibility: axe-core finds no WCAG 2.2 AA violation, in headless Chromium', () => {
  // The national report, and alliance reports of three kinds: every theme a need (Greater Manchester), strengths and
  // few needs (South Yorkshire and Bassetlaw), a long name with commas (Somerset, Wiltshire, Avon and Gloucestershire).
  const reports = ['index.html', 'alliances/greater-manchester.html', 'alliances/south-yorkshire-and-bassetlaw.html', 'alliances/swag.html'];
  for (const width of [1280, 390]) {
    it(`in every kind of report at ${width}px`, async () => {
      for (const file of reports) {
        expect(existsSync(join(out, file)), file).toBe(true);
        expect(await axeViolations(file, width), `${file} at ${width}px`).toEqual([]);
      }
    }, 180_000);
  }
});

describe("the alliance report's first page, as a screen at 1280px and 390px and as the first page of its PDF", () => {
  const file = 'alliances/greater-manchester.html';

  /** The first page on screen: its key messages and ranked priorities, and a screenshot from the top of the page to its end. */
  async function firstPageAt(width: number) {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const first = document.querySelector('.first-page');
      // The texts of the visible elements a selector finds within the first page.
      const texts = (selector: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(`.first-page ${selector}`))
          .filter((element) => element.offsetHeight > 0)
          .map((element) => element.textContent);
      return {
        bottom: first === null ? 0 : first.getBoundingClientRect().bottom + window.scrollY,
        messages: texts('section[aria-labelledby="key-messages"] ol > li'),
        priorities: texts('section[aria-labelledby="priorities"] ol > li'),
        alsoBelow: texts('section[aria-labelledby="priorities"] ul > li'),
        afterFirst: first?.nextElementSibling?.className ?? '',
      };
    });
    await page.screenshot({ path: join(screenshots, `first-page-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(facts.bottom) + 16 } });
    await page.close();
    return facts;
  }

  for (const width of [1280, 390]) {
    it(`shows 3 to 5 key messages and at most 5 ranked priorities at ${width}px, with the contents after them`, async () => {
      const facts = await firstPageAt(width);
      expect(facts.messages.length).toBeGreaterThanOrEqual(3);
      expect(facts.messages.length).toBeLessThanOrEqual(5);
      expect(facts.priorities.length).toBeGreaterThan(0);
      expect(facts.priorities.length).toBeLessThanOrEqual(5);
      // Greater Manchester has all 8 themes as needs: 3 ranked, the other 5 listed one per line as also below target.
      expect(facts.priorities.map((text) => text.slice(0, 2))).toEqual(['T6', 'T7', 'T1']);
      expect(facts.alsoBelow).toHaveLength(5);
      expect(facts.afterFirst).toBe('contents');
    }, 60_000);
  }

  it('prints the first page alone on one A4 page, and the rest after it, with no chart drawn for a phone', async () => {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(screenshots, 'alliance-greater-manchester.pdf'), pdf);
    // The page's content box in print (A4 less the @page margins of 12mm and 14mm) at 96 px per inch.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor((210 - 28) * mm), height: Math.floor((297 - 24) * mm) });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const first = document.querySelector('.first-page');
      const style = first === null ? null : getComputedStyle(first);
      return {
        bottom: first === null ? Infinity : first.getBoundingClientRect().bottom + window.scrollY,
        breakAfter: style?.breakAfter ?? '',
        narrowCharts: Array.from(document.querySelectorAll<HTMLElement>('.chart-narrow')).filter((element) => element.offsetHeight > 0).length,
        wideCharts: Array.from(document.querySelectorAll<HTMLElement>('.chart-wide')).filter((element) => element.offsetHeight > 0).length,
      };
    });
    expect(layout.bottom).toBeLessThanOrEqual((297 - 24) * mm);
    expect(layout.breakAfter).toBe('page');
    expect(layout.narrowCharts).toBe(0);
    expect(layout.wideCharts).toBeGreaterThan(0);
    // Each page of a PDF is one "/Type /Page" object: a report of many sections runs to many pages.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(5);
    await page.close();
  }, 60_000);
});

describe('charts on a phone-sized screen', () => {
  it('shows every chart drawn for the width, as wide as the screen, with text of at least 10.5px', async () => {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const file of ['index.html', 'alliances/greater-manchester.html']) {
      await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
      const charts = await page.evaluate(() =>
        Array.from(document.querySelectorAll('figure.chart')).map((figure) => {
          const shown = Array.from(figure.querySelectorAll('svg')).filter((svg) => svg.getBoundingClientRect().width > 0);
          const svg = shown[0];
          const box = svg?.getBoundingClientRect();
          // The smallest text drawn: a text's font size in the chart's units times the chart's scale.
          const scale = svg === undefined || box === undefined ? 0 : box.width / svg.viewBox.baseVal.width;
          const sizes = svg === undefined ? [] : Array.from(svg.querySelectorAll('text')).map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          return { kind: figure.className, shown: shown.length, narrow: svg?.closest('.chart-narrow') !== null, width: box?.width ?? 0, smallest: Math.min(...sizes) };
        }),
      );
      expect(charts.length, file).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart, `${file}: ${chart.kind}`).toMatchObject({ shown: 1, narrow: true });
        expect(chart.width).toBeGreaterThan(300);
        expect(chart.width).toBeLessThanOrEqual(390);
        expect(chart.smallest, `${file}: ${chart.kind}`).toBeGreaterThanOrEqual(10.5);
      }
    }
    await page.close();
  }, 60_000);
});
