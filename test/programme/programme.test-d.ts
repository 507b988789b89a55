import { describe, expectTypeOf, it } from 'vitest';
import type { RoleId } from '../../src/framework/schema.js';
import {
  organisationsAt,
  requiredSignatoriesOf,
  signDeliveryPlan,
  type AllianceId,
  type DeliveryPlan,
  type FinancialYear,
  type ProgrammeIssue,
  type RegionId,
} from '../../src/programme/index.js';

describe('programme types', () => {
  it('brands ids so that plain strings are not ids', () => {
    expectTypeOf<string>().not.toExtend<AllianceId>();
    expectTypeOf<string>().not.toExtend<RegionId>();
    expectTypeOf<string>().not.toExtend<FinancialYear>();
    expectTypeOf<AllianceId>().toExtend<string>();
  });

  it('gives branded ids in results', () => {
    expectTypeOf(organisationsAt(new Date()).alliances[0]!.id).toEqualTypeOf<AllianceId>();
    expectTypeOf(requiredSignatoriesOf('delivery-plan', 'swag')[0]!.roleId).toEqualTypeOf<RoleId>();
  });

  it('narrows an issue by its code', () => {
    const issue = {} as ProgrammeIssue;
    if (issue.code === 'wrong-region') {
      expectTypeOf(issue.expected).toEqualTypeOf<string>();
      expectTypeOf(issue.actual).toEqualTypeOf<string | undefined>();
    }
    if (issue.code === 'exceeds-funding') expectTypeOf(issue.available).toEqualTypeOf<number>();
  });

  it('makes records read-only', () => {
    const plan = {} as DeliveryPlan;
    // @ts-expect-error records are read-only
    plan.status = 'signed-off';
    // @ts-expect-error arrays in records are read-only
    plan.signatures.push({ signatory: { roleId: 'national-cancer-director' as RoleId }, at: new Date() });
    expectTypeOf<DeliveryPlan['status']>().toEqualTypeOf<'draft' | 'submitted' | 'signed-off'>();
  });

  it('accepts plain strings in step input', () => {
    expectTypeOf(signDeliveryPlan).parameter(1).toExtend<{ by: { roleId: string }; at: Date }>();
    // @ts-expect-error a step needs its date
    signDeliveryPlan({} as DeliveryPlan, { by: { roleId: 'national-cancer-director' } });
  });
});
