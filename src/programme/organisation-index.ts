// Look-ups in the slim index of the bundled organisations data (./organisations.generated.ts, organisationIndex): the
// names and the alliances' regions and days, which is all the analyses, reports and governance steps need, so that
// their bundles leave the rest of the data (sources, notes, codes) out.
import { organisationIndex } from './organisations.generated.js';
import { longDayOf } from '../internal/day.js';
import type { OrganisationIndex, PlannedChange, RegionId } from './schema.js';

/** An alliance of the index. */
export type IndexedAlliance = OrganisationIndex['alliances'][string];

/** The alliance with that id in the bundled data, or undefined. */
export function indexedAlliance(id: string): IndexedAlliance | undefined {
  const { alliances } = organisationIndex();
  return Object.hasOwn(alliances, id) ? alliances[id] : undefined;
}

/** The name of the region with that id in the bundled data, or undefined. */
export function indexedRegionName(id: string): string | undefined {
  const { regions } = organisationIndex();
  return Object.hasOwn(regions, id) ? regions[id] : undefined;
}

/** The name of the ICB version with that id in the bundled data, or undefined. */
export function indexedIcbName(id: string): string | undefined {
  const { icbs } = organisationIndex();
  return Object.hasOwn(icbs, id) ? icbs[id] : undefined;
}

/** The regions an alliance's area lies in: its hosting region, then its members' regions, on any day of the period (all when none). */
export function indexedRegionIds(alliance: IndexedAlliance, period?: { readonly from: string; readonly to: string } | undefined): readonly RegionId[] {
  const ids = new Set<string>([alliance.regionId]);
  for (const member of alliance.memberRegions) {
    if (period === undefined || (member.validFrom <= period.to && (member.validTo === null || member.validTo >= period.from))) ids.add(member.regionId);
  }
  return [...ids] as RegionId[];
}

/**
 * The sentence that says a day lies beyond the organisations data's `asAt`, naming the changes announced by then that
 * it does not hold (`organisationsAt`'s notice).
 */
export function asAtNoticeOf(day: string, asAt: string, planned: readonly Pick<PlannedChange, 'summary' | 'expectedFrom' | 'certainty'>[]): string {
  const head = `The organisations data is as at ${longDayOf(asAt)}; ${longDayOf(day)} is later, so changes since then are not in it.`;
  if (planned.length === 0) return `${head} No change announced by then is recorded.`;
  const changes = planned.map((change) => `${change.summary.replace(/\.$/, '')} (expected ${longDayOf(change.expectedFrom)}; ${change.certainty})`);
  return `${head} Announced and not yet in the data: ${changes.join('; ')}.`;
}

/** `organisationsAt(day).notice` for the bundled data, from its index: null on or before its `asAt`. */
export function indexedAsAtNotice(day: string): string | null {
  const { asAt, planned } = organisationIndex();
  return day <= asAt
    ? null
    : asAtNoticeOf(
        day,
        asAt,
        planned.filter((change) => change.expectedFrom <= day),
      );
}
