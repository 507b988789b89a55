import { checkFramework, itemsOf, scaleOf } from '../framework/lookup.js';
import type { Framework, Scale } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { GROUP_QUESTION, ORGANISATION_QUESTION, questionNamesOf } from './names.js';

/**
 * An organisation to offer in the survey's drop-down list: an alliance of `organisationsAt(date).alliances` fits.
 *
 * @category SurveyJS
 */
export interface SurveyJsOrganisation {
  /** The id recorded as the answer, e.g. `'wessex'`. */
  readonly id: string;
  /** The name the respondent sees, e.g. "Wessex Cancer Alliance". */
  readonly name: string;
}

/**
 * Options of {@link buildSurveyJsDefinition}.
 *
 * @category SurveyJS
 */
export interface BuildSurveyJsDefinitionOptions {
  /** The organisations to choose from (a drop-down list); without them the organisation is typed in. */
  readonly organisations?: readonly SurveyJsOrganisation[] | undefined;
  /** The respondent groups to choose from (one choice each); without them the group is typed in. */
  readonly respondentGroups?: readonly string[] | undefined;
  /** The survey's title. Default: the framework's title. */
  readonly title?: string | undefined;
}

/**
 * A choice of a SurveyJS question: the value stored in the results, and the text shown.
 *
 * @category SurveyJS
 */
export interface SurveyJsChoice {
  /** The value stored: a level's value, `'dont-know'`, `'not-applicable'`, an organisation id or a group. */
  readonly value: number | string;
  /** The text shown. */
  readonly text: string;
}

/**
 * A question of the SurveyJS survey, as SurveyJS's JSON schema names its properties.
 *
 * @category SurveyJS
 */
export interface SurveyJsQuestion {
  /** `rating` for an item, `dropdown` or `radiogroup` for a choice from a list, `text` for typed text. */
  readonly type: 'rating' | 'dropdown' | 'radiogroup' | 'text';
  /** The key of the answer in the results: `organisation`, `respondentGroup`, or the item's id with `_` for `.` (`T1_C1`). */
  readonly name: string;
  /** The question shown. */
  readonly title: string;
  /** Items: the item's id and what each level of its scale means, one line each. */
  readonly description?: string;
  /** Whether an answer is required (the organisation only). */
  readonly isRequired?: boolean;
  /** Items: the levels of the scale ("3 – Developing"), then "Don't know" and "Not applicable". */
  readonly rateValues?: readonly SurveyJsChoice[];
  /** A list to choose from: the organisations, or the respondent groups. */
  readonly choices?: readonly SurveyJsChoice[];
  /** Items: a comment box under the question, stored under `<name>-Comment`. */
  readonly showCommentArea?: boolean;
  /** Items: the comment box's title. */
  readonly commentText?: string;
}

/**
 * A page of the SurveyJS survey: the respondent's details, or one theme.
 *
 * @category SurveyJS
 */
export interface SurveyJsPage {
  /** `respondent`, or the theme's id. */
  readonly name: string;
  /** The page's title: "About you", or the theme's title. */
  readonly title: string;
  /** Themes: the "what good looks like" statement. */
  readonly description?: string;
  /** The questions, in survey order. */
  readonly elements: readonly SurveyJsQuestion[];
}

/**
 * A SurveyJS survey definition ("survey JSON"), plain JSON to give to SurveyJS's `new Model(definition)`.
 *
 * @category SurveyJS
 */
export interface SurveyJsDefinition {
  /** The survey's title. */
  readonly title: string;
  /** The framework's id and version the survey was built from. */
  readonly description: string;
  /** Questions are numbered across the survey, as in the survey instrument. */
  readonly showQuestionNumbers: 'on';
  /** The page of the respondent's details, then one page per theme. */
  readonly pages: readonly SurveyJsPage[];
}

function rateValuesOf(scale: Scale): SurveyJsChoice[] {
  return [
    ...scale.levels.map((level) => ({ value: level.value, text: `${level.value} \u2013 ${level.label}` })),
    { value: 'dont-know', text: scale.dontKnow.label },
    { value: 'not-applicable', text: scale.notApplicable.label },
  ];
}

function descriptorsOf(scale: Scale): string {
  return [
    ...scale.levels.map((level) => `${level.value} \u2013 ${level.label}: ${level.descriptor}`),
    `${scale.dontKnow.label}: ${scale.dontKnow.descriptor}`,
    `${scale.notApplicable.label}: ${scale.notApplicable.descriptor}`,
  ].join('\n');
}

function checkOptions(fn: string, options: unknown): BuildSurveyJsDefinitionOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object { organisations?, respondentGroups?, title? } or left out`);
  const { organisations, respondentGroups, title } = options as Record<string, unknown>;
  if (
    organisations !== undefined &&
    (!Array.isArray(organisations) ||
      organisations.some(
        (organisation: unknown) =>
          organisation === null ||
          typeof organisation !== 'object' ||
          typeof (organisation as { id?: unknown }).id !== 'string' ||
          typeof (organisation as { name?: unknown }).name !== 'string',
      ))
  ) {
    throw new TypeError(`${fn}: options.organisations must be an array of { id, name } (e.g. organisationsAt(date).alliances), or left out`);
  }
  if (respondentGroups !== undefined && (!Array.isArray(respondentGroups) || respondentGroups.some((group) => typeof group !== 'string' || group.trim() === ''))) {
    throw new TypeError(`${fn}: options.respondentGroups must be an array of non-empty strings, or left out`);
  }
  if (title !== undefined && typeof title !== 'string') throw new TypeError(`${fn}: options.title must be a string, or left out`);
  return options;
}

/**
 * Builds a SurveyJS survey definition from a framework: a first page asking for the organisation (a drop-down list of
 * `options.organisations`, else a text box) and the respondent group (a choice of `options.respondentGroups`, else a
 * text box), then a page per theme, introduced by its "what good looks like" statement, with a rating question per
 * item: the scale's levels ("3 – Developing", storing `3`), then "Don't know" and "Not applicable" (storing
 * `'dont-know'` and `'not-applicable'`), the levels' descriptors under the question, and a comment box. Each item's
 * question is named by its id with `_` for `.` (`T1_C1`), as SurveyJS advises. The results SurveyJS stores
 * (`survey.data`) read back with `parseSurveyJsResults` with no issue.
 *
 * @param framework - A validated framework.
 * @param options - The organisations and respondent groups to choose from, and a title.
 * @returns The definition: plain JSON, deeply frozen.
 * @throws TypeError when the framework is not a framework or an option is of the wrong type.
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework as framework } from 'cancer-alliance-framework';
 * import { organisationsAt } from 'cancer-alliance-framework/programme';
 * import { buildSurveyJsDefinition } from 'cancer-alliance-framework/surveyjs';
 * const definition = buildSurveyJsDefinition(framework, { organisations: organisationsAt(new Date(2024, 3, 1)).alliances });
 * definition.pages[1]?.elements[0]?.name; // 'T1_C1'
 * // In a browser: new Model(definition) from survey-core, then post survey.data on completion.
 * ```
 * @category SurveyJS
 */
export function buildSurveyJsDefinition(framework: Framework, options?: BuildSurveyJsDefinitionOptions | undefined): SurveyJsDefinition {
  const fn = 'buildSurveyJsDefinition';
  checkFramework(fn, framework);
  const { organisations, respondentGroups, title } = checkOptions(fn, options);
  const names = questionNamesOf(framework);
  const organisationQuestion: SurveyJsQuestion =
    organisations === undefined
      ? { type: 'text', name: ORGANISATION_QUESTION, title: 'Your organisation (its id)', isRequired: true }
      : { type: 'dropdown', name: ORGANISATION_QUESTION, title: 'Your organisation', isRequired: true, choices: organisations.map(({ id, name }) => ({ value: id, text: name })) };
  const groupQuestion: SurveyJsQuestion =
    respondentGroups === undefined
      ? { type: 'text', name: GROUP_QUESTION, title: 'Your respondent group' }
      : { type: 'radiogroup', name: GROUP_QUESTION, title: 'Your respondent group', choices: respondentGroups.map((group) => ({ value: group, text: group })) };
  const pages: SurveyJsPage[] = [{ name: 'respondent', title: 'About you', elements: [organisationQuestion, groupQuestion] }];
  const byTheme = new Map<string, SurveyJsQuestion[]>();
  for (const theme of framework.themes) {
    const elements: SurveyJsQuestion[] = [];
    byTheme.set(theme.id, elements);
    pages.push({ name: theme.id, title: theme.title, description: theme.whatGoodLooksLike, elements });
  }
  const scales = new Map<Scale, { readonly rateValues: SurveyJsChoice[]; readonly descriptors: string }>();
  for (const ref of itemsOf(framework)) {
    const scale = scaleOf(framework, ref.theme.id);
    let shown = scales.get(scale);
    if (shown === undefined) {
      shown = { rateValues: rateValuesOf(scale), descriptors: descriptorsOf(scale) };
      scales.set(scale, shown);
    }
    byTheme.get(ref.theme.id)?.push({
      type: 'rating',
      name: names.get(ref.item.id) ?? ref.item.id,
      title: ref.item.text,
      description: `${ref.item.id}\n${shown.descriptors}`,
      rateValues: shown.rateValues,
      showCommentArea: true,
      commentText: 'Comment (optional)',
    });
  }
  return deepFreeze({
    title: title ?? framework.title,
    description: `${framework.id} version ${framework.version}`,
    showQuestionNumbers: 'on',
    pages,
  });
}
