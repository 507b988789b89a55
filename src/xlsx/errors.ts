import { AnswersError, type AnswerIssue, type WorkbookIssueDetail } from '../assessment/errors.js';
import { freezeIssue, type IssueLocation } from '../internal/error.js';

/** The first line of the error when a workbook is refused whole. */
export const WORKBOOK_SUMMARY = 'The workbook cannot be read:';

/**
 * Why the workbook reader stopped, with the place when it is known: thrown inside the reader and turned into an
 * `AnswersError` (with the file name) where the reading began. Internal.
 */
export class WorkbookRefusal extends Error {
  constructor(
    readonly detail: WorkbookIssueDetail,
    readonly place: { readonly sheet?: string; readonly cell?: string } = {},
  ) {
    super(detail.code);
    this.name = 'WorkbookRefusal';
  }
}

/** Refuses a workbook that is damaged: `invalid-workbook`, with the part and what is wrong. */
export function invalidWorkbook(part: string | null, detail: string): WorkbookRefusal {
  return new WorkbookRefusal({ code: 'invalid-workbook', part, detail });
}

function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 3)}…` : text;
}

function bytesText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes.toLocaleString('en-GB')} bytes`;
}

const NOT_A_WORKBOOK: Readonly<Record<string, { readonly message: string; readonly hint: string }>> = {
  'not-a-zip': {
    message: 'the file is not an Excel workbook (.xlsx): it is not a ZIP archive, or only part of one (a download cut short?)',
    hint: 'Open the file in Excel or LibreOffice and save it as an Excel workbook (.xlsx), or export the answers as CSV.',
  },
  xls: {
    message: 'the file is a legacy Excel 97–2003 workbook (.xls), which is not read',
    hint: 'Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).',
  },
  xlsb: {
    message: 'the file is a binary Excel workbook (.xlsb), which is not read',
    hint: 'Open it in Excel and save it as an Excel workbook (.xlsx).',
  },
  ods: {
    message: 'the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)',
    hint: 'Open it in LibreOffice and save it as an Excel 2007-365 workbook (.xlsx), or export the answers as CSV.',
  },
  'no-workbook': {
    message: 'the file is a ZIP archive but holds no Excel workbook',
    hint: 'Check that this is the workbook of answers; save it from Excel or LibreOffice as an Excel workbook (.xlsx).',
  },
};

/** Builds the message and hint of a workbook issue: the only place where their wording lives. */
function describe(detail: WorkbookIssueDetail): { message: string; hint: string } {
  switch (detail.code) {
    case 'row-above-header':
      return {
        message: `the row above the header, starting "${clip(detail.text)}", is not data and was not read`,
        hint: 'Nothing to do if it is a title or a note. If it holds answers, move it below the header (the row naming organisation_id and respondent_id).',
      };
    case 'hidden-row':
      return {
        message: 'the row is hidden in the sheet; it was read like the others',
        hint: 'Check that hidden rows hold answers to keep; delete the rows that do not belong (hiding a row does not remove it).',
      };
    case 'hidden-column':
      return {
        message: `the column "${clip(detail.name)}" is hidden in the sheet; it was read like the others`,
        hint: 'Check that hidden columns hold answers to keep; delete the columns that do not belong (hiding a column does not remove it).',
      };
    case 'not-a-workbook':
      return NOT_A_WORKBOOK[detail.reason] ?? { message: 'the file is not an Excel workbook (.xlsx)', hint: 'Save it as an Excel workbook (.xlsx).' };
    case 'encrypted-workbook':
      return {
        message: 'the workbook is protected by a password (encrypted) and cannot be read',
        hint: 'Open it in Excel with its password and save a copy without one (File › Info › Protect Workbook › Encrypt with Password, then clear it).',
      };
    case 'macro-workbook':
      return {
        message: `the workbook carries macros or ActiveX controls (${clip(detail.part)}), so it was refused; nothing in it was run`,
        hint: 'Save the answers as a macro-free Excel workbook (.xlsx), or export them as CSV.',
      };
    case 'external-link':
      return {
        message: `the workbook reaches outside itself (${clip(detail.part)}: ${clip(detail.target)}), so it was refused; nothing was followed`,
        hint: 'Remove links to other files, data connections and formulas that fetch data (in Excel: Data › Edit Links › Break Link; or paste the values), then save the workbook again.',
      };
    case 'xml-doctype':
      return {
        message: `the part ${clip(detail.part)} declares a DTD or entities, which an Office file never does; the workbook was refused`,
        hint: 'The file was not made by a spreadsheet program, or was altered: open it in Excel or LibreOffice and save it again, or ask for a clean copy.',
      };
    case 'invalid-workbook':
      return {
        message: `the workbook is damaged${detail.part === null ? '' : ` (${clip(detail.part)})`}: ${clip(detail.detail, 160)}`,
        hint: 'Open the file in Excel or LibreOffice (which may repair it) and save it again as an Excel workbook (.xlsx); or export the answers as CSV.',
      };
    case 'inflation-limit':
      return {
        message: `the workbook would take ${bytesText(detail.bytes)} uncompressed, more than the ${bytesText(detail.maxUncompressedBytes)} allowed`,
        hint: 'Remove what the answers do not need (pictures, other sheets), split the workbook, or raise the maxUncompressedBytes option if the size is expected.',
      };
    case 'zip-bomb':
      return {
        message:
          detail.reason === 'ratio'
            ? `the part ${clip(detail.part)} claims ${bytesText(detail.declaredBytes)} from ${bytesText(detail.compressedBytes)} compressed, more than a spreadsheet's data ever gives: the mark of a zip bomb; nothing was uncompressed`
            : `the part ${clip(detail.part)} uncompresses to more than the ${bytesText(detail.declaredBytes)} it claims: the mark of a zip bomb; it was stopped there`,
        hint: 'Do not open the file; ask for the answers again, saved from Excel or LibreOffice.',
      };
    case 'too-many-sheets':
      return {
        message: `the workbook has ${detail.sheets} sheets, more than the ${detail.maxSheets} allowed`,
        hint: 'Save the sheet of answers in a workbook of its own, or raise the maxSheets option if so many sheets are expected.',
      };
    case 'too-many-rows':
      return {
        message: `the sheet has more than ${detail.maxRows.toLocaleString('en-GB')} rows holding a value`,
        hint: 'Split the answers over several workbooks, or raise the maxRows option if so many rows are expected.',
      };
    case 'too-many-cells':
      return {
        message: `the sheet has more than ${detail.maxCells.toLocaleString('en-GB')} cells (each row counted up to its last filled cell)`,
        hint: 'Delete stray values far to the right or below the answers, split the answers over several workbooks, or raise the maxCells option.',
      };
    case 'sheet-not-found': {
      const sheets = detail.sheets.length === 0 ? 'none' : detail.sheets.map((name) => `"${clip(name)}"`).join(', ');
      return {
        message:
          detail.sheet === ''
            ? 'the workbook has no worksheet to read'
            : `the workbook has no sheet "${clip(detail.sheet)}"${detail.suggestion === null ? '' : ` (did you mean "${clip(detail.suggestion)}"?)`}; its sheets are ${sheets}`,
        hint: "Name one of the workbook's sheets in the sheet option, or leave it out to read the first visible sheet.",
      };
    }
  }
  return { message: 'unknown workbook problem', hint: '' };
}

/** Builds a frozen workbook issue from what went wrong and where, writing its message and hint. */
export function workbookIssue(detail: WorkbookIssueDetail, location: IssueLocation): AnswerIssue {
  const { message, hint } = describe(detail);
  return freezeIssue({ ...detail, message, hint, location: { ...location } });
}

/** The AnswersError of a refusal, placed in the file when one was named. */
export function refusalError(refusal: WorkbookRefusal, file: string | undefined): AnswersError {
  const location: { file?: string; sheet?: string; cell?: string } = {};
  if (file !== undefined) location.file = file;
  if (refusal.place.sheet !== undefined) location.sheet = refusal.place.sheet;
  if (refusal.place.cell !== undefined) location.cell = refusal.place.cell;
  return new AnswersError(WORKBOOK_SUMMARY, [workbookIssue(refusal.detail, location)]);
}
