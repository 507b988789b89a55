import { expect } from 'vitest';
import {
  ProgrammeError,
  createDeliveryPlan,
  createFundingAgreement,
  signDeliveryPlan,
  signFundingAgreement,
  submitDeliveryPlan,
  submitFundingAgreement,
  type ActorInput,
  type DeliveryPlan,
  type FundingAgreement,
  type ProgrammeIssueCode,
} from '../../src/programme/index.js';

/** Runs a step that must be refused and gives the codes of its issues. */
export function refusedCodes(step: () => unknown): readonly ProgrammeIssueCode[] {
  try {
    step();
  } catch (error) {
    expect(error).toBeInstanceOf(ProgrammeError);
    const issues = (error as ProgrammeError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
    return issues.map((issue) => issue.code);
  }
  throw new Error('expected the step to be refused with a ProgrammeError');
}

/** A deep copy of plain data with Dates, to compare an input before and after a call. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** Local-time day, as the NHS calendar reads it. */
export function day(year: number, monthIndex: number, date: number, hours = 12): Date {
  return new Date(year, monthIndex, date, hours);
}

// Peninsula Cancer Alliance: South West (Y58).
export const ALLIANCE = 'peninsula';
export const YEAR = '2023/24';
export const managingDirector = { roleId: 'alliance-managing-director', allianceId: ALLIANCE } as const satisfies ActorInput;
export const chair = { roleId: 'alliance-chair', allianceId: ALLIANCE } as const satisfies ActorInput;
export const southWestDirector = { roleId: 'regional-director', regionId: 'Y58' } as const satisfies ActorInput;
export const southEastDirector = { roleId: 'regional-director', regionId: 'Y59' } as const satisfies ActorInput;
export const southWestTeam = { roleId: 'regional-team', regionId: 'Y58' } as const satisfies ActorInput;
export const southEastTeam = { roleId: 'regional-team', regionId: 'Y59' } as const satisfies ActorInput;
export const nationalDirector = { roleId: 'national-cancer-director' } as const satisfies ActorInput;
export const nationalTeam = { roleId: 'national-team' } as const satisfies ActorInput;
export const cdg = { roleId: 'cancer-delivery-group' } as const satisfies ActorInput;

export function draftPlan(): DeliveryPlan {
  return createDeliveryPlan({ allianceId: ALLIANCE, financialYear: YEAR, by: managingDirector, at: day(2023, 3, 3) });
}

export function submittedPlan(): DeliveryPlan {
  return submitDeliveryPlan(draftPlan(), { by: managingDirector, at: day(2023, 3, 20) });
}

export function signedOffPlan(): DeliveryPlan {
  const once = signDeliveryPlan(submittedPlan(), { by: southWestDirector, at: day(2023, 4, 2) });
  return signDeliveryPlan(once, { by: nationalDirector, at: day(2023, 4, 3) });
}

export const AMOUNT = 1_000_000;

export function draftAgreement(): FundingAgreement {
  return createFundingAgreement({ allianceId: ALLIANCE, financialYear: YEAR, amount: AMOUNT, by: southWestTeam, at: day(2023, 3, 3) });
}

export function submittedAgreement(): FundingAgreement {
  return submitFundingAgreement(draftAgreement(), { by: southWestTeam, at: day(2023, 3, 10) });
}

export function signedOffAgreement(): FundingAgreement {
  let agreement = submittedAgreement();
  agreement = signFundingAgreement(agreement, { by: southWestTeam, at: day(2023, 3, 11) });
  agreement = signFundingAgreement(agreement, { by: nationalDirector, at: day(2023, 3, 12) });
  return signFundingAgreement(agreement, { by: chair, at: day(2023, 3, 13) });
}
