import { isObject } from '../internal/guards.js';
import { NO_LINKS, type Block, type Doc, type DocLinks, type Inline, type ListItem } from './document.js';
import { escapeHtml } from './escape.js';
import type { Report } from './model.js';
import { reportDocument } from './layout.js';
import { REPORT_CSS } from './styles.js';

/**
 * Options of {@link renderHtml}.
 *
 * @category Report
 */
export interface RenderHtmlOptions {
  /** Draw the charts (each is followed by a table of the same numbers either way). Default true. */
  readonly charts?: boolean | undefined;
  /**
   * The address of each organisation's report, by organisation id: the organisations' names then link
   * to their reports (in the national report's tables and region lists, and an alliance report's
   * peers). The address must be relative (`alliances/wessex.html`) or https; no link when absent.
   */
  readonly allianceHref?: ((organisationId: string) => string) | undefined;
  /**
   * The address of the national report, shown as a link above an organisation report's title, e.g.
   * `'../index.html'`: relative or https. No link when absent.
   */
  readonly nationalHref?: string | undefined;
}

/** No control characters, spaces, quotes, angle brackets, backslashes or backticks: nothing that could end an attribute or bend a URL. */
// eslint-disable-next-line no-control-regex -- control characters are among those a plain URL must not hold
const PLAIN_URL = /^[^\u0000-\u0020\u007F"'<>\\`]+$/;

/** A relative address: no scheme (`javascript:`, `data:`, ...) and not protocol-relative (`//host`). */
function isRelativeHref(href: string): boolean {
  return PLAIN_URL.test(href) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) && !href.startsWith('//');
}

/** An address the reports may link to from options: relative or https. */
function isAllowedHref(href: string): boolean {
  return isRelativeHref(href) || (/^https:\/\/[^/]/i.test(href) && PLAIN_URL.test(href));
}

/** Links are written only to the web (http, https), within the page, or to a relative address; anything else is shown as text. */
function safeHref(href: string): string | null {
  return (/^https?:\/\/[^\s"'<>]+$/i.test(href) && PLAIN_URL.test(href)) || isRelativeHref(href) ? href : null;
}

/** Checks the link options of renderHtml, so that no other address reaches the page. */
function checkedLinks(options: RenderHtmlOptions | undefined): DocLinks {
  const allianceHref = options?.allianceHref;
  const nationalHref = options?.nationalHref;
  if (allianceHref !== undefined && typeof allianceHref !== 'function') {
    throw new TypeError('renderHtml: options.allianceHref must be a function from an organisation id to an address, or undefined');
  }
  if (nationalHref !== undefined && (typeof nationalHref !== 'string' || !isAllowedHref(nationalHref))) {
    throw new RangeError(`renderHtml: options.nationalHref must be a relative address (e.g. "../index.html") or an https:// one, got ${JSON.stringify(nationalHref)}`);
  }
  if (allianceHref === undefined && nationalHref === undefined) return NO_LINKS;
  return {
    allianceHref:
      allianceHref === undefined
        ? null
        : (organisationId: string) => {
            const href: unknown = allianceHref(organisationId);
            if (typeof href !== 'string' || !isAllowedHref(href)) {
              throw new RangeError(
                `renderHtml: options.allianceHref gave ${JSON.stringify(href)} for ${JSON.stringify(organisationId)}; give a relative address (e.g. "alliances/wessex.html") or an https:// one`,
              );
            }
            return href;
          },
    nationalHref: nationalHref ?? null,
  };
}

/**
 * The page is written as pieces into one array, each line ending in its own `"\n"` piece, and joined once at the end.
 * A line written as one template string of many parts builds a chain of joined-string objects that lives until the
 * page is joined: at 2,000 organisations the national report's tables made 110 ms of garbage collection that way.
 */
type Out = string[];

/** Writes inline content (escaped, with its markup) into `out`. */
function inline(content: readonly Inline[], out: Out): void {
  for (const part of content) {
    if (typeof part === 'string') {
      out.push(escapeHtml(part));
      continue;
    }
    switch (part.kind) {
      case 'strong':
        out.push('<strong>', escapeHtml(part.text), '</strong>');
        break;
      case 'em':
        out.push('<em>', escapeHtml(part.text), '</em>');
        break;
      case 'code':
        out.push('<code>', escapeHtml(part.text), '</code>');
        break;
      case 'tag':
        out.push('<strong class="tag tag-', part.tone, '">', escapeHtml(part.text), '</strong>');
        break;
      case 'link': {
        const href = safeHref(part.href);
        if (href === null) out.push(escapeHtml(`${part.text} (${part.href})`));
        else out.push('<a href="', escapeHtml(href), '">', escapeHtml(part.text), '</a>');
        break;
      }
    }
  }
}

/** A line of inline content between an opening and a closing text. */
function inlineLine(open: string, content: readonly Inline[], close: string, out: Out): void {
  out.push(open);
  inline(content, out);
  out.push(close, '\n');
}

/** A list item: its text on the line of `<li>`, its children on lines of their own, then its end. */
function listItem(item: ListItem, out: Out, charts: boolean): void {
  out.push('<li>');
  inline(item.content, out);
  out.push('\n');
  for (const child of item.children ?? []) block(child, out, charts);
  out.push('</li>\n');
}

/** A table: its caption, its header, then each row, every cell on a line of its own. */
function table(value: Extract<Block, { kind: 'table' }>, out: Out): void {
  // On a narrow screen every table reflows: each row becomes a block, each cell under its column's name.
  const classes = ['reflow', ...(value.compact === true ? ['compact'] : []), ...(value.columns.length >= 6 ? ['wide'] : [])];
  const caption = escapeHtml(value.caption);
  out.push(`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>\n`);
  out.push(`<caption><span class="caption-text">${caption}</span></caption><thead><tr>\n`);
  for (const column of value.columns) {
    out.push(`<th scope="col"${column.numeric === true ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>\n`);
  }
  out.push('</tr></thead><tbody>\n');
  // The column's name, shown before the cell when a narrow screen stacks each row: escaped once per table.
  const dataLabels = value.columns.map((column) => (column.label.length > 0 ? ` data-label="${escapeHtml(column.label)}"` : ''));
  // Each row is joined into one string of its own, so that the page's list of pieces stays short (a table of 2,000
  // rows of 20 cells would add some 200,000 pieces to it).
  const line: Out = [];
  for (const row of value.rows) {
    line.length = 0;
    line.push('<tr>\n');
    row.forEach((entry, index) => {
      const numeric = entry.numeric === true ? ' class="num"' : '';
      if (index === 0 && value.rowHeaders) inlineLine(`<th scope="row"${numeric}>`, entry.content, '</th>', line);
      else {
        line.push('<td', numeric, dataLabels[index] ?? '', '>');
        inline(entry.content, line);
        line.push('</td>\n');
      }
    });
    line.push('</tr>\n');
    out.push(line.join(''));
  }
  out.push('</tbody></table></div>\n');
}

/** The namespace declaration that inline SVG in HTML does without. */
const SVG_NAMESPACE = ' xmlns="http://www.w3.org/2000/svg"';

/**
 * Writes an SVG chart (its text, or its pieces) into the page without its first namespace declaration, as the parts
 * around it: taking it out with `replace` copied the chart, and the national report's heatmaps at 2,000 organisations
 * are 4 million characters each. A chart's pieces hold the declaration whole, in its opening tag.
 */
function inlineSvg(svg: string | readonly string[], out: Out): void {
  const pieces = typeof svg === 'string' ? [svg] : svg;
  let found = false;
  for (const piece of pieces) {
    const at = found ? -1 : piece.indexOf(SVG_NAMESPACE);
    if (at === -1) out.push(piece);
    else {
      out.push(piece.slice(0, at), piece.slice(at + SVG_NAMESPACE.length));
      found = true;
    }
  }
}

/** The kind of a chart, from its class (`class="chart heatmap-chart"` gives `heatmap`), in its text or first piece. */
function chartKind(svg: string | readonly string[]): string {
  return /class="chart ([a-z]+)-chart"/.exec(typeof svg === 'string' ? svg : (svg[0] ?? ''))?.[1] ?? 'other';
}

function block(value: Block, out: Out, charts: boolean): void {
  switch (value.kind) {
    case 'paragraph':
      inlineLine('<p>', value.content, '</p>', out);
      return;
    case 'notice':
      inlineLine(`<div class="notice ${value.tone}" role="note"><p><strong class="notice-title">${escapeHtml(value.title)}</strong>`, value.content, '</p></div>', out);
      return;
    case 'quote':
      inlineLine('<blockquote><p>', value.content, '</p></blockquote>', out);
      return;
    case 'list':
      out.push(value.ordered ? '<ol>\n' : '<ul>\n');
      for (const item of value.items) listItem(item, out, charts);
      out.push(value.ordered ? '</ol>\n' : '</ul>\n');
      return;
    case 'figures':
      out.push('<ul class="figures">\n');
      for (const figure of value.figures) {
        out.push(
          `<li><span class="figure-value">${escapeHtml(figure.value)}</span><span class="figure-label">${escapeHtml(figure.label)}</span>${
            figure.note === undefined ? '' : `<span class="figure-note">${escapeHtml(figure.note)}</span>`
          }</li>\n`,
        );
      }
      out.push('</ul>\n');
      return;
    case 'table':
      table(value, out);
      return;
    case 'figure': {
      if (!charts) return;
      const kind = chartKind(value.svg);
      // Two drawings of the same chart: one for a page and print, one redrawn for a phone-sized screen; CSS shows one.
      out.push(`<figure class="chart ${kind}"><div class="chart-wide">`);
      inlineSvg(value.svg, out);
      out.push('</div><div class="chart-narrow">');
      inlineSvg(value.narrowSvg, out);
      out.push(`</div><figcaption>${escapeHtml(value.caption)}</figcaption></figure>\n`);
      return;
    }
    case 'more': {
      // Screen: a closed <details>, opened by its summary with no script. Print: the same blocks in full,
      // since print styles cannot open a closed <details> in every browser.
      out.push(`<details class="more screen-only"><summary>${escapeHtml(value.summary)}</summary><div class="more-body">\n`);
      for (const child of value.blocks) block(child, out, charts);
      out.push('</div></details>\n');
      out.push(`<div class="more print-only"><p class="more-heading">${escapeHtml(value.title)}</p>\n`);
      for (const child of value.blocks) block(child, out, charts);
      out.push('</div>\n');
      return;
    }
    case 'section': {
      const heading = value.level === 2 ? 'h2' : 'h3';
      out.push(`<section aria-labelledby="${escapeHtml(value.id)}"><${heading} id="${escapeHtml(value.id)}">${escapeHtml(value.title)}</${heading}>\n`);
      for (const child of value.blocks) block(child, out, charts);
      out.push('</section>\n');
      return;
    }
  }
}

/** Writes a document as a standalone HTML page. */
export function documentToHtml(doc: Doc, charts: boolean): string {
  const head = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="cancer-alliance-framework">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#main">Skip to main content</a>',
    '<header class="banner"><div class="inner">',
    ...(doc.up === null || safeHref(doc.up.href) === null ? [] : [`<p class="up"><a href="${escapeHtml(doc.up.href)}">${escapeHtml(doc.up.text)}</a></p>`]),
    `<p class="kicker">${escapeHtml(doc.kicker)}</p>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    '</div></header>',
    '<main id="main">',
  ];
  const out: Out = [head.join('\n'), '\n'];
  for (const notice of doc.notices) block(notice, out, charts);
  const sections = doc.sections.filter((entry): entry is Extract<Block, { kind: 'section' }> => entry.kind === 'section');
  // The first section stands alone as the first page (in print, a page of its own); the contents follow it.
  const [first, ...rest] = doc.sections;
  if (first !== undefined) {
    out.push('<div class="first-page">\n');
    block(first, out, charts);
    out.push('</div>\n');
  }
  out.push('<nav class="contents" aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>\n');
  for (const entry of sections) out.push(`<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.title)}</a></li>\n`);
  out.push('</ol></nav>\n');
  for (const entry of rest) block(entry, out, charts);
  out.push('</main>\n');
  inlineLine('<footer><div class="inner"><p>', doc.footer, '</p></div></footer>', out);
  out.push('</body>\n', '</html>\n');
  return out.join('');
}

/**
 * Renders a report (national or alliance) as a standalone, accessible HTML page: inline CSS and SVG, no
 * script and no request of any kind (a Content-Security-Policy forbids them), one `<h1>` and ordered
 * headings, every chart with alt text and followed by a table of the same numbers, every text from data
 * escaped, and a print style.
 *
 * Long lists (the common barriers beyond the first ten, for example) sit in a `<details>` element that
 * opens without script, and print in full.
 *
 * @param report - A report model from `buildNationalReport`, `buildAllianceReport` or {@link buildReports}.
 * @param options - Whether to draw the charts, and where organisations' names and the national report link to.
 * @returns The HTML page.
 * @throws TypeError when `report` is not a report model, or `options.allianceHref` is not a function.
 * @throws RangeError when `options.nationalHref`, or an address `options.allianceHref` gives, is neither relative nor https.
 * @example
 * ```ts
 * const html = renderHtml(buildNationalReport(scores, { framework }), {
 *   allianceHref: (organisationId) => `alliances/${organisationId}.html`,
 * });
 * html.startsWith('<!doctype html>'); // true
 * ```
 * @category Report
 */
export function renderHtml(report: Report, options?: RenderHtmlOptions | undefined): string {
  if (options !== undefined && !isObject(options)) {
    throw new TypeError('renderHtml: options must be an object or undefined');
  }
  const charts = options?.charts ?? true;
  return documentToHtml(reportDocument('renderHtml', report, charts, checkedLinks(options)), charts);
}
