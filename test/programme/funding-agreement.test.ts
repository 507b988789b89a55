import { describe, expect, it } from 'vitest';
import { createFundingAgreement, signFundingAgreement, submitFundingAgreement, type FundingAgreement } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import {
  ALLIANCE,
  AMOUNT,
  YEAR,
  chair,
  day,
  draftAgreement,
  managingDirector,
  nationalDirector,
  nationalTeam,
  refusedCodes,
  signedOffAgreement,
  snapshot,
  southEastTeam,
  southWestDirector,
  southWestTeam,
  submittedAgreement,
} from './helpers.js';

describe('createFundingAgreement', () => {
  it('creates a draft agreement with three signatories resolved for the alliance: the regional team, as the paper says (RT2)', () => {
    const agreement = draftAgreement();
    expect(agreement).toMatchObject({ kind: 'funding-agreement', allianceId: ALLIANCE, regionId: 'Y58', financialYear: YEAR, amount: AMOUNT, heldBack: 0, status: 'draft' });
    expect(agreement.requiredSignatories.map((party) => party.title)).toEqual([
      'Regional team, South West',
      'National Cancer Director',
      'Alliance Chair, Peninsula Cancer Alliance',
    ]);
    expect(agreement.requiredSignatories[2]).toMatchObject({ roleId: 'alliance-chair', allianceId: ALLIANCE });
    expect(isDeepFrozen(agreement)).toBe(true);
  });

  it('may be prepared by any role of the rule set: the paper does not say who drafts it', () => {
    for (const by of [nationalTeam, southWestDirector, managingDirector, { roleId: 'provider' }]) {
      expect(createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: 0, by, at: day(2023, 3, 3) }).status).toBe('draft');
    }
  });

  it('refuses a preparer the rule set does not know, or from another region', () => {
    expect(refusedCodes(() => createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: AMOUNT, by: { roleId: 'the-minister' }, at: day(2023, 3, 3) }))).toEqual([
      'unknown-role',
    ]);
    expect(refusedCodes(() => createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: AMOUNT, by: southEastTeam, at: day(2023, 3, 3) }))).toEqual([
      'wrong-region',
    ]);
    expect(
      refusedCodes(() =>
        createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: AMOUNT, by: { roleId: 'regional-team', regionId: 'Y99' }, at: day(2023, 3, 3) }),
      ),
    ).toEqual(['unknown-region', 'wrong-region']);
  });

  it('refuses an unknown alliance or one not in force', () => {
    expect(refusedCodes(() => createFundingAgreement({ allianceId: 'atlantis', financialYear: YEAR, amount: AMOUNT, by: nationalTeam, at: day(2023, 3, 3) }))).toEqual([
      'unknown-alliance',
    ]);
    expect(refusedCodes(() => createFundingAgreement({ allianceId: 'east-of-england', financialYear: YEAR, amount: AMOUNT, by: nationalTeam, at: day(2023, 3, 3) }))).toEqual([
      'alliance-not-in-force',
    ]);
  });

  it('refuses an amount that is not a whole number of pounds of at least 0', () => {
    for (const amount of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount, by: nationalTeam, at: day(2023, 3, 3) })).toThrow(/^createFundingAgreement: amount/);
    }
    expect(() => createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: '5' as unknown as number, by: nationalTeam, at: day(2023, 3, 3) })).toThrow(TypeError);
  });

  it('does not change its input', () => {
    const input = { allianceId: ALLIANCE, financialYear: YEAR, amount: AMOUNT, by: { ...southWestTeam }, at: day(2023, 3, 3) };
    const before = snapshot(input);
    createFundingAgreement(input);
    expect(input).toEqual(before);
  });
});

describe('submitFundingAgreement', () => {
  it('submits a draft agreement', () => {
    const draft = draftAgreement();
    const submitted = submitFundingAgreement(draft, { by: southWestTeam, at: day(2023, 3, 10) });
    expect(submitted.status).toBe('submitted');
    expect(draft.status).toBe('draft');
  });

  it('refuses a second submission, a stranger and a step out of order', () => {
    expect(refusedCodes(() => submitFundingAgreement(submittedAgreement(), { by: southWestTeam, at: day(2023, 3, 11) }))).toEqual(['already-submitted']);
    expect(refusedCodes(() => submitFundingAgreement(draftAgreement(), { by: { roleId: 'the-minister' }, at: day(2023, 3, 10) }))).toEqual(['unknown-role']);
    expect(refusedCodes(() => submitFundingAgreement(draftAgreement(), { by: southWestTeam, at: day(2023, 3, 1) }))).toEqual(['out-of-order']);
  });

  it('refuses what is not a funding agreement', () => {
    expect(() => submitFundingAgreement({ kind: 'delivery-plan' } as unknown as FundingAgreement, { by: southWestTeam, at: day(2023, 3, 10) })).toThrow(/^submitFundingAgreement:/);
  });
});

describe('signFundingAgreement', () => {
  it('is signed off jointly by the regional team, the National Cancer Director and the Alliance Chair', () => {
    let agreement = submittedAgreement();
    agreement = signFundingAgreement(agreement, { by: chair, at: day(2023, 3, 11) });
    expect(agreement.status).toBe('submitted');
    agreement = signFundingAgreement(agreement, { by: southWestTeam, at: day(2023, 3, 12) });
    expect(agreement.status).toBe('submitted');
    agreement = signFundingAgreement(agreement, { by: nationalDirector, at: day(2023, 3, 13) });
    expect(agreement.status).toBe('signed-off');
    expect(agreement.signatures.map((signature) => signature.signatory.roleId)).toEqual(['alliance-chair', 'regional-team', 'national-cancer-director']);
    expect(isDeepFrozen(agreement)).toBe(true);
  });

  it('refuses a signature on an agreement not yet submitted', () => {
    expect(refusedCodes(() => signFundingAgreement(draftAgreement(), { by: chair, at: day(2023, 3, 11) }))).toEqual(['not-submitted']);
  });

  it("refuses another region's team and another alliance's chair", () => {
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: southEastTeam, at: day(2023, 3, 11) }))).toEqual(['wrong-region']);
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: { roleId: 'alliance-chair', allianceId: 'swag' }, at: day(2023, 3, 11) }))).toEqual([
      'wrong-alliance',
    ]);
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: { roleId: 'alliance-chair' }, at: day(2023, 3, 11) }))).toEqual(['wrong-alliance']);
  });

  it('refuses a second signature by the same signatory', () => {
    const once = signFundingAgreement(submittedAgreement(), { by: chair, at: day(2023, 3, 11) });
    expect(refusedCodes(() => signFundingAgreement(once, { by: chair, at: day(2023, 3, 12) }))).toEqual(['duplicate-signature']);
  });

  it('refuses someone who does not sign agreements', () => {
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: managingDirector, at: day(2023, 3, 11) }))).toEqual(['not-a-signatory']);
    // The paper names the regional teams, not the Regional Director, as signatories of funding agreements.
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: southWestDirector, at: day(2023, 3, 11) }))).toEqual(['not-a-signatory']);
  });

  it('refuses a signature after sign-off and one out of order', () => {
    expect(refusedCodes(() => signFundingAgreement(signedOffAgreement(), { by: chair, at: day(2023, 4, 1) }))).toEqual(['already-signed-off', 'duplicate-signature']);
    expect(refusedCodes(() => signFundingAgreement(submittedAgreement(), { by: chair, at: day(2023, 3, 9) }))).toEqual(['out-of-order']);
  });

  it('does not change the agreement it signs', () => {
    const agreement = submittedAgreement();
    const before = snapshot(agreement);
    signFundingAgreement(agreement, { by: chair, at: day(2023, 3, 11) });
    expect(agreement).toEqual(before);
  });
});
