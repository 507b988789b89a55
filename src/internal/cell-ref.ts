// References to places in a workbook, written as Excel writes them: `D17`, `Responses!D17`, `'Responses 2024'!D17`,
// and a whole row `Responses!17:17`. Shared by the answer readers (issue locations) and the workbook reader.

/** A 1-based column number as letters: 1 → A, 26 → Z, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A sheet name that Excel writes bare in a reference: ASCII letters, digits, `_` and `.`, not starting with a digit. */
const BARE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** Names that would read as a cell (`A1`, `XFD3`), a row or column in R1C1 style (`R`, `C2`, `R1C1`), or a truth value. */
const LOOKS_LIKE_A_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|R\d*|C\d*|R\d*C\d*|TRUE|FALSE)$/i;

/** The sheet part of a reference, with its `!`: `Responses!`, or `'Responses 2024'!` (quotes doubled inside). */
export function sheetPrefix(sheet: string): string {
  return BARE.test(sheet) && !LOOKS_LIKE_A_REFERENCE.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** A cell of a sheet as Excel writes a reference to it: `Responses!D17`. Rows and columns count from 1. */
export function cellReference(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}${columnLetters(column)}${row}`;
}

/** A whole row of a sheet as Excel writes a reference to it: `Responses!17:17`. */
export function rowReference(sheet: string, row: number): string {
  return `${sheetPrefix(sheet)}${row}:${row}`;
}
