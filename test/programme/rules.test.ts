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
  responsibilities,
  safeParseRuleSet,
  signDeliveryPlan,
  submitDeliveryPlan,
  type RoleRule,
  type RuleBasis,
  type RuleSetInput,
} from '../../src/programme/index.js';
import { RuleSetSchema } from '../../src/schemas/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { day, refusedCodes } from './helpers.js';

const kindsOf = (rule: { readonly basis: readonly RuleBasis[] }) => rule.basis.map((basis) => basis.kind);

describe('programme2019', () => {
  it('is a named rule set from the 2019 paper, its dates labelled as ours', () => {
    expect(programme2019.id).toBe('programme-2019');
    expect(programme2019.validFrom).toBe('2019-10-01');
    expect(programme2019.validTo).toBe('2024-03-31');
    expect(kindsOf({ basis: programme2019.validity })).toEqual(['inferred', 'assumption']);
    expect(programme2019.sources.find((source) => source.id === 'paper-2019')).toMatchObject({ seed: true });
    expect(RuleSetSchema.safeParse(programme2019).success).toBe(true);
    expect(isDeepFrozen(programme2019)).toBe(true);
  });

  it('says which roles sign which artefact and who agrees and acts, as the paper says', () => {
    const roles = (rule: RoleRule) => rule.roles;
    expect(roles(programme2019.artefacts['delivery-plan'].signedBy)).toEqual(['regional-director', 'national-cancer-director']);
    // RT2: the regional *teams* jointly sign off funding agreements with the National Cancer Director and the Alliance Chair.
    expect(roles(programme2019.artefacts['funding-agreement'].signedBy)).toEqual(['regional-team', 'national-cancer-director', 'alliance-chair']);
    expect(roles(programme2019.artefacts['funding-agreement'].preparedBy)).toBe('any');
    expect(roles(programme2019.changes.significant.agreedBy)).toEqual(['cancer-delivery-group']);
    expect(roles(programme2019.changes.minor.agreedBy)).toEqual([]);
    // JW2: the national and regional teams work together to assure and monitor.
    expect(roles(programme2019.assurance.reviewsRecordedBy)).toEqual(['regional-team', 'regional-director', 'national-team']);
    expect(programme2019.assurance.actionsWhere.assessments).toEqual(['not-delivering']);
    expect(roles(programme2019.assurance.actionsAgreedBy)).toEqual(['cancer-delivery-group']);
    expect(roles(programme2019.assurance.fundingHeldBackBy)).toBe('any');
    expect(programme2019.parties.regional.resolvesTo).toBe('each-region');
  });

  it("labels each rule: the seed's words where the paper says it, ours where it does not", () => {
    expect(kindsOf(programme2019.artefacts['delivery-plan'].signedBy)).toEqual(['seed']);
    expect(kindsOf(programme2019.artefacts['funding-agreement'].signedBy)).toEqual(['seed']);
    expect(kindsOf(programme2019.artefacts['funding-agreement'].preparedBy)).toEqual(['assumption']);
    expect(kindsOf(programme2019.changes.significant.agreedBy)).toEqual(['seed']);
    expect(kindsOf(programme2019.changes.minor.agreedBy)).toEqual(['assumption']);
    expect(kindsOf(programme2019.assurance.fundingHeldBackBy)).toEqual(['assumption']);
    expect(kindsOf(programme2019.parties.regional)).toEqual(['seed', 'seed', 'public-source', 'inferred']);
    // Every seed basis quotes the statement it cites, word for word.
    const text = new Map(responsibilities.map((r) => [r.id, r.text]));
    const all: RuleBasis[] = [
      ...programme2019.validity,
      ...programme2019.parties.regional.basis,
      ...Object.values(programme2019.artefacts).flatMap((artefact) => [...artefact.preparedBy.basis, ...artefact.signedBy.basis]),
      ...Object.values(programme2019.changes).flatMap((change) => [...change.proposedBy.basis, ...change.agreedBy.basis]),
      ...programme2019.assurance.cadence.basis,
      ...programme2019.assurance.actionsWhere.basis,
      ...programme2019.assurance.reviewsRecordedBy.basis,
      ...programme2019.assurance.actionsProposedBy.basis,
      ...programme2019.assurance.actionsAgreedBy.basis,
      ...programme2019.assurance.fundingHeldBackBy.basis,
    ];
    for (const basis of all) if (basis.kind === 'seed') expect(text.get(basis.responsibility)).toContain(basis.quote);
    expect(all.filter((basis) => basis.kind === 'seed').length).toBeGreaterThan(8);
  });
});

describe('requiredSignatoriesOf', () => {
  it("resolves the signatories for each region of the alliance's area and the alliance itself", () => {
    expect(requiredSignatoriesOf('delivery-plan', 'swag')).toEqual([
      { roleId: 'regional-director', regionId: 'Y58', title: 'Regional Director, South West' },
      { roleId: 'national-cancer-director', title: 'National Cancer Director' },
    ]);
    // Wessex covers Dorset, in the South West, as well as Hampshire and Isle of Wight: both Regional Directors sign.
    expect(requiredSignatoriesOf('delivery-plan', 'wessex').map((party) => party.title)).toEqual([
      'Regional Director, South East',
      'Regional Director, South West',
      'National Cancer Director',
    ]);
    expect(requiredSignatoriesOf('funding-agreement', 'north-east-london')).toEqual([
      { roleId: 'regional-team', regionId: 'Y56', title: 'Regional team, London' },
      { roleId: 'national-cancer-director', title: 'National Cancer Director' },
      { roleId: 'alliance-chair', allianceId: 'north-east-london', title: 'Alliance Chair, North East London Cancer Alliance' },
    ]);
    expect(isDeepFrozen(requiredSignatoriesOf('funding-agreement', 'swag'))).toBe(true);
  });

  it("reads the regions of the financial year's memberships when given one", () => {
    expect(requiredSignatoriesOf('delivery-plan', 'south-yorkshire-and-bassetlaw', { financialYear: '2023/24' }).map((party) => party.regionId)).toEqual(['Y63', 'Y60', undefined]);
    expect(() => requiredSignatoriesOf('delivery-plan', 'swag', { financialYear: '2023-24' })).toThrow(/^requiredSignatoriesOf:/);
  });

  it('follows another rule set when given one', () => {
    const regionalOnly = parseRuleSet({
      ...programme2019,
      id: 'tier-2',
      parties: { regional: { resolvesTo: 'hosting-region', basis: [{ kind: 'assumption', note: 'The hosting region signs alone.' }] } },
      artefacts: {
        ...programme2019.artefacts,
        'delivery-plan': { ...programme2019.artefacts['delivery-plan'], signedBy: { roles: ['regional-director'], basis: [{ kind: 'assumption', note: 'Illustrative.' }] } },
      },
    });
    expect(requiredSignatoriesOf('delivery-plan', 'wessex', { ruleSet: regionalOnly }).map((party) => party.title)).toEqual(['Regional Director, South East']);
  });

  it('refuses unknown kinds and alliances with the function name', () => {
    expect(() => requiredSignatoriesOf('contract' as never, 'swag')).toThrow(/^requiredSignatoriesOf:/);
    expect(() => requiredSignatoriesOf('delivery-plan', 'atlantis')).toThrow(RangeError);
    expect(() => requiredSignatoriesOf('delivery-plan', 5 as unknown as string)).toThrow(TypeError);
    expect(() => requiredSignatoriesOf('delivery-plan', 'swag', { ruleSet: 'programme-2019' as never })).toThrow(TypeError);
  });
});

describe('replacing the rule set without a change of code', () => {
  // Illustrative: plans approved by the regional team alone, actions agreed by the Regional Director.
  const ours = [{ kind: 'assumption', note: 'Illustrative.' }] as const;
  const hosted2024Input: RuleSetInput = {
    ...programme2019,
    id: 'hosted-2024',
    title: 'Plans approved by the regional team alone (illustrative)',
    validFrom: '2024-04-01',
    validTo: undefined,
    validity: ours,
    artefacts: {
      ...programme2019.artefacts,
      'delivery-plan': { ...programme2019.artefacts['delivery-plan'], signedBy: { roles: ['regional-director'], basis: ours } },
    },
    assurance: {
      ...programme2019.assurance,
      actionsAgreedBy: { roles: ['regional-director'], basis: ours },
      actionsWhere: { assessments: ['at-risk', 'not-delivering'], basis: ours },
    },
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

  it('changes who agrees actions, and on what finding', () => {
    const options = { ruleSet: hosted2024 };
    const team = { roleId: 'regional-team', regionId: 'Y61' } as const;
    const director = { roleId: 'regional-director', regionId: 'Y61' } as const;
    let agreement = createFundingAgreement({ allianceId: 'east-of-england', financialYear: '2024/25', amount: 100, by: team, at: day(2024, 3, 3) }, options);
    agreement = submitFundingAgreement(agreement, { by: team, at: day(2024, 3, 4) }, options);
    agreement = signFundingAgreement(agreement, { by: team, at: day(2024, 3, 5) });
    agreement = signFundingAgreement(agreement, { by: { roleId: 'national-cancer-director' }, at: day(2024, 3, 5) });
    agreement = signFundingAgreement(agreement, { by: { roleId: 'alliance-chair', allianceId: 'east-of-england' }, at: day(2024, 3, 5) });
    agreement = recordQuarterlyReview(agreement, { quarter: 'Q1', assessment: 'at-risk', summary: 'Behind plan', by: team, at: day(2024, 6, 10) }, options);
    agreement = proposeAction(agreement, { quarter: 'Q1', kind: 'recovery-plan', description: 'Recovery plan', by: team, at: day(2024, 6, 11) }, options);
    expect(refusedCodes(() => agreeAction(agreement, { actionId: 'A1', by: { roleId: 'cancer-delivery-group' }, at: day(2024, 6, 12) }, options))).toEqual(['not-permitted']);
    expect(agreeAction(agreement, { actionId: 'A1', by: director, at: day(2024, 6, 12) }, options).actions[0]?.status).toBe('agreed');
  });
});

describe('parseRuleSet (a value)', () => {
  it('returns a frozen rule set and leaves its input alone', () => {
    const input = structuredClone({ ...programme2019, id: 'copy' });
    const before = structuredClone(input);
    const ruleSet = parseRuleSet(input);
    expect(isDeepFrozen(ruleSet)).toBe(true);
    expect(input).toEqual(before);
  });

  it('refuses a rule set that names a role it does not declare', () => {
    const bad = {
      ...programme2019,
      id: 'bad',
      artefacts: {
        ...programme2019.artefacts,
        'funding-agreement': { ...programme2019.artefacts['funding-agreement'], signedBy: { roles: ['chief-executive'], basis: [{ kind: 'assumption', note: 'x' }] } },
      },
    };
    expect(refusedCodes(() => parseRuleSet(bad))).toEqual(['unknown-reference']);
    const result = safeParseRuleSet(bad);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ProgrammeError);
      expect(result.error.issues[0]?.location.path).toEqual(['artefacts', 'funding-agreement', 'signedBy', 'roles', 0]);
    }
  });

  it('refuses a malformed rule set, or a rule without its basis, with schema issues', () => {
    expect(refusedCodes(() => parseRuleSet({ id: 'Not Kebab' }))).toContain('schema');
    expect(refusedCodes(() => parseRuleSet({ ...programme2019, validTo: '2019-01-01' }))).toEqual(['schema']);
    const unlabelled = { ...programme2019, changes: { ...programme2019.changes, minor: { ...programme2019.changes.minor, agreedBy: { roles: [], basis: [] } } } };
    expect(refusedCodes(() => parseRuleSet(unlabelled))).toEqual(['schema']);
    expect(safeParseRuleSet(programme2019).success).toBe(true);
  });
});
