// A small writer of .xlsx workbooks, for the report workbook and the survey template: numbers with number formats,
// text, truth values, fills and font colours, bold and wrapped text, column widths, row heights, frozen panes, an
// autofilter, hidden sheets and drop-down lists (list data validations). Text is always written as text (a shared
// string): a cell whose text starts with "=" is never a formula, and it is marked as text (quotePrefix) so that editing
// it in Excel keeps it text too. The bytes are the same on every run: the archive's dates are fixed.
import { strToU8, zipSync } from 'fflate';
import { columnLetters, sheetPrefix } from '../internal/cell-ref.js';

/** How a cell looks. Colours are `RRGGBB`. */
export interface CellStyle {
  /** A number format, e.g. `'0.00'`, `'0%'`. */
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly colour?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
}

/** A cell: a value, or a value with a style. `null` is an empty cell. */
export type CellInput = string | number | boolean | null | { readonly value: string | number | boolean | null; readonly style: CellStyle };

/** A drop-down list on a range of cells: the values of another range, e.g. `'Lists'!$A$1:$A$7`. */
export interface ListValidation {
  /** The cells, e.g. `D2:D1001`. */
  readonly range: string;
  /** The sheet and range holding the choices. */
  readonly source: { readonly sheet: string; readonly range: string };
  /** Shown when a cell of the range is selected (at most 255 characters; cut to fit). */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** Shown when a value not in the list is typed: `warning` lets it stand if confirmed. */
  readonly error: { readonly title: string; readonly text: string; readonly style: 'stop' | 'warning' | 'information' };
}

/** One sheet of a workbook to write. */
export interface SheetInput {
  /** At most 31 characters, none of `\ / ? * [ ] :`. */
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Column widths in characters, from column A; `undefined` leaves a column at the default width. */
  readonly widths?: readonly (number | undefined)[];
  /** Row heights in points, by 1-based row number. */
  readonly heights?: ReadonlyMap<number, number>;
  /** Rows and columns frozen at the top and left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** An autofilter over the first row and every column used. */
  readonly autoFilter?: boolean;
  readonly validations?: readonly ListValidation[];
  readonly hidden?: boolean;
}

const MAX_TEXT = 32_767;
const SHEET_NAME = /^[^\\/?*[\]:]{1,31}$/;
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The number formats Excel knows by id. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
]);
/** Text that a spreadsheet would read as a formula when typed: it is marked as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/**
 * Text as a cell holds it: characters XML cannot carry (controls, lone surrogates) and a literal `_xHHHH_` written
 * with OOXML's escape, then XML-escaped.
 */
function escapeText(text: string): string {
  const marked = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  let escaped = '';
  let last = 0;
  for (let index = 0; index < marked.length; index++) {
    const code = marked.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && (marked.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      index++;
      continue;
    }
    const unfit = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
    if (!unfit) continue;
    escaped += `${marked.slice(last, index)}_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    last = index + 1;
  }
  return escapeXml(escaped + marked.slice(last));
}

function isHex(colour: string): boolean {
  return /^[0-9A-F]{6}$/.test(colour);
}

/** The styles of a workbook, collected as cells use them. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Map<string, number>([['|', 0]]);
  private readonly fills = new Map<string, number>();
  private readonly cellStyles: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly ids = new Map<string, number>([['{}', 0]]);

  constructor(private readonly fn: string) {}

  /** The index of a cell style (`s`); `quote` marks text that would read as a formula. */
  idOf(style: CellStyle | undefined, quote: boolean): number {
    const key = JSON.stringify({ ...style, quote: quote || undefined });
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let format = 0;
    if (style?.numberFormat !== undefined) {
      format = BUILT_IN_FORMATS.get(style.numberFormat) ?? this.formats.get(style.numberFormat) ?? 164 + this.formats.size;
      if (format >= 164) this.formats.set(style.numberFormat, format);
    }
    for (const colour of [style?.fill, style?.colour]) {
      if (colour !== undefined && !isHex(colour)) throw new RangeError(`${this.fn}: the colour ${colour} is not RRGGBB`);
    }
    const fontKey = `${style?.bold === true ? 'b' : ''}|${style?.colour ?? ''}`;
    let font = this.fonts.get(fontKey);
    if (font === undefined) {
      font = this.fonts.size;
      this.fonts.set(fontKey, font);
    }
    let fill = 0;
    if (style?.fill !== undefined) {
      fill = this.fills.get(style.fill) ?? 2 + this.fills.size;
      this.fills.set(style.fill, fill);
    }
    const attributes = [`numFmtId="${format}"`, `fontId="${font}"`, `fillId="${fill}"`, 'borderId="0"', 'xfId="0"'];
    if (format !== 0) attributes.push('applyNumberFormat="1"');
    if (font !== 0) attributes.push('applyFont="1"');
    if (fill !== 0) attributes.push('applyFill="1"');
    if (quote) attributes.push('quotePrefix="1"');
    const alignment = style?.wrap === true ? '<alignment wrapText="1" vertical="top"/>' : '';
    if (alignment !== '') attributes.push('applyAlignment="1"');
    this.cellStyles.push(alignment === '' ? `<xf ${attributes.join(' ')}/>` : `<xf ${attributes.join(' ')}>${alignment}</xf>`);
    const id = this.cellStyles.length - 1;
    this.ids.set(key, id);
    return id;
  }

  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    const fonts = [...this.fonts.keys()].map((key) => {
      const [bold, colour] = key.split('|');
      return `<font>${bold === 'b' ? '<b/>' : ''}<sz val="11"/>${colour === undefined || colour === '' ? '' : `<color rgb="FF${colour}"/>`}<name val="Calibri"/><family val="2"/></font>`;
    });
    const fills = [...this.fills.keys()].map((rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.cellStyles.length}">${this.cellStyles.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** The shared strings of a workbook: each distinct text once. */
class SharedStrings {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly fn: string) {}

  idOf(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      if (text.length > MAX_TEXT) throw new RangeError(`${this.fn}: a text of ${text.length} characters is longer than a cell holds (${MAX_TEXT})`);
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  xml(): string {
    const items = this.list.map((text) => `<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${escapeText(text)}</t></si>`);
    return `${HEAD}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

function cellXml(reference: string, input: CellInput, styles: Styles, strings: SharedStrings, fn: string): string {
  if (input === null) return '';
  const { value, style } = typeof input === 'object' ? input : { value: input, style: undefined };
  // Empty text is no value, as in CSV: the cell is left empty.
  if (value === null || value === '') return style === undefined ? '' : `<c r="${reference}" s="${styles.idOf(style, false)}"/>`;
  const quote = typeof value === 'string' && FORMULA_START.test(value);
  const id = style === undefined && !quote ? 0 : styles.idOf(style, quote);
  const s = id === 0 ? '' : ` s="${id}"`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${fn}: the cell ${reference} would hold ${value}; a workbook holds finite numbers only`);
    return `<c r="${reference}"${s}><v>${value === 0 ? 0 : value}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${reference}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${s} t="s"><v>${strings.idOf(value)}</v></c>`;
}

function sheetXml(sheet: SheetInput, styles: Styles, strings: SharedStrings, fn: string): string {
  const width = Math.max(1, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  const parts = [`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`, `<dimension ref="A1:${columnLetters(width)}${height}"/>`];
  const frozenRows = sheet.freeze?.rows ?? 0;
  const frozenColumns = sheet.freeze?.columns ?? 0;
  if (frozenRows > 0 || frozenColumns > 0) {
    const topLeft = `${columnLetters(frozenColumns + 1)}${frozenRows + 1}`;
    const pane = frozenRows > 0 && frozenColumns > 0 ? 'bottomRight' : frozenRows > 0 ? 'bottomLeft' : 'topRight';
    const splits = `${frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ''}${frozenRows > 0 ? ` ySplit="${frozenRows}"` : ''}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = (sheet.widths ?? []).flatMap((columnWidth, index) =>
    columnWidth === undefined ? [] : [`<col min="${index + 1}" max="${index + 1}" width="${Math.round(columnWidth * 100) / 100}" customWidth="1"/>`],
  );
  if (widths.length > 0) parts.push(`<cols>${widths.join('')}</cols>`);
  parts.push('<sheetData>');
  sheet.rows.forEach((row, rowIndex) => {
    const cells = row.map((input, columnIndex) => cellXml(`${columnLetters(columnIndex + 1)}${rowIndex + 1}`, input, styles, strings, fn)).join('');
    const rowHeight = sheet.heights?.get(rowIndex + 1);
    if (cells !== '' || rowHeight !== undefined) {
      parts.push(`<row r="${rowIndex + 1}"${rowHeight === undefined ? '' : ` ht="${rowHeight}" customHeight="1"`}>${cells}</row>`);
    }
  });
  parts.push('</sheetData>');
  if (sheet.autoFilter === true) parts.push(`<autoFilter ref="A1:${columnLetters(width)}${height}"/>`);
  if (sheet.validations !== undefined && sheet.validations.length > 0) {
    parts.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const validation of sheet.validations) {
      const attributes = ['type="list"', 'allowBlank="1"', 'showInputMessage="1"', 'showErrorMessage="1"', `errorStyle="${validation.error.style}"`];
      attributes.push(`errorTitle="${escapeXml(validation.error.title.slice(0, 32))}"`, `error="${escapeXml(validation.error.text.slice(0, 255))}"`);
      if (validation.prompt !== undefined) {
        attributes.push(`promptTitle="${escapeXml(validation.prompt.title.slice(0, 32))}"`, `prompt="${escapeXml(clipPrompt(validation.prompt.text))}"`);
      }
      attributes.push(`sqref="${validation.range}"`);
      const formula = `${sheetPrefix(validation.source.sheet)}${validation.source.range}`;
      parts.push(`<dataValidation ${attributes.join(' ')}><formula1>${escapeXml(formula)}</formula1></dataValidation>`);
    }
    parts.push('</dataValidations>');
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return parts.join('');
}

/** A prompt cut to Excel's 255 characters, with an ellipsis when cut. */
function clipPrompt(text: string): string {
  return text.length > 255 ? `${text.slice(0, 254)}…` : text;
}

/**
 * Writes a workbook of the given sheets, in order, as the bytes of an .xlsx file. `fn` names the public function in
 * the messages of the RangeErrors it throws for what a workbook cannot hold.
 */
export function writeWorkbook(fn: string, sheets: readonly SheetInput[]): Uint8Array {
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (!SHEET_NAME.test(sheet.name) || sheet.name.startsWith("'") || sheet.name.endsWith("'")) throw new RangeError(`${fn}: "${sheet.name}" cannot name a sheet`);
    if (names.has(sheet.name.toLowerCase())) throw new RangeError(`${fn}: two sheets named "${sheet.name}"`);
    names.add(sheet.name.toLowerCase());
  }
  const styles = new Styles(fn);
  const strings = new SharedStrings(fn);
  const sheetParts = sheets.map((sheet) => sheetXml(sheet, styles, strings, fn));
  const filtered = sheets.flatMap((sheet, index) => {
    if (sheet.autoFilter !== true) return [];
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    const height = Math.max(1, sheet.rows.length);
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(`${sheetPrefix(sheet.name)}$A$1:$${columnLetters(width)}$${height}`)}</definedName>`,
    ];
  });
  const activeTab = Math.max(
    0,
    sheets.findIndex((sheet) => sheet.hidden !== true),
  );
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_sheet, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView activeTab="${activeTab}"/></bookViews><sheets>` +
      sheets
        .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.hidden === true ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`)
        .join('') +
      `</sheets>${filtered.length > 0 ? `<definedNames>${filtered.join('')}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_sheet, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheetParts.forEach((xml, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = xml;
  });
  files['xl/styles.xml'] = styles.xml();
  files['xl/sharedStrings.xml'] = strings.xml();
  const zippable = Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]));
  // Every part dated 1980-01-01 12:00, the first year a ZIP archive can hold. fflate writes the date's local fields,
  // so the date is made in local time when the archive is: the same fields, and the same bytes, in any time zone.
  return zipSync(zippable, { level: 6, mtime: new Date(1980, 0, 1, 12) });
}
