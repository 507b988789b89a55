import { describe, expect, it } from 'vitest';
import {
  ProgrammeError,
  agreeAction,
  createDeliveryPlan,
  createFundingAgreement,
  proposeAction,
  recordQuarterlyReview,
  signFundingAgreement,
  submitFundingAgreement,
  parseRuleSet,
  programme2019,
  requiredSignatoriesOf,
  safeParseRuleSet,
  signDeliveryPlan,
  submitDeliveryPlan,
  type RuleSetInput,
} from '../../src/programme/index.js';
import { RuleSetSchema } from '../../src/schemas/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { day, refusedCodes } from './helpers.js';

describe('programme2019', () => {
  it('is a named, dated rule set from the 2019 paper', () => {
    expect(programme2019.id).toBe('programme-2019');
    expect(programme2019.validFrom).toBe('2019-10-01');
    expect(programme2019.validTo).toBe('2024-03-31');
    expect(programme2019.sources).toContain('paper-2019');
    expect(RuleSetSchema.safeParse(programme2019).success).toBe(true);
    expect(isDeepFrozen(programme2019)).toBe(true);
  });

  it('says which roles sign which artefact and who agrees and acts', () => {
    expect(programme2019.artefacts['delivery-plan'].signedBy).toEqual(['regional-director', 'national-cancer-director']);
    expect(programme2019.artefacts['funding-agreement'].signedBy).toEqual(['regional-director', 'national-cancer-director', 'alliance-chair']);
    expect(programme2019.changes.significant.agreedBy).toEqual(['cancer-delivery-group']);
    expect(programme2019.changes.minor.agreedBy).toEqual([]);
    expect(programme2019.assurance.reviewsRecordedBy).toEqual(['regional-team', 'regional-director']);
    expect(programme2019.assurance.actionsAgreedBy).toEqual(['cancer-delivery-group']);
  });
});

describe('requiredSignatoriesOf', () => {
  it("resolves the signatories for the alliance's region and the alliance itself", () => {
    expect(requiredSignatoriesOf('delivery-plan', 'wessex')).toEqual([
      { roleId: 'regional-director', regionId: 'Y59', title: 'Regional Director, South East' },
      { roleId: 'national-cancer-director', title: 'National Cancer Director' },
    ]);
    expect(requiredSignatoriesOf('funding-agreement', 'north-east-london')).toEqual([
      { roleId: 'regional-director', regionId: 'Y56', title: 'Regional Director, London' },
      { roleId: 'national-cancer-director', title: 'National Cancer Director' },
      { roleId: 'alliance-chair', allianceId: 'north-east-london', title: 'Alliance Chair, North East London Cancer Alliance' },
    ]);
    expect(isDeepFrozen(requiredSignatoriesOf('funding-agreement', 'swag'))).toBe(true);
  });

  it('follows another rule set when given one', () => {
    const regionalOnly = parseRuleSet({
      ...programme2019,
      id: 'tier-2',
      artefacts: { ...programme2019.artefacts, 'delivery-plan': { ...programme2019.artefacts['delivery-plan'], signedBy: ['regional-director'] } },
    });
    expect(requiredSignatoriesOf('delivery-plan', 'swag', { ruleSet: regionalOnly }).map((party) => party.roleId)).toEqual(['regional-director']);
  });

  it('refuses unknown kinds and alliances with the function name', () => {
    expect(() => requiredSignatoriesOf('contract' as never, 'swag')).toThrow(/^requiredSignatoriesOf:/);
    expect(() => requiredSignatoriesOf('delivery-plan', 'atlantis')).toThrow(RangeError);
    expect(() => requiredSignatoriesOf('delivery-plan', 5 as unknown as string)).toThrow(TypeError);
    expect(() => requiredSignatoriesOf('delivery-plan', 'swag', { ruleSet: 'programme-2019' as never })).toThrow(TypeError);
  });
});

describe('replacing the rule set without a change of code', () => {
  // From April 2024 alliances are hosted locally; tier 2 plans are approved by regional teams alone.
  const hosted2024Input: RuleSetInput = {
    ...programme2019,
    id: 'hosted-2024',
    title: 'Plans approved by the regional team alone (tier 2, illustrative)',
    validFrom: '2024-04-01',
    validTo: undefined,
    artefacts: {
      ...programme2019.artefacts,
      'delivery-plan': { ...programme2019.artefacts['delivery-plan'], signedBy: ['regional-director'], certainty: 'inferred' },
    },
    assurance: { ...programme2019.assurance, actionsAgreedBy: ['regional-director'] },
  };
  const hosted2024 = parseRuleSet(hosted2024Input);
  const md = { roleId: 'alliance-managing-director', allianceId: 'east-of-england' } as const;

  it('signs off a plan under the new rules with one signature', () => {
    let plan = createDeliveryPlan({ allianceId: 'east-of-england', financialYear: '2024/25', by: md, at: day(2024, 3, 3) }, { ruleSet: hosted2024 });
    expect(plan.ruleSetId).toBe('hosted-2024');
    expect(plan.requiredSignatories.map((party) => party.title)).toEqual(['Regional Director, East of England']);
    plan = submitDeliveryPlan(plan, { by: md, at: day(2024, 3, 10) }, { ruleSet: hosted2024 });
    plan = signDeliveryPlan(plan, { by: { roleId: 'regional-director', regionId: 'Y61' }, at: day(2024, 3, 20) });
    expect(plan.status).toBe('signed-off');
  });

  it("refuses a later step taken under a different rule set from the record's", () => {
    const plan = createDeliveryPlan({ allianceId: 'east-of-england', financialYear: '2024/25', by: md, at: day(2024, 3, 3) }, { ruleSet: hosted2024 });
    expect(refusedCodes(() => submitDeliveryPlan(plan, { by: md, at: day(2024, 3, 10) }))).toEqual(['rule-set-mismatch']);
  });

  it('refuses the old rule set after its end and the new one before its start', () => {
    expect(refusedCodes(() => createDeliveryPlan({ allianceId: 'east-of-england', financialYear: '2024/25', by: md, at: day(2024, 3, 3) }))).toEqual(['rule-set-not-in-force']);
    expect(
      refusedCodes(() =>
        createDeliveryPlan({ allianceId: 'swag', financialYear: '2023/24', by: { roleId: 'alliance-chair', allianceId: 'swag' }, at: day(2023, 3, 3) }, { ruleSet: hosted2024 }),
      ),
    ).toEqual(['rule-set-not-in-force']);
  });

  it('changes who agrees actions', () => {
    const options = { ruleSet: hosted2024 };
    const team = { roleId: 'regional-team', regionId: 'Y61' } as const;
    const director = { roleId: 'regional-director', regionId: 'Y61' } as const;
    let agreement = createFundingAgreement({ allianceId: 'east-of-england', financialYear: '2024/25', amount: 100, by: team, at: day(2024, 3, 3) }, options);
    agreement = submitFundingAgreement(agreement, { by: team, at: day(2024, 3, 4) }, options);
    agreement = signFundingAgreement(agreement, { by: director, at: day(2024, 3, 5) });
    agreement = signFundingAgreement(agreement, { by: { roleId: 'national-cancer-director' }, at: day(2024, 3, 5) });
    agreement = signFundingAgreement(agreement, { by: { roleId: 'alliance-chair', allianceId: 'east-of-england' }, at: day(2024, 3, 5) });
    agreement = recordQuarterlyReview(agreement, { quarter: 'Q1', assessment: 'at-risk', summary: 'Behind plan', by: team, at: day(2024, 6, 10) }, options);
    agreement = proposeAction(agreement, { quarter: 'Q1', kind: 'recovery-plan', description: 'Recovery plan', by: team, at: day(2024, 6, 11) }, options);
    expect(refusedCodes(() => agreeAction(agreement, { actionId: 'A1', by: { roleId: 'cancer-delivery-group' }, at: day(2024, 6, 12) }, options))).toEqual(['not-permitted']);
    expect(agreeAction(agreement, { actionId: 'A1', by: director, at: day(2024, 6, 12) }, options).actions[0]?.status).toBe('agreed');
  });
});

describe('parseRuleSet', () => {
  it('returns a frozen rule set and leaves its input alone', () => {
    const input = structuredClone({ ...programme2019, id: 'copy' });
    const before = structuredClone(input);
    const ruleSet = parseRuleSet(input);
    expect(isDeepFrozen(ruleSet)).toBe(true);
    expect(input).toEqual(before);
  });

  it('refuses a rule set that names a role that does not exist', () => {
    const bad = {
      ...programme2019,
      id: 'bad',
      artefacts: { ...programme2019.artefacts, 'funding-agreement': { ...programme2019.artefacts['funding-agreement'], signedBy: ['chief-executive'] } },
    };
    expect(refusedCodes(() => parseRuleSet(bad))).toEqual(['unknown-reference']);
    const result = safeParseRuleSet(bad);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ProgrammeError);
      expect(result.error.issues[0]?.location.path).toEqual(['artefacts', 'funding-agreement', 'signedBy', 0]);
    }
  });

  it('refuses a malformed rule set with schema issues', () => {
    expect(refusedCodes(() => parseRuleSet({ id: 'Not Kebab' }))).toContain('schema');
    expect(refusedCodes(() => parseRuleSet({ ...programme2019, validTo: '2019-01-01' }))).toEqual(['schema']);
    expect(safeParseRuleSet(programme2019).success).toBe(true);
  });
});
