import { roundName } from './format.js';
import type { AllianceTheme, NationalTheme, ReportCaveat, ReportHeader } from './model.js';
import type { Prepared, ThemeInfo } from './prepare.js';

/**
 * The header every report opens with, its keys in the order of the report's JSON: the kind, the title, the subtitle
 * (the framework's title, and the round's when there is one), the organisations' noun, the rounds, the notice about
 * the data, the provenance, the caveats and the scales.
 */
export function reportHeader<K extends ReportHeader['kind']>(p: Prepared, kind: K, title: string, caveats: readonly ReportCaveat[]): ReportHeader<K> {
  return {
    kind,
    title,
    subtitle: p.round === null ? p.framework.title : `${p.framework.title} · ${roundName(p.round)}`,
    noun: p.noun,
    round: p.round,
    previousRound: p.previousRound,
    dataNotice: p.dataNotice,
    provenance: p.provenance,
    caveats,
    scales: p.scales,
  };
}

/** The fields every report's theme opens with, in this order: its id, title, aim and scale. */
export function themeHeading(info: ThemeInfo): Pick<AllianceTheme & NationalTheme, 'themeId' | 'title' | 'whatGoodLooksLike' | 'scaleId' | 'scaleMin' | 'scaleMax'> {
  return {
    themeId: info.id,
    title: info.title,
    whatGoodLooksLike: info.whatGoodLooksLike,
    scaleId: info.scale.id,
    scaleMin: info.min,
    scaleMax: info.max,
  };
}

/**
 * The caveat on change between rounds when the previous round used the same framework, or else the one that says
 * which framework and version it used and what `matched` can still be compared.
 */
export function changeComparabilityText(p: Prepared, earlier: { readonly id: string; readonly version: string } | undefined, matched: string): string {
  const sameFramework = earlier?.id === p.framework.id && earlier.version === p.framework.version;
  return sameFramework
    ? 'Changes count only where both rounds have sufficient evidence; a small change may reflect a different set of respondents rather than real progress.'
    : `The previous round used framework ${earlier?.id ?? ''} version ${earlier?.version ?? ''} and this round version ${p.framework.version}: changes count only for ${matched} with sufficient evidence in both rounds.`;
}
