import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readActor } from '../../src/programme/actor.js';
import { ActorSchema } from '../../src/programme/records.js';

/** What ActorSchema says of a value, in readActor's terms. */
function bySchema(value: unknown): unknown {
  const parsed = ActorSchema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data, keys: Object.keys(parsed.data), frozen: Object.isFrozen(parsed.data) };
  return { success: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) };
}

function byHand(value: unknown): unknown {
  const read = readActor(value);
  if (read.success) return { success: true, data: read.data, keys: Object.keys(read.data), frozen: Object.isFrozen(read.data) };
  return { success: false, problems: read.problems.map((problem) => ({ path: [...problem.path], message: problem.message })) };
}

const cell = fc.oneof(
  fc.constantFrom('regional-director', 'national-cancer-director', 'Regional Director', 'Y58', 'Y5', 'QYG', 'Qyg', 'swag', 'east-of-england-north'),
  fc.constantFrom('', '  ', ' A. Director ', 'x', '-a', 'a--b'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(undefined, null, 0, Number.NaN, Number.POSITIVE_INFINITY, true, [], ['x'], {}, { length: 0 }, new Date(0), Object.create(null)),
);
const actor = fc.dictionary(fc.constantFrom('roleId', 'regionId', 'allianceId', 'icbId', 'name', 'extra', 'role'), cell, { maxKeys: 6 });

describe('readActor, the governance steps’ reading of an actor without zod', () => {
  it('agrees with ActorSchema: the same verdict, the same data (frozen, name trimmed) or the same problems in order', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(actor, cell), (value) => {
        expect(byHand(value)).toEqual(bySchema(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with ActorSchema on hand-picked actors', () => {
    for (const value of [
      { roleId: 'regional-director', regionId: 'Y58' },
      { roleId: 'regional-director', regionId: 'Y58', name: '  A. Director  ' },
      { roleId: 'alliance-chair', allianceId: 'swag', regionId: undefined },
      { roleId: 'Regional Director' },
      { roleId: 'provider', icbId: 'QYG', extra: 1, more: 2 },
      {},
      'regional-director',
      null,
    ]) {
      expect(byHand(value), JSON.stringify(value)).toEqual(bySchema(value));
    }
  });
});
