import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { hasKind, isObject } from '../internal/guards.js';
import { analyseOutcomes, compareRounds } from '../analysis/index.js';
import type { OutcomeAssociation } from '../analysis/associate.js';
import type { GapAnalysis } from '../analysis/gaps.js';
import type { OrganisationStanding } from '../analysis/national.js';
import { type AnalyseNationalOptions, computeNationalAnalysis, type NationalAnalysis } from '../analysis/national-analysis.js';
import type { DevelopmentNeeds } from '../analysis/needs.js';
import type { AssessmentRound, OrganisationChange, RoundComparison } from '../analysis/rounds.js';
import type { AssessmentScores, OrganisationScore } from '../assessment/score-types.js';
import { itemsOf, scaleOf, scaleRangeOf } from '../framework/lookup.js';
import type { Framework, Scale } from '../framework/schema.js';
import { compareIds } from '../internal/order.js';
import { indexedAsAtNotice } from '../programme/organisation-index.js';
import { defaultOrganisationName } from './names.js';
import type { OrganisationNoun, ReportCaveat, BuildReportsOptions, ReportMethod, ReportProvenance, ReportRound, ReportScale } from './model.js';

/** The version of the report model: it changes when the model's shape or rules change. */
export const REPORT_MODEL_VERSION = '1.1.0';

/** What every theme of the framework needs in a report. */
export interface ThemeInfo {
  readonly id: string;
  readonly index: number;
  readonly title: string;
  readonly whatGoodLooksLike: string;
  readonly scale: Scale;
  readonly min: number;
  readonly max: number;
}

/** What every item of the framework needs in a report. */
export interface ItemInfo {
  readonly id: string;
  readonly themeId: string;
  readonly kind: 'condition' | 'enabler';
  readonly text: string;
}

/** The analysis shared by the national report and every alliance report, run once. */
export interface Prepared {
  readonly framework: Framework;
  readonly noun: OrganisationNoun;
  readonly fewRespondents: number;
  /** The most priorities an alliance report ranks on its first page. */
  readonly maxPriorities: number;
  readonly name: (organisationId: string) => string;
  readonly round: ReportRound | null;
  readonly previousRound: ReportRound | null;
  readonly dataNotice: string | null;
  readonly themes: readonly ThemeInfo[];
  readonly themeById: ReadonlyMap<string, ThemeInfo>;
  readonly items: readonly ItemInfo[];
  readonly itemById: ReadonlyMap<string, ItemInfo>;
  readonly scales: readonly ReportScale[];
  readonly scores: readonly OrganisationScore[];
  readonly scoreById: ReadonlyMap<string, OrganisationScore>;
  readonly analysis: NationalAnalysis;
  readonly gapsById: ReadonlyMap<string, GapAnalysis>;
  readonly needsById: ReadonlyMap<string, DevelopmentNeeds>;
  readonly standingById: ReadonlyMap<string, OrganisationStanding>;
  readonly association: OutcomeAssociation | null;
  readonly comparison: RoundComparison | null;
  readonly changeById: ReadonlyMap<string, OrganisationChange>;
  /** The median of the organisations' percentage to target (fractions); null when none has one. */
  readonly medianToTarget: number | null;
  readonly provenance: ReportProvenance;
  /** The caveats every report carries: the data notice and the framework's standing. */
  readonly commonCaveats: readonly ReportCaveat[];
}

/** A fresh, JSON-safe copy of plain data: nothing of the caller's ends up frozen in a report. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function checkText(fn: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${fn}: ${field} must be a non-empty string`);
  return value;
}

function readRound(fn: string, field: string, value: unknown): ReportRound {
  if (value === null || typeof value !== 'object') {
    throw new TypeError(`${fn}: ${field} must be { label, date, financialYear }, e.g. { label: '2023/24 round', date: '2023-06-30', financialYear: '2023/24' }`);
  }
  const round = value as Record<string, unknown>;
  return {
    label: checkText(fn, `${field}.label`, round['label']),
    date: checkText(fn, `${field}.date`, round['date']),
    financialYear: checkText(fn, `${field}.financialYear`, round['financialYear']),
  };
}

/** Explains the framework's standing, for every report of it; null for an official framework. */
export function frameworkStatusText(framework: Framework): string | null {
  switch (framework.provenance.status) {
    case 'reference':
      return "This is a reference framework, not NHS England's official wording: its themes, items and scale are an independent text and must not be quoted as NHS England's.";
    case 'draft':
      return 'This framework is a draft: its wording may change, so read the results as provisional.';
    case 'local':
      return "This is a local framework, not NHS England's official wording.";
    case 'official':
      return null;
  }
}

function numberOption(fn: string, name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${fn}: options.${name} must be a whole number of at least 0, got ${String(value)}`);
  }
  return value;
}

/** A report's options, checked, with the report's own settings' defaults filled in. */
interface CheckedOptions {
  readonly framework: Framework;
  readonly noun: OrganisationNoun;
  readonly fewRespondents: number;
  readonly maxPriorities: number;
  readonly round: ReportRound | null;
  readonly previous: AssessmentRound | null;
  readonly previousRound: ReportRound | null;
}

/** Checks a report's scores and options, in the order the messages promise, and fills in the report's defaults. */
function checkReportOptions(fn: string, scores: AssessmentScores, options: BuildReportsOptions): CheckedOptions {
  if (!isObject(options) || Array.isArray(options)) {
    throw new TypeError(`${fn}: options are required, with at least { framework }`);
  }
  const { framework } = options;
  if (!isObject(framework) || !Array.isArray(framework.themes)) {
    throw new TypeError(`${fn}: options.framework must be a validated framework (e.g. effectiveCancerAllianceFramework)`);
  }
  if (!hasKind(scores, 'assessment-scores')) {
    throw new TypeError(`${fn}: scores must be AssessmentScores from scoreAnswers`);
  }
  if (options.organisationName !== undefined && typeof options.organisationName !== 'function') {
    throw new TypeError(`${fn}: options.organisationName must be a function from an organisation id to its name or null`);
  }
  const noun = options.noun ?? { singular: 'alliance', plural: 'alliances' };
  if (!isObject(noun)) throw new TypeError(`${fn}: options.noun must be { singular, plural }`);
  checkText(fn, 'options.noun.singular', noun.singular);
  checkText(fn, 'options.noun.plural', noun.plural);
  const fewRespondents = numberOption(fn, 'fewRespondents', options.fewRespondents, 5);
  const maxPriorities = numberOption(fn, 'maxPriorities', options.maxPriorities, 3);
  if (maxPriorities < 1 || maxPriorities > 5) throw new RangeError(`${fn}: options.maxPriorities must be a whole number from 1 to 5, got ${maxPriorities}`);
  if (options.synthetic !== undefined && typeof options.synthetic !== 'boolean') {
    throw new TypeError(`${fn}: options.synthetic must be true, false or undefined`);
  }
  if (options.dataNotice !== undefined) checkText(fn, 'options.dataNotice', options.dataNotice);
  const round = options.round === undefined ? null : readRound(fn, 'options.round', options.round);
  let previous: AssessmentRound | null = null;
  if (options.previous !== undefined) {
    if (round === null) {
      throw new TypeError(`${fn}: options.round is required with options.previous: give { label, date, financialYear } of the current round`);
    }
    previous = options.previous;
  }
  const previousRound = previous === null ? null : readRound(fn, 'options.previous', previous);
  return { framework, noun: { singular: noun.singular, plural: noun.plural }, fewRespondents, maxPriorities, round, previous, previousRound };
}

/** Names organisations: by the caller's function, then the programme model, then the id; each name found once. */
function organisationNamer(fn: string, custom: BuildReportsOptions['organisationName']): (organisationId: string) => string {
  const names = new Map<string, string>();
  return (organisationId) => {
    const known = names.get(organisationId);
    if (known !== undefined) return known;
    const given = custom ? custom(organisationId) : defaultOrganisationName(organisationId);
    if (given !== null && typeof given !== 'string') {
      throw new TypeError(`${fn}: options.organisationName("${organisationId}") returned ${typeof given}; return a name or null`);
    }
    const resolved = given === null || given.trim() === '' ? organisationId : given;
    names.set(organisationId, resolved);
    return resolved;
  };
}

/** The framework as reports show it: its themes with their scales, its items, and its scales with the themes rated on each. */
function frameworkView(framework: Framework): Pick<Prepared, 'themes' | 'themeById' | 'items' | 'itemById' | 'scales'> {
  const themes: ThemeInfo[] = framework.themes.map((theme, index) => {
    const scale = scaleOf(framework, theme.id);
    const { min, max } = scaleRangeOf(scale);
    return { id: theme.id, index, title: theme.title, whatGoodLooksLike: theme.whatGoodLooksLike, scale, min, max };
  });
  const items: ItemInfo[] = itemsOf(framework).map((ref) => ({ id: ref.item.id, themeId: ref.theme.id, kind: ref.kind, text: ref.item.text }));
  const scaleThemes = new Map<string, { scale: Scale; themeIds: string[] }>();
  for (const theme of themes) {
    const entry = scaleThemes.get(theme.scale.id);
    if (entry) entry.themeIds.push(theme.id);
    else scaleThemes.set(theme.scale.id, { scale: theme.scale, themeIds: [theme.id] });
  }
  const scales: ReportScale[] = [...scaleThemes.values()].map(({ scale, themeIds }) => {
    const { min, max } = scaleRangeOf(scale);
    return {
      id: scale.id,
      title: scale.title,
      min,
      max,
      levels: scale.levels.map((level) => ({ value: level.value, label: level.label, descriptor: level.descriptor })),
      themeIds,
    };
  });
  return { themes, themeById: new Map(themes.map((theme) => [theme.id, theme])), items, itemById: new Map(items.map((item) => [item.id, item])), scales };
}

/** A round's ISO date as a Date, or undefined when it is not one (the outcome is then shown against no standard). */
function dayOf(iso: string): Date | undefined {
  const date = parseISO(iso);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValid(date) ? date : undefined;
}

/** Runs the national analysis once, and the association and the round comparison when their inputs are given. */
function runAnalyses(scores: AssessmentScores, options: BuildReportsOptions, checked: CheckedOptions, details: boolean): Pick<Prepared, 'analysis' | 'association' | 'comparison'> {
  const { framework, round, previous } = checked;
  const analysisOptions: AnalyseNationalOptions = {
    framework,
    regionOf: options.regionOf,
    regionName: options.regionName,
    targets: options.targets,
    roles: options.roles,
    minShortfall: options.minShortfall,
    maxItems: options.maxItems,
    maxPeers: options.maxPeers,
    minQuartileN: options.minQuartileN,
    smallN: options.smallN,
    barrierShortfall: options.barrierShortfall,
    commonShare: options.commonShare,
    commonMinCount: options.commonMinCount,
  };
  // Not frozen: the reports copy what they show, and the analysis is never handed out.
  const analysis = computeNationalAnalysis(scores, analysisOptions, details);
  const association =
    options.outcomes === undefined
      ? null
      : analyseOutcomes(scores, {
          framework,
          regionOf: options.regionOf,
          regionName: options.regionName,
          targets: options.targets,
          permutations: options.permutations,
          seed: options.seed,
          smallN: options.smallN,
          outcomes: options.outcomes,
          date: round === null ? undefined : dayOf(round.date),
        });
  const comparison =
    previous === null || round === null
      ? null
      : compareRounds(previous, { ...round, scores }, { itemMapping: options.itemMapping, themeMapping: options.themeMapping, replicates: options.replicates, seed: options.seed });
  return { analysis, association, comparison };
}

/** Where the reports' figures come from: the framework and its standing, the scoring method and each analysis method, with the options used. */
function provenanceOf(framework: Framework, scores: AssessmentScores, analyses: Pick<Prepared, 'analysis' | 'association' | 'comparison'>): ReportProvenance {
  const { analysis, association, comparison } = analyses;
  const methods: ReportMethod[] = [];
  const gapsMethod = analysis.gapsByOrganisation[0]?.method;
  if (gapsMethod) methods.push({ name: 'Gaps to target and positions', ...jsonCopy(gapsMethod) });
  const needsMethod = analysis.needsByOrganisation[0]?.method;
  if (needsMethod) methods.push({ name: 'Priority development needs and who can help', ...jsonCopy(needsMethod) });
  methods.push({ name: 'National and regional position', ...jsonCopy(analysis.position.method) });
  methods.push({ name: 'Common barriers', ...jsonCopy(analysis.barriers.method) });
  if (association) methods.push({ name: `Association with ${association.outcome.name}`, ...jsonCopy(association.method) });
  if (comparison) methods.push({ name: 'Change since the previous round', ...jsonCopy(comparison.method) });
  const { provenance } = framework;
  return {
    framework: {
      id: framework.id,
      version: framework.version,
      title: framework.title,
      status: provenance.status,
      author: provenance.author,
      statement: provenance.statement,
      licence: provenance.licence ?? null,
      sources: provenance.sources.map((source) => ({ title: source.title, url: source.url ?? null, note: source.note ?? null })),
    },
    scoring: { id: scores.method.id, version: scores.method.version, options: jsonCopy(scores.method.options) },
    analysis: methods,
    reportModel: { id: 'caf-report', version: REPORT_MODEL_VERSION },
  };
}

/**
 * The caveat of a round dated after the bundled organisations data was last checked, when the report names
 * organisations or places them in regions from that data: `organisationsAt`'s notice (the data's date, and the changes
 * announced by the round's date that it does not hold); null otherwise.
 */
function organisationsCaveatOf(options: BuildReportsOptions, round: ReportRound | null): ReportCaveat | null {
  if (round === null || (options.organisationName !== undefined && options.regionOf !== undefined)) return null;
  const notice = dayOf(round.date) === undefined ? null : indexedAsAtNotice(round.date);
  return notice === null ? null : { code: 'organisations-as-at', text: notice };
}

/** The caveats every report carries: the notice about the data, the framework's standing, and the organisations data's date. */
function commonCaveatsOf(framework: Framework, dataNotice: string | null, organisations: ReportCaveat | null): ReportCaveat[] {
  const caveats: ReportCaveat[] = [];
  if (dataNotice !== null) caveats.push({ code: 'data-notice', text: dataNotice });
  const status = frameworkStatusText(framework);
  if (status !== null) caveats.push({ code: 'framework-status', text: status });
  if (organisations !== null) caveats.push(organisations);
  return caveats;
}

/**
 * Checks a report's input and options, runs the national analysis once (and the association and the
 * round comparison when asked), and gathers what every report needs. `details: false` leaves out of the analysis what
 * only an organisation's own report shows (its items, weak conditions, lowest items, roles and peers), for the
 * national report alone (see `computeNationalAnalysis`).
 */
export function prepare(fn: string, scores: AssessmentScores, options: BuildReportsOptions, details = true): Prepared {
  const checked = checkReportOptions(fn, scores, options);
  const { framework, noun } = checked;
  const name = organisationNamer(fn, options.organisationName);
  const view = frameworkView(framework);
  const analyses = runAnalyses(scores, options, checked, details);
  const { analysis, comparison } = analyses;
  const dataNotice = options.dataNotice ?? (options.synthetic === true ? `Synthetic sample data: not real ${noun.singular} results.` : null);
  const list = scores.organisations;
  return {
    framework,
    noun,
    fewRespondents: checked.fewRespondents,
    maxPriorities: checked.maxPriorities,
    name,
    round: checked.round,
    previousRound: checked.previousRound,
    dataNotice,
    ...view,
    scores: list,
    scoreById: new Map(list.map((score) => [score.organisationId as string, score])),
    ...analyses,
    gapsById: new Map(analysis.gapsByOrganisation.map((gaps) => [gaps.organisationId as string, gaps])),
    needsById: new Map(analysis.needsByOrganisation.map((needs) => [needs.organisationId as string, needs])),
    standingById: new Map(analysis.position.standings.map((standing) => [standing.organisationId as string, standing])),
    changeById: new Map((comparison?.organisations ?? []).map((change) => [change.organisationId as string, change])),
    medianToTarget: median(analysis.gapsByOrganisation.flatMap((gaps) => (gaps.toTarget.fraction === null ? [] : [gaps.toTarget.fraction]))),
    provenance: provenanceOf(framework, scores, analyses),
    commonCaveats: commonCaveatsOf(framework, dataNotice, organisationsCaveatOf(options, checked.round)),
  };
}

/** The median of some numbers; null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The label of a level of a theme's scale; null when there is no level. */
export function levelLabel(theme: ThemeInfo | undefined, level: number | null): string | null {
  if (theme === undefined || level === null) return null;
  return theme.scale.levels.find((candidate) => candidate.value === level)?.label ?? null;
}

/** Lists texts in words: "a", "a and b", "a, b and c". */
export function listInWords(texts: readonly string[]): string {
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]!}`;
}

/** The collator of `byName`, made on first use: `localeCompare` with options makes one on every call. */
let nameCollator: Intl.Collator | undefined;

/** Orders organisations by display name, then by id. */
export function byName(a: { readonly id: string; readonly name: string }, b: { readonly id: string; readonly name: string }): number {
  nameCollator ??= new Intl.Collator('en-GB', { sensitivity: 'base' });
  const byDisplay = nameCollator.compare(a.name, b.name);
  if (byDisplay !== 0) return byDisplay;
  return compareIds(a.id, b.id);
}
