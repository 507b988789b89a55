import { isObject } from '../internal/guards.js';
import type { RoleId } from '../framework/schema.js';
import { findAlliance, findIcb, findRegion } from './organisations.js';
import type { ActorInput, Party } from './records.js';
import { isRoleId } from './role-ids.js';
import { findRole } from './roles.js';
import type { AllianceId, IcbId, RegionId } from './schema.js';

/** Where a role is resolved: the alliance, its region, and the ICB for system and organisation roles. */
export interface PlaceContext {
  readonly allianceId?: AllianceId | undefined;
  readonly regionId?: RegionId | undefined;
  readonly icbId?: IcbId | undefined;
}

function title(roleId: string, place: { regionId?: string | undefined; allianceId?: string | undefined; icbId?: string | undefined }): string {
  const name = isRoleId(roleId) ? findRole(roleId).name : roleId;
  if (place.allianceId !== undefined) return `${name}, ${findAlliance(place.allianceId)?.name ?? place.allianceId}`;
  if (place.icbId !== undefined) return `${name}, ${findIcb(place.icbId)?.name ?? place.icbId}`;
  if (place.regionId !== undefined) return `${name}, ${findRegion(place.regionId)?.name ?? place.regionId}`;
  return name;
}

/** Resolves a role for a place by its scope: a regional role to the region, an alliance role to the alliance. */
export function resolveParty(roleId: RoleId, context: PlaceContext): Party {
  const scope = findRole(roleId).scope;
  const place =
    scope === 'regional'
      ? { ...(context.regionId === undefined ? {} : { regionId: context.regionId }) }
      : scope === 'alliance'
        ? { ...(context.allianceId === undefined ? {} : { allianceId: context.allianceId }) }
        : scope === 'system' || scope === 'organisation'
          ? { ...(context.icbId === undefined ? {} : { icbId: context.icbId }) }
          : {};
  return { roleId, title: title(roleId, place), ...place };
}

/**
 * Describes a person or body in a role, e.g. "Regional Director, South West (A. Director)".
 *
 * @param actor - The actor: a role, where it acts, and an optional personal name.
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
export function describeActor(actor: ActorInput): string {
  if (!isObject(actor) || typeof (actor.roleId as unknown) !== 'string') {
    throw new TypeError('describeActor: actor must be an object with a string roleId, e.g. { roleId: "national-cancer-director" }');
  }
  const base = title(actor.roleId, actor);
  return actor.name === undefined ? base : `${base} (${actor.name})`;
}
