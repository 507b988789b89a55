// Reads the actor of a governance step (`{ roleId, regionId?, allianceId?, icbId?, name? }`) by the rules of
// ActorSchema, written out by hand: the governance steps parse nothing, so that they must not bundle zod
// (test/build/bundle-budgets.test.ts). test/programme/actor.test.ts holds this to ActorSchema's verdict and output.
import type { Actor } from './records.js';

const ROLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REGION_ID = /^Y\d\d$/;
const ALLIANCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ICB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One field of an actor: its key, the pattern of its value (none: any non-empty text, trimmed) and the message. */
const FIELDS: readonly { readonly key: keyof Actor; readonly optional: boolean; readonly pattern?: RegExp; readonly message: string }[] = [
  { key: 'roleId', optional: false, pattern: ROLE_ID, message: 'role id must be kebab-case, e.g. "regional-team"' },
  { key: 'regionId', optional: true, pattern: REGION_ID, message: 'region id must be an ODS region code: "Y" and two digits, e.g. "Y56"' },
  { key: 'allianceId', optional: true, pattern: ALLIANCE_ID, message: 'alliance id must be kebab-case, e.g. "cheshire-and-merseyside"' },
  { key: 'icbId', optional: true, pattern: ICB_ID, message: 'ICB id must be kebab-case, e.g. "norfolk-and-suffolk-icb" (an ODS code such as "QYG" is an attribute, not the id)' },
  { key: 'name', optional: true, message: 'must not be empty' },
];

/** How zod names the type of a value it did not expect (zod's parsedType and its English wording). */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value && typeof value.constructor === 'function') {
    return value.constructor.name;
  }
  return typeof value;
}

/** A problem with an actor: the key concerned (none: the actor as a whole) and what is wrong, worded as zod words it. */
export interface ActorProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/** The actor, frozen, with its name trimmed; or the problems, in the order ActorSchema reports them. */
export function readActor(value: unknown): { readonly success: true; readonly data: Actor } | { readonly success: false; readonly problems: readonly ActorProblem[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { success: false, problems: [{ path: [], message: `Invalid input: expected object, received ${typeName(value)}` }] };
  }
  const input = value as Record<string, unknown>;
  const problems: ActorProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const given = input[field.key];
    if (given === undefined) {
      if (!field.optional) problems.push({ path: [field.key], message: 'Invalid input: expected string, received undefined' });
      else if (field.key in input) out[field.key] = undefined;
      continue;
    }
    if (typeof given !== 'string') {
      problems.push({ path: [field.key], message: `Invalid input: expected string, received ${typeName(given)}` });
      // zod still runs a length check on a value of the wrong type when it has a length (an array, say).
      const length: unknown = given === null ? undefined : Reflect.get(Object(given), 'length');
      if (field.pattern === undefined && length !== undefined && !((length as number) >= 1)) problems.push({ path: [field.key], message: field.message });
      continue;
    }
    const read = field.pattern === undefined ? given.trim() : given;
    if (field.pattern === undefined ? read.length < 1 : !field.pattern.test(read)) {
      problems.push({ path: [field.key], message: field.message });
      continue;
    }
    out[field.key] = read;
  }
  const unknown = Object.keys(input).filter((key) => !FIELDS.some((field) => field.key === key));
  if (unknown.length > 0) {
    problems.push({ path: [], message: `Unrecognized key${unknown.length === 1 ? '' : 's'}: ${unknown.map((key) => `"${key}"`).join(', ')}` });
  }
  return problems.length > 0 ? { success: false, problems } : { success: true, data: Object.freeze(out) as Actor };
}
