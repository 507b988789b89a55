import type { Block, Cell, Doc, Inline } from './document.js';
import { escapeMarkdown } from './escape.js';
import { reportDocument } from './layout.js';
import type { Report } from './model.js';

/** Wraps text in emphasis markers, keeping its outer spaces outside them (CommonMark needs that). */
function emphasis(marker: string, text: string): string {
  // Text with no space at either end (nearly all of it, such as each "Yes" of a grid) needs no pattern to split it.
  if (text.length > 0 && text.trim().length === text.length) return `${marker}${escapeMarkdown(text)}${marker}`;
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const core = match?.[2] ?? '';
  if (core.length === 0) return text;
  return `${match?.[1] ?? ''}${marker}${escapeMarkdown(core)}${marker}${match?.[3] ?? ''}`;
}

/** Writes inline content, escaped and marked up, as pieces into `out`. */
function inlineTo(content: readonly Inline[], out: string[]): void {
  for (const part of content) {
    if (typeof part === 'string') {
      out.push(escapeMarkdown(part));
      continue;
    }
    switch (part.kind) {
      case 'strong':
      case 'tag':
        out.push(emphasis('**', part.text));
        break;
      case 'em':
        out.push(emphasis('*', part.text));
        break;
      case 'code':
        out.push(escapeMarkdown(part.text));
        break;
      case 'link':
        // A link within the page (to an HTML id) is plain text here: Markdown renderers make their own heading ids.
        out.push(
          part.href.startsWith('#')
            ? escapeMarkdown(part.text)
            : /^https?:\/\/[^\s<>]+$/i.test(part.href)
              ? `[${escapeMarkdown(part.text)}](${part.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`
              : escapeMarkdown(`${part.text} (${part.href})`),
        );
        break;
    }
  }
}

function inline(content: readonly Inline[]): string {
  const out: string[] = [];
  inlineTo(content, out);
  return out.join('');
}

/**
 * A table row as one line, written from pieces: a row of cells each made into a string and joined again built two
 * strings per cell, and the rows of the national report at 2,000 organisations number some 8,000.
 */
function tableRow(row: readonly Cell[]): string {
  const pieces: string[] = ['| '];
  row.forEach((value, index) => {
    if (index > 0) pieces.push(' | ');
    const before = pieces.length;
    inlineTo(value.content, pieces);
    // An empty cell is a space, as GitHub tables need.
    let empty = true;
    for (let index = before; index < pieces.length && empty; index++) empty = pieces[index]!.length === 0;
    if (empty) pieces.push(' ');
  });
  pieces.push(' |');
  return pieces.join('');
}

function indent(lines: readonly string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => (line.length === 0 ? line : `${pad}${line}`));
}

/** Writes a block as lines, followed by one blank line. */
function block(value: Block, out: string[]): void {
  switch (value.kind) {
    case 'paragraph':
      out.push(inline(value.content), '');
      return;
    case 'notice':
      out.push(`> ${emphasis('**', value.title.trim())} ${inline(value.content)}`, '');
      return;
    case 'quote':
      out.push(`> ${inline(value.content)}`, '');
      return;
    case 'list': {
      value.items.forEach((item, index) => {
        const marker = value.ordered ? `${index + 1}. ` : '- ';
        out.push(`${marker}${inline(item.content)}`);
        for (const child of item.children ?? []) {
          const lines: string[] = [];
          block(child, lines);
          while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
          out.push(...indent(lines, marker.length));
        }
      });
      out.push('');
      return;
    }
    case 'figures':
      for (const figure of value.figures) {
        out.push(`- ${emphasis('**', `${figure.label}:`)} ${escapeMarkdown(figure.value)}${figure.note === undefined ? '' : ` (${escapeMarkdown(figure.note)})`}`);
      }
      out.push('');
      return;
    case 'table': {
      out.push(emphasis('*', value.caption), '');
      out.push(`| ${value.columns.map((column) => escapeMarkdown(column.label)).join(' | ')} |`);
      out.push(`| ${value.columns.map((column) => (column.numeric === true ? '---:' : '---')).join(' | ')} |`);
      for (const row of value.rows) out.push(tableRow(row));
      out.push('');
      return;
    }
    case 'figure':
      // Charts are HTML only: the table that follows every chart carries its numbers.
      return;
    case 'more':
      out.push(emphasis('**', value.title), '');
      for (const child of value.blocks) block(child, out);
      return;
    case 'section':
      out.push(`${value.level === 2 ? '##' : '###'} ${escapeMarkdown(value.title)}`, '');
      for (const child of value.blocks) block(child, out);
      return;
  }
}

/** Writes a document as Markdown. */
export function documentToMarkdown(doc: Doc): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, '', emphasis('*', doc.subtitle), ''];
  for (const notice of doc.notices) block(notice, out);
  for (const entry of doc.sections) block(entry, out);
  out.push('---', '', inline(doc.footer), '');
  return out.join('\n');
}

/**
 * Renders a report (national or alliance) as Markdown: headings, key figures, tables with every number
 * of the charts, caveats, method and provenance. Every text from data is escaped, so that an alliance
 * named `<script>` or `*bold*` shows as written; numbers are rounded for display (2 decimals for
 * scores, whole percentages).
 *
 * @param report - A report model from `buildNationalReport`, `buildAllianceReport` or {@link buildReports}.
 * @returns The Markdown text (CommonMark with GitHub tables).
 * @throws TypeError when `report` is not a report model.
 * @example
 * ```ts
 * const markdown = renderMarkdown(buildAllianceReport(scores, { framework, organisationId: 'wessex' }));
 * markdown.startsWith('# Wessex Cancer Alliance: self-assessment report'); // true
 * ```
 * @category Report
 */
export function renderMarkdown(report: Report): string {
  return documentToMarkdown(reportDocument('renderMarkdown', report, false));
}
