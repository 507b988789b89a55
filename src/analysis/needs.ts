import type { OrganisationId } from '../assessment/answer.js';
import type { AssessmentScores, OrganisationScore } from '../assessment/score-types.js';
import { findTheme, type ItemKind } from '../framework/lookup.js';
import type { Framework, ItemId, RoleId, Theme, ThemeId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { compareIds } from '../internal/order.js';
import {
  type AnalysisContext,
  type AnalysisContextUsed,
  type AnalysisMethod,
  checkScore,
  type FrameworkRef,
  numberOption,
  organisationList,
  type RegionRef,
  resolveContext,
  type ResolvedContext,
} from './context.js';
import { computeGaps, type GapAnalysis, isUsable, LEFT_OUT, type ThemeGap, themeScoresById } from './gaps.js';
import { type PositionKind, type PriorityBand, shortfallOf, type WeakCondition } from './positions.js';
import { programmeRoles, programmeStatement } from './programme-links.js';
import { EPSILON } from './statistics.js';
import type { ResolvedTarget } from './targets.js';

/**
 * A responsibility statement of a programme role (as the programme model gives it).
 *
 * @category Analysis
 */
export interface ResponsibilityRef {
  readonly id: string;
  /** The emphasised phrase that opens the statement. */
  readonly phrase: string;
  readonly text: string;
}

/**
 * A programme role as the analysis needs it: its name and responsibilities.
 *
 * @category Analysis
 */
export interface RoleRef {
  readonly name: string;
  readonly responsibilities: readonly ResponsibilityRef[];
}

/**
 * Finds a programme role by id; null when the role is unknown.
 *
 * @category Analysis
 */
export type RoleLookup = (roleId: string) => RoleRef | null;

/**
 * How a role's responsibility was chosen for a need: named by the framework (`declared`: a `supportedBy` entry
 * `{ role, responsibility }`), by the keyword match with the theme, or as the role's first responsibility when no
 * keyword matched.
 *
 * @category Analysis
 */
export type ResponsibilityRule = 'declared' | 'keyword-match' | 'first-responsibility';

/**
 * The responsibility that makes a role the right one to help with a need.
 *
 * @category Analysis
 */
export interface ChosenResponsibility extends ResponsibilityRef {
  readonly rule: ResponsibilityRule;
  /** The theme keywords found in the responsibility, in theme-text order; empty for `declared` and `first-responsibility`. */
  readonly matchedKeywords: readonly string[];
}

/**
 * A programme role that the framework names for a theme, and why it can help.
 *
 * @category Analysis
 */
export interface RoleHelp {
  readonly roleId: RoleId;
  /** Null when the role is unknown to the role lookup. */
  readonly roleName: string | null;
  /**
   * Null when the role is unknown or has no responsibilities, or when the framework names a responsibility that is
   * neither about the role nor names it.
   */
  readonly responsibility: ChosenResponsibility | null;
}

/**
 * A peer organisation at or above its target on the same theme.
 *
 * @category Analysis
 */
export interface PeerHelp {
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly sameRegion: boolean;
  readonly score: number;
  readonly target: ResolvedTarget;
}

/**
 * One of the lowest-scoring items of a need.
 *
 * @category Analysis
 */
export interface NeedItem {
  readonly itemId: ItemId;
  readonly kind: ItemKind;
  readonly text: string;
  readonly score: number;
  readonly shortfall: number;
}

/**
 * A priority development need of one organisation: a theme with a shortfall of at least `minShortfall`.
 *
 * @category Analysis
 */
export interface DevelopmentNeed {
  /** 1 = most urgent. */
  readonly rank: number;
  readonly themeId: ThemeId;
  readonly title: string;
  readonly score: number;
  readonly conditionsScore: number | null;
  readonly enablersScore: number | null;
  readonly target: ResolvedTarget;
  readonly shortfall: number;
  readonly priorityWeight: number;
  readonly band: PriorityBand;
  readonly position: PositionKind | null;
  /** Conditions below target and the weak enablers behind them. */
  readonly weakConditions: readonly WeakCondition[];
  /** Up to `maxItems` scored items, lowest first (enablers first when the position points to enablers). */
  readonly lowestItems: readonly NeedItem[];
  /** The theme's "what good looks like" statement: what to aim at. */
  readonly aimAt: string;
  /** Programme roles the framework names for the theme (`supportedBy`), in that order. */
  readonly roles: readonly RoleHelp[];
  /** Peers at or above target on the theme: same region first, then score descending, then id. */
  readonly peers: readonly PeerHelp[];
}

/**
 * Why a theme was not considered for development needs.
 *
 * @category Analysis
 */
export type NeedExclusionReason = 'insufficient' | 'unscored';

/**
 * Options of {@link analyseNeeds}.
 *
 * @category Analysis
 */
export interface AnalyseNeedsOptions extends AnalysisContext {
  /** Other organisations' scores, to find peers at or above target. Default: none. */
  readonly peers?: readonly OrganisationScore[] | AssessmentScores | undefined;
  /**
   * Programme roles by id. Default: the programme model. A responsibility that the framework names for a role
   * (`supportedBy: [{ role, responsibility }]`) is looked up among that role's responsibilities; with the default, among
   * the programme's statements about the role or naming it.
   */
  readonly roles?: RoleLookup | undefined;
  /** A theme is a need when its shortfall is at least this. Default 0.5. */
  readonly minShortfall?: number | undefined;
  /** The most lowest-scoring items listed per need. Default 3. */
  readonly maxItems?: number | undefined;
  /** The most peers listed per need. Default 5. */
  readonly maxPeers?: number | undefined;
}

/**
 * The options {@link analyseNeeds} used, as recorded in its result.
 *
 * @category Analysis
 */
export interface AnalyseNeedsOptionsUsed extends AnalysisContextUsed {
  readonly roles: 'programme' | 'custom';
  readonly peers: number;
  readonly minShortfall: number;
  readonly maxItems: number;
  readonly maxPeers: number;
}

/**
 * The priority development needs of one organisation, most urgent first.
 *
 * @category Analysis
 */
export interface DevelopmentNeeds {
  readonly kind: 'development-needs';
  readonly method: AnalysisMethod<AnalyseNeedsOptionsUsed>;
  readonly framework: FrameworkRef;
  readonly organisationId: OrganisationId;
  readonly region: RegionRef | null;
  readonly needs: readonly DevelopmentNeed[];
  /** Themes left out because their evidence is insufficient or they have no score, in framework order. */
  readonly excludedThemes: readonly { readonly themeId: ThemeId; readonly reason: NeedExclusionReason }[];
}

/** The id and version of the development-need rules. */
export const NEEDS_METHOD = { id: 'analysis.development-needs', version: '1.0.0' } as const;

// ---------------------------------------------------------------------------------------------
// Who can help: roles
// ---------------------------------------------------------------------------------------------

/**
 * Words too common to say anything about a theme: short function words are dropped by length
 * (fewer than 4 letters); these longer ones, and the programme's own names, are dropped by list.
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'about', 'across', 'after', 'also', 'alliance', 'alliances', 'among', 'being', 'been', 'before', 'both', 'cancer',
  'could', 'does', 'done', 'each', 'every', 'from', 'have', 'including', 'into', 'its', 'made', 'make', 'makes', 'more', 'most',
  'much', 'only', 'other', 'others', 'ours', 'over', 'own', 'same', 'should', 'some', 'such', 'than', 'that', 'their',
  'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'under', 'upon', 'very', 'well', 'were', 'what',
  'when', 'where', 'which', 'while', 'whole', 'will', 'with', 'within', 'without', 'would', 'your',
]);

const themeKeywords = new WeakMap<Theme, { readonly title: ReadonlySet<string>; readonly all: readonly string[] }>();
const responsibilityKeywords = new WeakMap<ResponsibilityRef, readonly string[]>();

function keywordsOfTheme(theme: Theme): { readonly title: ReadonlySet<string>; readonly all: readonly string[] } {
  let keywords = themeKeywords.get(theme);
  if (!keywords) {
    keywords = { title: new Set(keywordsOf(theme.title)), all: keywordsOf(`${theme.title} ${theme.whatGoodLooksLike}`) };
    themeKeywords.set(theme, keywords);
  }
  return keywords;
}

function keywordsOfResponsibility(responsibility: ResponsibilityRef): readonly string[] {
  let keywords = responsibilityKeywords.get(responsibility);
  if (!keywords) {
    keywords = keywordsOf(`${responsibility.phrase} ${responsibility.text}`);
    responsibilityKeywords.set(responsibility, keywords);
  }
  return keywords;
}

/** The keywords of a text: lower-case words of at least 4 letters, not stop words, each once, in text order. */
export function keywordsOf(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const word of words) {
    if (word.length < 4 || STOP_WORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    keywords.push(word);
  }
  return keywords;
}

/** Two words match when the shorter (of at least 4 letters) begins the longer: "plan" matches "planning". */
function wordsMatch(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/**
 * Chooses the responsibility of a role that makes it the right one to help with a theme: the
 * responsibility whose emphasised phrase and text match the most keywords of the theme's title, then
 * the most keywords of its title and "what good looks like" statement together (a keyword matches a
 * word when the shorter begins the longer); ties go to the earlier responsibility; when none matches
 * a keyword, the role's first responsibility.
 *
 * @param theme - The theme.
 * @param responsibilities - The role's responsibilities, in the programme's order.
 * @returns The chosen responsibility and why, or null when the role has none.
 */
export function chooseResponsibility(theme: Theme, responsibilities: readonly ResponsibilityRef[]): ChosenResponsibility | null {
  const first = responsibilities[0];
  if (first === undefined) return null;
  const { title: titleKeywords, all: keywords } = keywordsOfTheme(theme);
  let best: { responsibility: ResponsibilityRef; matched: string[]; title: number } | null = null;
  for (const responsibility of responsibilities) {
    const words = keywordsOfResponsibility(responsibility);
    const matched = keywords.filter((keyword) => words.some((word) => wordsMatch(keyword, word)));
    const title = matched.filter((keyword) => titleKeywords.has(keyword)).length;
    if (matched.length === 0) continue;
    if (best === null || title > best.title || (title === best.title && matched.length > best.matched.length)) {
      best = { responsibility, matched, title };
    }
  }
  if (best === null) {
    return { id: first.id, phrase: first.phrase, text: first.text, rule: 'first-responsibility', matchedKeywords: [] };
  }
  const { responsibility, matched } = best;
  return { id: responsibility.id, phrase: responsibility.phrase, text: responsibility.text, rule: 'keyword-match', matchedKeywords: matched };
}

/** Chosen responsibilities by theme and by responsibility list: a role lookup that returns the same list each time is matched once. */
const chosenCache = new WeakMap<Theme, WeakMap<readonly ResponsibilityRef[], ChosenResponsibility | null>>();

function chooseCached(theme: Theme, responsibilities: readonly ResponsibilityRef[]): ChosenResponsibility | null {
  let byList = chosenCache.get(theme);
  if (!byList) {
    byList = new WeakMap();
    chosenCache.set(theme, byList);
  }
  if (byList.has(responsibilities)) return byList.get(responsibilities) ?? null;
  // Frozen, so that every result may share it.
  const chosen = deepFreeze(chooseResponsibility(theme, responsibilities));
  byList.set(responsibilities, chosen);
  return chosen;
}

/** A responsibility a framework names for a role, as a need shows it; frozen, shared by every need. */
function declaredCached(statement: ResponsibilityRef): ChosenResponsibility {
  let chosen = declaredCache.get(statement);
  if (!chosen) {
    chosen = deepFreeze({ id: statement.id, phrase: statement.phrase, text: statement.text, rule: 'declared', matchedKeywords: [] });
    declaredCache.set(statement, chosen);
  }
  return chosen;
}

const declaredCache = new WeakMap<ResponsibilityRef, ChosenResponsibility>();

/**
 * The roles of a theme, each with its responsibility: the one the framework names (found by `declared`, from the
 * role's id and the statement's id), else the one the keyword rule chooses among the role's responsibilities.
 */
function rolesFor(theme: Theme, roles: RoleLookup, declared: DeclaredLookup): RoleHelp[] {
  return theme.supportedBy.map((entry) => {
    const roleId = typeof entry === 'string' ? entry : entry.role;
    const role = roles(roleId);
    let responsibility: ChosenResponsibility | null;
    if (typeof entry === 'string') responsibility = role ? chooseCached(theme, role.responsibilities) : null;
    else {
      const statement = declared(roleId, entry.responsibility, role);
      responsibility = statement === null ? null : declaredCached(statement);
    }
    return { roleId, roleName: role?.name ?? null, responsibility };
  });
}

/** Finds the statement a framework names for a role: the role's own (or the programme's), or null. */
type DeclaredLookup = (roleId: string, responsibilityId: string, role: RoleRef | null) => ResponsibilityRef | null;

/** With a role lookup of the caller's: the named statement among the role's responsibilities. */
const declaredInRole: DeclaredLookup = (_roleId, responsibilityId, role) => role?.responsibilities.find((statement) => statement.id === responsibilityId) ?? null;

/**
 * With the programme's roles: the named statement among those about the role or naming it (a role's responsibilities
 * for the keyword rule are its own statements only, when it has any; a framework may name one that names it).
 */
const declaredInProgramme: DeclaredLookup = (roleId, responsibilityId) => programmeStatement(roleId, responsibilityId);

// ---------------------------------------------------------------------------------------------
// Who can help: peers
// ---------------------------------------------------------------------------------------------

interface PeerCandidate {
  readonly organisationId: string;
  readonly score: number;
  readonly regionKey: string | null;
  /** The peer as listed for a need in its own region, and for a need elsewhere: frozen, shared by every need. */
  readonly sameRegion: PeerHelp;
  readonly otherRegion: PeerHelp;
}

/** Peers at or above target, per theme: all of them and by region, each sorted by score descending then id. */
export interface PeerIndex {
  readonly count: number;
  readonly byTheme: ReadonlyMap<string, { readonly all: readonly PeerCandidate[]; readonly byRegion: ReadonlyMap<string, readonly PeerCandidate[]> }>;
}

/** Indexes the organisations at or above target on each theme, once, for every need to draw on. */
export function buildPeerIndex(ctx: ResolvedContext, peers: readonly OrganisationScore[]): PeerIndex {
  const byTheme = new Map<string, { all: PeerCandidate[]; byRegion: Map<string, PeerCandidate[]> }>();
  for (const theme of ctx.framework.themes) byTheme.set(theme.id, { all: [], byRegion: new Map() });
  for (const peer of peers) {
    const region = ctx.region(peer.organisationId);
    const themes = themeScoresById(peer);
    for (const theme of ctx.framework.themes) {
      const themeScore = themes.get(theme.id);
      if (!isUsable(themeScore)) continue;
      const target = ctx.target(peer.organisationId, theme.id);
      if (shortfallOf(target.value, themeScore.score) > 0) continue;
      const entry = byTheme.get(theme.id) as { all: PeerCandidate[]; byRegion: Map<string, PeerCandidate[]> };
      const help = { organisationId: peer.organisationId, region, score: themeScore.score, target };
      const candidate: PeerCandidate = {
        organisationId: peer.organisationId,
        score: themeScore.score,
        regionKey: region?.id ?? null,
        sameRegion: deepFreeze({ ...help, sameRegion: true }),
        otherRegion: deepFreeze({ ...help, sameRegion: false }),
      };
      entry.all.push(candidate);
      if (region !== null) {
        const list = entry.byRegion.get(region.id);
        if (list) list.push(candidate);
        else entry.byRegion.set(region.id, [candidate]);
      }
    }
  }
  const order = (a: PeerCandidate, b: PeerCandidate) => b.score - a.score || compareIds(a.organisationId, b.organisationId);
  for (const entry of byTheme.values()) {
    entry.all.sort(order);
    for (const list of entry.byRegion.values()) list.sort(order);
  }
  return { count: peers.length, byTheme };
}

function peersFor(index: PeerIndex, themeId: string, organisationId: string, regionId: string | null, maxPeers: number): PeerHelp[] {
  const entry = index.byTheme.get(themeId);
  if (!entry || maxPeers === 0) return [];
  const chosen: PeerHelp[] = [];
  if (regionId !== null) {
    for (const candidate of entry.byRegion.get(regionId) ?? []) {
      if (chosen.length >= maxPeers) return chosen;
      if (candidate.organisationId !== organisationId) chosen.push(candidate.sameRegion);
    }
  }
  for (const candidate of entry.all) {
    if (chosen.length >= maxPeers) break;
    if (candidate.organisationId === organisationId) continue;
    if (regionId !== null && candidate.regionKey === regionId) continue;
    chosen.push(candidate.otherRegion);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Needs
// ---------------------------------------------------------------------------------------------

/** The resolved options of a needs analysis, shared with `analyseNational`. */
export interface NeedsSettings {
  readonly roles: RoleLookup;
  readonly declared: DeclaredLookup;
  readonly minShortfall: number;
  readonly maxItems: number;
  readonly maxPeers: number;
  /**
   * The roles of each theme, found once per analysis when they are the programme's, whose look-up always gives the
   * same answer (2,000 organisations have some 13,000 needs); null with the caller's look-up, asked for every need.
   */
  readonly rolesByTheme: Map<Theme, RoleHelp[]> | null;
}

/** The roles that can help with a need on a theme (see {@link NeedsSettings.rolesByTheme}). */
function themeRoles(theme: Theme, settings: NeedsSettings): RoleHelp[] {
  const cache = settings.rolesByTheme;
  if (cache === null) return rolesFor(theme, settings.roles, settings.declared);
  let roles = cache.get(theme);
  if (roles === undefined) {
    roles = rolesFor(theme, settings.roles, settings.declared);
    cache.set(theme, roles);
  }
  return roles;
}

/** Reads and checks the needs options. */
export function needsSettings(fn: string, options: Pick<AnalyseNeedsOptions, 'roles' | 'minShortfall' | 'maxItems' | 'maxPeers'>): NeedsSettings {
  if (options.roles !== undefined && typeof options.roles !== 'function') {
    throw new TypeError(`${fn}: options.roles must be a function from a role id to { name, responsibilities } or null`);
  }
  return {
    roles: options.roles ?? programmeRoles,
    declared: options.roles === undefined ? declaredInProgramme : declaredInRole,
    minShortfall: numberOption(fn, 'minShortfall', options.minShortfall, 0.5, { min: 0, minExclusive: true }),
    maxItems: numberOption(fn, 'maxItems', options.maxItems, 3, { min: 0, integer: true }),
    maxPeers: numberOption(fn, 'maxPeers', options.maxPeers, 5, { min: 0, integer: true }),
    rolesByTheme: options.roles === undefined ? new Map() : null,
  };
}

/** The options the needs rules used, as a result records them: the context's, whose roles, how many peers, and the thresholds. */
export function needsOptionsUsed(ctx: ResolvedContext, options: Pick<AnalyseNeedsOptions, 'roles'>, settings: NeedsSettings, peers: number): AnalyseNeedsOptionsUsed {
  return {
    ...ctx.used,
    roles: options.roles === undefined ? 'programme' : 'custom',
    peers,
    minShortfall: settings.minShortfall,
    maxItems: settings.maxItems,
    maxPeers: settings.maxPeers,
  };
}

/** Each item's text by its id, per framework: made once, not for every need. */
const itemTexts = new WeakMap<Framework, ReadonlyMap<string, string>>();

function itemTextsOf(framework: Framework): ReadonlyMap<string, string> {
  let texts = itemTexts.get(framework);
  if (texts === undefined) {
    texts = new Map(framework.themes.flatMap((theme) => [...theme.conditionsOfSuccess, ...theme.enablingFactors].map((item) => [item.id as string, item.text] as const)));
    itemTexts.set(framework, texts);
  }
  return texts;
}

function lowestItems(framework: Framework, gap: ThemeGap, maxItems: number): NeedItem[] {
  const textOf = itemTextsOf(framework);
  const enablersFirst = gap.position.kind === 'fragile' || gap.position.kind === 'foundational-gap';
  const { items } = gap;
  // The places of the items below target, sorted: no object per item, and a comparison that gives whole numbers (a
  // difference of two scores was a new number for every comparison of some 13,000 sorts at 2,000 organisations).
  const below: number[] = [];
  items.forEach((item, order) => {
    if (item.score !== null && item.shortfall !== null && item.shortfall > 0) below.push(order);
  });
  below.sort((a, b) => {
    const first = items[a]!;
    const second = items[b]!;
    if (enablersFirst && first.kind !== second.kind) return first.kind === 'enabler' ? -1 : 1;
    return first.score! < second.score! ? -1 : first.score! > second.score! ? 1 : a - b;
  });
  return below.slice(0, maxItems).map((order) => {
    const item = items[order]!;
    return { itemId: item.itemId, kind: item.kind, text: textOf.get(item.itemId) ?? '', score: item.score!, shortfall: item.shortfall! };
  });
}

/**
 * Computes one organisation's needs from its gaps in a resolved context (not frozen, no method). With `peers` null (the
 * national report, which shows none of it) each need's weak conditions, lowest items, roles and peers are the shared
 * empty list {@link LEFT_OUT}.
 */
export function computeNeeds(ctx: ResolvedContext, settings: NeedsSettings, gaps: Omit<GapAnalysis, 'method'>, peers: PeerIndex | null): Omit<DevelopmentNeeds, 'method'> {
  const excludedThemes: { themeId: ThemeGap['themeId']; reason: NeedExclusionReason }[] = [];
  const candidates: { gap: ThemeGap; order: number }[] = [];
  gaps.themes.forEach((gap, order) => {
    if (gap.score === null) excludedThemes.push({ themeId: gap.themeId, reason: 'unscored' });
    else if (!gap.sufficient) excludedThemes.push({ themeId: gap.themeId, reason: 'insufficient' });
    else if (gap.shortfall! >= settings.minShortfall - EPSILON) candidates.push({ gap, order });
  });
  const enablers = (gap: ThemeGap) => gap.enablersScore ?? Number.POSITIVE_INFINITY;
  candidates.sort(
    (a, b) => b.gap.priorityWeight! - a.gap.priorityWeight! || (enablers(a.gap) === enablers(b.gap) ? 0 : enablers(a.gap) < enablers(b.gap) ? -1 : 1) || a.order - b.order,
  );
  const regionId = gaps.region?.id ?? null;
  const needs: DevelopmentNeed[] = candidates.map(({ gap }, index) => {
    const theme = findTheme(ctx.framework, gap.themeId)!;
    return {
      rank: index + 1,
      themeId: gap.themeId,
      title: gap.title,
      score: gap.score!,
      conditionsScore: gap.conditionsScore,
      enablersScore: gap.enablersScore,
      target: gap.target,
      shortfall: gap.shortfall!,
      priorityWeight: gap.priorityWeight!,
      band: gap.band ?? 'none',
      position: gap.position.kind,
      weakConditions: peers === null ? LEFT_OUT : gap.position.weakConditions,
      lowestItems: peers === null ? LEFT_OUT : lowestItems(ctx.framework, gap, settings.maxItems),
      aimAt: theme.whatGoodLooksLike,
      roles: peers === null ? LEFT_OUT : themeRoles(theme, settings),
      peers: peers === null ? LEFT_OUT : peersFor(peers, gap.themeId, gaps.organisationId, regionId, settings.maxPeers),
    };
  });
  return {
    kind: 'development-needs',
    framework: ctx.frameworkRef,
    organisationId: gaps.organisationId,
    region: gaps.region,
    needs,
    excludedThemes,
  };
}

/**
 * Finds one organisation's priority development needs: the sufficient themes with a shortfall of at
 * least `minShortfall` (0.5), most urgent first (priority weight, then the lower Enabling Factors
 * score, then theme order). Each need has its shortfall, band and position, its lowest-scoring items
 * below target (enablers first when the position points to enablers), what good looks like, the
 * programme roles the framework names for the theme with the responsibility that makes each the right
 * one, and peers at or above target on the theme (same region first).
 *
 * @param score - One organisation's scores.
 * @param options - The framework (required), peers, roles, targets, regions and thresholds.
 * @returns The needs, deeply frozen, naming the method and options used.
 * @throws TypeError when the options or scores are not what they should be.
 * @throws RangeError when an option is out of range or the scores were computed with another framework.
 * @example
 * ```ts
 * const { needs } = analyseNeeds(scores.organisations[0], { framework, peers: scores });
 * needs[0]?.title; // the most urgent theme
 * needs[0]?.peers.map((peer) => peer.organisationId); // who is at target on it
 * ```
 * @category Analysis
 */
export function analyseNeeds(score: OrganisationScore, options: AnalyseNeedsOptions): DevelopmentNeeds {
  const fn = 'analyseNeeds';
  const ctx = resolveContext(fn, options);
  checkScore(fn, ctx.framework, score);
  const settings = needsSettings(fn, options);
  const peerList = options.peers === undefined ? [] : organisationList(fn, ctx.framework, options.peers, 'options.peers');
  const index = buildPeerIndex(ctx, peerList);
  const used = needsOptionsUsed(ctx, options, settings, peerList.length);
  return deepFreeze({ ...computeNeeds(ctx, settings, computeGaps(ctx, score), index), method: { ...NEEDS_METHOD, options: used } });
}
