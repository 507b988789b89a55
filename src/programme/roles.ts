import type { RoleId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import { programme2019Data } from './programme-2019.generated.js';
import { ROLE_IDS, isRoleId } from './role-ids.js';
import type { DataSource, Responsibility, Role } from './schema.js';

/** The programme's roles, in the order of `ROLE_IDS`, made and frozen on first use (the public `roles`). */
export const bundledRoles = /* @__PURE__ */ lazy((): readonly Role[] =>
  deepFreeze(
    ROLE_IDS.map((id) => {
      const role = programme2019Data().roles.find((candidate) => candidate.id === id);
      if (!role) throw new Error(`roles: the bundled programme data has no role "${id}"; run npm run generate`);
      return role;
    }),
  ),
);

/** The statements of the 2019 paper (the public `responsibilities`). */
export function bundledResponsibilities(): readonly Responsibility[] {
  return programme2019Data().responsibilities;
}

/** The sources of the programme data (the public `programmeSources`). */
export function bundledSources(): readonly DataSource[] {
  return programme2019Data().sources;
}

function checkRole(roleId: unknown, name: string): asserts roleId is RoleId {
  if (typeof roleId !== 'string') throw new TypeError(`${name}: roleId must be a string, got ${typeof roleId}`);
  if (!isRoleId(roleId)) throw new RangeError(`${name}: "${roleId}" is not a programme role; use one of ${ROLE_IDS.join(', ')}`);
}

/**
 * Finds a programme role by its id.
 *
 * @param roleId - A role id such as `regional-director`.
 * @returns The role.
 * @throws RangeError when `roleId` is not one of `ROLE_IDS`; TypeError when it is not a string.
 * @example
 * ```ts
 * findRole('cancer-delivery-group').kind; // 'group'
 * ```
 * @category Programme
 */
export function findRole(roleId: string): Role {
  checkRole(roleId, 'findRole');
  const role = bundledRoles().find((candidate) => candidate.id === roleId);
  if (!role) throw new RangeError(`findRole: "${roleId}" is not in the bundled roles`);
  return role;
}

/**
 * Options for `responsibilitiesOf`.
 *
 * @category Programme
 */
export interface ResponsibilitiesOfOptions {
  /** Include statements that name the role without being about it (e.g. the Alliance Chair in RT2). Default true. */
  readonly involved?: boolean | undefined;
}

/**
 * Lists the statements of the 2019 paper about a role, and (by default) those that name it, in the paper's order.
 *
 * @param roleId - A role id such as `regional-team`.
 * @param options - Whether to include statements that only name the role.
 * @returns The responsibilities, deeply frozen; an officer with no statement of its own may have none.
 * @throws RangeError when `roleId` is not one of `ROLE_IDS`; TypeError when it is not a string.
 * @example
 * ```ts
 * responsibilitiesOf('regional-team').map((r) => r.id); // ['RT1', 'RT2', 'RT3', 'RT4', 'NT2', 'JW1', 'JW2', 'ACC3']
 * responsibilitiesOf('alliance-chair').map((r) => r.id); // ['RT2']
 * ```
 * @category Programme
 */
export function responsibilitiesOf(roleId: string, options?: ResponsibilitiesOfOptions | undefined): readonly Responsibility[] {
  checkRole(roleId, 'responsibilitiesOf');
  const involved = options?.involved ?? true;
  return deepFreeze(bundledResponsibilities().filter((responsibility) => responsibility.roleIds.includes(roleId) || (involved && responsibility.involves.includes(roleId))));
}

function words(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Searches the responsibilities by topic: a statement matches when the topic is one of its topic tags
 * (such as `funding`, `assurance`, `sign-off`), or when every word of the topic starts a word of its text,
 * emphasis or tags. Case is ignored.
 *
 * @param topic - A topic or a few words, e.g. `"funding"` or `"holding back funding"`.
 * @returns The matching responsibilities in the paper's order, deeply frozen.
 * @throws RangeError when `topic` has no letters or digits; TypeError when it is not a string.
 * @example
 * ```ts
 * searchResponsibilities('holding back funding').map((r) => r.id); // ['RT3', 'ACC3']
 * ```
 * @category Programme
 */
export function searchResponsibilities(topic: string): readonly Responsibility[] {
  if (typeof topic !== 'string') throw new TypeError(`searchResponsibilities: topic must be a string, got ${typeof topic}`);
  const wanted = words(topic);
  if (wanted.length === 0) throw new RangeError('searchResponsibilities: topic must contain a letter or digit, e.g. "funding"');
  const tag = wanted.join('-');
  return deepFreeze(
    bundledResponsibilities().filter((responsibility) => {
      if (responsibility.topics.includes(tag)) return true;
      const haystack = words([responsibility.text, ...responsibility.emphasis, ...responsibility.topics].join(' '));
      return wanted.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    }),
  );
}
