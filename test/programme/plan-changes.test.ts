import { describe, expect, it } from 'vitest';
import { agreeChange, parseRuleSet, programme2019, proposeChange, type DeliveryPlan } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { cdg, day, managingDirector, nationalDirector, refusedCodes, signedOffPlan, snapshot, southWestDirector, submittedPlan } from './helpers.js';

const significant = (plan: DeliveryPlan, at = day(2023, 8, 1)) =>
  proposeChange(plan, { significance: 'significant', description: 'Move the lung health check budget to 2024/25', by: managingDirector, at });

describe('proposeChange', () => {
  it('puts a minor change in effect at once, raising the version', () => {
    const plan = signedOffPlan();
    const changed = proposeChange(plan, { significance: 'minor', description: 'Correct a typing error', by: managingDirector, at: day(2023, 8, 1) });
    expect(changed.version).toBe(2);
    expect(changed.changes).toEqual([
      {
        status: 'in-effect',
        id: 'C1',
        significance: 'minor',
        description: 'Correct a typing error',
        proposedBy: managingDirector,
        proposedAt: day(2023, 8, 1),
        effectiveAt: day(2023, 8, 1),
        version: 2,
      },
    ]);
    expect(changed.history.slice(-2).map((entry) => entry.kind)).toEqual(['change-proposed', 'change-in-effect']);
    expect(plan.version).toBe(1);
    expect(isDeepFrozen(changed)).toBe(true);
  });

  it('holds a significant change until it is agreed', () => {
    const changed = significant(signedOffPlan());
    expect(changed.version).toBe(1);
    expect(changed.changes[0]).toMatchObject({ id: 'C1', status: 'awaiting-agreement', significance: 'significant' });
  });

  it('refuses a change to a plan that is not signed off', () => {
    expect(refusedCodes(() => significant(submittedPlan()))).toEqual(['not-signed-off']);
  });

  it('refuses a proposer who is not the alliance, or from another alliance', () => {
    expect(refusedCodes(() => proposeChange(signedOffPlan(), { significance: 'minor', description: 'x', by: southWestDirector, at: day(2023, 8, 1) }))).toEqual(['not-permitted']);
    expect(
      refusedCodes(() => proposeChange(signedOffPlan(), { significance: 'minor', description: 'x', by: { roleId: 'alliance-chair', allianceId: 'swag' }, at: day(2023, 8, 1) })),
    ).toEqual(['wrong-alliance']);
  });

  it('refuses a change dated before the last step', () => {
    expect(refusedCodes(() => significant(signedOffPlan(), day(2023, 4, 1)))).toEqual(['out-of-order']);
  });

  it('refuses malformed input with the function name', () => {
    expect(() => proposeChange(signedOffPlan(), { significance: 'huge' as never, description: 'x', by: managingDirector, at: day(2023, 8, 1) })).toThrow(/^proposeChange:/);
    expect(() => proposeChange(signedOffPlan(), { significance: 'minor', description: ' ', by: managingDirector, at: day(2023, 8, 1) })).toThrow(TypeError);
  });

  it('does not change the plan or the input', () => {
    const plan = signedOffPlan();
    const input = { significance: 'minor' as const, description: 'x', by: { ...managingDirector }, at: day(2023, 8, 1) };
    const before = [snapshot(plan), snapshot(input)];
    proposeChange(plan, input);
    expect([plan, input]).toEqual(before);
  });
});

describe('agreeChange', () => {
  it('puts a significant change in effect only when the Cancer Delivery Group agrees it', () => {
    const proposed = significant(signedOffPlan());
    const agreed = agreeChange(proposed, { changeId: 'C1', by: cdg, at: day(2023, 8, 20) });
    expect(agreed.version).toBe(2);
    expect(agreed.changes[0]).toMatchObject({ status: 'in-effect', agreedBy: cdg, agreedAt: day(2023, 8, 20), effectiveAt: day(2023, 8, 20), version: 2 });
    expect(agreed.history.slice(-2).map((entry) => entry.kind)).toEqual(['change-agreed', 'change-in-effect']);
    expect(proposed.changes[0]?.status).toBe('awaiting-agreement');
    expect(isDeepFrozen(agreed)).toBe(true);
  });

  it('refuses agreement by anyone but the Cancer Delivery Group', () => {
    const proposed = significant(signedOffPlan());
    for (const by of [southWestDirector, nationalDirector, managingDirector]) {
      expect(refusedCodes(() => agreeChange(proposed, { changeId: 'C1', by, at: day(2023, 8, 20) }))).toEqual(['not-permitted']);
    }
  });

  it('refuses an unknown change and one already in effect', () => {
    const proposed = significant(signedOffPlan());
    expect(refusedCodes(() => agreeChange(proposed, { changeId: 'C9', by: cdg, at: day(2023, 8, 20) }))).toEqual(['unknown-change']);
    const agreed = agreeChange(proposed, { changeId: 'C1', by: cdg, at: day(2023, 8, 20) });
    expect(refusedCodes(() => agreeChange(agreed, { changeId: 'C1', by: cdg, at: day(2023, 8, 21) }))).toEqual(['change-already-in-effect']);
    const minor = proposeChange(signedOffPlan(), { significance: 'minor', description: 'x', by: managingDirector, at: day(2023, 8, 1) });
    expect(refusedCodes(() => agreeChange(minor, { changeId: 'C1', by: cdg, at: day(2023, 8, 2) }))).toEqual(['change-already-in-effect']);
  });

  it('refuses agreement dated before the proposal', () => {
    const proposed = significant(signedOffPlan());
    expect(refusedCodes(() => agreeChange(proposed, { changeId: 'C1', by: cdg, at: day(2023, 7, 1) }))).toEqual(['out-of-order']);
  });

  it("refuses a rule set other than the plan's", () => {
    const other = parseRuleSet({ ...programme2019, id: 'other-rules' });
    expect(refusedCodes(() => agreeChange(significant(signedOffPlan()), { changeId: 'C1', by: cdg, at: day(2023, 8, 20) }, { ruleSet: other }))).toEqual(['rule-set-mismatch']);
    expect(refusedCodes(() => proposeChange(signedOffPlan(), { significance: 'minor', description: 'x', by: managingDirector, at: day(2023, 8, 1) }, { ruleSet: other }))).toEqual([
      'rule-set-mismatch',
    ]);
  });

  it('refuses malformed input', () => {
    expect(() => agreeChange(significant(signedOffPlan()), { changeId: 1 as unknown as string, by: cdg, at: day(2023, 8, 20) })).toThrow(/^agreeChange:/);
  });
});
