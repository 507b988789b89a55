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
  // The cache first: a national analysis asks for the same few roles for every need of every organisation.
  let role = roleCache.get(roleId);
  if (role === undefined) {
    const found = findRole(roleId);
    if (found === undefined) return null;
    const own = responsibilitiesOf(roleId, { involved: false });
    const statements = own.length > 0 ? own : responsibilitiesOf(roleId);
    role = deepFreeze({ name: found.name, responsibilities: statements.map(toRef) });
    roleCache.set(roleId, role);
  }
  return role;
};

/** The bundled programme data never changes, so each role is read once. */
const roleCache = new Map<string, RoleRef>();

/**
 * The responsibility statement of the bundled programme with this id, when it is about the role or names it; null
 * otherwise. A framework's `supportedBy` entry that names a responsibility is shown with this statement.
 */
export function programmeStatement(roleId: string, responsibilityId: string): ResponsibilityRef | null {
  const key = `${roleId} ${responsibilityId}`;
  // Only a known role's statements are cached, so a cached one needs no look-up of its role.
  let statement = statementCache.get(key);
  if (statement === undefined) {
    if (findRole(roleId) === undefined) return null;
    const found = responsibilitiesOf(roleId).find((responsibility) => responsibility.id === responsibilityId);
    statement = found === undefined ? null : deepFreeze(toRef(found));
    statementCache.set(key, statement);
  }
  return statement;
}

const statementCache = new Map<string, ResponsibilityRef | null>();

/**
 * The responsibility statements of the bundled 2019 programme paper that must never be offered as help with a
 * development need, in the paper's order: the Regional Director's accountability for performance (RD0), the
 * regional teams' formal intervention powers (RT1) and their quarterly monitoring with holding back funding (RT3),
 * assurance through the Cancer Delivery Group (JW2), and the accountability notes: organisations accountable to
 * Regional Directors (ACC1), sign-off of delivery plans (ACC2), the Cancer Delivery Group's actions including holding
 * back funding (ACC3) and its change control (ACC4). Every other statement says how a role supports, enables, advises
 * or provides something to alliances. Pass it to `parseFramework` or `lintFramework` as `notHelp`, so that a theme's
 * `supportedBy` that names one of them is refused (`responsibility-not-help`).
 *
 * @example
 * ```ts
 * import { parseFramework } from 'cancer-alliance-framework';
 * import { nonHelpResponsibilityIds } from 'cancer-alliance-framework/analysis';
 * import { responsibilities, roles } from 'cancer-alliance-framework/programme';
 * const framework = parseFramework(yamlText, { roles: roles.map((role) => role.id), responsibilities, notHelp: nonHelpResponsibilityIds });
 * ```
 * @category Analysis
 */
export const nonHelpResponsibilityIds: readonly string[] = /* @__PURE__ */ Object.freeze(['RD0', 'RT1', 'RT3', 'JW2', 'ACC1', 'ACC2', 'ACC3', 'ACC4']);
