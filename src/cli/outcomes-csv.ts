import Papa from 'papaparse';
import type { OutcomeSeries } from 'cancer-alliance-framework';
import type { Problem } from './problems.js';
import { placeOf } from './problems.js';

/** The result of reading an outcomes CSV: the series, or every problem with its place. */
export type OutcomesRead =
  | { readonly ok: true; readonly series: OutcomeSeries }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const ORGANISATION_HEADERS = new Set(['organisation_id', 'organisation', 'organization_id', 'organization', 'org', 'org_id', 'alliance', 'alliance_id']);
const VALUE_HEADERS = new Set(['value', 'outcome']);
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*%?$/;

/** The delimiter: whichever of `,`, `;` and tab the first line holds most of (`,` when none). */
function delimiterOf(body: string): string {
  const end = body.indexOf('\n');
  const first = end === -1 ? body : body.slice(0, end);
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = first.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** A text cut to at most 60 characters, for a message of one line (a cell can hold megabytes). */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The cells of a header, quoted, at most 12 of them, each cut. */
function listCells(cells: readonly string[]): string {
  const shown = cells.slice(0, 12).map((cell) => `"${clip(cell)}"`);
  if (cells.length > 12) shown.push(`… (${cells.length - 12} more)`);
  return shown.join(', ');
}

function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Reads an outcomes CSV: a header with `organisation_id` and `value` columns (aliases: `organisation`, `alliance`,
 * `org`; `outcome`), then one row per organisation, cells split by whichever of `,`, `;` and tab the header holds most of. A value is a number, optionally with a decimal comma or a `%`
 * sign (`76.4`, `76,4`, `76.4%`). Other columns are ignored; blank lines are skipped.
 *
 * @param text - The file's text.
 * @param file - The file name, for the places of problems.
 * @param name - The name of the measure.
 * @param unit - The unit of the measure, or null.
 */
export function readOutcomesCsv(text: string, file: string, name: string, unit: string | null): OutcomesRead {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  let scanned = 0;
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    step: (results) => {
      const start = rowStart;
      rowStart = results.meta.cursor;
      for (;;) {
        const next = body.indexOf('\n', scanned);
        if (next === -1 || next >= start) break;
        line += 1;
        scanned = next + 1;
      }
      if (results.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) {
        problems.push({ where: placeOf({ file, line }), message: 'a quoted cell on this line is not closed properly', hint: 'Close each quote; a quote inside a quoted cell is written twice ("").' });
      }
      const cells = results.data.map((cell) => String(cell));
      if (cells.every((cell) => cell.trim() === '')) return;
      rows.push({ cells, line });
    },
  });
  const header = rows.shift();
  if (header === undefined) {
    return { ok: false, problems: [{ where: file, message: 'the outcomes file is empty', hint: 'Start with a header row organisation_id,value, then one row per organisation.' }] };
  }
  const organisationColumn = header.cells.findIndex((cell) => ORGANISATION_HEADERS.has(headerKey(cell)));
  const valueColumn = header.cells.findIndex((cell) => VALUE_HEADERS.has(headerKey(cell)));
  if (organisationColumn === -1 || valueColumn === -1) {
    const missing = [organisationColumn === -1 ? 'organisation_id' : null, valueColumn === -1 ? 'value' : null].filter((x) => x !== null);
    return {
      ok: false,
      problems: [
        {
          where: placeOf({ file, line: header.line, column: 1 }),
          message: `the header needs the column${missing.length === 1 ? '' : 's'} ${missing.join(' and ')}, but it has ${listCells(header.cells)}`,
          hint: 'Name the columns organisation_id and value, e.g. a first line "organisation_id,value".',
        },
      ],
    };
  }
  const organisationName = header.cells[organisationColumn] ?? 'organisation_id';
  const valueName = header.cells[valueColumn] ?? 'value';
  const firstRow = new Map<string, number>();
  const values: { organisationId: string; value: number }[] = [];
  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const id = (row.cells[organisationColumn] ?? '').trim();
    const raw = (row.cells[valueColumn] ?? '').trim();
    let ok = true;
    if (id === '') {
      ok = false;
      problems.push({
        where: placeOf({ file, line: row.line, column: organisationColumn + 1, row: rowNumber, columnName: organisationName }),
        message: 'the organisation id is empty',
        hint: 'Give each value the id of its organisation (e.g. greater-manchester), or delete the row.',
      });
    } else {
      const first = firstRow.get(id);
      if (first !== undefined) {
        ok = false;
        problems.push({
          where: placeOf({ file, line: row.line, column: organisationColumn + 1, row: rowNumber, columnName: organisationName }),
          message: `"${clip(id)}" already has a value on row ${first}`,
          hint: 'Give one value per organisation.',
        });
      } else firstRow.set(id, rowNumber);
    }
    const value = NUMBER.test(raw) ? Number(raw.replace('%', '').trim().replace(',', '.')) : Number.NaN;
    if (!Number.isFinite(value)) {
      ok = false;
      problems.push({
        where: placeOf({ file, line: row.line, column: valueColumn + 1, row: rowNumber, columnName: valueName }),
        message: raw === '' ? 'the value is empty' : `"${raw.length > 40 ? `${raw.slice(0, 37)}…` : raw}" is not a number`,
        hint: 'Write the value as a number such as 76.4 (a % sign is allowed), or leave the organisation out.',
      });
    }
    if (ok) values.push({ organisationId: id, value });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (values.length === 0) {
    return { ok: false, problems: [{ where: placeOf({ file, line: header.line }), message: 'the outcomes file has a header but no values', hint: 'Add one row per organisation: its id and its value.' }] };
  }
  return { ok: true, series: { name, ...(unit === null ? {} : { unit }), source: file, values } };
}
