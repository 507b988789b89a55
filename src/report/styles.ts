/**
 * The style sheet of the HTML reports: inlined in every page, so that a page needs no request. A calm
 * NHS-like style: NHS blue (#005EB8), dark text (#212B32) on white cards over pale grey, the system's own
 * fonts, a readable measure, and a print style that drops the backgrounds and keeps tables whole.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: #F0F4F5;
  color: #212B32;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  /* A word longer than its line (a long name, a file name, a wider font than ours) breaks rather than widen the page. */
  overflow-wrap: break-word;
}
a { color: #005EB8; text-underline-offset: 0.15em; }
a:hover { color: #7C2855; }
a:focus-visible, .table-wrap:focus-visible, summary:focus-visible {
  outline: 3px solid #FFEB3B;
  outline-offset: 0;
  box-shadow: 0 0 0 6px #212B32;
}
.skip-link {
  position: absolute;
  left: -9999px;
  top: 0.5rem;
  background: #FFEB3B;
  color: #212B32;
  padding: 0.5rem 1rem;
  font-weight: 600;
  z-index: 10;
}
.skip-link:focus { left: 0.5rem; }
.banner { background: #005EB8; color: #FFFFFF; }
.banner .inner { padding: 2rem 1rem 1.75rem; }
.inner, main { max-width: 1000px; margin: 0 auto; }
.up { margin: 0 0 0.75rem; font-weight: 600; }
.up a { color: #FFFFFF; }
.up a::before { content: "\\2190\\00A0"; }
.up a:hover { color: #FFFFFF; text-decoration-thickness: 3px; }
.kicker { margin: 0 0 0.25rem; font-size: 0.9375rem; font-weight: 600; letter-spacing: 0.02em; }
h1 { margin: 0 0 0.5rem; font-size: 2.25rem; line-height: 1.15; font-weight: 700; }
.subtitle { margin: 0; font-size: 1.125rem; max-width: 46em; }
main { padding: 1.5rem 1rem 2.5rem; }
main > section, .first-page > section, .contents, .notice {
  background: #FFFFFF;
  border-radius: 4px;
  margin: 0 0 1.5rem;
  padding: 1.5rem 1.5rem 1rem;
}
h2 { margin: 0 0 1rem; font-size: 1.625rem; line-height: 1.25; }
h3 { margin: 1.75rem 0 0.75rem; font-size: 1.25rem; line-height: 1.3; padding-top: 1rem; border-top: 1px solid #D8DDE0; }
section section:first-of-type > h3 { border-top: 0; padding-top: 0; margin-top: 1rem; }
p, ul, ol { margin: 0 0 1rem; max-width: 46em; }
li { margin-bottom: 0.35rem; }
li > ul, li > ol { margin: 0.35rem 0 0.5rem; }
.notice { border-left: 10px solid #005EB8; }
.notice.warning { border-left-color: #FFB81C; background: #FFF9E6; }
.notice p { margin: 0; }
.notice .notice-title { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.contents h2 { font-size: 1.125rem; margin-bottom: 0.5rem; }
.contents ol { columns: 2 16em; margin: 0; padding-left: 1.25rem; }
blockquote { margin: 0 0 1rem; padding: 0.75rem 1rem; border-left: 6px solid #AEB7BD; background: #F0F4F5; max-width: 46em; }
blockquote p { margin: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 1rem; margin: 0 0 1.25rem; padding: 0; list-style: none; max-width: none; }
.figures li { margin: 0; padding: 0.75rem 1rem; background: #F0F4F5; border-top: 4px solid #005EB8; }
.figures .figure-value { display: block; font-size: 1.875rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.figures .figure-label { display: block; font-weight: 600; }
.figures .figure-note { display: block; font-size: 0.875rem; color: #4C6272; }
.table-wrap {
  overflow-x: auto;
  margin: 0 0 1.25rem;
  /* Shadows at an edge with more to scroll to; no script needed. */
  background:
    linear-gradient(to right, #FFFFFF 30%, rgba(255, 255, 255, 0)) left center / 2.5rem 100% no-repeat local,
    linear-gradient(to left, #FFFFFF 30%, rgba(255, 255, 255, 0)) right center / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(33, 43, 50, 0.25), rgba(33, 43, 50, 0)) left center / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(33, 43, 50, 0.25), rgba(33, 43, 50, 0)) right center / 0.75rem 100% no-repeat scroll;
}
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.625rem 0.5rem 0; border-bottom: 1px solid #D8DDE0; }
thead th { border-bottom: 2px solid #212B32; font-weight: 700; vertical-align: bottom; }
tbody th { font-weight: 400; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 0.625rem; }
td.num { white-space: nowrap; }
/* Number columns take only the room their numbers need; text columns get the rest. */
th.num, td.num { width: 1%; }
tbody th { min-width: 9em; }
table.compact th, table.compact td { padding-right: 0.4rem; }
table.compact th.num, table.compact td.num { padding-left: 0.4rem; }
table.compact tbody th { min-width: 7em; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.875em; overflow-wrap: break-word; }
tbody tr:hover { background: #F7F9FA; }
.tag { display: inline-block; padding: 0 0.4em; border: 1px solid currentColor; border-radius: 3px; font-size: 0.8125rem; font-weight: 700; line-height: 1.5; white-space: nowrap; }
.tag-high { color: #8A1538; background: #FBE9EE; }
.tag-medium { color: #7A4100; background: #FFF4E0; }
.tag-low { color: #00485E; background: #E6F3F7; }
.tag-none, .tag-good { color: #00562B; background: #E6F4EC; }
.tag-neutral { color: #4C6272; background: #F0F4F5; }
figure.chart { margin: 0 0 1rem; }
figure.chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
figure.chart.radar svg { max-width: 680px; margin: 0 auto; }
/* Each chart is drawn twice: for a page and print, and redrawn for a phone-sized screen; one shows. */
.chart-narrow { display: none; }
details.more { margin: 0 0 1.5rem; border: 1px solid #D8DDE0; border-radius: 4px; }
details.more > summary {
  cursor: pointer;
  padding: 0.75rem 1rem;
  font-weight: 600;
  color: #005EB8;
  text-decoration: underline;
  text-underline-offset: 0.15em;
}
details.more > summary:hover { color: #7C2855; }
details.more[open] > summary { border-bottom: 1px solid #D8DDE0; }
details.more > .more-body { padding: 1rem 1rem 0; }
.print-only { display: none; }
.more-heading { font-weight: 700; }
figcaption { font-size: 0.9375rem; color: #4C6272; margin-top: 0.5rem; }
.muted { color: #4C6272; }
footer { color: #4C6272; font-size: 0.875rem; }
footer .inner { padding: 0 1rem 2rem; }
@media screen and (max-width: 40rem) {
  h1 { font-size: 1.75rem; }
  h2 { font-size: 1.375rem; }
  main { padding: 1rem 0.5rem 2rem; }
  main > section, .first-page > section, .contents, .notice { padding: 1rem; }
  .contents ol { columns: 1; }
  .figures { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.5rem; }
  .figures li { padding: 0.5rem 0.75rem; }
  .figures .figure-value { font-size: 1.5rem; }
  /* Charts: the drawing made for a narrow screen, as wide as the screen. */
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
  figure.chart.radar svg { max-width: 100%; }
  /* Tables reflow: each row a block, each cell under its column's name, so that no column is out of sight. */
  table.reflow { font-size: 0.9375rem; }
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow th, table.reflow td { display: block; width: auto; }
  table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.reflow caption { display: block; }
  table.reflow tr { padding: 0.5rem 0; border-bottom: 2px solid #D8DDE0; }
  table.reflow th, table.reflow td, table.reflow th.num, table.reflow td.num { border: 0; padding: 0.125rem 0; text-align: left; white-space: normal; min-width: 0; }
  table.reflow tbody th { font-weight: 700; }
  table.reflow td:empty { display: none; }
  table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: #4C6272; }
  table.compact.reflow td { display: inline-block; margin-right: 1rem; }
}
@media print {
  @page { size: A4; margin: 12mm 14mm; }
  body { background: #FFFFFF; font-size: 10.5pt; }
  .banner { background: #FFFFFF; color: #212B32; border-bottom: 4px solid #005EB8; }
  .banner .inner { padding: 0 0 0.5rem; }
  main { padding: 0; max-width: none; }
  main > section, .first-page > section, .contents, .notice { padding: 0; margin: 0 0 14pt; border-radius: 0; }
  .notice { border: 2px solid #212B32; padding: 6pt 8pt; background: #FFFFFF; }
  .skip-link, .contents, .screen-only, .chart-narrow { display: none; }
  /* The first section is the first page: it stands alone, on one page, and the rest starts on a new page. */
  .first-page { break-after: page; page-break-after: always; font-size: 9.5pt; line-height: 1.3; }
  .first-page .tag { font-size: 8pt; line-height: 1.2; }
  h1 { font-size: 19pt; margin-bottom: 2pt; }
  .subtitle { font-size: 11pt; }
  .notice { font-size: 8.5pt; line-height: 1.3; padding: 3pt 6pt; margin-bottom: 5pt; }
  .notice .notice-title { display: inline; margin: 0 4pt 0 0; }
  .notice p { max-width: none; }
  .first-page ul, .first-page ol { padding-left: 16pt; }
  .banner .inner { padding: 0 0 4pt; }
  .kicker { font-size: 9pt; }
  .first-page h2 { font-size: 15pt; margin-bottom: 6pt; }
  .first-page h3, .first-page section section:first-of-type > h3 { font-size: 11.5pt; margin: 6pt 0 2pt; padding-top: 3pt; }
  .first-page p, .first-page ul, .first-page ol { margin-bottom: 4pt; max-width: none; }
  .first-page li { margin-bottom: 0; }
  .first-page section[aria-labelledby="priorities"] ul { columns: 2; column-gap: 12pt; }
  .first-page section[aria-labelledby="definitions"] { font-size: 8pt; line-height: 1.25; }
  .first-page section[aria-labelledby="definitions"] h3 { font-size: 10pt; }
  .first-page section[aria-labelledby="definitions"] ul { columns: 2; column-gap: 12pt; }
  .print-only { display: block; }
  .up { display: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  h2 { border-bottom: 2px solid #005EB8; padding-bottom: 2pt; }
  table, figure, .figures li, blockquote { break-inside: avoid; page-break-inside: avoid; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; background: none; }
  table { font-size: 9.5pt; }
  table.wide { font-size: 9pt; }
  table.compact { font-size: 8pt; }
  table.compact th, table.compact td { padding-right: 0.25rem; }
  table.compact tbody th { min-width: 0; }
  tbody th { min-width: 0; }
  th, td { padding-right: 0.4rem; }
  th.num, td.num { padding-left: 0.4rem; }
  .tag { white-space: normal; }
  tbody tr:hover { background: none; }
  figure.chart svg { max-width: 100%; }
  svg, .tag, .figures li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: #212B32; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  footer .inner { padding: 0; }
}
`;
