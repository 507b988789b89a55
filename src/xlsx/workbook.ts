// The reader of a workbook's structure and of one sheet's rows. Bytes in; for each row that holds a value, the text of
// its cells as a spreadsheet shows them. Nothing is evaluated: a formula gives the value it was saved with.
import { invalidWorkbook, WorkbookRefusal } from './errors.js';
import { isDateFormat, serialToIso } from './dates.js';
import { decodeText } from './text.js';
import { scanXml, type XmlHandler } from './xml.js';
import { ZipArchive } from './zip.js';
import { cellReference } from '../internal/cell-ref.js';
import { editDistance } from '../internal/nearest.js';

/** The limits of a workbook, all checked as it is read. */
export interface WorkbookLimits {
  readonly maxUncompressedBytes: number;
  readonly maxSheets: number;
  readonly maxRows: number;
  readonly maxCells: number;
}

/** A worksheet of the workbook. */
export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /** The part that holds it, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/** What reading a sheet reports, in order: its hidden columns (once, before any row), then each row that holds a value. */
export interface SheetVisitor {
  /** The 1-based numbers of the hidden columns. */
  columns(hidden: ReadonlySet<number>): void;
  /**
   * A row that holds at least one value: its 1-based number in the sheet, its cells with a value (their 1-based
   * columns, ascending, and their texts), and whether it is hidden.
   */
  row(row: number, cells: SparseRow, hidden: boolean): void;
}

/** The cells of a row that hold a value: their 1-based columns, ascending, and their texts. */
export interface SparseRow {
  readonly columns: readonly number[];
  readonly texts: readonly string[];
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Excel's longest text in a cell. */
const MAX_TEXT = 32_767;

const RELATIONSHIP_TYPE = /\/(officeDocument|worksheet|sharedStrings|styles|hyperlink)$/;
const MACRO_CONTENT = /macroEnabled|vbaProject|macrosheet|activeX/i;
const BINARY_CONTENT = /ms-excel\.sheet\.binary/i;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A handler with nothing to do on close or text, for the small parts. */
function onOpen(open: XmlHandler['open']): XmlHandler {
  return { open, close: () => undefined, text: () => undefined };
}

/** Where a relationship's target is, from the part it belongs to. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The `_rels` part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's is `_rels/.rels`. */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** OOXML's `_xHHHH_` escape of a character in text (`_x000D_` a carriage return, `_x005F_` an underscore). */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** A number as a spreadsheet's General format shows it: at most 15 significant digits, so 0.1 + 0.2 reads `0.3`. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value === 0 ? 0 : value);
  return String(Number(value.toPrecision(15)));
}

// Formulas that reach outside the workbook: functions that fetch or call something, a link to another workbook
// ([1]Sheet1!A1, kept with an external-link part) and a DDE link (application|topic!item). Looked for outside the
// formula's string literals.
const OUTSIDE_FUNCTION =
  /(?:^|[^A-Za-z0-9_.])(?:_xlfn\.|_xlws\.)?(?:WEBSERVICE|FILTERXML|RTD|CALL|REGISTER|REGISTER\.ID|EXEC|IMAGE|IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTFEED|IMPORTRANGE)\s*\(/i;
const EXTERNAL_REFERENCE = /\[\d+\][^!]*!/;

/** Whether a formula tries to reach outside the workbook (it is never evaluated either way). */
export function reachesOutside(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return code.includes('|') || EXTERNAL_REFERENCE.test(code) || OUTSIDE_FUNCTION.test(code);
}

/**
 * The name in `names` nearest to `name`, ignoring case, when one is near enough to be a likely slip: the first that
 * starts with it, else the nearest by edit distance.
 */
export function nearestName(name: string, names: readonly string[]): string | null {
  const target = name.toLowerCase();
  const start = names.find((candidate) => candidate.toLowerCase().startsWith(target));
  if (start !== undefined) return start;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const candidate of names) {
    const distance = editDistance(target, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A workbook opened for reading: its worksheets, and the means to read one. */
export class Workbook {
  /** The worksheets, in the workbook's order (chart sheets and dialog sheets have no cells and are left out). */
  readonly sheets: readonly SheetInfo[];
  private readonly zip: ZipArchive;
  private readonly limits: WorkbookLimits;
  private readonly date1904: boolean;
  private readonly sharedStringsPart: string | undefined;
  private readonly stylesPart: string | undefined;

  constructor(bytes: Uint8Array, limits: WorkbookLimits) {
    this.limits = limits;
    const zip = new ZipArchive(bytes, limits);
    this.zip = zip;
    const names = zip.names();

    // 1. What the parts' names alone tell: an OpenDocument file, macros, links to the outside.
    if (!zip.has('[Content_Types].xml')) {
      const mimetype = zip.read('mimetype');
      const ods = mimetype !== undefined && decodeText(mimetype)?.trim() === 'application/vnd.oasis.opendocument.spreadsheet';
      throw new WorkbookRefusal({ code: 'not-a-workbook', reason: ods ? 'ods' : 'no-workbook' });
    }
    for (const name of names) {
      const lower = name.toLowerCase();
      if (lower.endsWith('vbaproject.bin') || lower.includes('/macrosheets/') || lower.includes('/activex/')) throw new WorkbookRefusal({ code: 'macro-workbook', part: name });
      if (lower.includes('/externallinks/') || lower.endsWith('/connections.xml') || lower.includes('/querytables/')) {
        throw new WorkbookRefusal({ code: 'external-link', part: name, target: 'a link to data outside the workbook' });
      }
    }

    // 2. Content types apply to the parts that exist: an Override by name, else a Default by extension. (SheetJS
    // declares `Default Extension="bin"` as macro-enabled in every file it writes: harmless while no .bin part exists.)
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    this.scan('[Content_Types].xml', (name, a) => {
      if (name === 'Default') defaults.set((a['Extension'] ?? '').toLowerCase(), a['ContentType'] ?? '');
      else if (name === 'Override') overrides.set((a['PartName'] ?? '').replace(/^\//, '').toLowerCase(), a['ContentType'] ?? '');
    });
    for (const name of names) {
      const lower = name.toLowerCase();
      const type = overrides.get(lower) ?? defaults.get(lower.slice(lower.lastIndexOf('.') + 1)) ?? '';
      if (BINARY_CONTENT.test(type)) throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'xlsb' });
      if (MACRO_CONTENT.test(type)) throw new WorkbookRefusal({ code: 'macro-workbook', part: name });
    }

    // 3. Every relationship of every part: none may point outside the workbook, but a hyperlink.
    const relationships = new Map<string, Relationship[]>();
    for (const name of names) {
      if (!name.toLowerCase().endsWith('.rels')) continue;
      const list: Relationship[] = [];
      this.scan(name, (element, a) => {
        if (element !== 'Relationship') return;
        const relationship = { id: a['Id'] ?? '', type: a['Type'] ?? '', target: a['Target'] ?? '', external: a['TargetMode'] === 'External' };
        if (relationship.external && !relationship.type.endsWith('/hyperlink'))
          throw new WorkbookRefusal({ code: 'external-link', part: name, target: relationship.target.slice(0, 200) });
        list.push(relationship);
      });
      relationships.set(name.toLowerCase(), list);
    }
    const relationshipsOf = (part: string): readonly Relationship[] => relationships.get(relsPartOf(part).toLowerCase()) ?? [];

    // 4. The workbook part, its sheets and its date system.
    const office = relationshipsOf('').find((relationship) => relationship.type.endsWith('/officeDocument'));
    if (office === undefined) throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'no-workbook' });
    const workbookPart = resolveTarget('', office.target);
    if (workbookPart.toLowerCase().endsWith('.bin')) throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'xlsb' });
    if (!zip.has(workbookPart)) throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'no-workbook' });
    const workbookRelationships = relationshipsOf(workbookPart);
    const byId = new Map(workbookRelationships.map((relationship) => [relationship.id, relationship]));
    const partOf = (type: string): string | undefined => {
      const found = workbookRelationships.find((relationship) => RELATIONSHIP_TYPE.exec(relationship.type)?.[1] === type);
      return found === undefined ? undefined : resolveTarget(workbookPart, found.target);
    };
    this.sharedStringsPart = partOf('sharedStrings');
    this.stylesPart = partOf('styles');

    let date1904 = false;
    let sheetCount = 0;
    const sheets: SheetInfo[] = [];
    let definedName: string | null = null;
    const xml = this.text(workbookPart);
    scanXml(
      xml,
      {
        open: (name, a) => {
          if (name === 'workbookPr') date1904 = a['date1904'] === '1' || a['date1904'] === 'true';
          else if (name === 'definedName') definedName = '';
          else if (name === 'sheet') {
            sheetCount += 1;
            const relationship = byId.get(a['id'] ?? '');
            if (relationship === undefined) throw invalidWorkbook(workbookPart, `the sheet "${(a['name'] ?? '').slice(0, 40)}" has no part`);
            if (!relationship.type.endsWith('/worksheet')) return;
            const state = a['state'] ?? 'visible';
            sheets.push({ name: a['name'] ?? '', visible: state === 'visible', part: resolveTarget(workbookPart, relationship.target) });
          }
        },
        close: (name) => {
          if (name === 'definedName' && definedName !== null && reachesOutside(definedName)) {
            throw new WorkbookRefusal({ code: 'external-link', part: workbookPart, target: definedName.slice(0, 200) });
          }
          if (name === 'definedName') definedName = null;
        },
        text: (text) => {
          if (definedName !== null) definedName += text;
        },
      },
      workbookPart,
    );
    if (sheetCount > limits.maxSheets) throw new WorkbookRefusal({ code: 'too-many-sheets', sheets: sheetCount, maxSheets: limits.maxSheets });
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  /** A part's text; refuses a part that is missing or not valid UTF-8 or UTF-16. */
  private text(part: string): string {
    const bytes = this.zip.read(part);
    if (bytes === undefined) throw invalidWorkbook(part, 'a part the workbook names is missing');
    const text = decodeText(bytes);
    if (text === undefined) throw invalidWorkbook(part, 'a part is not valid UTF-8 or UTF-16 text');
    return text;
  }

  /** Scans a small part, calling `open` for each element. */
  private scan(part: string, open: XmlHandler['open']): void {
    scanXml(this.text(part), onOpen(open), part);
  }

  /**
   * The sheet to read: the one named (exactly, else ignoring case, as Excel compares sheet names), or the first
   * visible worksheet (the first worksheet when none is visible).
   */
  chooseSheet(name: string | undefined): SheetInfo {
    const { sheets } = this;
    const names = sheets.map((sheet) => sheet.name);
    if (name === undefined) {
      const first = sheets.find((sheet) => sheet.visible) ?? sheets[0];
      if (first === undefined) throw new WorkbookRefusal({ code: 'sheet-not-found', sheet: '', sheets: names, suggestion: null });
      return first;
    }
    const found = sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw new WorkbookRefusal({ code: 'sheet-not-found', sheet: name, sheets: names, suggestion: nearestName(name, names) });
    return found;
  }

  /** The shared strings: the texts of cells of type `s`, by index. */
  private sharedStrings(): readonly string[] {
    const part = this.sharedStringsPart;
    if (part === undefined || !this.zip.has(part)) return [];
    const { maxCells } = this.limits;
    const strings: string[] = [];
    let current = '';
    let inItem = false;
    let inText = false;
    let phonetic = 0;
    scanXml(
      this.text(part),
      {
        open: (name) => {
          if (name === 'si') {
            inItem = true;
            current = '';
          } else if (name === 'rPh') phonetic += 1;
          else if (name === 't' && inItem && phonetic === 0) inText = true;
        },
        close: (name) => {
          if (name === 't') inText = false;
          else if (name === 'rPh') phonetic -= 1;
          else if (name === 'si') {
            if (strings.length >= maxCells) throw new WorkbookRefusal({ code: 'too-many-cells', maxCells });
            strings.push(unescapeText(current));
            inItem = false;
          }
        },
        text: (text) => {
          if (!inText) return;
          current += text;
          if (current.length > MAX_TEXT) throw invalidWorkbook(part, `a text longer than Excel's ${MAX_TEXT.toLocaleString('en-GB')} characters`);
        },
      },
      part,
    );
    return strings;
  }

  /** For each cell style (`s` of a cell), whether its number format shows a date. */
  private dateStyles(): readonly boolean[] {
    const part = this.stylesPart;
    if (part === undefined || !this.zip.has(part)) return [];
    const formats = new Map<number, string>();
    const dates: boolean[] = [];
    let inCellStyles = false;
    scanXml(
      this.text(part),
      {
        open: (name, a) => {
          if (name === 'numFmt') formats.set(Number(a['numFmtId']), a['formatCode'] ?? '');
          else if (name === 'cellXfs') inCellStyles = true;
          else if (name === 'xf' && inCellStyles) {
            const id = Number(a['numFmtId'] ?? 0);
            dates.push(isDateFormat(id, formats.get(id)));
          }
        },
        close: (name) => {
          if (name === 'cellXfs') inCellStyles = false;
        },
        text: () => undefined,
      },
      part,
    );
    return dates;
  }

  /** Reads a sheet's rows, in order, into the visitor. */
  readSheet(sheet: SheetInfo, visitor: SheetVisitor): void {
    const strings = this.sharedStrings();
    const dates = this.dateStyles();
    const { date1904 } = this;
    const { maxRows, maxCells } = this.limits;
    const part = sheet.part;
    const xml = this.text(part);

    const hiddenColumns = new Set<number>();
    let columnsGiven = false;
    let inData = false;
    let row = 0;
    let rowHidden = false;
    let columns: number[] = [];
    let texts: string[] = [];
    let rows = 0;
    let cellCount = 0;
    // The cell being read.
    let column = 0;
    let type = 'n';
    let style = 0;
    let value = '';
    let formula = '';
    let hasValue = false;
    let inValue = false;
    let inFormula = false;
    let inInline = false;
    let inText = false;
    let phonetic = 0;

    const refuse = (detail: string): WorkbookRefusal => invalidWorkbook(part, `${detail} (row ${row})`);
    const textOf = (): string | undefined => {
      switch (type) {
        case 's': {
          const index = Number(value);
          const text = Number.isInteger(index) ? strings[index] : undefined;
          if (text === undefined) throw refuse(`a cell names shared text ${value.slice(0, 12)}, which is not there`);
          return text;
        }
        case 'inlineStr':
          return unescapeText(value);
        case 'str':
          return hasValue ? unescapeText(value) : undefined;
        case 'b':
          return hasValue ? (value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE') : undefined;
        case 'e':
          return hasValue ? value.trim() : undefined;
        case 'd': {
          if (!hasValue) return undefined;
          const iso = value.trim().replace(/Z$/, '');
          return iso.replace(/T00:00:00(?:\.0+)?$/, '').replace(/(T\d\d:\d\d:\d\d)\.0+$/, '$1');
        }
        case 'n': {
          const trimmed = value.trim();
          if (!hasValue || trimmed === '') return undefined;
          const number = Number(trimmed);
          if (!Number.isFinite(number)) throw refuse(`a number cell holds "${trimmed.slice(0, 20)}"`);
          return (dates[style] === true ? serialToIso(number, date1904) : undefined) ?? numberText(number);
        }
        default:
          throw refuse(`a cell of unknown type "${type.slice(0, 12)}"`);
      }
    };
    const startData = (): void => {
      if (!columnsGiven) {
        columnsGiven = true;
        visitor.columns(hiddenColumns);
      }
    };
    scanXml(
      xml,
      {
        open: (name, a) => {
          switch (name) {
            case 'col':
              if (a['hidden'] === '1' || a['hidden'] === 'true') {
                const min = Number(a['min']);
                const max = Math.min(Number(a['max']), MAX_COLUMN);
                if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1) throw invalidWorkbook(part, 'a column range that is not one');
                for (let c = min; c <= max; c++) hiddenColumns.add(c);
              }
              break;
            case 'sheetData':
              inData = true;
              startData();
              break;
            case 'row': {
              if (!inData) break;
              const given = a['r'];
              const next = given === undefined ? row + 1 : Number(given);
              if (!Number.isInteger(next) || next <= row || next > MAX_ROW) throw refuse(`rows out of order or beyond row ${MAX_ROW.toLocaleString('en-GB')}`);
              row = next;
              rowHidden = a['hidden'] === '1' || a['hidden'] === 'true';
              columns = [];
              texts = [];
              column = 0;
              break;
            }
            case 'c': {
              if (!inData) break;
              const reference = a['r'];
              let next = column + 1;
              if (reference !== undefined) {
                const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(reference);
                next = 0;
                for (const letter of match?.[1] ?? '') next = next * 26 + letter.charCodeAt(0) - 64;
                if (match === null || Number(match[2]) !== row) throw refuse(`the cell reference "${reference.slice(0, 12)}" is not in its row`);
              }
              if (next <= column || next > MAX_COLUMN) throw refuse('cells out of order or beyond column XFD');
              column = next;
              type = a['t'] ?? 'n';
              style = Number(a['s'] ?? 0);
              value = '';
              formula = '';
              hasValue = false;
              break;
            }
            case 'v':
              inValue = true;
              hasValue = true;
              break;
            case 'f':
              inFormula = true;
              break;
            case 'is':
              inInline = true;
              break;
            case 'rPh':
              phonetic += 1;
              break;
            case 't':
              if (inInline && phonetic === 0) inText = true;
              break;
          }
        },
        text: (text) => {
          if (inValue) value += text;
          else if (inText) value += text;
          else if (inFormula) formula += text;
          if (value.length > MAX_TEXT) throw refuse(`a text longer than Excel's ${MAX_TEXT.toLocaleString('en-GB')} characters`);
        },
        close: (name) => {
          switch (name) {
            case 'sheetData':
              inData = false;
              break;
            case 'v':
              inValue = false;
              break;
            case 'f':
              inFormula = false;
              if (reachesOutside(formula)) {
                throw new WorkbookRefusal({ code: 'external-link', part, target: formula.slice(0, 200) }, { sheet: sheet.name, cell: cellReference(sheet.name, row, column) });
              }
              break;
            case 'is':
              inInline = false;
              break;
            case 't':
              inText = false;
              break;
            case 'rPh':
              phonetic -= 1;
              break;
            case 'c': {
              if (!inData) break;
              if (!hasValue && type !== 'inlineStr') break;
              const text = textOf();
              if (text === undefined) break;
              cellCount += 1;
              if (cellCount > maxCells) throw new WorkbookRefusal({ code: 'too-many-cells', maxCells }, { sheet: sheet.name, cell: cellReference(sheet.name, row, column) });
              columns.push(column);
              texts.push(text);
              break;
            }
            case 'row':
              if (!inData || texts.length === 0) break;
              rows += 1;
              if (rows > maxRows) throw new WorkbookRefusal({ code: 'too-many-rows', maxRows }, { sheet: sheet.name, cell: cellReference(sheet.name, row, 1) });
              visitor.row(row, { columns, texts }, rowHidden);
              break;
          }
        },
      },
      part,
    );
    startData();
  }
}
