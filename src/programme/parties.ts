import { isObject } from '../internal/guards.js';
import type { RoleId } from '../framework/schema.js';
import { endOfFinancialYear, startOfFinancialYear } from './calendar.js';
import { isoDayOf } from '../internal/day.js';
import { indexedAlliance, indexedIcbName, indexedRegionIds, indexedRegionName } from './organisation-index.js';
import type { ActorInput, Party } from './records.js';
import { roleIn, ruleSetIn, type RuleSetOptions } from './roles.js';
import type { AllianceId, IcbId, RegionId, RuleSet } from './schema.js';

/** Where a role is resolved: the alliance, a region, and the ICB for system and organisation roles. */
export interface PlaceContext {
  readonly allianceId?: AllianceId | undefined;
  readonly regionId?: RegionId | undefined;
  readonly icbId?: IcbId | undefined;
}

/** The alliance a step is about, and the regions its regional roles act for under the rule set. */
export interface AllianceContext {
  readonly allianceId: AllianceId;
  /** The regions a regional role may act for: the hosting region, or each region the alliance's area lies in. */
  readonly regionIds: readonly RegionId[];
}

function title(ruleSet: RuleSet, roleId: string, place: { regionId?: string | undefined; allianceId?: string | undefined; icbId?: string | undefined }): string {
  const name = roleIn(ruleSet, roleId)?.name ?? roleId;
  if (place.allianceId !== undefined) return `${name}, ${indexedAlliance(place.allianceId)?.name ?? place.allianceId}`;
  if (place.icbId !== undefined) return `${name}, ${indexedIcbName(place.icbId) ?? place.icbId}`;
  if (place.regionId !== undefined) return `${name}, ${indexedRegionName(place.regionId) ?? place.regionId}`;
  return name;
}

/** Resolves a role of a rule set for one place by its scope: a regional role to the region, an alliance role to the alliance. */
export function resolveParty(ruleSet: RuleSet, roleId: RoleId, context: PlaceContext): Party {
  const scope = roleIn(ruleSet, roleId)?.scope;
  const place =
    scope === 'regional'
      ? { ...(context.regionId === undefined ? {} : { regionId: context.regionId }) }
      : scope === 'alliance'
        ? { ...(context.allianceId === undefined ? {} : { allianceId: context.allianceId }) }
        : scope === 'system' || scope === 'organisation'
          ? { ...(context.icbId === undefined ? {} : { icbId: context.icbId }) }
          : {};
  return { roleId, title: title(ruleSet, roleId, place), ...place };
}

/**
 * The parties a role stands for in an alliance's business: for a regional role one per region of the context (each
 * region's Regional Director under `each-region`), otherwise one.
 */
export function partiesOf(ruleSet: RuleSet, roleId: RoleId, context: AllianceContext): readonly Party[] {
  if (roleIn(ruleSet, roleId)?.scope !== 'regional') return [resolveParty(ruleSet, roleId, { allianceId: context.allianceId })];
  return context.regionIds.map((regionId) => resolveParty(ruleSet, roleId, { allianceId: context.allianceId, regionId }));
}

/**
 * The context of an alliance's business under a rule set: its hosting region, or (under `each-region`) every region
 * its area lies in on any day of the period given (the alliance's whole history when none is).
 */
export function allianceContext(ruleSet: RuleSet, allianceId: AllianceId, period?: { readonly from: string; readonly to: string } | undefined): AllianceContext {
  const alliance = indexedAlliance(allianceId);
  if (!alliance) return { allianceId, regionIds: [] };
  if (ruleSet.parties.regional.resolvesTo === 'hosting-region') return { allianceId, regionIds: [alliance.regionId as RegionId] };
  return { allianceId, regionIds: indexedRegionIds(alliance, period) };
}

/** The period of a financial year as ISO days. */
export function financialYearPeriod(financialYear: string): { readonly from: string; readonly to: string } {
  return { from: isoDayOf(startOfFinancialYear(financialYear)), to: isoDayOf(endOfFinancialYear(financialYear)) };
}

/**
 * Options of `describeActor`.
 *
 * @category Programme
 */
export type DescribeActorOptions = RuleSetOptions;

/**
 * Describes a person or body in a role, e.g. "Regional Director, South West (A. Director)", with the role's name from
 * the rule set (the id itself when the rule set does not declare it).
 *
 * @param actor - The actor: a role, where it acts, and an optional personal name.
 * @param options - The rule set whose role names to use (default `programme2019`).
 * @returns A one-line description for people to read.
 * @throws TypeError when `actor` is not an object with a string `roleId`.
 * @example
 * ```ts
 * describeActor({ roleId: 'regional-director', regionId: 'Y58' }); // 'Regional Director, South West'
 * describeActor({ roleId: 'alliance-chair', allianceId: 'swag', name: 'J. Smith' });
 * // 'Alliance Chair, Somerset, Wiltshire, Avon and Gloucestershire (SWAG) Cancer Alliance (J. Smith)'
 * ```
 * @category Programme
 */
export function describeActor(actor: ActorInput, options?: DescribeActorOptions | undefined): string {
  if (!isObject(actor) || typeof (actor.roleId as unknown) !== 'string') {
    throw new TypeError('describeActor: actor must be an object with a string roleId, e.g. { roleId: "national-cancer-director" }');
  }
  const base = title(ruleSetIn(options, 'describeActor'), actor.roleId, actor);
  return actor.name === undefined ? base : `${base} (${actor.name})`;
}
