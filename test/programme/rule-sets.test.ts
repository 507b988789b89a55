// A rule set is data: a later operating model is a new data file, not new code. This test loads a MADE-UP rule set
// (test/programme/fixtures/made-up-2027.yaml) whose roles the library's code has never heard of, and takes an alliance's
// delivery plan, a change to it, its funding agreement and a quarter's assurance through every governance step under it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  accountabilityChainOf,
  agreeAction,
  agreeChange,
  createDeliveryPlan,
  createFundingAgreement,
  describeActor,
  findRole,
  holdBackFunding,
  parseRuleSet,
  programme2019,
  proposeAction,
  proposeChange,
  recordQuarterlyReview,
  requiredSignatoriesOf,
  responsibilitiesOf,
  searchResponsibilities,
  signDeliveryPlan,
  signFundingAgreement,
  submitDeliveryPlan,
  submitFundingAgreement,
} from '../../src/programme/index.js';
import { day, refusedCodes } from './helpers.js';

const text = readFileSync(fileURLToPath(new URL('./fixtures/made-up-2027.yaml', import.meta.url)), 'utf8');
const madeUp = parseRuleSet(text, { file: 'made-up-2027.yaml' });
const options = { ruleSet: madeUp };

const alliance = 'wessex';
const board = { roleId: 'alliance-board', allianceId: alliance } as const;
const host = { roleId: 'host-icb-chief-executive', allianceId: alliance, name: 'A. Host' } as const;
const departmentDirector = { roleId: 'department-regional-director', regionId: 'Y59' } as const;
const cancerLead = { roleId: 'department-cancer-lead' } as const;

describe('a made-up later rule set with roles the code has never heard of', () => {
  it('loads, declaring its own roles', () => {
    expect(madeUp.id).toBe('made-up-2027');
    expect(madeUp.roles.map((role) => role.id)).toEqual([
      'cancer-alliance',
      'host-icb-chief-executive',
      'department-regional-director',
      'department-cancer-lead',
      'alliance-board',
    ]);
    expect(programme2019.roles.some((role) => role.id === 'host-icb-chief-executive')).toBe(false);
    expect(findRole('host-icb-chief-executive', options)?.name).toBe('Chief Executive of the host ICB');
    expect(findRole('host-icb-chief-executive')).toBeUndefined();
    expect(responsibilitiesOf('department-regional-director', options).map((r) => r.id)).toEqual(['MU2']);
    expect(searchResponsibilities('hosting', options).map((r) => r.id)).toEqual(['MU1']);
    expect(describeActor(host, options)).toBe('Chief Executive of the host ICB, Wessex Cancer Alliance (A. Host)');
  });

  it('resolves its signatories and its accountability chain', () => {
    expect(requiredSignatoriesOf('delivery-plan', alliance, options).map((party) => party.title)).toEqual([
      'Chief Executive of the host ICB, Wessex Cancer Alliance',
      'Department Regional Director, South East',
    ]);
    expect(accountabilityChainOf(alliance, options).parties.map((party) => party.title)).toEqual([
      'Cancer Alliance, Wessex Cancer Alliance',
      'Chief Executive of the host ICB, Wessex Cancer Alliance',
      'Department Regional Director, South East',
    ]);
  });

  it('takes a delivery plan through sign-off and a change, with no change of code', () => {
    let plan = createDeliveryPlan({ allianceId: alliance, financialYear: '2027/28', by: board, at: day(2027, 3, 5) }, options);
    plan = submitDeliveryPlan(plan, { by: board, at: day(2027, 3, 10) }, options);
    plan = signDeliveryPlan(plan, { by: host, at: day(2027, 3, 12) });
    expect(plan.status).toBe('submitted');
    plan = signDeliveryPlan(plan, { by: departmentDirector, at: day(2027, 3, 13) });
    expect(plan.status).toBe('signed-off');
    // The roles of 2019 are not roles of this rule set.
    expect(
      refusedCodes(() =>
        proposeChange(plan, { significance: 'minor', description: 'x', by: { roleId: 'alliance-managing-director', allianceId: alliance }, at: day(2027, 4, 1) }, options),
      ),
    ).toEqual(['unknown-role']);
    plan = proposeChange(plan, { significance: 'minor', description: 'Move a budget line', by: board, at: day(2027, 4, 1) }, options);
    expect(plan.changes[0]?.status).toBe('awaiting-agreement');
    plan = agreeChange(plan, { changeId: 'C1', by: host, at: day(2027, 4, 2) }, options);
    expect(plan.version).toBe(2);
  });

  it('takes a funding agreement through sign-off and assurance under its own rules', () => {
    let agreement = createFundingAgreement({ allianceId: alliance, financialYear: '2027/28', amount: 1_000, by: cancerLead, at: day(2027, 3, 5) }, options);
    agreement = submitFundingAgreement(agreement, { by: cancerLead, at: day(2027, 3, 6) }, options);
    agreement = signFundingAgreement(agreement, { by: cancerLead, at: day(2027, 3, 7) });
    expect(agreement.status).toBe('signed-off');
    agreement = recordQuarterlyReview(agreement, { quarter: 'Q1', assessment: 'at-risk', summary: 'Behind plan', by: departmentDirector, at: day(2027, 6, 10) }, options);
    agreement = proposeAction(
      agreement,
      { quarter: 'Q1', kind: 'hold-back-funding', amount: 100, description: 'Hold back', by: departmentDirector, at: day(2027, 6, 11) },
      options,
    );
    expect(refusedCodes(() => agreeAction(agreement, { actionId: 'A1', by: { roleId: 'cancer-delivery-group' }, at: day(2027, 6, 12) }, options))).toEqual(['unknown-role']);
    agreement = agreeAction(agreement, { actionId: 'A1', by: cancerLead, at: day(2027, 6, 12) }, options);
    agreement = holdBackFunding(agreement, { actionId: 'A1', by: cancerLead, at: day(2027, 6, 13) }, options);
    expect(agreement.heldBack).toBe(100);
  });
});
