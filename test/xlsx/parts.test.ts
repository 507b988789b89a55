import { describe, expect, it } from 'vitest';
import { cellReference, columnLetters, rowReference, sheetPrefix } from '../../src/internal/cell-ref.js';
import { formatLocation } from '../../src/internal/error.js';
import { isDateFormat, serialToIso } from '../../src/xlsx/dates.js';
import { WorkbookRefusal } from '../../src/xlsx/errors.js';
import { nearestName, numberText, reachesOutside, Workbook } from '../../src/xlsx/workbook.js';
import { decodeEntities, scanXml } from '../../src/xlsx/xml.js';
import { ZipArchive } from '../../src/xlsx/zip.js';
import { sheetData, workbookOf, zipParts } from './helpers.js';

/** The refusal a piece of work throws. */
function refusalOf(work: () => unknown): WorkbookRefusal {
  try {
    work();
  } catch (error) {
    if (error instanceof WorkbookRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const LIMITS = { maxUncompressedBytes: 1e8, maxSheets: 10, maxRows: 1e6, maxCells: 1e7 };

describe('cell references', () => {
  it('writes columns as letters: A, Z, AA, AZ, BA, ZZ, AAA, XFD', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('quotes a sheet name as Excel does: when it is not a plain name, or would read as a cell, a row, a column or a truth value', () => {
    expect(['Sheet1', 'Form1', 'Responses', '_x', 'a.b'].map(sheetPrefix)).toEqual(['Sheet1!', 'Form1!', 'Responses!', '_x!', 'a.b!']);
    expect(['Responses 2024', '2024', 'A1', 'xfd12', 'R1C1', 'R', 'C3', 'TRUE', 'a-b', "O'Neil", 'Réponses', ''].map(sheetPrefix)).toEqual([
      "'Responses 2024'!",
      "'2024'!",
      "'A1'!",
      "'xfd12'!",
      "'R1C1'!",
      "'R'!",
      "'C3'!",
      "'TRUE'!",
      "'a-b'!",
      "'O''Neil'!",
      "'Réponses'!",
      "''!",
    ]);
    expect(cellReference('Responses 2024', 17, 4)).toBe("'Responses 2024'!D17");
    expect(rowReference('Form1', 3)).toBe('Form1!3:3');
  });

  it('formats a workbook location as file, cell (row, column details), and a sheet alone by its name', () => {
    expect(formatLocation({ file: 'a.xlsx', sheet: 'S', cell: 'S!D17', row: 16, column: 4, columnName: 'T1.C1' })).toBe('a.xlsx, S!D17 (row 16)');
    expect(formatLocation({ sheet: 'S', cell: 'S!D17' })).toBe('S!D17');
    expect(formatLocation({ file: 'a.xlsx', sheet: 'Responses 2024' })).toBe('a.xlsx (sheet "Responses 2024")');
    // CSV locations are as before.
    expect(formatLocation({ file: 'a.csv', line: 3, column: 2, row: 2 })).toBe('a.csv:3:2 (row 2)');
  });
});

describe('dates', () => {
  it('reads serials in the 1900 system, Lotus’s missing day included, and in the 1904 system', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBeUndefined();
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45_366, false)).toBe('2024-03-15');
    expect(serialToIso(45_366.999_988_425_93, false)).toBe('2024-03-15T23:59:59');
    expect(serialToIso(45_367.604_166_666_7, false)).toBe('2024-03-16T14:30:00');
    expect(serialToIso(0.5, false)).toBe('12:00:00');
    expect(serialToIso(43_904, true)).toBe('2024-03-15');
    expect(serialToIso(0.5, true)).toBe('1904-01-01T12:00:00');
    expect(serialToIso(2_958_465, false)).toBe('9999-12-31');
    for (const serial of [-1, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) expect(serialToIso(serial, false)).toBeUndefined();
  });

  it('tells date formats from number formats, built in or written out', () => {
    for (const id of [14, 15, 22, 45, 47]) expect(isDateFormat(id, undefined), String(id)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 49]) expect(isDateFormat(id, undefined), String(id)).toBe(false);
    for (const code of ['yyyy\\-mm\\-dd', 'dd/mm/yyyy\\ hh:mm', 'm/d/yy h:mm:ss', '[h]:mm', 'mmm yyyy', '[$-809]dd mmmm yyyy', 'd-mmm;@'])
      expect(isDateFormat(164, code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0', '0%', '"days"0', '[Red]0.00;[Blue]-0.00', '0.00E+00', '"Monday"', '_(* #,##0_)', '# ?/?', ''])
      expect(isDateFormat(164, code), code).toBe(false);
  });
});

describe('numbers, links and names', () => {
  it('writes a number as General does: at most 15 significant digits, no negative zero', () => {
    expect([3, 3.0, -0, 0.1 + 0.2, 1 / 3, 2.999_999_999_999_999_6, 123_456_789_012_345, 1e21, 1.5e-7].map(numberText)).toEqual([
      '3',
      '3',
      '0',
      '0.3',
      '0.333333333333333',
      '3',
      '123456789012345',
      '1e+21',
      '1.5e-7',
    ]);
  });

  it('knows the formulas that reach outside the workbook, and leaves the rest, text in strings included', () => {
    for (const formula of [
      'WEBSERVICE("x")',
      '_xlfn.WEBSERVICE(A1)',
      'filterxml(A1,"//x")',
      'RTD("a",,"b")',
      "cmd|' /C calc'!A0",
      '[1]Sheet1!A1',
      "'[2]Other sheet'!B2",
      'IMPORTDATA("u")',
      ' IMAGE("u")',
      'CALL("x")',
    ]) {
      expect(reachesOutside(formula), formula).toBe(true);
    }
    for (const formula of [
      'SUM(A1:A3)',
      'HYPERLINK("https://example.org","x")',
      '"a|b"&A1',
      'Table1[Column]',
      'Table1[[#Headers],[Col]]',
      '"[1]Sheet1!A1"',
      'MYWEBSERVICE(1)',
      'A1&"WEBSERVICE("',
    ]) {
      expect(reachesOutside(formula), formula).toBe(false);
    }
  });

  it('suggests the sheet a name most likely meant, or none', () => {
    const names = ['Responses 2024', 'Form1', 'Notes'];
    expect(nearestName('responses', names)).toBe('Responses 2024');
    expect(nearestName('Form 1', names)).toBe('Form1');
    expect(nearestName('form2', names)).toBe('Form1');
    expect(nearestName('Summary', names)).toBeNull();
  });
});

describe('the XML scanner', () => {
  const scan = (xml: string) => {
    const events: string[] = [];
    scanXml(
      xml,
      {
        open: (name, a) =>
          events.push(
            `<${name}${Object.entries(a)
              .map(([k, v]) => ` ${k}=${v}`)
              .join('')}>`,
          ),
        close: (name) => events.push(`</${name}>`),
        text: (text) => events.push(text),
      },
      'p',
    );
    return events;
  };

  it('drops prefixes, reads both quotes, CDATA, comments and processing instructions, and decodes the five entities and character references', () => {
    expect(scan('<?xml version="1.0"?><!-- c --><x:a x:b=\'1\' c="&lt;&#x41;&#66;"><![CDATA[<&>]]>&amp;&quot;&apos;&gt;<b/></x:a>')).toEqual([
      '<a b=1 c=<AB>',
      '<&>',
      '&"\'>',
      '<b>',
      '</b>',
      '</a>',
    ]);
  });

  it('refuses a DTD in any form, and any entity but the five', () => {
    for (const xml of ['<!DOCTYPE a><a/>', '<a><!ENTITY x "y"></a>', '<!ELEMENT a ANY><a/>', '<a><!ATTLIST a b CDATA #IMPLIED></a>']) {
      expect(refusalOf(() => scan(xml)).detail, xml).toEqual({ code: 'xml-doctype', part: 'p' });
    }
    for (const text of ['&nbsp;', '&lol9;', '&#0;', '&#xD800;', '&#x110000;', '& x', '&#xZZ;', '&#12a;']) {
      expect(refusalOf(() => decodeEntities(text, 'p')).detail.code, text).toBe('invalid-workbook');
    }
  });

  it('refuses XML that is not well formed', () => {
    for (const xml of ['<a>', '<a></b>', '<a/><b/>', 'text<a/>', '<a b=1/>', '<a b="<"/>', '<a b="1/>', '<a', '', '<a><!-- x</a>', '<a><![CDATA[x</a>', '</a>']) {
      expect(refusalOf(() => scan(xml)).detail.code, xml).toBe('invalid-workbook');
    }
  });
});

describe('the archive', () => {
  const good = zipParts({ 'a.xml': '<a/>', 'dir/b.xml': '<b/>' });

  it('reads the parts by name in any case, each checked against its checksum', () => {
    const zip = new ZipArchive(good, { maxUncompressedBytes: 100 });
    expect(zip.names()).toEqual(['a.xml', 'dir/b.xml']);
    expect(new TextDecoder().decode(zip.read('DIR/B.XML'))).toBe('<b/>');
    expect(zip.read('missing.xml')).toBeUndefined();
  });

  it('refuses an archive whose parts declare more than the limit, together', () => {
    expect(refusalOf(() => new ZipArchive(good, { maxUncompressedBytes: 7 })).detail).toEqual({ code: 'inflation-limit', part: 'dir/b.xml', bytes: 8, maxUncompressedBytes: 7 });
  });

  it('refuses bytes that are not a ZIP archive, and damaged data', () => {
    expect(refusalOf(() => new ZipArchive(new Uint8Array(100), { maxUncompressedBytes: 100 })).detail).toEqual({ code: 'not-a-workbook', reason: 'not-a-zip' });
    const damaged = good.slice();
    // The first part's data, flipped: the DEFLATE stream or the checksum fails.
    damaged[40] = (damaged[40] ?? 0) ^ 0xff;
    damaged[41] = (damaged[41] ?? 0) ^ 0xff;
    expect(refusalOf(() => new ZipArchive(damaged, { maxUncompressedBytes: 100 }).read('a.xml')).detail.code).toBe('invalid-workbook');
  });

  it('refuses a text longer than Excel’s 32,767 characters, in a cell or in the shared strings', () => {
    const long = 'x'.repeat(32_768);
    const inCell = workbookOf({ sheets: [{ name: 'S', xml: sheetData([[long]]) }] });
    const workbook = new Workbook(inCell, LIMITS);
    const refused = refusalOf(() => workbook.readSheet(workbook.sheets[0]!, { columns: () => undefined, row: () => undefined })).detail;
    expect(refused.code).toBe('invalid-workbook');
    expect(JSON.stringify(refused)).toContain("Excel's 32,767 characters");
    const inStrings = workbookOf({ strings: [long], sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] });
    const other = new Workbook(inStrings, LIMITS);
    expect(refusalOf(() => other.readSheet(other.sheets[0]!, { columns: () => undefined, row: () => undefined })).detail).toMatchObject({
      code: 'invalid-workbook',
      part: 'xl/sharedStrings.xml',
    });
    // 32,767 characters are fine.
    const fits = workbookOf({ sheets: [{ name: 'S', xml: sheetData([[long.slice(1)]]) }] });
    const read: number[] = [];
    const fitting = new Workbook(fits, LIMITS);
    fitting.readSheet(fitting.sheets[0]!, { columns: () => undefined, row: (_row, cells) => read.push(cells.texts[0]?.length ?? 0) });
    expect(read).toEqual([32_767]);
  });

  it('reads parts written in UTF-16 with a byte order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Réponse ✓</t></si></sst>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < xml.length; index++) {
      utf16[2 + 2 * index] = xml.charCodeAt(index) & 0xff;
      utf16[3 + 2 * index] = xml.charCodeAt(index) >> 8;
    }
    const workbook = new Workbook(
      workbookOf({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], parts: { 'xl/sharedStrings.xml': utf16 } }),
      LIMITS,
    );
    const read: string[] = [];
    workbook.readSheet(workbook.sheets[0]!, { columns: () => undefined, row: (_row, cells) => read.push(...cells.texts) });
    expect(read).toEqual(['Réponse ✓']);
  });
});
