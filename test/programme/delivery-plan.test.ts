import { describe, expect, it } from 'vitest';
import { createDeliveryPlan, signDeliveryPlan, submitDeliveryPlan, type DeliveryPlan } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import {
  ALLIANCE,
  YEAR,
  chair,
  day,
  draftPlan,
  managingDirector,
  nationalDirector,
  refusedCodes,
  signedOffPlan,
  snapshot,
  southEastDirector,
  southWestDirector,
  submittedPlan,
} from './helpers.js';

describe('createDeliveryPlan', () => {
  it('creates a draft plan prepared by the alliance, with its signatories resolved for its region', () => {
    const plan = draftPlan();
    expect(plan).toMatchObject({
      kind: 'delivery-plan',
      allianceId: ALLIANCE,
      regionId: 'Y58',
      financialYear: YEAR,
      ruleSetId: 'programme-2019',
      status: 'draft',
      version: 1,
      signatures: [],
      changes: [],
    });
    expect(plan.requiredSignatories).toEqual([
      { roleId: 'regional-director', regionId: 'Y58', title: 'Regional Director, South West' },
      { roleId: 'national-cancer-director', title: 'National Cancer Director' },
    ]);
    expect(plan.history).toEqual([{ kind: 'created', by: managingDirector, at: day(2023, 3, 3) }]);
    expect(isDeepFrozen(plan)).toBe(true);
  });

  it("lets any of the alliance's officers prepare it, and keeps a summary", () => {
    const plan = createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, summary: ' Our plan ', by: chair, at: day(2023, 3, 3) });
    expect(plan.summary).toBe('Our plan');
    expect(createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'cancer-alliance', allianceId: ALLIANCE }, at: day(2023, 3, 3) }).status).toBe('draft');
  });

  it('copies its input and does not change it', () => {
    const input = { allianceId: ALLIANCE, financialYear: YEAR, by: { ...managingDirector }, at: day(2023, 3, 3) };
    const before = snapshot(input);
    const plan = createDeliveryPlan(input);
    expect(input).toEqual(before);
    input.at.setFullYear(2030);
    expect(plan.history[0]?.at).toEqual(day(2023, 3, 3));
  });

  it('refuses an unknown alliance', () => {
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: 'atlantis', financialYear: YEAR, by: managingDirector, at: day(2023, 3, 3) }))).toEqual(['unknown-alliance']);
  });

  it('refuses an alliance not in force in the financial year', () => {
    const mergedEarly = () =>
      createDeliveryPlan({
        allianceId: 'east-of-england',
        financialYear: '2023/24',
        by: { roleId: 'alliance-managing-director', allianceId: 'east-of-england' },
        at: day(2023, 3, 3),
      });
    expect(refusedCodes(mergedEarly)).toEqual(['alliance-not-in-force']);
    const splitLate = () =>
      createDeliveryPlan({
        allianceId: 'east-of-england-north',
        financialYear: '2024/25',
        by: { roleId: 'alliance-managing-director', allianceId: 'east-of-england-north' },
        at: day(2024, 1, 3),
      });
    expect(refusedCodes(splitLate)).toEqual(['alliance-not-in-force']);
  });

  it('refuses a step dated when the rule set is not in force', () => {
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: '2024/25', by: managingDirector, at: day(2024, 3, 3) }))).toEqual([
      'rule-set-not-in-force',
    ]);
  });

  it('refuses a role that does not prepare plans, or an officer of another alliance', () => {
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: southWestDirector, at: day(2023, 3, 3) }))).toEqual(['not-permitted']);
    expect(
      refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'alliance-managing-director', allianceId: 'swag' }, at: day(2023, 3, 3) })),
    ).toEqual(['wrong-alliance']);
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'alliance-managing-director' }, at: day(2023, 3, 3) }))).toEqual([
      'wrong-alliance',
    ]);
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'chief-executive' }, at: day(2023, 3, 3) }))).toEqual(['unknown-role']);
    expect(
      refusedCodes(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'alliance-chair', allianceId: 'atlantis' }, at: day(2023, 3, 3) })),
    ).toEqual(['unknown-alliance', 'wrong-alliance']);
  });

  it('reports every problem at once', () => {
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: 'east-of-england', financialYear: YEAR, by: southWestDirector, at: day(2024, 5, 1) }))).toEqual([
      'alliance-not-in-force',
      'rule-set-not-in-force',
      'not-permitted',
    ]);
  });

  it('throws TypeError or RangeError, named, for malformed input', () => {
    const at = day(2023, 3, 3);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: '2023/25', by: managingDirector, at })).toThrow(/^createDeliveryPlan:.*2023\/24/);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: managingDirector, at: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: managingDirector, at: '2023-04-03' as unknown as Date })).toThrow(TypeError);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'Regional Director' }, at })).toThrow(/^createDeliveryPlan: by must be an actor/);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: { roleId: 'regional-director', regionId: 'London' }, at })).toThrow(TypeError);
    expect(() => createDeliveryPlan({ allianceId: 7 as unknown as string, financialYear: YEAR, by: managingDirector, at })).toThrow(TypeError);
    expect(() => createDeliveryPlan(null as never)).toThrow(/^createDeliveryPlan:/);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, summary: '', by: managingDirector, at })).toThrow(TypeError);
    expect(() => createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: managingDirector, at }, 'x' as never)).toThrow(TypeError);
  });
});

describe('submitDeliveryPlan', () => {
  it('submits a draft plan, recording who and when', () => {
    const draft = draftPlan();
    const before = snapshot(draft);
    const plan = submitDeliveryPlan(draft, { by: managingDirector, at: day(2023, 3, 20) });
    expect(plan.status).toBe('submitted');
    expect(plan.history.at(-1)).toEqual({ kind: 'submitted', by: managingDirector, at: day(2023, 3, 20) });
    expect(draft).toEqual(before);
    expect(draft.status).toBe('draft');
    expect(isDeepFrozen(plan)).toBe(true);
  });

  it('refuses a second submission and a signed-off plan', () => {
    expect(refusedCodes(() => submitDeliveryPlan(submittedPlan(), { by: managingDirector, at: day(2023, 3, 21) }))).toEqual(['already-submitted']);
    expect(refusedCodes(() => submitDeliveryPlan(signedOffPlan(), { by: managingDirector, at: day(2023, 5, 1) }))).toEqual(['already-signed-off']);
  });

  it('refuses a submitter outside the alliance', () => {
    expect(refusedCodes(() => submitDeliveryPlan(draftPlan(), { by: { roleId: 'provider' }, at: day(2023, 3, 20) }))).toEqual(['not-permitted']);
    expect(refusedCodes(() => submitDeliveryPlan(draftPlan(), { by: { roleId: 'alliance-chair', allianceId: 'swag' }, at: day(2023, 3, 20) }))).toEqual(['wrong-alliance']);
  });

  it('refuses a step dated before the last one', () => {
    expect(refusedCodes(() => submitDeliveryPlan(draftPlan(), { by: managingDirector, at: day(2023, 3, 1) }))).toEqual(['out-of-order']);
  });

  it('refuses what is not a delivery plan', () => {
    expect(() => submitDeliveryPlan({ kind: 'funding-agreement' } as unknown as DeliveryPlan, { by: managingDirector, at: day(2023, 3, 20) })).toThrow(/^submitDeliveryPlan:/);
  });
});

describe('signDeliveryPlan', () => {
  it('is signed off only when both the Regional Director and the National Cancer Director have signed', () => {
    const submitted = submittedPlan();
    const once = signDeliveryPlan(submitted, { by: southWestDirector, at: day(2023, 4, 2) });
    expect(once.status).toBe('submitted');
    expect(once.signatures).toEqual([{ signatory: southWestDirector, at: day(2023, 4, 2) }]);
    const twice = signDeliveryPlan(once, { by: { ...nationalDirector, name: 'N. Director' }, at: day(2023, 4, 3) });
    expect(twice.status).toBe('signed-off');
    expect(twice.history.map((entry) => entry.kind)).toEqual(['created', 'submitted', 'signed', 'signed', 'signed-off']);
    expect(twice.history.at(-1)).toMatchObject({ kind: 'signed-off', by: { roleId: 'national-cancer-director', name: 'N. Director' }, at: day(2023, 4, 3) });
    expect(submitted.status).toBe('submitted');
    expect(submitted.signatures).toEqual([]);
  });

  it('accepts the signatures in either order', () => {
    const first = signDeliveryPlan(submittedPlan(), { by: nationalDirector, at: day(2023, 4, 2) });
    expect(signDeliveryPlan(first, { by: southWestDirector, at: day(2023, 4, 2) }).status).toBe('signed-off');
  });

  it('refuses a signature on a plan not yet submitted', () => {
    expect(refusedCodes(() => signDeliveryPlan(draftPlan(), { by: southWestDirector, at: day(2023, 4, 2) }))).toEqual(['not-submitted']);
  });

  it("refuses a signature by another region's director, or one that names no region", () => {
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: southEastDirector, at: day(2023, 4, 2) }))).toEqual(['wrong-region']);
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: { roleId: 'regional-director' }, at: day(2023, 4, 2) }))).toEqual(['wrong-region']);
  });

  it('refuses a second signature by the same signatory', () => {
    const once = signDeliveryPlan(submittedPlan(), { by: southWestDirector, at: day(2023, 4, 2) });
    expect(refusedCodes(() => signDeliveryPlan(once, { by: southWestDirector, at: day(2023, 4, 3) }))).toEqual(['duplicate-signature']);
    const byNational = signDeliveryPlan(submittedPlan(), { by: nationalDirector, at: day(2023, 4, 2) });
    expect(refusedCodes(() => signDeliveryPlan(byNational, { by: { ...nationalDirector, name: 'Someone else' }, at: day(2023, 4, 3) }))).toEqual(['duplicate-signature']);
  });

  it('refuses a signature by someone who does not sign plans', () => {
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: chair, at: day(2023, 4, 2) }))).toEqual(['not-a-signatory']);
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: { roleId: 'cancer-delivery-group' }, at: day(2023, 4, 2) }))).toEqual(['not-a-signatory']);
    // A step of signing reads the record's own signatories, so a role no rule set knows is simply not one of them.
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: { roleId: 'the-minister' }, at: day(2023, 4, 2) }))).toEqual(['not-a-signatory']);
  });

  it('refuses a signature on a plan already signed off', () => {
    expect(refusedCodes(() => signDeliveryPlan(signedOffPlan(), { by: southWestDirector, at: day(2023, 5, 1) }))).toEqual(['already-signed-off', 'duplicate-signature']);
  });

  it('refuses a signature dated before the last step', () => {
    expect(refusedCodes(() => signDeliveryPlan(submittedPlan(), { by: southWestDirector, at: day(2023, 3, 19) }))).toEqual(['out-of-order']);
  });

  it('names the reason in the message', () => {
    expect.assertions(2);
    try {
      signDeliveryPlan(submittedPlan(), { by: southEastDirector, at: day(2023, 4, 2) });
    } catch (error) {
      expect(String(error)).toMatch(/region Y59 acts for another region\n {4}hint: This step needs the regional-director of region Y58\./);
      expect((error as { issues: readonly { location: { id?: string } }[] }).issues[0]?.location.id).toBe('delivery-plan peninsula 2023/24');
    }
  });

  it('never changes the plan or the step it is given', () => {
    const plan = submittedPlan();
    const step = { by: { ...southWestDirector }, at: day(2023, 4, 2) };
    const beforePlan = snapshot(plan);
    const beforeStep = snapshot(step);
    const signed = signDeliveryPlan(plan, step);
    expect(plan).toEqual(beforePlan);
    expect(step).toEqual(beforeStep);
    expect(isDeepFrozen(signed)).toBe(true);
    expect(() => signDeliveryPlan({} as DeliveryPlan, step)).toThrow(/^signDeliveryPlan:/);
  });
});
