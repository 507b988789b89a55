import { deepFreeze } from '../internal/freeze.js';
import { QUARTERS, startOfFinancialQuarter, type Quarter } from './calendar.js';
import type { ProgrammeIssueData } from './errors.js';
import { checkActor, checkObject, checkOrder, checkRecord, checkRuleSet, contextOf, fail, locationOf, readStep, refuse, type StepInput } from './governance.js';
import { isoDayOf } from '../internal/day.js';
import type { ActionKind, DeliveryAssessment, AssuranceAction, FundingAgreement, QuarterlyReview } from './records.js';
import { ruleSetOf, type GovernanceOptions } from './rules.js';
import { isOneOf } from '../internal/guards.js';
import { showValue, withArticle } from '../internal/show.js';

/**
 * What `recordQuarterlyReview` needs: the quarter, what the review found, who recorded it and when.
 *
 * @category Programme
 */
export interface RecordQuarterlyReviewInput extends StepInput {
  /** The quarter of the agreement's financial year reviewed. */
  readonly quarter: Quarter;
  /** `delivering`, `at-risk` or `not-delivering` against the funding agreement. */
  readonly assessment: DeliveryAssessment;
  /** What the review found. */
  readonly summary: string;
}

/**
 * What `proposeAction` needs: the quarter whose review prompts it, the kind of action (with an amount to
 * hold back funding), a description, who proposes it and when.
 *
 * @category Programme
 */
export interface ProposeActionInput extends StepInput {
  /** The quarter whose latest review found what the rule set requires for an action (under `programme2019`, not delivering). */
  readonly quarter: Quarter;
  /** The kind of action. */
  readonly kind: ActionKind;
  /** For `hold-back-funding`: the whole pounds to hold back. Not given for other kinds. */
  readonly amount?: number | undefined;
  /** What is to be done. */
  readonly description: string;
}

/**
 * What `agreeAction` and `holdBackFunding` need: the action, who acts and when.
 *
 * @category Programme
 */
export interface ActionStepInput extends StepInput {
  /** The id of the action, from `agreement.actions`. */
  readonly actionId: string;
}

const ASSESSMENTS: readonly DeliveryAssessment[] = ['delivering', 'at-risk', 'not-delivering'];
const ACTION_KINDS: readonly ActionKind[] = ['hold-back-funding', 'recovery-plan', 'other'];

function readText(input: Record<string, unknown>, field: string, name: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${name}: ${field} must be a non-empty string`);
  return value.trim();
}

function readQuarter(input: Record<string, unknown>, name: string): Quarter {
  const quarter = input['quarter'];
  if (!QUARTERS.includes(quarter as Quarter)) throw new RangeError(`${name}: quarter must be one of Q1, Q2, Q3, Q4, got ${String(quarter)}`);
  return quarter as Quarter;
}

function readActionId(input: Record<string, unknown>, name: string): string {
  const actionId = input['actionId'];
  if (typeof actionId !== 'string') throw new TypeError(`${name}: actionId must be a string, got ${typeof actionId}`);
  return actionId;
}

/**
 * The checks every step on an existing action starts with: a funding agreement, a well-formed step, the rule set it
 * was made under, and an action of that id. Throws (a TypeError or a ProgrammeError) when one fails.
 */
function actionStep(agreement: FundingAgreement, input: ActionStepInput, options: GovernanceOptions | undefined, name: string, summary: string) {
  checkRecord(agreement, 'funding-agreement', name);
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const actionId = readActionId(input, name);
  const ruleSet = ruleSetOf(options, name);
  const location = locationOf('funding-agreement', agreement.allianceId, agreement.financialYear);
  refuse(checkRuleSet(agreement, ruleSet), summary, location);
  const action = agreement.actions.find((candidate) => candidate.id === actionId);
  if (!action) return fail([{ code: 'unknown-action', actionId }], summary, location);
  return { by, at, actionId, ruleSet, location, summary, action };
}

/**
 * Records a review of one quarter of an alliance's delivery against its funding agreement. Under `programme2019` the
 * regional team leads quarterly monitoring and assurance, and the national and regional teams "work together to
 * assure and monitor" (so the regional team, the Regional Director and the national team may record reviews); a
 * quarter may be reviewed more than once (the latest review counts), once it has begun.
 *
 * @param agreement - A funding agreement.
 * @param input - The quarter, the assessment, a summary, who recorded it and when.
 * @param options - The rule set the agreement was made under (default `programme2019`).
 * @returns The agreement with the review, deeply frozen.
 * @throws ProgrammeError when the quarter has not begun (`quarter-not-started`), `by` may not record reviews or acts
 * for another region, the step is dated before the last, or the rule set differs; TypeError or RangeError for malformed input.
 * @example
 * ```ts
 * const reviewed = recordQuarterlyReview(signedAgreement, {
 *   quarter: 'Q1',
 *   assessment: 'not-delivering',
 *   summary: 'Rapid diagnostic centre opening slipped to Q3',
 *   by: { roleId: 'regional-team', regionId: 'Y58' },
 *   at: new Date(2023, 6, 20),
 * });
 * ```
 * @category Programme
 */
export function recordQuarterlyReview(agreement: FundingAgreement, input: RecordQuarterlyReviewInput, options?: GovernanceOptions | undefined): FundingAgreement {
  const name = 'recordQuarterlyReview';
  checkRecord(agreement, 'funding-agreement', name);
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const quarter = readQuarter(input, name);
  const assessment: unknown = input.assessment;
  if (!isOneOf(ASSESSMENTS, assessment)) {
    throw new RangeError(`${name}: assessment must be one of ${ASSESSMENTS.join(', ')}, got ${showValue(assessment)}`);
  }
  const summary = readText(input, 'summary', name);
  const ruleSet = ruleSetOf(options, name);
  const { financialYear } = agreement;
  const issues: ProgrammeIssueData[] = checkRuleSet(agreement, ruleSet);
  if (at.getTime() < startOfFinancialQuarter(financialYear, quarter).getTime()) {
    issues.push({ code: 'quarter-not-started', financialYear, quarter, at: isoDayOf(at) });
  }
  issues.push(...checkActor(by, ruleSet.assurance.reviewsRecordedBy, 'record a quarterly review', contextOf(ruleSet, agreement), ruleSet));
  issues.push(...checkOrder(agreement.history, at));
  refuse(issues, 'Cannot record the review', locationOf('funding-agreement', agreement.allianceId, financialYear));
  const review: QuarterlyReview = { financialYear, quarter, assessment, summary, by, at };
  return deepFreeze({
    ...agreement,
    reviews: [...agreement.reviews, review],
    history: [...agreement.history, { kind: 'review-recorded', quarter, assessment: review.assessment, by, at }],
  });
}

/**
 * Proposes an action, such as holding back funding, where the quarter's latest review found what the rule set requires:
 * under `programme2019`, "where Alliances are not delivering against their funding agreement" (not where they are at
 * risk). A proposed action does nothing until it is agreed.
 *
 * @param agreement - A funding agreement with a review of the quarter.
 * @param input - The quarter, the kind of action (with `amount` for `hold-back-funding`), a description,
 * who proposes it (the regional team or Regional Director of a region of the alliance, under `programme2019`) and when.
 * @param options - The rule set the agreement was made under (default `programme2019`).
 * @returns The agreement with the action, `proposed`, deeply frozen.
 * @throws ProgrammeError when the quarter has no review (`no-review`) or its latest review found something else
 * (`action-not-warranted`), `by` may not propose actions or acts for another region, the step is dated before the
 * last, or the rule set differs; RangeError when `amount` is missing, not a positive whole number, or given for another
 * kind; TypeError for malformed input.
 * @example
 * ```ts
 * const proposed = proposeAction(reviewed, {
 *   quarter: 'Q1',
 *   kind: 'hold-back-funding',
 *   amount: 250_000,
 *   description: 'Hold back the Q3 instalment until the new plan is agreed',
 *   by: { roleId: 'regional-team', regionId: 'Y58' },
 *   at: new Date(2023, 6, 21),
 * });
 * proposed.actions[0]?.status; // 'proposed'
 * ```
 * @category Programme
 */
export function proposeAction(agreement: FundingAgreement, input: ProposeActionInput, options?: GovernanceOptions | undefined): FundingAgreement {
  const name = 'proposeAction';
  checkRecord(agreement, 'funding-agreement', name);
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const quarter = readQuarter(input, name);
  const kind: unknown = input.kind;
  if (!isOneOf(ACTION_KINDS, kind)) throw new RangeError(`${name}: kind must be one of ${ACTION_KINDS.join(', ')}, got ${showValue(kind)}`);
  const amount = input.amount;
  if (kind === 'hold-back-funding') {
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
      throw new RangeError(`${name}: a hold-back-funding action needs amount, a whole number of pounds greater than 0, got ${String(amount)}`);
    }
  } else if (amount !== undefined) {
    throw new RangeError(`${name}: amount is only for hold-back-funding actions; leave it out for ${withArticle(kind)} action`);
  }
  const description = readText(input, 'description', name);
  const ruleSet = ruleSetOf(options, name);
  const { financialYear } = agreement;
  const issues: ProgrammeIssueData[] = checkRuleSet(agreement, ruleSet);
  const review = agreement.reviews.filter((candidate) => candidate.quarter === quarter).at(-1);
  const required = ruleSet.assurance.actionsWhere.assessments;
  if (!review) issues.push({ code: 'no-review', financialYear, quarter });
  else if (!required.includes(review.assessment)) issues.push({ code: 'action-not-warranted', financialYear, quarter, assessment: review.assessment, required });
  issues.push(...checkActor(by, ruleSet.assurance.actionsProposedBy, 'propose an assurance action', contextOf(ruleSet, agreement), ruleSet));
  issues.push(...checkOrder(agreement.history, at));
  refuse(issues, 'Cannot propose the action', locationOf('funding-agreement', agreement.allianceId, financialYear));
  const id = `A${agreement.actions.length + 1}`;
  const action: AssuranceAction = {
    status: 'proposed',
    id,
    quarter,
    kind,
    ...(typeof amount === 'number' ? { amount } : {}),
    description,
    proposedBy: by,
    proposedAt: at,
  };
  return deepFreeze({
    ...agreement,
    actions: [...agreement.actions, action],
    history: [...agreement.history, { kind: 'action-proposed', actionId: id, by, at }],
  });
}

/**
 * Agrees a proposed assurance action. Under `programme2019` only the Cancer Delivery Group agrees actions.
 *
 * @param agreement - A funding agreement with a proposed action.
 * @param input - The action id, who agrees it and when.
 * @param options - The rule set the agreement was made under (default `programme2019`).
 * @returns The agreement with the action `agreed`, deeply frozen.
 * @throws ProgrammeError when the action is unknown (`unknown-action`) or already agreed, `by` may not
 * agree actions (`not-permitted`), the step is dated before the last, or the rule set differs; TypeError for malformed input.
 * @example
 * ```ts
 * const agreed = agreeAction(proposed, { actionId: 'A1', by: { roleId: 'cancer-delivery-group' }, at: new Date(2023, 7, 1) });
 * ```
 * @category Programme
 */
export function agreeAction(agreement: FundingAgreement, input: ActionStepInput, options?: GovernanceOptions | undefined): FundingAgreement {
  const { by, at, actionId, ruleSet, location, summary, action } = actionStep(agreement, input, options, 'agreeAction', 'Cannot agree the action');
  const issues: ProgrammeIssueData[] = action.status === 'proposed' ? [] : [{ code: 'action-already-agreed', actionId }];
  issues.push(...checkActor(by, ruleSet.assurance.actionsAgreedBy, 'agree an assurance action', contextOf(ruleSet, agreement), ruleSet));
  issues.push(...checkOrder(agreement.history, at));
  refuse(issues, summary, location);
  const agreed: AssuranceAction = { ...action, status: 'agreed', agreedBy: by, agreedAt: at };
  return deepFreeze({
    ...agreement,
    actions: agreement.actions.map((candidate) => (candidate.id === actionId ? agreed : candidate)),
    history: [...agreement.history, { kind: 'action-agreed', actionId, by, at }],
  });
}

/**
 * Holds back funding under an agreed `hold-back-funding` action: the only way funding is held back. Under
 * `programme2019` any role may record that an agreed hold has been applied: the paper does not say who applies it.
 *
 * @param agreement - A funding agreement with an agreed hold-back-funding action.
 * @param input - The action id, who applies it and when.
 * @param options - The rule set the agreement was made under (default `programme2019`).
 * @returns The agreement with `heldBack` raised by the action's amount and the action `applied`, deeply frozen.
 * @throws ProgrammeError when the action is unknown, not a hold-back-funding action, not agreed
 * (`action-not-agreed`), already applied, or would hold back more than is available (`exceeds-funding`),
 * when `by` may not apply it, the step is dated before the last, or the rule set differs; TypeError for malformed input.
 * @example
 * ```ts
 * const held = holdBackFunding(agreed, { actionId: 'A1', by: { roleId: 'national-team' }, at: new Date(2023, 7, 2) });
 * held.heldBack; // 250000
 * ```
 * @category Programme
 */
export function holdBackFunding(agreement: FundingAgreement, input: ActionStepInput, options?: GovernanceOptions | undefined): FundingAgreement {
  const { by, at, actionId, ruleSet, location, summary, action } = actionStep(agreement, input, options, 'holdBackFunding', 'Cannot hold back funding');
  if (action.kind !== 'hold-back-funding' || action.amount === undefined) {
    return fail([{ code: 'not-a-funding-action', actionId, kind: action.kind }], summary, location);
  }
  const issues: ProgrammeIssueData[] = [];
  if (action.status === 'proposed') issues.push({ code: 'action-not-agreed', actionId });
  if (action.status === 'applied') issues.push({ code: 'funding-already-held-back', actionId });
  const available = agreement.amount - agreement.heldBack;
  if (action.status === 'agreed' && action.amount > available) {
    issues.push({ code: 'exceeds-funding', actionId, amount: action.amount, available });
  }
  issues.push(...checkActor(by, ruleSet.assurance.fundingHeldBackBy, 'hold back funding', contextOf(ruleSet, agreement), ruleSet));
  issues.push(...checkOrder(agreement.history, at));
  refuse(issues, summary, location);
  if (action.status !== 'agreed') return fail([{ code: 'action-not-agreed', actionId }], summary, location);
  const applied: AssuranceAction = { ...action, status: 'applied', appliedBy: by, appliedAt: at };
  return deepFreeze({
    ...agreement,
    heldBack: agreement.heldBack + action.amount,
    actions: agreement.actions.map((candidate) => (candidate.id === actionId ? applied : candidate)),
    history: [...agreement.history, { kind: 'funding-held-back', actionId, amount: action.amount, by, at }],
  });
}
