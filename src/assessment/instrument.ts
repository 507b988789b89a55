import { isObject, isOneOf } from '../internal/guards.js';
import { writeCsvRows } from '../internal/csv.js';
import type { ItemKind } from '../framework/lookup.js';
import { itemsOf, scaleOf } from '../framework/lookup.js';
import type { Framework, FrameworkId, ItemId, NonScoringAnswer, Scale, ScaleId, ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { AnswerValue } from './answer.js';

/**
 * One level of a scale as a survey shows it.
 *
 * @category Assessment
 */
export interface SurveyLevel {
  /** The value recorded for this level. */
  readonly value: number;
  /** The level's label, e.g. "Developing". */
  readonly label: string;
  /** What the level means. */
  readonly descriptor: string;
}

/**
 * A rating scale as a survey shows it: its levels, lowest first, and the two answers that do not score.
 *
 * @category Assessment
 */
export interface SurveyScale {
  /** The scale's id. */
  readonly id: ScaleId;
  /** The scale's title. */
  readonly title: string;
  /** The levels, lowest first, each with its value, label and descriptor. */
  readonly levels: readonly SurveyLevel[];
  /** "Don't know": recorded as `'dont-know'`, never a score. */
  readonly dontKnow: NonScoringAnswer;
  /** "Not applicable": recorded as `'not-applicable'`, never a score. */
  readonly notApplicable: NonScoringAnswer;
}

/**
 * One question of the survey: one Condition of Success or Enabling Factor.
 *
 * @category Assessment
 */
export interface SurveyQuestion {
  /** The item's id: the `item_id` of the long CSV layout, the column name of the wide one. */
  readonly itemId: ItemId;
  /** `'condition'` (a Condition of Success) or `'enabler'` (an Enabling Factor). */
  readonly kind: ItemKind;
  /** 1-based number across the whole survey. */
  readonly number: number;
  /** The statement the respondent rates. */
  readonly text: string;
  /** The scale the answer is given on (the same object for every question on that scale). */
  readonly scale: SurveyScale;
}

/**
 * One theme of the survey: its "what good looks like" statement, then its questions (conditions, then enablers).
 *
 * @category Assessment
 */
export interface SurveyTheme {
  /** The theme's id. */
  readonly themeId: ThemeId;
  /** The theme's title. */
  readonly title: string;
  /** The statement that introduces the theme's questions. */
  readonly whatGoodLooksLike: string;
  /** The theme's questions: its Conditions of Success, then its Enabling Factors. */
  readonly questions: readonly SurveyQuestion[];
}

/**
 * One answer a respondent may choose, with the spellings a survey export may use for it.
 *
 * @category Assessment
 */
export interface AnswerChoice {
  /** What is recorded: a level value, `'dont-know'` or `'not-applicable'`. */
  readonly answer: AnswerValue;
  /** The label a survey shows, e.g. "Developing" or "Don't know". */
  readonly label: string;
  /** What the answer means, to show beside the label. */
  readonly descriptor: string;
  /** Spellings that the readers accept for this answer, shortest first (any case is accepted too). */
  readonly spellings: readonly string[];
}

/**
 * The answer choices of one scale, in the order a survey shows them: the levels, lowest first, then "don't know"
 * and "not applicable".
 *
 * @category Assessment
 */
export interface ScaleChoices {
  /** The scale's id. */
  readonly scaleId: ScaleId;
  /** The scale's title. */
  readonly title: string;
  /** The choices: the levels, lowest first, then "don't know" and "not applicable". */
  readonly choices: readonly AnswerChoice[];
}

/**
 * The CSV layouts of survey answers: `long` (one row per answer) or `wide` (one row per respondent).
 *
 * @category Assessment
 */
export type AnswersCsvLayout = 'long' | 'wide';

/**
 * Options of {@link exportAnswersTemplateCsv}.
 *
 * @category Assessment
 */
export interface ExportAnswersTemplateCsvOptions {
  /** `'long'` (one row per answer) or `'wide'` (one row per respondent). Required. */
  readonly layout: AnswersCsvLayout;
}

/**
 * A survey built from a framework: everything needed to put the questions in any survey tool and bring the answers
 * back as CSV.
 *
 * @category Assessment
 */
export interface SurveyInstrument {
  /** The framework the survey is built from. */
  readonly framework: {
    /** The framework's id. */
    readonly id: FrameworkId;
    /** The framework's version. */
    readonly version: string;
    /** The framework's title. */
    readonly title: string;
  };
  /** The number of questions: one per item. */
  readonly questionCount: number;
  /** The themes in framework order, each with its questions. */
  readonly themes: readonly SurveyTheme[];
  /** The answer choices of each scale used, in order of first use. */
  readonly answerChoices: readonly ScaleChoices[];
  /** Blank CSV templates, one per layout, as `exportAnswersTemplateCsv` writes them. */
  readonly csvTemplates: {
    /** The long template: the header, then one row per item with only `item_id` filled in. */
    readonly long: string;
    /** The wide template: the header only, with one column per item id. */
    readonly wide: string;
  };
}

/** The columns of the long layout, in template order. */
export const LONG_COLUMNS: readonly string[] = Object.freeze(['organisation_id', 'respondent_id', 'respondent_group', 'item_id', 'answer', 'comment']);

/** The row-level columns of the wide layout, in template order; item columns follow. */
export const WIDE_COLUMNS: readonly string[] = Object.freeze(['organisation_id', 'respondent_id', 'respondent_group']);

function copyScale(scale: Scale): SurveyScale {
  return {
    id: scale.id,
    title: scale.title,
    levels: scale.levels.map((level) => ({ value: level.value, label: level.label, descriptor: level.descriptor })),
    dontKnow: { label: scale.dontKnow.label, descriptor: scale.dontKnow.descriptor },
    notApplicable: { label: scale.notApplicable.label, descriptor: scale.notApplicable.descriptor },
  };
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scaleChoices(scale: SurveyScale): ScaleChoices {
  return {
    scaleId: scale.id,
    title: scale.title,
    choices: [
      ...scale.levels.map((level) => ({
        answer: level.value,
        label: level.label,
        descriptor: level.descriptor,
        spellings: unique([String(level.value), level.label, `${level.value} - ${level.label}`]),
      })),
      {
        answer: 'dont-know' as const,
        label: scale.dontKnow.label,
        descriptor: scale.dontKnow.descriptor,
        spellings: unique(['DK', scale.dontKnow.label, "Don't know", 'dont-know']),
      },
      {
        answer: 'not-applicable' as const,
        label: scale.notApplicable.label,
        descriptor: scale.notApplicable.descriptor,
        spellings: unique(['NA', 'N/A', scale.notApplicable.label, 'Not applicable', 'not-applicable']),
      },
    ],
  };
}

function checkFramework(fn: string, framework: unknown): asserts framework is Framework {
  if (framework === null || typeof framework !== 'object' || !Array.isArray((framework as { themes?: unknown }).themes)) {
    throw new TypeError(`${fn}: framework must be a validated framework (e.g. from parseFramework)`);
  }
}

/**
 * Writes a blank CSV template for survey answers (RFC 4180: CRLF line ends, cells quoted when needed).
 * The long template has the header `organisation_id,respondent_id,respondent_group,item_id,answer,comment` and one
 * row per item with only `item_id` filled in, in survey order: copy the rows once per respondent and fill in the
 * organisation, the respondent, the answer and, if wanted, the group and a comment. The wide template is a header
 * only: `organisation_id,respondent_id,respondent_group`, then one column per item id in survey order; add one row
 * per respondent (and, if wanted, `comment:<itemId>` columns).
 *
 * @param framework - A validated framework.
 * @param options - `layout`: `'long'` or `'wide'` (required).
 * @returns The CSV text, ending with a line break.
 * @throws TypeError when the framework is not a framework; RangeError when the layout is neither.
 * @example
 * ```ts
 * exportAnswersTemplateCsv(framework, { layout: 'wide' }).split('\r\n')[0];
 * // 'organisation_id,respondent_id,respondent_group,T1.C1,T1.C2,…,T8.E5'
 * ```
 * @category Assessment
 */
export function exportAnswersTemplateCsv(framework: Framework, options: ExportAnswersTemplateCsvOptions): string {
  const fn = 'exportAnswersTemplateCsv';
  checkFramework(fn, framework);
  if (!isObject(options)) {
    throw new TypeError(`${fn}: options are required: { layout: 'long' | 'wide' }`);
  }
  const { layout } = options;
  if (!isOneOf(['long', 'wide'], layout)) {
    throw new RangeError(`${fn}: options.layout must be 'long' or 'wide', got ${JSON.stringify(layout)}`);
  }
  const itemIds = itemsOf(framework).map((ref) => ref.item.id as string);
  const rows: string[][] = layout === 'long' ? [[...LONG_COLUMNS], ...itemIds.map((itemId) => ['', '', '', itemId, '', ''])] : [[...WIDE_COLUMNS, ...itemIds]];
  return writeCsvRows(rows);
}

/**
 * Builds the survey instrument of a framework: its questions in order, one per Condition of Success and per
 * Enabling Factor, grouped by theme, each theme introduced by its "what good looks like" statement; the scale of
 * each question with its labels and descriptors and the two answers that do not score; and blank CSV templates in
 * the long and the wide layouts, so that an organisation can collect answers in any survey tool and bring them back.
 *
 * @param framework - A validated framework.
 * @returns The instrument, deeply frozen.
 * @throws TypeError when the framework is not a framework.
 * @example
 * ```ts
 * const instrument = buildSurveyInstrument(framework);
 * instrument.questionCount; // 80
 * instrument.themes[0]?.questions[0]?.itemId; // 'T1.C1'
 * instrument.answerChoices[0]?.choices.map((choice) => choice.answer); // [1, 2, 3, 4, 5, 'dont-know', 'not-applicable']
 * ```
 * @category Assessment
 */
export function buildSurveyInstrument(framework: Framework): SurveyInstrument {
  checkFramework('buildSurveyInstrument', framework);
  const scales = new Map<Scale, SurveyScale>();
  const themes: SurveyTheme[] = [];
  const byTheme = new Map<string, SurveyQuestion[]>();
  for (const theme of framework.themes) {
    const questions: SurveyQuestion[] = [];
    byTheme.set(theme.id, questions);
    themes.push({ themeId: theme.id, title: theme.title, whatGoodLooksLike: theme.whatGoodLooksLike, questions });
  }
  let number = 0;
  for (const ref of itemsOf(framework)) {
    const scale = scaleOf(framework, ref.theme.id);
    let surveyScale = scales.get(scale);
    if (!surveyScale) {
      surveyScale = copyScale(scale);
      scales.set(scale, surveyScale);
    }
    number += 1;
    byTheme.get(ref.theme.id)?.push({ itemId: ref.item.id, kind: ref.kind, number, text: ref.item.text, scale: surveyScale });
  }
  return deepFreeze({
    framework: { id: framework.id, version: framework.version, title: framework.title },
    questionCount: number,
    themes,
    answerChoices: [...scales.values()].map(scaleChoices),
    csvTemplates: { long: exportAnswersTemplateCsv(framework, { layout: 'long' }), wide: exportAnswersTemplateCsv(framework, { layout: 'wide' }) },
  });
}
