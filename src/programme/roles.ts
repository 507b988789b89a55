import type { RoleId } from '../framework/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { isObject } from '../internal/guards.js';
import { programme2019Data } from './programme-2019.generated.js';
import type { DataSource, Responsibility, Role, RuleSet } from './schema.js';

/** The roles of the bundled rule set, `programme2019` (the public `roles`). */
export function bundledRoles(): readonly Role[] {
  return programme2019Data().roles;
}

/** The statements of the 2019 paper (the public `responsibilities`). */
export function bundledResponsibilities(): readonly Responsibility[] {
  return programme2019Data().responsibilities;
}

/** The sources of the bundled rule set (the public `programmeSources`). */
export function bundledSources(): readonly DataSource[] {
  return programme2019Data().sources;
}

/**
 * Options naming the rule set whose roles and responsibilities to read.
 *
 * @category Programme
 */
export interface RuleSetOptions {
  /** The rule set. Default `programme2019`. */
  readonly ruleSet?: RuleSet | undefined;
}

/** The rule set of options that may name one, checked to be a rule set (its roles at least). */
export function ruleSetIn(options: RuleSetOptions | undefined, name: string): RuleSet {
  if (options === undefined) return programme2019Data();
  if (!isObject(options)) throw new TypeError(`${name}: options must be an object or undefined`);
  const ruleSet = options.ruleSet ?? programme2019Data();
  if (!isObject(ruleSet) || typeof (ruleSet.id as unknown) !== 'string' || !Array.isArray(ruleSet.roles) || typeof (ruleSet.artefacts as unknown) !== 'object') {
    throw new TypeError(`${name}: options.ruleSet must be a rule set, such as programme2019 or the result of parseRuleSet`);
  }
  return ruleSet;
}

/** The role of a rule set with that id, or undefined. */
export function roleIn(ruleSet: RuleSet, roleId: string): Role | undefined {
  return ruleSet.roles.find((role) => role.id === roleId);
}

function checkRole(roleId: unknown, ruleSet: RuleSet, name: string): asserts roleId is RoleId {
  if (typeof roleId !== 'string') throw new TypeError(`${name}: roleId must be a string, got ${typeof roleId}`);
  if (!roleIn(ruleSet, roleId)) {
    throw new RangeError(`${name}: "${roleId}" is not a role of the rule set "${ruleSet.id}"; use one of ${ruleSet.roles.map((role) => role.id).join(', ')}`);
  }
}

/**
 * Finds a role of a rule set by its id: the roles are the rule set's data, so a later rule set may declare roles the
 * 2019 paper never had.
 *
 * @param roleId - A role id such as `regional-director`.
 * @param options - The rule set to look in (default `programme2019`).
 * @returns The role, or undefined when the rule set declares none with that id.
 * @throws TypeError when `roleId` is not a string or `options.ruleSet` is not a rule set.
 * @example
 * ```ts
 * findRole('cancer-delivery-group')?.kind; // 'group'
 * findRole('chief-executive'); // undefined
 * ```
 * @category Programme
 */
export function findRole(roleId: string, options?: RuleSetOptions | undefined): Role | undefined {
  if (typeof roleId !== 'string') throw new TypeError(`findRole: roleId must be a string, got ${typeof roleId}`);
  return roleIn(ruleSetIn(options, 'findRole'), roleId);
}

/**
 * Options for `responsibilitiesOf`.
 *
 * @category Programme
 */
export interface ResponsibilitiesOfOptions extends RuleSetOptions {
  /** Include statements that name the role without being about it (e.g. the Alliance Chair in RT2). Default true. */
  readonly involved?: boolean | undefined;
}

/**
 * Lists a rule set's statements about a role, and (by default) those that name it, in the rule set's order.
 *
 * @param roleId - A role id such as `regional-team`.
 * @param options - Whether to include statements that only name the role, and the rule set (default `programme2019`).
 * @returns The responsibilities, deeply frozen; an officer with no statement of its own may have none.
 * @throws RangeError when the rule set declares no such role; TypeError when `roleId` is not a string.
 * @example
 * ```ts
 * responsibilitiesOf('regional-team').map((r) => r.id); // ['RT1', 'RT2', 'RT3', 'RT4', 'NT2', 'JW1', 'JW2', 'ACC3']
 * responsibilitiesOf('alliance-chair').map((r) => r.id); // ['RT2']
 * ```
 * @category Programme
 */
export function responsibilitiesOf(roleId: string, options?: ResponsibilitiesOfOptions | undefined): readonly Responsibility[] {
  const ruleSet = ruleSetIn(options, 'responsibilitiesOf');
  checkRole(roleId, ruleSet, 'responsibilitiesOf');
  const involved = options?.involved ?? true;
  return deepFreeze(ruleSet.responsibilities.filter((responsibility) => responsibility.roleIds.includes(roleId) || (involved && responsibility.involves.includes(roleId))));
}

function words(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Searches a rule set's responsibilities by topic: a statement matches when the topic is one of its topic tags (such as
 * `funding`, `assurance`, `sign-off`), or when every word of the topic starts a word of its text, emphasis or tags.
 * Case is ignored.
 *
 * @param topic - A topic or a few words, e.g. `"funding"` or `"holding back funding"`.
 * @param options - The rule set to search (default `programme2019`).
 * @returns The matching responsibilities in the rule set's order, deeply frozen.
 * @throws RangeError when `topic` has no letters or digits; TypeError when it is not a string.
 * @example
 * ```ts
 * searchResponsibilities('holding back funding').map((r) => r.id); // ['RT3', 'ACC3']
 * ```
 * @category Programme
 */
export function searchResponsibilities(topic: string, options?: RuleSetOptions | undefined): readonly Responsibility[] {
  if (typeof topic !== 'string') throw new TypeError(`searchResponsibilities: topic must be a string, got ${typeof topic}`);
  const ruleSet = ruleSetIn(options, 'searchResponsibilities');
  const wanted = words(topic);
  if (wanted.length === 0) throw new RangeError('searchResponsibilities: topic must contain a letter or digit, e.g. "funding"');
  const tag = wanted.join('-');
  return deepFreeze(
    ruleSet.responsibilities.filter((responsibility) => {
      if (responsibility.topics.includes(tag)) return true;
      const haystack = words([responsibility.text, ...responsibility.emphasis, ...responsibility.topics].join(' '));
      return wanted.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    }),
  );
}
