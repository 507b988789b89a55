import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { launchChromium } from '../../.ci/chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const screenshots = join(here, '__screenshots__');
const sample = (name: string) => join(root, 'examples/sample', name);

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
  const svgs = await page.$$eval('svg', (elements) =>
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

  it('fits a phone-sized screen: wide tables and charts scroll inside their own region, never the page', async () => {
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
