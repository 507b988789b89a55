import { deepFreeze } from '../internal/freeze.js';
import { checkObject, checkRecord, signArtefact, startArtefact, submitArtefact, type StepInput } from './governance.js';
import type { FundingAgreement } from './records.js';
import type { GovernanceOptions } from './rules.js';

/**
 * What `createFundingAgreement` needs: the alliance, the financial year, the amount, who prepares it and when.
 *
 * @category Programme
 */
export interface CreateFundingAgreementInput extends StepInput {
  /** The alliance funded. */
  readonly allianceId: string;
  /** The financial year, e.g. `"2023/24"`. */
  readonly financialYear: string;
  /** The funding provided, in whole pounds. */
  readonly amount: number;
}

/**
 * Creates a draft funding agreement for an alliance and a financial year: what the alliance will deliver
 * with the funding provided. It records its rule set and its required signatories.
 *
 * @param input - The alliance, the financial year, the amount (whole pounds), who prepares it and when.
 * @param options - The rule set to apply (default `programme2019`).
 * @returns The draft agreement, with nothing held back, deeply frozen.
 * @throws ProgrammeError when the alliance is unknown or not in force that year, the rule set is not in
 * force on `at`, or `by` may not prepare it; RangeError when the amount is not a whole number of pounds
 * of at least 0; TypeError for malformed input.
 * @example
 * ```ts
 * const agreement = createFundingAgreement({
 *   allianceId: 'peninsula',
 *   financialYear: '2023/24',
 *   amount: 4_000_000,
 *   by: { roleId: 'regional-team', regionId: 'Y58' },
 *   at: new Date(2023, 3, 3),
 * });
 * ```
 * @category Programme
 */
export function createFundingAgreement(input: CreateFundingAgreementInput, options?: GovernanceOptions | undefined): FundingAgreement {
  const name = 'createFundingAgreement';
  checkObject(input, 'the step', name);
  const amount = input.amount;
  if (typeof amount !== 'number') throw new TypeError(`${name}: amount must be a number of pounds, got ${typeof amount}`);
  if (!(Number.isSafeInteger(amount) && amount >= 0)) {
    throw new RangeError(`${name}: amount must be a whole number of pounds of at least 0, got ${amount}`);
  }
  const start = startArtefact('funding-agreement', input, options, name);
  return deepFreeze({ kind: 'funding-agreement', ...start, amount, heldBack: 0, reviews: [], actions: [] });
}

/**
 * Submits a draft funding agreement for signature; only then can it be signed.
 *
 * @param agreement - A draft agreement.
 * @param step - Who submits it (one of the roles that prepare agreements) and when.
 * @param options - The rule set the agreement was made under (default `programme2019`).
 * @returns The submitted agreement, deeply frozen.
 * @throws ProgrammeError when it is already submitted or signed off, `by` may not submit it, the step is
 * dated before the last, or the rule set differs from the agreement's; TypeError for malformed input.
 * @example
 * ```ts
 * const submitted = submitFundingAgreement(agreement, { by: { roleId: 'regional-team', regionId: 'Y58' }, at: new Date(2023, 3, 10) });
 * ```
 * @category Programme
 */
export function submitFundingAgreement(agreement: FundingAgreement, step: StepInput, options?: GovernanceOptions | undefined): FundingAgreement {
  checkRecord(agreement, 'funding-agreement', 'submitFundingAgreement');
  return submitArtefact(agreement, step, options, 'submitFundingAgreement');
}

/**
 * Signs a submitted funding agreement. Under `programme2019` it is signed off jointly: by the Regional
 * Director of the alliance's region, the National Cancer Director and the Alliance Chair.
 *
 * @param agreement - A submitted agreement.
 * @param step - Who signs (`by`, with `regionId` for a Regional Director, `allianceId` for a Chair) and when.
 * @returns The agreement with the signature; `signed-off` once all have signed. Deeply frozen.
 * @throws ProgrammeError when the agreement is not submitted or already signed off, `by` is not a
 * signatory, acts for another region or alliance, has already signed, or the step is dated before the
 * last; TypeError for malformed input.
 * @example
 * ```ts
 * const signed = signFundingAgreement(agreement, { by: { roleId: 'alliance-chair', allianceId: 'peninsula' }, at: new Date(2023, 3, 12) });
 * ```
 * @category Programme
 */
export function signFundingAgreement(agreement: FundingAgreement, step: StepInput): FundingAgreement {
  checkRecord(agreement, 'funding-agreement', 'signFundingAgreement');
  return signArtefact(agreement, step, 'signFundingAgreement');
}
