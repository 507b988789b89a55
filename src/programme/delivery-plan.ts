import { deepFreeze } from '../internal/freeze.js';
import { checkObject, checkRecord, signArtefact, startArtefact, submitArtefact, type StepInput } from './governance.js';
import type { DeliveryPlan } from './records.js';
import type { GovernanceOptions } from './rules.js';

/**
 * What `createDeliveryPlan` needs: the alliance, the financial year, who prepares the plan and when.
 *
 * @category Programme
 */
export interface CreateDeliveryPlanInput extends StepInput {
  /** The alliance whose plan it is. */
  readonly allianceId: string;
  /** The financial year it covers, e.g. `"2023/24"`. */
  readonly financialYear: string;
  /** A short description of the plan. */
  readonly summary?: string | undefined;
}

/**
 * Creates a draft delivery plan for an alliance and a financial year, prepared by the alliance. The
 * plan records its rule set and its required signatories, resolved for the alliance.
 *
 * @param input - The alliance, the financial year, who prepares it (`by`) and when (`at`).
 * @param options - The rule set to apply (default `programme2019`).
 * @returns The draft plan, version 1, deeply frozen.
 * @throws ProgrammeError when the alliance is unknown or not in force that year, the rule set is not in
 * force on `at`, or `by` may not prepare the plan (`not-permitted`, `wrong-alliance`); TypeError or
 * RangeError for malformed input.
 * @example
 * ```ts
 * const plan = createDeliveryPlan({
 *   allianceId: 'peninsula',
 *   financialYear: '2023/24',
 *   by: { roleId: 'alliance-managing-director', allianceId: 'peninsula' },
 *   at: new Date(2023, 3, 3),
 * });
 * plan.status; // 'draft'
 * ```
 * @category Programme
 */
export function createDeliveryPlan(input: CreateDeliveryPlanInput, options?: GovernanceOptions | undefined): DeliveryPlan {
  const name = 'createDeliveryPlan';
  const start = startArtefact('delivery-plan', input, options, name);
  checkObject(input, 'the step', name);
  const summary = input.summary;
  if (summary !== undefined && (typeof summary !== 'string' || summary.trim() === '')) {
    throw new TypeError(`${name}: summary must be a non-empty string when given`);
  }
  return deepFreeze({
    kind: 'delivery-plan',
    ...start,
    ...(summary === undefined ? {} : { summary: summary.trim() }),
    version: 1,
    changes: [],
  });
}

/**
 * Submits a draft delivery plan for sign-off; only then can it be signed.
 *
 * @param plan - A draft plan.
 * @param step - Who submits it (one of the roles that prepare plans, of the plan's alliance) and when.
 * @param options - The rule set the plan was made under (default `programme2019`).
 * @returns The submitted plan, deeply frozen.
 * @throws ProgrammeError when the plan is already submitted or signed off, `by` may not submit it, the
 * step is dated before the last, or the rule set differs from the plan's; TypeError for malformed input.
 * @example
 * ```ts
 * const submitted = submitDeliveryPlan(plan, {
 *   by: { roleId: 'alliance-managing-director', allianceId: 'peninsula' },
 *   at: new Date(2023, 3, 20),
 * });
 * submitted.status; // 'submitted'
 * ```
 * @category Programme
 */
export function submitDeliveryPlan(plan: DeliveryPlan, step: StepInput, options?: GovernanceOptions | undefined): DeliveryPlan {
  checkRecord(plan, 'delivery-plan', 'submitDeliveryPlan');
  return submitArtefact(plan, step, options, 'submitDeliveryPlan');
}

/**
 * Signs a submitted delivery plan. Under `programme2019` the plan is signed off when both the Regional
 * Director of the alliance's region and the National Cancer Director have signed it.
 *
 * @param plan - A submitted plan.
 * @param step - Who signs (`by`, with `regionId` for a Regional Director) and when (`at`).
 * @returns The plan with the signature; `signed-off` once every required signatory has signed. Deeply frozen.
 * @throws ProgrammeError when the plan is not submitted (`not-submitted`) or already signed off, when
 * `by` is not a signatory (`not-a-signatory`), is another region's director (`wrong-region`), has
 * already signed (`duplicate-signature`), or the step is dated before the last (`out-of-order`);
 * TypeError for malformed input.
 * @example
 * ```ts
 * const signed = signDeliveryPlan(submitted, { by: { roleId: 'regional-director', regionId: 'Y58' }, at: new Date(2023, 4, 2) });
 * signed.status; // 'submitted' until the National Cancer Director signs too
 * ```
 * @category Programme
 */
export function signDeliveryPlan(plan: DeliveryPlan, step: StepInput): DeliveryPlan {
  checkRecord(plan, 'delivery-plan', 'signDeliveryPlan');
  return signArtefact(plan, step, 'signDeliveryPlan');
}
