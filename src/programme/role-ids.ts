import type { RoleId } from '../framework/schema.js';

/**
 * The ids of the programme's roles, in the order of the 2019 paper: Cancer Alliances and their officers,
 * regional teams, the national team, the Cancer Delivery Group, STPs/ICSs, commissioners and providers.
 * A framework theme's `supportedBy` list names roles by these ids.
 *
 * @example
 * ```ts
 * ROLE_IDS.includes('regional-director'); // true
 * ```
 * @category Programme
 */
export const ROLE_IDS: readonly RoleId[] = Object.freeze([
  'cancer-alliance',
  'alliance-chair',
  'alliance-managing-director',
  'alliance-chief-medical-officer',
  'regional-team',
  'regional-director',
  'national-team',
  'national-cancer-director',
  'cancer-delivery-group',
  'stp-ics',
  'commissioner',
  'provider',
  // Each is a kebab-case RoleId as RoleIdSchema reads it (test/programme checks them with the schema); written as
  // branded constants so that this list costs no zod, neither at load nor in a bundle.
] as string[] as RoleId[]);

/**
 * Tells whether a value is the id of a programme role.
 *
 * @param value - Any value.
 * @returns True when `value` is one of `ROLE_IDS`.
 * @example
 * ```ts
 * isRoleId('national-cancer-director'); // true
 * isRoleId('chief-executive'); // false
 * ```
 * @category Programme
 */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}
