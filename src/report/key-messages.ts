import { formatNumber, formatPercent, formatScore, plural } from './format.js';
import type { AllianceChange, AlliancePriorities, AllianceSummary, AllianceTheme, KeyMessage, LowAgreement, ReportNeed } from './model.js';

// The first page of an alliance report: its top priorities and its key messages, by the rules in docs/reports.md
// ("The first page"). Internal.

/** The most key messages on a first page. */
const MAX_MESSAGES = 5;

/** "T6 Data, evidence and insight": a theme by its id and title, which no list can run together. */
function named(theme: AllianceTheme): string {
  return `${theme.themeId} ${theme.title}`;
}

/** Theme ids in words: "T1", "T1 and T2", "T1, T2 and T3" (ids hold no comma, so the list is unambiguous). */
export function idsInWords(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]!}`;
}

/**
 * The top priorities, at most `limit` needs in their rank order, and the other themes below target: the needs beyond
 * the limit, then the sufficient themes short of target by less than a need's minimum (largest shortfall first,
 * then framework order).
 */
export function prioritiesOf(themes: readonly AllianceTheme[], needs: readonly ReportNeed[], limit: number): AlliancePriorities {
  const needIds = new Set(needs.map((need) => need.themeId));
  const minor = themes
    .filter((theme) => theme.sufficient && theme.shortfall !== null && theme.shortfall > 0 && !needIds.has(theme.themeId))
    .sort((a, b) => b.shortfall! - a.shortfall!);
  return {
    limit,
    top: needs.slice(0, limit).map((need) => need.themeId),
    alsoBelowTarget: [...needs.slice(limit).map((need) => need.themeId), ...minor.map((theme) => theme.themeId)],
  };
}

/** What the key messages are chosen from. */
export interface KeyMessageFacts {
  readonly name: string;
  readonly respondents: number;
  readonly fewRespondents: number;
  readonly minShortfall: number;
  readonly lowAgreementBelow: number;
  readonly summary: AllianceSummary;
  readonly themes: readonly AllianceTheme[];
  readonly needs: readonly ReportNeed[];
  readonly priorities: AlliancePriorities;
  readonly low: readonly LowAgreement[];
  readonly change: AllianceChange | null;
}

function overallMessage(facts: KeyMessageFacts): KeyMessage {
  const { summary } = facts;
  const national = summary.nationalMedianToTarget === null ? '' : ` (the national median is ${formatPercent(summary.nationalMedianToTarget)})`;
  return {
    code: 'overall',
    text: `At or above target on ${summary.themesAtOrAboveTarget} of ${plural(summary.sufficientThemes, 'theme')} with sufficient evidence; ${formatPercent(summary.toTarget)} of the way to target overall${national}.`,
  };
}

function prioritiesMessage(facts: KeyMessageFacts, byId: ReadonlyMap<string, AllianceTheme>): KeyMessage {
  const { needs, priorities, summary } = facts;
  const first = needs[0];
  if (first === undefined) {
    return {
      code: 'priorities',
      text: `No theme is a priority need: none falls ${formatNumber(facts.minShortfall, 2)} or more below its target.`,
    };
  }
  const theme = byId.get(first.themeId);
  const then = priorities.top.slice(1);
  const rest = priorities.alsoBelowTarget.length;
  return {
    code: 'priorities',
    text:
      `${needs.length} of ${plural(summary.sufficientThemes, 'theme')} are priority needs. Most urgent: ${theme === undefined ? first.themeId : named(theme)} ` +
      `(${formatScore(first.score)} against a target of ${formatNumber(first.target, 2)})${then.length === 0 ? '' : `, then ${idsInWords(then)}`}.` +
      (rest === 0 ? '' : ` ${rest === 1 ? 'One other theme is' : `${rest} other themes are`} also below target: they come after these.`),
  };
}

/** When the enablers behind the top priorities are below target too: put them in place first. */
function foundationsMessage(facts: KeyMessageFacts): KeyMessage | null {
  const top = facts.needs.slice(0, facts.priorities.top.length);
  const weak = top.filter((need) => need.position === 'foundational-gap' || need.position === 'fragile');
  if (weak.length === 0) return null;
  const which =
    weak.length === top.length
      ? top.length === 1
        ? 'In the top priority'
        : `In ${top.length === 2 ? 'both' : `all ${top.length}`} top priorities`
      : `In ${idsInWords(weak.map((need) => need.themeId))}`;
  return {
    code: 'foundations',
    text: `${which} the enablers (Enabling Factors) are below target too: put them in place first, starting with the lowest-scoring ones.`,
  };
}

/** The change since the previous round, clear or not. */
function changeMessage(facts: KeyMessageFacts): KeyMessage | null {
  const { change } = facts;
  if (change === null || !change.inPreviousRound || change.comparable === 0) return null;
  const unclear = change.comparable - change.clearlyImproved - change.clearlyDeclined;
  const declined = change.clearlyDeclined === 0 ? '' : `, ${change.clearlyDeclined} declined clearly`;
  const within = unclear === 0 ? '' : `; on ${unclear} the change is within what a different set of respondents could give`;
  return {
    code: 'change',
    text: `Since ${change.previous.label}: ${change.clearlyImproved} of ${plural(change.comparable, 'theme')} improved clearly${declined}${within}.`,
  };
}

/** How far the evidence bears the figures: few respondents, themes with too little evidence, or disagreement. */
function evidenceMessage(facts: KeyMessageFacts): KeyMessage | null {
  if (facts.respondents < facts.fewRespondents) {
    return { code: 'evidence', text: `Only ${plural(facts.respondents, 'person', 'people')} responded: each score rests on few views, so read it with care.` };
  }
  const insufficient = facts.themes.filter((theme) => !theme.sufficient).map((theme) => theme.themeId);
  if (insufficient.length > 0) {
    return {
      code: 'evidence',
      text: `${idsInWords(insufficient)} ${insufficient.length === 1 ? 'has' : 'have'} too little evidence to be a finding: too few of their items were scored.`,
    };
  }
  const disagree = facts.low.filter((entry) => entry.level === 'theme').map((entry) => entry.id);
  if (disagree.length > 0) {
    return {
      code: 'evidence',
      text: `Respondents disagree on ${idsInWords(disagree)} (agreement below ${formatNumber(facts.lowAgreementBelow, 2)}): discuss ${disagree.length === 1 ? 'that score' : 'those scores'} before acting on ${disagree.length === 1 ? 'it' : 'them'}.`,
    };
  }
  return null;
}

/** A strength, or the theme placed best nationally. */
function strengthMessage(facts: KeyMessageFacts, byId: ReadonlyMap<string, AllianceTheme>): KeyMessage | null {
  const strength = facts.summary.strengths[0];
  const theme = strength === undefined ? undefined : byId.get(strength);
  if (theme !== undefined) {
    const more = facts.summary.strengths.length - 1;
    return {
      code: 'strength',
      text: `Strength: ${named(theme)} is at target with its behaviours and enablers both in place${more === 0 ? '' : ` (and ${plural(more, 'other theme')})`}: others can learn from it.`,
    };
  }
  let best: AllianceTheme | null = null;
  for (const candidate of facts.themes) {
    if (candidate.rank === null || candidate.distanceFromMedian === null) continue;
    if (best === null || candidate.rank / candidate.outOf < best.rank! / best.outOf) best = candidate;
  }
  // A best place in the bottom half is no strength: then there is no such message.
  if (best === null || best.rank! > Math.ceil(best.outOf / 2)) return null;
  return {
    code: 'strength',
    text: `Best placed nationally: ${named(best)}, ranked ${best.rank!} of ${best.outOf} (${formatScore(best.score)} against a national median of ${formatScore(best.national.median)}).`,
  };
}

/**
 * Three to five key messages, in this order: where the alliance stands overall, its priorities, at most two of
 * (the enablers behind the priorities, the change since the previous round, what the evidence can bear), and its
 * strength or best-placed theme. An alliance with no scores gets one message saying so.
 */
export function keyMessagesOf(facts: KeyMessageFacts, scored: boolean): KeyMessage[] {
  if (!scored) {
    return [{ code: 'no-scores', text: `Too few people responded for ${facts.name} (${facts.respondents}), so its scores are withheld: this report holds no findings.` }];
  }
  const byId = new Map(facts.themes.map((theme) => [theme.themeId, theme]));
  const optional = [foundationsMessage(facts), changeMessage(facts), evidenceMessage(facts)].filter((message): message is KeyMessage => message !== null).slice(0, 2);
  const strength = strengthMessage(facts, byId);
  return [overallMessage(facts), prioritiesMessage(facts, byId), ...optional, ...(strength === null ? [] : [strength])].slice(0, MAX_MESSAGES);
}
