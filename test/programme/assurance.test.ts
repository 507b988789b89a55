import { describe, expect, it } from 'vitest';
import { agreeAction, holdBackFunding, proposeAction, recordQuarterlyReview, type FundingAgreement } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import {
  AMOUNT,
  cdg,
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
} from './helpers.js';

const review = (agreement: FundingAgreement, assessment: 'delivering' | 'at-risk' | 'not-delivering' = 'not-delivering', at = day(2023, 6, 20)) =>
  recordQuarterlyReview(agreement, { quarter: 'Q1', assessment, summary: 'Rapid diagnostic centre opening slipped', by: southWestTeam, at });

const holdBack = (agreement: FundingAgreement, amount = 250_000, at = day(2023, 6, 21)) =>
  proposeAction(agreement, { quarter: 'Q1', kind: 'hold-back-funding', amount, description: 'Hold back the Q3 instalment', by: southWestTeam, at });

const agreedHold = () => agreeAction(holdBack(review(signedOffAgreement())), { actionId: 'A1', by: cdg, at: day(2023, 7, 1) });

describe('recordQuarterlyReview', () => {
  it("records each quarter's review by the regional team, with who and when", () => {
    const agreement = signedOffAgreement();
    const reviewed = review(agreement);
    expect(reviewed.reviews).toEqual([
      { financialYear: '2023/24', quarter: 'Q1', assessment: 'not-delivering', summary: 'Rapid diagnostic centre opening slipped', by: southWestTeam, at: day(2023, 6, 20) },
    ]);
    expect(reviewed.history.at(-1)).toMatchObject({ kind: 'review-recorded', quarter: 'Q1', by: southWestTeam });
    expect(agreement.reviews).toEqual([]);
    expect(isDeepFrozen(reviewed)).toBe(true);
    const second = recordQuarterlyReview(reviewed, { quarter: 'Q2', assessment: 'delivering', summary: 'On track', by: southWestDirector, at: day(2023, 9, 20) });
    expect(second.reviews.map((r) => r.quarter)).toEqual(['Q1', 'Q2']);
  });

  it('records a review whatever the state of the agreement: the paper ties monitoring to no sign-off', () => {
    expect(review(draftAgreement()).reviews).toHaveLength(1);
  });

  it('records a second review of the same quarter, and the national team may record one (JW2)', () => {
    const twice = recordQuarterlyReview(review(signedOffAgreement()), { quarter: 'Q1', assessment: 'delivering', summary: 'Recovered', by: nationalTeam, at: day(2023, 6, 25) });
    expect(twice.reviews.map((r) => [r.quarter, r.assessment, r.by.roleId])).toEqual([
      ['Q1', 'not-delivering', 'regional-team'],
      ['Q1', 'delivering', 'national-team'],
    ]);
    // Actions follow the latest review of the quarter.
    expect(refusedCodes(() => holdBack(twice, 250_000, day(2023, 6, 26)))).toEqual(['action-not-warranted']);
  });

  it('refuses a review of a quarter that has not begun', () => {
    expect(
      refusedCodes(() => recordQuarterlyReview(signedOffAgreement(), { quarter: 'Q3', assessment: 'delivering', summary: 'x', by: southWestTeam, at: day(2023, 8, 30) })),
    ).toEqual(['quarter-not-started']);
  });

  it("refuses a reviewer other than the regional or national team, or the Regional Director of the alliance's region", () => {
    const by = (actor: Parameters<typeof recordQuarterlyReview>[1]['by']) => () =>
      recordQuarterlyReview(signedOffAgreement(), { quarter: 'Q1', assessment: 'delivering', summary: 'x', by: actor, at: day(2023, 6, 20) });
    expect(refusedCodes(by(southEastTeam))).toEqual(['wrong-region']);
    expect(refusedCodes(by(managingDirector))).toEqual(['not-permitted']);
    expect(refusedCodes(by(cdg))).toEqual(['not-permitted']);
  });

  it('refuses a review dated before the last step', () => {
    expect(refusedCodes(() => review(signedOffAgreement(), 'at-risk', day(2023, 3, 12)))).toEqual(['out-of-order']);
  });

  it('refuses malformed input with the function name', () => {
    const agreement = signedOffAgreement();
    expect(() => recordQuarterlyReview(agreement, { quarter: 'Q5' as never, assessment: 'delivering', summary: 'x', by: southWestTeam, at: day(2023, 6, 20) })).toThrow(
      /^recordQuarterlyReview:/,
    );
    expect(() => recordQuarterlyReview(agreement, { quarter: 'Q1', assessment: 'fine' as never, summary: 'x', by: southWestTeam, at: day(2023, 6, 20) })).toThrow(RangeError);
    expect(() => recordQuarterlyReview(agreement, { quarter: 'Q1', assessment: 'delivering', summary: '', by: southWestTeam, at: day(2023, 6, 20) })).toThrow(TypeError);
  });
});

describe('proposeAction', () => {
  it('lets the regional team propose actions, holding back funding among them, where the alliance is not delivering', () => {
    const reviewed = review(signedOffAgreement());
    const proposed = holdBack(reviewed);
    expect(proposed.actions).toEqual([
      {
        status: 'proposed',
        id: 'A1',
        quarter: 'Q1',
        kind: 'hold-back-funding',
        amount: 250_000,
        description: 'Hold back the Q3 instalment',
        proposedBy: southWestTeam,
        proposedAt: day(2023, 6, 21),
      },
    ]);
    expect(proposed.heldBack).toBe(0);
    const second = proposeAction(proposed, { quarter: 'Q1', kind: 'recovery-plan', description: 'Ask for a recovery plan', by: southWestDirector, at: day(2023, 6, 22) });
    expect(second.actions.map((action) => action.id)).toEqual(['A1', 'A2']);
    expect(reviewed.actions).toEqual([]);
    expect(isDeepFrozen(second)).toBe(true);
  });

  it('refuses an action for a quarter with no review, or whose review found the alliance delivering or at risk (RT3: "not delivering")', () => {
    expect(refusedCodes(() => holdBack(signedOffAgreement()))).toEqual(['no-review']);
    expect(refusedCodes(() => holdBack(review(signedOffAgreement(), 'delivering')))).toEqual(['action-not-warranted']);
    expect(refusedCodes(() => holdBack(review(signedOffAgreement(), 'at-risk')))).toEqual(['action-not-warranted']);
  });

  it("refuses a proposer other than the regional team of the alliance's region", () => {
    const reviewed = review(signedOffAgreement());
    const by = (actor: Parameters<typeof proposeAction>[1]['by']) => () =>
      proposeAction(reviewed, { quarter: 'Q1', kind: 'other', description: 'x', by: actor, at: day(2023, 6, 21) });
    expect(refusedCodes(by(cdg))).toEqual(['not-permitted']);
    expect(refusedCodes(by(nationalDirector))).toEqual(['not-permitted']);
    expect(refusedCodes(by(southEastTeam))).toEqual(['wrong-region']);
  });

  it('refuses an action dated before the last step', () => {
    expect(refusedCodes(() => holdBack(review(signedOffAgreement()), 250_000, day(2023, 6, 1)))).toEqual(['out-of-order']);
  });

  it('needs a positive whole amount to hold back funding, and none for other actions', () => {
    const reviewed = review(signedOffAgreement());
    for (const amount of [0, -5, 1.5]) expect(() => holdBack(reviewed, amount)).toThrow(/^proposeAction: a hold-back-funding action needs amount/);
    expect(() => proposeAction(reviewed, { quarter: 'Q1', kind: 'hold-back-funding', description: 'x', by: southWestTeam, at: day(2023, 6, 21) })).toThrow(RangeError);
    expect(() => proposeAction(reviewed, { quarter: 'Q1', kind: 'other', amount: 5, description: 'x', by: southWestTeam, at: day(2023, 6, 21) })).toThrow(
      /^proposeAction: amount is only/,
    );
    expect(() => proposeAction(reviewed, { quarter: 'Q1', kind: 'sanction' as never, description: 'x', by: southWestTeam, at: day(2023, 6, 21) })).toThrow(RangeError);
  });
});

describe('agreeAction', () => {
  it('lets only the Cancer Delivery Group agree an action, recording who and when', () => {
    const proposed = holdBack(review(signedOffAgreement()));
    const agreed = agreeAction(proposed, { actionId: 'A1', by: cdg, at: day(2023, 7, 1) });
    expect(agreed.actions[0]).toMatchObject({ status: 'agreed', agreedBy: cdg, agreedAt: day(2023, 7, 1), proposedBy: southWestTeam });
    expect(agreed.heldBack).toBe(0);
    expect(agreed.history.at(-1)).toMatchObject({ kind: 'action-agreed', actionId: 'A1' });
    expect(proposed.actions[0]?.status).toBe('proposed');
  });

  it('refuses agreement by the regional team, the Regional Director or the National Cancer Director', () => {
    const proposed = holdBack(review(signedOffAgreement()));
    for (const by of [southWestTeam, southWestDirector, nationalDirector]) {
      expect(refusedCodes(() => agreeAction(proposed, { actionId: 'A1', by, at: day(2023, 7, 1) }))).toEqual(['not-permitted']);
    }
  });

  it('refuses an unknown action, one already agreed and one dated too early', () => {
    const proposed = holdBack(review(signedOffAgreement()));
    expect(refusedCodes(() => agreeAction(proposed, { actionId: 'A7', by: cdg, at: day(2023, 7, 1) }))).toEqual(['unknown-action']);
    expect(refusedCodes(() => agreeAction(agreedHold(), { actionId: 'A1', by: cdg, at: day(2023, 7, 2) }))).toEqual(['action-already-agreed']);
    expect(refusedCodes(() => agreeAction(proposed, { actionId: 'A1', by: cdg, at: day(2023, 5, 1) }))).toEqual(['out-of-order']);
  });
});

describe('holdBackFunding', () => {
  it('holds back funding only by an agreed action', () => {
    const agreed = agreedHold();
    const before = snapshot(agreed);
    const held = holdBackFunding(agreed, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) });
    expect(held.heldBack).toBe(250_000);
    expect(held.amount - held.heldBack).toBe(AMOUNT - 250_000);
    expect(held.actions[0]).toMatchObject({ status: 'applied', appliedBy: nationalTeam, appliedAt: day(2023, 7, 2), agreedBy: cdg });
    expect(held.history.at(-1)).toEqual({ kind: 'funding-held-back', actionId: 'A1', amount: 250_000, by: nationalTeam, at: day(2023, 7, 2) });
    expect(agreed).toEqual(before);
    expect(isDeepFrozen(held)).toBe(true);
  });

  it('refuses to hold back funding under an action that is only proposed', () => {
    const proposed = holdBack(review(signedOffAgreement()));
    expect(refusedCodes(() => holdBackFunding(proposed, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) }))).toEqual(['action-not-agreed']);
  });

  it('refuses an action that is not about funding', () => {
    const reviewed = review(signedOffAgreement());
    const recovery = proposeAction(reviewed, { quarter: 'Q1', kind: 'recovery-plan', description: 'Ask for a recovery plan', by: southWestTeam, at: day(2023, 6, 21) });
    const agreed = agreeAction(recovery, { actionId: 'A1', by: cdg, at: day(2023, 7, 1) });
    expect(refusedCodes(() => holdBackFunding(agreed, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) }))).toEqual(['not-a-funding-action']);
  });

  it('refuses to apply the same action twice', () => {
    const held = holdBackFunding(agreedHold(), { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) });
    expect(refusedCodes(() => holdBackFunding(held, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 3) }))).toEqual(['funding-already-held-back']);
  });

  it('refuses to hold back more than is left', () => {
    let agreement = review(signedOffAgreement());
    agreement = holdBack(agreement, 600_000);
    agreement = holdBack(agreement, 600_000, day(2023, 6, 22));
    agreement = agreeAction(agreement, { actionId: 'A1', by: cdg, at: day(2023, 7, 1) });
    agreement = agreeAction(agreement, { actionId: 'A2', by: cdg, at: day(2023, 7, 1) });
    agreement = holdBackFunding(agreement, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) });
    expect(refusedCodes(() => holdBackFunding(agreement, { actionId: 'A2', by: nationalTeam, at: day(2023, 7, 2) }))).toEqual(['exceeds-funding']);
  });

  it('lets any role of the rule set apply an agreed hold (the paper does not say who), refusing an unknown action, a stranger and a step out of order', () => {
    expect(holdBackFunding(agreedHold(), { actionId: 'A1', by: chair, at: day(2023, 7, 2) }).heldBack).toBe(250_000);
    expect(refusedCodes(() => holdBackFunding(agreedHold(), { actionId: 'A2', by: nationalTeam, at: day(2023, 7, 2) }))).toEqual(['unknown-action']);
    expect(refusedCodes(() => holdBackFunding(agreedHold(), { actionId: 'A1', by: { roleId: 'the-minister' }, at: day(2023, 7, 2) }))).toEqual(['unknown-role']);
    expect(refusedCodes(() => holdBackFunding(agreedHold(), { actionId: 'A1', by: southEastTeam, at: day(2023, 7, 2) }))).toEqual(['wrong-region']);
    expect(refusedCodes(() => holdBackFunding(agreedHold(), { actionId: 'A1', by: nationalTeam, at: day(2023, 6, 30) }))).toEqual(['out-of-order']);
  });

  it('refuses malformed input with the function name', () => {
    expect(() => holdBackFunding(agreedHold(), { actionId: undefined as unknown as string, by: nationalTeam, at: day(2023, 7, 2) })).toThrow(/^holdBackFunding:/);
    expect(() => holdBackFunding({} as FundingAgreement, { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) })).toThrow(TypeError);
  });
});
