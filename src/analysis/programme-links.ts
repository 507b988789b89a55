/**
 * The defaults that tie the analysis to the programme model: an organisation's region, a region's
 * name, and a programme role's name and responsibilities (the roles of the bundled rule set, programme2019). Each can be
 * replaced through the options.
 */
import { indexedAlliance, indexedRegionName } from '../programme/organisation-index.js';
import { responsibilitiesOf, findRole } from '../programme/roles.js';
import type { Responsibility } from '../programme/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { RegionName, RegionOf } from './context.js';
import type { ResponsibilityRef, RoleLookup, RoleRef } from './needs.js';

/** An alliance id resolves to its (hosting) NHS England region id; any other id to null. */
export const programmeRegionOf: RegionOf = (organisationId) => indexedAlliance(organisationId)?.regionId ?? null;

/** A region id resolves to the region's name in the programme model; an unknown id names itself. */
export const programmeRegionName: RegionName = (regionId) => indexedRegionName(regionId) ?? regionId;

function toRef(responsibility: Responsibility): ResponsibilityRef {
  return { id: responsibility.id, phrase: responsibility.emphasis.join('; '), text: responsibility.text };
}

/**
 * A programme role resolves to its name and its responsibilities: the statements about the role
 * itself, or, when it has none of its own, the statements that name it.
 */
export const programmeRoles: RoleLookup = (roleId) => {
  const found = findRole(roleId);
  if (found === undefined) return null;
  let role = roleCache.get(roleId);
  if (role === undefined) {
    const own = responsibilitiesOf(roleId, { involved: false });
    const statements = own.length > 0 ? own : responsibilitiesOf(roleId);
    role = deepFreeze({ name: found.name, responsibilities: statements.map(toRef) });
    roleCache.set(roleId, role);
  }
  return role;
};

/** The bundled programme data never changes, so each role is read once. */
const roleCache = new Map<string, RoleRef>();
