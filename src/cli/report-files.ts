import { exportCsv, exportJson, renderHtml, renderMarkdown, type ReportSet } from 'cancer-alliance-framework';
import { exportReportXlsx } from 'cancer-alliance-framework/xlsx';
import { joinPath, type OutputFile } from './io.js';
import { plural } from './inputs.js';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe file name for an organisation id: letters, digits, `.`, `_` and `-` kept; anything else (slashes,
 * spaces, `..`) made `-`; never empty, never starting with `.`, never a reserved Windows name, at most 100
 * characters. Ids come from data, so they must never choose where a file goes.
 */
export function fileNameOf(organisationId: string): string {
  let name = organisationId
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100);
  if (name === '') name = 'organisation';
  if (WINDOWS_RESERVED.test(name)) name = `${name}-`;
  return name;
}

/**
 * Renders every output of a report set in memory: the national report (index.html, national.md), a report per
 * organisation (alliances/<id>.html and .md), and the data exports. In the HTML, each organisation's name links
 * to its report, and each organisation's report links back to the national one (../index.html). File names of organisations are made safe
 * and unique (a second organisation whose safe name is taken gets `-2`, `-3`, ..., compared without case). With
 * `xlsx`, the report workbook too (data/report.xlsx).
 */
export function reportFiles(set: ReportSet, onProgress: (message: string) => void, options: { readonly xlsx: boolean } = { xlsx: false }): readonly OutputFile[] {
  const files: OutputFile[] = [];
  onProgress(`Rendering the national report and ${plural(set.alliances.length, 'alliance report')}…`);
  // Each organisation's file name first, so that every report can link to the others.
  const taken = new Set<string>();
  const fileNames = new Map<string, string>();
  for (const report of set.alliances) {
    const base = fileNameOf(report.organisation.id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    fileNames.set(report.organisation.id, name);
  }
  // The safe names are relative addresses: letters, digits, '.', '_' and '-' only, never starting with '.'.
  const fromNational = (organisationId: string) => {
    const name = fileNames.get(organisationId);
    return name === undefined ? '#alliances' : `alliances/${name}.html`;
  };
  const fromAlliance = (organisationId: string) => {
    const name = fileNames.get(organisationId);
    return name === undefined ? '../index.html#alliances' : `${name}.html`;
  };
  files.push({ path: 'index.html', text: renderHtml(set.national, { allianceHref: fromNational }) });
  files.push({ path: 'national.md', text: renderMarkdown(set.national) });
  for (const report of set.alliances) {
    const name = fileNames.get(report.organisation.id)!;
    files.push({ path: joinPath('alliances', `${name}.html`), text: renderHtml(report, { allianceHref: fromAlliance, nationalHref: '../index.html' }) });
    files.push({ path: joinPath('alliances', `${name}.md`), text: renderMarkdown(report) });
  }
  onProgress('Exporting the data…');
  files.push({ path: 'data/scores.csv', text: exportCsv(set, { table: 'scores' }) });
  files.push({ path: 'data/item-scores.csv', text: exportCsv(set, { table: 'item-scores' }) });
  files.push({ path: 'data/gaps.csv', text: exportCsv(set, { table: 'gaps' }) });
  files.push({ path: 'data/needs.csv', text: exportCsv(set, { table: 'needs' }) });
  files.push({ path: 'data/barriers.csv', text: exportCsv(set, { table: 'barriers' }) });
  files.push({ path: 'data/report.json', text: exportJson(set) });
  if (options.xlsx) files.push({ path: 'data/report.xlsx', text: exportReportXlsx(set) });
  return files;
}
