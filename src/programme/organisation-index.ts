// Look-ups in the slim index of the bundled organisations data (./organisations.generated.ts, organisationIndex): the
// names and the alliances' regions and days, which is all the analyses, reports and governance steps need, so that
// their bundles leave the rest of the data (sources, notes, codes) out.
import { organisationIndex } from './organisations.generated.js';
import type { OrganisationIndex, RegionId } from './schema.js';

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
