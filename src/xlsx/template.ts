import { WIDE_COLUMNS } from '../assessment/instrument.js';
import { checkFramework, itemsOf, scaleOf } from '../framework/lookup.js';
import type { Framework, Scale } from '../framework/schema.js';
import { columnLetters } from '../internal/cell-ref.js';
import { writeWorkbook, type CellInput, type CellStyle, type ListValidation } from './writer.js';

/**
 * Options of {@link exportAnswersTemplateXlsx}.
 *
 * @category Workbooks
 */
export interface ExportAnswersTemplateXlsxOptions {
  /** How many rows of answers get the drop-down lists, from row 2. Default 1,000; at most 1,048,575. */
  readonly rows?: number | undefined;
  /** The organisations' ids: when given, the `organisation_id` column gets a drop-down list of them. */
  readonly organisations?: readonly string[] | undefined;
}

const HEADER: CellStyle = { bold: true, wrap: true, fill: 'D8DDE0' };
const LISTS = 'Lists';

/** The choices of a scale in the drop-down: its levels' labels, lowest first, then "don't know" and "not applicable". */
function choicesOf(scale: Scale): string[] {
  return [...scale.levels.map((level) => level.label), scale.dontKnow.label, scale.notApplicable.label];
}

/**
 * Writes the survey instrument as an Excel workbook to fill in (`.xlsx` bytes): one row per respondent on the sheet
 * `Responses`, with the columns `organisation_id`, `respondent_id` and `respondent_group`, then one column per item in
 * survey order, headed by the item's id and its question (`T1.C1: Partners agree…`, wrapped, the header frozen). Each
 * answer cell has a drop-down list of its scale's labels, lowest first, then "Don't know" and "Not applicable" (the
 * lists are on a hidden sheet, `Lists`); typing another spelling the readers accept (`3`, `DK`) is allowed after a
 * warning. Selecting an answer cell shows its question. A sheet `Questions` lists every question with its theme.
 *
 * A filled-in template reads back with `parseAnswersXlsx` with no issue: the header names each item by its id, and the
 * labels are answers the readers know.
 *
 * @param framework - A validated framework.
 * @param options - How many rows get drop-down lists (default 1,000), and the organisations to list.
 * @returns The workbook's bytes.
 * @throws TypeError when the framework is not a framework or an option is of the wrong type; RangeError when `rows` is
 *   out of range.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { effectiveCancerAllianceFramework as framework } from 'cancer-alliance-framework';
 * import { exportAnswersTemplateXlsx } from 'cancer-alliance-framework/xlsx';
 * writeFileSync('survey.xlsx', exportAnswersTemplateXlsx(framework, { organisations: ['wessex', 'peninsula'] }));
 * ```
 * @category Workbooks
 */
export function exportAnswersTemplateXlsx(framework: Framework, options?: ExportAnswersTemplateXlsxOptions | undefined): Uint8Array {
  const fn = 'exportAnswersTemplateXlsx';
  checkFramework(fn, framework);
  const given: unknown = options;
  if (given !== undefined && (given === null || typeof given !== 'object')) throw new TypeError(`${fn}: options must be an object { rows?, organisations? } or left out`);
  const rowsGiven: unknown = options?.rows ?? 1000;
  if (typeof rowsGiven !== 'number' || !Number.isSafeInteger(rowsGiven) || rowsGiven < 1 || rowsGiven > 1_048_575) {
    throw new RangeError(`${fn}: options.rows must be a whole number from 1 to 1,048,575, got ${typeof rowsGiven === 'number' ? String(rowsGiven) : typeof rowsGiven}`);
  }
  const rows = rowsGiven;
  const organisationsGiven: unknown = options?.organisations;
  if (organisationsGiven !== undefined && (!Array.isArray(organisationsGiven) || organisationsGiven.some((id: unknown) => typeof id !== 'string' || id.trim() === ''))) {
    throw new TypeError(`${fn}: options.organisations must be an array of organisation ids (non-empty strings), or left out`);
  }
  const organisations = organisationsGiven as readonly string[] | undefined;

  // The lists: one column per scale used, then the organisations.
  const items = itemsOf(framework);
  const listColumns: string[][] = [];
  const columnOfScale = new Map<Scale, number>();
  const scales = items.map((ref) => {
    const scale = scaleOf(framework, ref.theme.id);
    if (!columnOfScale.has(scale)) {
      columnOfScale.set(scale, listColumns.length);
      listColumns.push(choicesOf(scale));
    }
    return scale;
  });
  const organisationList = organisations === undefined || organisations.length === 0 ? undefined : listColumns.push([...organisations]) - 1;
  const listRows: CellInput[][] = [];
  const longest = Math.max(...listColumns.map((column) => column.length));
  for (let row = 0; row < longest; row++) listRows.push(listColumns.map((column) => column[row] ?? null));
  const listRange = (column: number): { sheet: string; range: string } => {
    const letters = columnLetters(column + 1);
    return { sheet: LISTS, range: `$${letters}$1:$${letters}$${listColumns[column]?.length ?? 1}` };
  };

  const header: CellInput[] = [...WIDE_COLUMNS, ...items.map((ref) => `${ref.item.id}: ${ref.item.text}`)].map((value) => ({ value, style: HEADER }));
  const last = rows + 1;
  const validations: ListValidation[] = items.map((ref, index) => {
    const letters = columnLetters(WIDE_COLUMNS.length + index + 1);
    return {
      range: `${letters}2:${letters}${last}`,
      source: listRange(columnOfScale.get(scales[index]!) ?? 0),
      prompt: { title: ref.item.id, text: ref.item.text },
      error: {
        title: 'Not in the list',
        text: "Choose an answer from the list. Typed values the survey reader knows (a level's number, DK, NA) are kept if you go on.",
        style: 'warning',
      },
    };
  });
  if (organisationList !== undefined) {
    validations.unshift({
      range: `A2:A${last}`,
      source: listRange(organisationList),
      prompt: { title: 'organisation_id', text: 'Choose the organisation this respondent answers for.' },
      error: { title: 'Not in the list', text: 'Choose an organisation from the list.', style: 'stop' },
    });
  }
  const questions: CellInput[][] = [
    ['number', 'item_id', 'theme_id', 'theme_title', 'kind', 'question'].map((value) => ({ value, style: HEADER })),
    ...items.map((ref, index) => [index + 1, ref.item.id, ref.theme.id, ref.theme.title, ref.kind, ref.item.text]),
  ];
  return writeWorkbook(fn, [
    {
      name: 'Responses',
      rows: [header],
      widths: [...WIDE_COLUMNS.map(() => 22), ...items.map(() => 30)],
      heights: new Map([[1, 120]]),
      freeze: { rows: 1, columns: 2 },
      validations,
    },
    { name: 'Questions', rows: questions, widths: [9, 10, 10, 40, 10, 100], freeze: { rows: 1, columns: 0 } },
    { name: LISTS, rows: listRows, hidden: true },
  ]);
}
