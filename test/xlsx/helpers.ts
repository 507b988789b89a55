// Helpers of the workbook tests: workbooks made part by part (to hold exactly what a test needs, hostile or not), and
// the cells of a written workbook read raw, with their types and styles, from its XML.
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { scanXml } from '../../src/xlsx/xml.js';
import { ZipArchive } from '../../src/xlsx/zip.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A ZIP archive of the parts, in order, each DEFLATE-compressed, with a fixed date. */
export function zipParts(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, body]) => [name, typeof body === 'string' ? strToU8(body) : body])), {
    level: 6,
    mtime: new Date(1980, 0, 1),
  });
}

/** One sheet of a test workbook: its name, the XML inside `<worksheet>` (at least a `<sheetData>`), and its state. */
export interface TestSheet {
  readonly name: string;
  readonly xml: string;
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
}

/** What a test workbook holds. */
export interface TestWorkbook {
  readonly sheets: readonly TestSheet[];
  /** The shared strings, by index. */
  readonly strings?: readonly string[];
  /** The XML inside `<styleSheet>`; default: one plain style and one date style (`s="1"`, yyyy-mm-dd). */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** More parts, or parts to replace, by name. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  /** More `<Override>` or `<Default>` elements of the content types. */
  readonly contentTypes?: string;
  /** More relationships of the workbook part. */
  readonly relationships?: string;
}

/** Styles: 0 plain, 1 a date (yyyy-mm-dd), 2 a date and time, 3 built-in 14 (a date), 4 a percentage. */
export const TEST_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="9"/></cellXfs>';

/** A minimal .xlsx package of the sheets. */
export function workbookOf(spec: TestWorkbook): Uint8Array {
  const sheets = spec.sheets;
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_sheet, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      `${spec.contentTypes ?? ''}</Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr${spec.date1904 === true ? ' date1904="1"' : ''}/><sheets>` +
      sheets
        .map(
          (sheet, index) =>
            `<sheet name="${sheet.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}" sheetId="${index + 1}"${sheet.state === undefined ? '' : ` state="${sheet.state}"`} r:id="rId${index + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_sheet, index) => `<Relationship Id="rId${index + 1}" Type="${R}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('') +
      `<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>${spec.relationships ?? ''}</Relationships>`,
    'xl/styles.xml': `${HEAD}<styleSheet xmlns="${MAIN}">${spec.styles ?? TEST_STYLES}</styleSheet>`,
    'xl/sharedStrings.xml': `${HEAD}<sst xmlns="${MAIN}">${(spec.strings ?? []).map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join('')}</sst>`,
  };
  sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${sheet.xml}</worksheet>`;
  });
  return zipParts({ ...parts, ...spec.parts });
}

/** XML-escapes text. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A column number as letters. */
function letters(column: number): string {
  let out = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
  return out;
}

/** A value of a test cell: text (an inline string), a number, a truth value, or a cell given as its XML. */
export type TestCell = string | number | boolean | null | { readonly xml: string };

/**
 * `<sheetData>` of rows of cells, from row `first` (default 1): text as inline strings, numbers and truth values as
 * such, `null` as no cell. Rows given as `null` are left out (a gap in the sheet).
 */
export function sheetData(rows: readonly (readonly TestCell[] | null)[], first = 1): string {
  const body = rows
    .map((row, index) => {
      if (row === null) return '';
      const r = first + index;
      const cells = row
        .map((cell, column) => {
          const ref = `${letters(column + 1)}${r}`;
          if (cell === null) return '';
          if (typeof cell === 'object') return cell.xml.replace('<c ', `<c r="${ref}" `);
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
  return `<sheetData>${body}</sheetData>`;
}

/** A workbook of one sheet of rows (see {@link sheetData}). */
export function oneSheet(rows: readonly (readonly TestCell[] | null)[], name = 'Responses'): Uint8Array {
  return workbookOf({ sheets: [{ name, xml: sheetData(rows) }] });
}

/** A raw DEFLATE stream of the bytes (Node's zlib: the tests' own, independent of fflate). */
export function deflate(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(bytes));
}

/** A cell of a written workbook, as stored: its type (`n`, `s`, `b`, `e`, `str`, `inlineStr`), value and style. */
export interface RawCell {
  readonly type: string;
  /** Numbers as numbers, truth values as booleans, shared strings resolved to their text. */
  readonly value: string | number | boolean;
  readonly style: RawStyle;
}

/** A cell's style as stored. */
export interface RawStyle {
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly colour: string | null;
  readonly bold: boolean;
  readonly quotePrefix: boolean;
}

/** The parts of a workbook as text, by name (read with the library's own archive reader). */
export function partsOf(bytes: Uint8Array): ReadonlyMap<string, string> {
  const zip = new ZipArchive(bytes, { maxUncompressedBytes: 1e9 });
  return new Map(zip.names().map((name) => [name, new TextDecoder().decode(zip.read(name))]));
}

const BUILT_IN_FORMATS: Readonly<Record<number, string>> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%' };

/** The sheets of a written workbook: name → reference (`D17`) → cell, from the XML. */
export function rawCells(bytes: Uint8Array): ReadonlyMap<string, ReadonlyMap<string, RawCell>> {
  const parts = partsOf(bytes);
  const part = (name: string) => parts.get(name) ?? '';
  const strings: string[] = [];
  let current: string | null = null;
  scanXml(
    part('xl/sharedStrings.xml'),
    {
      open: (name) => {
        if (name === 'si') current = '';
      },
      close: (name) => {
        if (name === 'si' && current !== null) strings.push(current);
      },
      text: (text) => {
        if (current !== null) current += text;
      },
    },
    'sst',
  );
  const formats = new Map<number, string>();
  const fonts: { bold: boolean; colour: string | null }[] = [];
  const fills: (string | null)[] = [];
  const styles: RawStyle[] = [];
  let inCellXfs = false;
  scanXml(
    part('xl/styles.xml'),
    {
      open: (name, a) => {
        if (name === 'numFmt') formats.set(Number(a['numFmtId']), a['formatCode'] ?? '');
        else if (name === 'font') fonts.push({ bold: false, colour: null });
        else if (name === 'b') fonts[fonts.length - 1] = { ...fonts[fonts.length - 1]!, bold: true };
        else if (name === 'color' && fonts.length > 0 && a['rgb'] !== undefined) fonts[fonts.length - 1] = { ...fonts[fonts.length - 1]!, colour: a['rgb'].slice(2) };
        else if (name === 'patternFill') fills.push(a['patternType'] === 'solid' ? '' : null);
        else if (name === 'fgColor' && fills[fills.length - 1] === '') fills[fills.length - 1] = (a['rgb'] ?? '').slice(2);
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(a['numFmtId'] ?? 0);
          const font = fonts[Number(a['fontId'] ?? 0)];
          styles.push({
            numberFormat: formats.get(id) ?? BUILT_IN_FORMATS[id] ?? `#${id}`,
            fill: fills[Number(a['fillId'] ?? 0)] ?? null,
            colour: font?.colour ?? null,
            bold: font?.bold ?? false,
            quotePrefix: a['quotePrefix'] === '1',
          });
        }
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text: () => undefined,
    },
    'styles',
  );
  const names: string[] = [];
  scanXml(
    part('xl/workbook.xml'),
    {
      open: (name, a) => {
        if (name === 'sheet') names.push(a['name'] ?? '');
      },
      close: () => undefined,
      text: () => undefined,
    },
    'workbook',
  );
  const sheets = new Map<string, Map<string, RawCell>>();
  names.forEach((sheetName, index) => {
    const cells = new Map<string, RawCell>();
    let cell: { ref: string; type: string; style: number; value: string } | null = null;
    let inValue = false;
    scanXml(
      part(`xl/worksheets/sheet${index + 1}.xml`),
      {
        open: (name, a) => {
          if (name === 'c') cell = { ref: a['r'] ?? '', type: a['t'] ?? 'n', style: Number(a['s'] ?? 0), value: '' };
          else if (name === 'v') inValue = true;
        },
        close: (name) => {
          if (name === 'v') inValue = false;
          if (name !== 'c' || cell === null) return;
          const { ref, type, style, value } = cell;
          const typed = type === 's' ? (strings[Number(value)] ?? '') : type === 'b' ? value === '1' : type === 'n' ? Number(value) : value;
          if (value !== '') cells.set(ref, { type, value: typed, style: styles[style]! });
          cell = null;
        },
        text: (text) => {
          if (inValue && cell !== null) cell.value += text;
        },
      },
      sheetName,
    );
    sheets.set(sheetName, cells);
  });
  return sheets;
}

/** The rows of a sheet of raw cells, as arrays of values (null for no cell), up to the last row and column used. */
export function rowsOf(cells: ReadonlyMap<string, RawCell>): (string | number | boolean | null)[][] {
  const rows: (string | number | boolean | null)[][] = [];
  for (const [ref, cell] of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (match === null) throw new Error(`rowsOf: ${ref}`);
    let column = 0;
    for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
    const row = Number(match[2]) - 1;
    while (rows.length <= row) rows.push([]);
    const line = rows[row]!;
    while (line.length < column) line.push(null);
    line[column - 1] = cell.value;
  }
  return rows;
}
