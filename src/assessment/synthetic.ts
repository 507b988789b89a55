import { itemsOf, scaleOf } from '../framework/lookup.js';
import type { Framework, Level, ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { mulberry32, type Random } from '../internal/random.js';
import { isList, isObject } from '../internal/guards.js';
import type { Answer, AnswerValue, OrganisationId, RespondentId } from './answer.js';

/**
 * An id as OrganisationIdSchema and RespondentIdSchema read one (trimmed, 1 to 200 characters), or undefined. Written
 * out here because generating a sample parses nothing, and so must not bundle zod.
 */
function readId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id.length >= 1 && id.length <= 200 ? id : undefined;
}

/**
 * An organisation to make synthetic answers for: its id and, optionally, its region (organisations of
 * one region are a little alike).
 *
 * @category Assessment
 */
export interface SyntheticOrganisation {
  readonly id: string;
  readonly regionId?: string | undefined;
}

/**
 * How a later round differs from the first: each organisation's maturity moves by a draw from a normal
 * distribution with this mean and spread, in points of the scale, and each theme a little around that.
 *
 * @category Assessment
 */
export interface SyntheticDrift {
  /** The mean change, in scale points. Default 0.3 (mostly upward). */
  readonly mean?: number | undefined;
  /** The standard deviation of the change between organisations, in scale points. Default 0.25. */
  readonly sd?: number | undefined;
}

/**
 * Options of {@link generateSyntheticAnswers}.
 *
 * @category Assessment
 */
export interface GenerateSyntheticAnswersOptions {
  /** The framework whose items are answered. */
  readonly framework: Framework;
  /** The organisations, in the order their answers are listed. Ids must be unique. */
  readonly organisations: readonly SyntheticOrganisation[];
  /** The seed: an integer. The same seed and options always give the same answers. */
  readonly seed: number;
  /** How many respondents each organisation has, drawn uniformly from min..max. Default 6..12. */
  readonly respondents?: { readonly min: number; readonly max: number } | undefined;
  /**
   * The respondent groups, spread evenly over each organisation's respondents. The first group (by default
   * the core team) rates a little higher than the others. Default `['core-team', 'partner', 'clinical']`.
   */
  readonly groups?: readonly string[] | undefined;
  /** The share of answers that are "don't know", in [0, 1]. Default 0.05. */
  readonly dontKnowRate?: number | undefined;
  /** The share of answers that are "not applicable", in [0, 1]. Default 0.02. */
  readonly notApplicableRate?: number | undefined;
  /** The share of answers left blank (no record at all), in [0, 1]. Default 0.03. */
  readonly missingRate?: number | undefined;
  /**
   * The themes that are weaker nationally, by id. Default: the themes whose title names data, insight or
   * capacity (in the reference framework T6 and T7).
   */
  readonly weakThemes?: readonly string[] | undefined;
  /** Makes a later round of the same organisations: same latent maturity, moved by the drift, new respondents. */
  readonly drift?: SyntheticDrift | undefined;
  /** The start of every respondent id, followed by a two-digit number. Default `"r"`. */
  readonly respondentPrefix?: string | undefined;
  /** The comment put on each respondent's first answer. Default "Synthetic sample: not real survey data"; `null` for none. */
  readonly comment?: string | null | undefined;
}

/**
 * Options of {@link generateSyntheticOutcomes}.
 *
 * @category Assessment
 */
export interface GenerateSyntheticOutcomesOptions {
  /** The framework, as given to {@link generateSyntheticAnswers}. */
  readonly framework: Framework;
  /** The organisations, as given to {@link generateSyntheticAnswers}. */
  readonly organisations: readonly SyntheticOrganisation[];
  /** The seed, as given to {@link generateSyntheticAnswers}: the outcome follows the same latent maturity. */
  readonly seed: number;
  /** The drift, as given to {@link generateSyntheticAnswers} for the round the outcome belongs to. */
  readonly drift?: SyntheticDrift | undefined;
  /** The weak themes, as given to {@link generateSyntheticAnswers}. */
  readonly weakThemes?: readonly string[] | undefined;
  /** The two (or more) themes the outcome is loosely associated with. Default: the framework's first two themes. */
  readonly themes?: readonly string[] | undefined;
}

/**
 * One organisation's synthetic outcome value: a percentage like the 28-day Faster Diagnosis Standard.
 *
 * @category Assessment
 */
export interface SyntheticOutcome {
  readonly organisationId: OrganisationId;
  readonly value: number;
}

/**
 * The comment that marks synthetic answers, so that no one mistakes them for a real survey.
 *
 */
export const SYNTHETIC_COMMENT = 'Synthetic sample: not real survey data';

const DEFAULT_GROUPS = ['core-team', 'partner', 'clinical'] as const;
const WEAK_THEME_TITLE = /\b(data|insight|capacity)\b/i;

// The model, in fractions of the scale's range (0 = lowest level, 1 = highest).
const NATIONAL_MEAN = 0.47;
const WEAK_THEME_EFFECT = -0.12;
const NATIONAL_THEME_SD = 0.035;
const REGION_SD = 0.035;
const ORGANISATION_SD = 0.11;
const ORGANISATION_THEME_SD = 0.07;
const ITEM_SD = 0.045;
const RESPONDENT_SD = 0.05;
const ANSWER_SD = 0.12;
const FIRST_GROUP_EFFECT = 0.05;
const OTHER_GROUP_EFFECT = -0.025;
const CONTESTED_ITEM_SHARE = 0.06;
const CONTESTED_SPLIT = 0.17;
const NA_ITEM_SHARE = 0.1;
const BLANKER_SHARE = 0.25;

/** FNV-1a, 32 bits: a stable seed for each named stream of random numbers. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function stream(seed: number, ...names: readonly string[]): Random {
  return mulberry32(hash(`${seed}|${names.join('|')}`));
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function checkRate(name: string, field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name}: options.${field} must be a number from 0 to 1, got ${String(value)}`);
  }
  return value;
}

function checkFinite(name: string, field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name}: options.${field} must be a finite number, got ${String(value)}`);
  }
  return value;
}

interface Common {
  readonly framework: Framework;
  readonly organisations: readonly { readonly id: OrganisationId; readonly regionId: string | null }[];
  readonly seed: number;
  readonly weakThemes: ReadonlySet<string>;
  readonly drift: { readonly mean: number; readonly sd: number } | null;
}

function checkCommon(name: string, options: GenerateSyntheticAnswersOptions | GenerateSyntheticOutcomesOptions): Common {
  const given: unknown = options;
  if (given === null || typeof given !== 'object') throw new TypeError(`${name}: options must be an object`);
  const { framework, organisations, seed } = options;
  const frameworkGiven: unknown = framework;
  if (frameworkGiven === null || typeof frameworkGiven !== 'object' || !Array.isArray((frameworkGiven as { readonly themes?: unknown }).themes)) {
    throw new TypeError(`${name}: options.framework must be a validated framework (use parseFramework)`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`${name}: options.seed must be an integer, got ${String(seed)}`);
  if (!isList(organisations)) throw new TypeError(`${name}: options.organisations must be an array of { id, regionId? }`);
  const seen = new Set<string>();
  const checked = organisations.map((organisation, index) => {
    const id = readId(isObject(organisation) ? organisation.id : undefined) as OrganisationId | undefined;
    if (id === undefined) {
      throw new RangeError(`${name}: options.organisations[${index}].id must be a non-empty string of at most 200 characters`);
    }
    if (seen.has(id)) throw new RangeError(`${name}: options.organisations has the id "${id}" twice; ids must be unique`);
    seen.add(id);
    const regionId = organisation.regionId;
    if (regionId !== undefined && typeof regionId !== 'string') {
      throw new TypeError(`${name}: options.organisations[${index}].regionId must be a string or undefined`);
    }
    return { id, regionId: regionId ?? null };
  });
  const themeIds = new Set(framework.themes.map((theme) => theme.id as string));
  let weakThemes: ReadonlySet<string>;
  if (options.weakThemes === undefined) {
    weakThemes = new Set(framework.themes.filter((theme) => WEAK_THEME_TITLE.test(theme.title)).map((theme) => theme.id as string));
  } else {
    for (const id of options.weakThemes) {
      if (!themeIds.has(id)) throw new RangeError(`${name}: options.weakThemes names "${id}", which is not a theme of the framework`);
    }
    weakThemes = new Set(options.weakThemes);
  }
  let drift: Common['drift'] = null;
  if (options.drift !== undefined) {
    if (!isObject(options.drift)) throw new TypeError(`${name}: options.drift must be an object or undefined`);
    const sd = checkFinite(name, 'drift.sd', options.drift.sd, 0.25);
    if (sd < 0) throw new RangeError(`${name}: options.drift.sd must be at least 0, got ${sd}`);
    drift = { mean: checkFinite(name, 'drift.mean', options.drift.mean, 0.3), sd };
  }
  return { framework, organisations: checked, seed, weakThemes, drift };
}

/**
 * The latent maturity of each organisation and theme, in fractions of the scale's range, and each item's
 * offset within its theme. The same seed gives the same latent model whatever the other options.
 */
function latentModel(common: Common): {
  readonly theme: (organisationIndex: number, themeId: ThemeId) => number;
  readonly item: (organisationIndex: number, itemId: string) => number;
} {
  const { framework, seed, weakThemes, drift } = common;
  const national = stream(seed, 'national');
  const themeEffect = new Map<string, number>();
  for (const theme of framework.themes) {
    themeEffect.set(theme.id, NATIONAL_MEAN + NATIONAL_THEME_SD * normal(national) + (weakThemes.has(theme.id) ? WEAK_THEME_EFFECT : 0));
  }
  const regionEffect = new Map<string, number>();
  const organisationThemes: Map<string, number>[] = [];
  const organisationItems: Map<string, number>[] = [];
  const items = itemsOf(framework);
  for (const organisation of common.organisations) {
    if (organisation.regionId !== null && !regionEffect.has(organisation.regionId)) {
      regionEffect.set(organisation.regionId, REGION_SD * normal(stream(seed, 'region', organisation.regionId)));
    }
    const random = stream(seed, 'organisation', organisation.id);
    const base = ORGANISATION_SD * normal(random) + (organisation.regionId === null ? 0 : (regionEffect.get(organisation.regionId) ?? 0));
    const driftRandom = stream(seed, 'drift', organisation.id);
    const change = drift === null ? 0 : drift.mean + drift.sd * normal(driftRandom);
    const themes = new Map<string, number>();
    for (const theme of framework.themes) {
      const scale = scaleOf(framework, theme.id);
      const span = spanOf(scale.levels);
      const themeDrift = drift === null ? 0 : (change + (drift.sd / 2) * normal(driftRandom)) / span;
      themes.set(theme.id, (themeEffect.get(theme.id) ?? NATIONAL_MEAN) + base + ORGANISATION_THEME_SD * normal(random) + themeDrift);
    }
    const offsets = new Map<string, number>();
    for (const ref of items) offsets.set(ref.item.id, ITEM_SD * normal(random));
    organisationThemes.push(themes);
    organisationItems.push(offsets);
  }
  return {
    theme: (index, themeId) => organisationThemes[index]?.get(themeId) ?? NATIONAL_MEAN,
    item: (index, itemId) => organisationItems[index]?.get(itemId) ?? 0,
  };
}

function spanOf(levels: readonly Level[]): number {
  const values = levels.map((level) => level.value);
  const span = Math.max(...values) - Math.min(...values);
  return span > 0 ? span : 1;
}

/** The level whose place on the scale is nearest a fraction of its range. */
function levelAt(levels: readonly Level[], fraction: number): number {
  const index = Math.round(clamp(fraction, 0, 1) * (levels.length - 1));
  return levels[clamp(index, 0, levels.length - 1)]!.value;
}

/**
 * Makes a realistic synthetic survey: several respondents per organisation in respondent groups, with
 * "don't know", "not applicable" and blank answers, drawn from a seeded model so that the same options
 * always give the same answers. For examples, tests and demonstrations only: it is not real data.
 *
 * The model: each organisation has a latent maturity per theme (organisations differ, regions a little;
 * themes differ nationally, and the weak themes are lower on average); items scatter a little around
 * their theme; each respondent scatters about a level around it, the first group a little higher than
 * the others; a few items per organisation are contested (respondents split high and low); "not
 * applicable" clusters on a few items per organisation; a quarter of respondents leave some blanks.
 * With `drift`, the same organisations a round later: maturity moved by the drift, new respondents.
 *
 * @param options - The framework, organisations, seed, and the shape of the sample.
 * @returns The answers, organisation by organisation, respondent by respondent, in survey order; deeply frozen.
 * @throws TypeError when the framework or organisations are not of the right type.
 * @throws RangeError when the seed is not an integer, a rate is outside [0, 1], the respondent range is
 *   not whole numbers with 1 <= min <= max, there are no groups, or an organisation id is repeated.
 * @example
 * ```ts
 * const answers = generateSyntheticAnswers({
 *   framework: effectiveCancerAllianceFramework,
 *   organisations: [{ id: 'alliance-a' }, { id: 'alliance-b' }],
 *   seed: 2023,
 * });
 * const later = generateSyntheticAnswers({
 *   framework: effectiveCancerAllianceFramework,
 *   organisations: [{ id: 'alliance-a' }, { id: 'alliance-b' }],
 *   seed: 2023,
 *   drift: { mean: 0.3 },
 * });
 * ```
 * @category Assessment
 */
export function generateSyntheticAnswers(options: GenerateSyntheticAnswersOptions): readonly Answer[] {
  const name = 'generateSyntheticAnswers';
  const common = checkCommon(name, options);
  const range = options.respondents ?? { min: 6, max: 12 };
  if (!Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 1 || range.max < range.min) {
    throw new RangeError(`${name}: options.respondents must be whole numbers with 1 <= min <= max, got ${String(range.min)}..${String(range.max)}`);
  }
  const groups = options.groups ?? DEFAULT_GROUPS;
  if (!Array.isArray(groups) || groups.length === 0 || groups.some((group) => typeof group !== 'string' || group.trim() === '')) {
    throw new RangeError(`${name}: options.groups must be a non-empty array of non-empty names`);
  }
  const dontKnowRate = checkRate(name, 'dontKnowRate', options.dontKnowRate, 0.05);
  const notApplicableRate = checkRate(name, 'notApplicableRate', options.notApplicableRate, 0.02);
  const missingRate = checkRate(name, 'missingRate', options.missingRate, 0.03);
  const prefix = options.respondentPrefix ?? 'r';
  if (typeof prefix !== 'string') throw new TypeError(`${name}: options.respondentPrefix must be a string`);
  const comment = options.comment === undefined ? SYNTHETIC_COMMENT : options.comment;

  const latent = latentModel(common);
  const items = itemsOf(common.framework);
  const round = common.drift === null ? 'first' : 'later';
  const answers: Answer[] = [];

  common.organisations.forEach((organisation, organisationIndex) => {
    const random = stream(common.seed, round, organisation.id);
    const count = range.min + Math.floor(random() * (range.max - range.min + 1));
    // Groups spread evenly, in an order drawn at random.
    const order = Array.from({ length: count }, (_, i) => ({ i, key: random() })).sort((a, b) => a.key - b.key);
    const groupOf = new Map(order.map((entry, place) => [entry.i, groups[place % groups.length] as string]));
    const contested = new Set(items.filter(() => random() < CONTESTED_ITEM_SHARE).map((ref) => ref.item.id as string));
    const naItems = new Set(items.filter(() => random() < NA_ITEM_SHARE).map((ref) => ref.item.id as string));
    // "Not applicable" mostly on the clustered items, a little anywhere; the mean rate is notApplicableRate.
    const naOnCluster = Math.min(1, (notApplicableRate * 0.8) / NA_ITEM_SHARE);
    const naElsewhere = notApplicableRate * 0.2;
    const blankRate = Math.min(1, missingRate / BLANKER_SHARE);

    for (let r = 0; r < count; r++) {
      const group = groupOf.get(r) ?? (groups[0] as string);
      const first = group === groups[0];
      const respondentId = readId(`${prefix}${String(r + 1).padStart(2, '0')}`) as RespondentId | undefined;
      if (respondentId === undefined) {
        throw new RangeError(`${name}: options.respondentPrefix is too long: a respondent id must be at most 200 characters`);
      }
      const personal = RESPONDENT_SD * normal(random) + (first ? FIRST_GROUP_EFFECT : OTHER_GROUP_EFFECT);
      const side = random() < 0.5 ? -1 : 1;
      const blanker = random() < BLANKER_SHARE;
      // The core team knows more: it says "don't know" half as often, the others a little more often.
      const dontKnow = Math.min(1, dontKnowRate * (groups.length === 1 ? 1 : first ? 0.5 : 1 + 0.5 / (groups.length - 1)));
      let commented = false;
      for (const ref of items) {
        const itemId = ref.item.id as string;
        const draw = random();
        const noise = normal(random);
        if (blanker && draw < blankRate) continue;
        const pick = random();
        const levels = scaleOf(common.framework, ref.theme.id).levels;
        let answer: AnswerValue;
        if (pick < (naItems.has(itemId) ? naOnCluster : naElsewhere)) {
          answer = 'not-applicable';
        } else if (random() < dontKnow) {
          answer = 'dont-know';
        } else {
          const fraction =
            latent.theme(organisationIndex, ref.theme.id) +
            latent.item(organisationIndex, itemId) +
            personal +
            ANSWER_SD * noise +
            (contested.has(itemId) ? side * CONTESTED_SPLIT : 0);
          answer = levelAt(levels, fraction);
        }
        const record: Answer = {
          organisationId: organisation.id,
          respondentId,
          respondentGroup: group,
          itemId: ref.item.id,
          answer,
          ...(comment !== null && !commented ? { comment } : {}),
        };
        commented = true;
        answers.push(record);
      }
    }
  });
  return deepFreeze(answers);
}

/**
 * Makes a synthetic outcome per organisation: a percentage like the 28-day Faster Diagnosis Standard,
 * loosely associated with the latent maturity of two themes of the same seeded model as
 * {@link generateSyntheticAnswers}. For examples and tests only: these are not real performance figures.
 *
 * The value is 74 + 20 × (the mean latent maturity of the themes − 0.4, as a fraction of the scale) plus
 * normal noise with a standard deviation of 3, kept within 50..95 and rounded to one decimal place.
 *
 * @param options - The framework, organisations, seed and drift used for the answers, and the themes.
 * @returns One value per organisation, in the order given; deeply frozen.
 * @throws TypeError when the framework or organisations are not of the right type.
 * @throws RangeError when the seed is not an integer, a theme is unknown, or fewer than one theme is named.
 * @example
 * ```ts
 * const outcomes = generateSyntheticOutcomes({
 *   framework: effectiveCancerAllianceFramework,
 *   organisations: [{ id: 'alliance-a' }, { id: 'alliance-b' }, { id: 'alliance-c' }],
 *   seed: 2023,
 *   themes: ['T2', 'T6'],
 * });
 * outcomes[0]?.value; // a percentage such as 76.4
 * ```
 * @category Assessment
 */
export function generateSyntheticOutcomes(options: GenerateSyntheticOutcomesOptions): readonly SyntheticOutcome[] {
  const name = 'generateSyntheticOutcomes';
  const common = checkCommon(name, options);
  const themeIds = options.themes ?? common.framework.themes.slice(0, 2).map((theme) => theme.id as string);
  if (!Array.isArray(themeIds) || themeIds.length === 0) throw new RangeError(`${name}: options.themes must name at least one theme`);
  const themes = themeIds.map((id) => {
    const theme = common.framework.themes.find((candidate) => candidate.id === id);
    if (!theme) throw new RangeError(`${name}: options.themes names "${id}", which is not a theme of the framework`);
    return theme.id;
  });
  const latent = latentModel(common);
  const outcomes = common.organisations.map((organisation, index) => {
    const random = stream(common.seed, 'outcome', common.drift === null ? 'first' : 'later', organisation.id);
    const maturity = themes.reduce((sum, themeId) => sum + latent.theme(index, themeId), 0) / themes.length;
    const value = clamp(74 + 20 * (maturity - 0.4) + 3 * normal(random), 50, 95);
    return { organisationId: organisation.id, value: Math.round(value * 10) / 10 };
  });
  return deepFreeze(outcomes);
}
