import { isOneOf } from '../internal/guards.js';
import { deepFreeze } from '../internal/freeze.js';
import type { ProgrammeIssueData } from './errors.js';
import { checkActor, checkObject, checkOrder, checkRecord, checkRuleSet, contextOf, fail, locationOf, readStep, refuse, type StepInput } from './governance.js';
import type { DeliveryPlan, HistoryEntry, PlanChange } from './records.js';
import { ruleSetOf, type GovernanceOptions } from './rules.js';
import type { ChangeSignificance } from './schema.js';

/**
 * What `proposeChange` needs: how significant the change is, what it is, who proposes it and when.
 *
 * @category Programme
 */
export interface ProposeChangeInput extends StepInput {
  /** `significant` (needs agreement under `programme2019`) or `minor` (takes effect at once). */
  readonly significance: ChangeSignificance;
  /** What changes. */
  readonly description: string;
}

/**
 * What `agreeChange` needs: the change, who agrees it and when.
 *
 * @category Programme
 */
export interface AgreeChangeInput extends StepInput {
  /** The id of the change, from `plan.changes`. */
  readonly changeId: string;
}

/**
 * Proposes a change to a signed-off delivery plan. A change that the rule set lets take effect without
 * agreement is in effect at once and raises the plan's version; one that needs agreement waits for it. Under
 * `programme2019` a significant change waits for the Cancer Delivery Group (the paper's rule); a minor change takes
 * effect at once, and the proposer says which it is (both ours: the paper is silent on them).
 *
 * @param plan - A signed-off plan.
 * @param input - The significance, a description, who proposes it (the alliance) and when.
 * @param options - The rule set the plan was made under (default `programme2019`).
 * @returns The plan with the change (`awaiting-agreement` or `in-effect`), deeply frozen.
 * @throws ProgrammeError when the plan is not signed off, `by` may not propose changes, the step is
 * dated before the last, or the rule set differs from the plan's; TypeError or RangeError for malformed input.
 * @example
 * ```ts
 * const changed = proposeChange(signedOff, {
 *   significance: 'significant',
 *   description: 'Move the lung health check budget to 2024/25',
 *   by: { roleId: 'alliance-managing-director', allianceId: 'peninsula' },
 *   at: new Date(2023, 8, 1),
 * });
 * changed.changes[0]?.status; // 'awaiting-agreement'
 * ```
 * @category Programme
 */
export function proposeChange(plan: DeliveryPlan, input: ProposeChangeInput, options?: GovernanceOptions | undefined): DeliveryPlan {
  const name = 'proposeChange';
  checkRecord(plan, 'delivery-plan', name);
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const significance = input.significance;
  if (!isOneOf(['significant', 'minor'], significance)) {
    throw new RangeError(`${name}: significance must be "significant" or "minor", got ${String(significance)}`);
  }
  const description = input.description;
  if (typeof description !== 'string' || description.trim() === '') throw new TypeError(`${name}: description must be a non-empty string`);
  const ruleSet = ruleSetOf(options, name);
  const rule = ruleSet.changes[significance];
  const issues: ProgrammeIssueData[] = checkRuleSet(plan, ruleSet);
  if (plan.status !== 'signed-off') issues.push({ code: 'not-signed-off', artefact: 'delivery-plan' });
  issues.push(...checkActor(by, rule.proposedBy, `propose a ${significance} change`, contextOf(ruleSet, plan), ruleSet));
  issues.push(...checkOrder(plan.history, at));
  refuse(issues, 'Cannot propose the change', locationOf('delivery-plan', plan.allianceId, plan.financialYear));
  const id = `C${plan.changes.length + 1}`;
  const base = { id, significance, description: description.trim(), proposedBy: by, proposedAt: at };
  const history: HistoryEntry[] = [...plan.history, { kind: 'change-proposed', changeId: id, significance, by, at }];
  if (rule.agreedBy.roles === 'any' || rule.agreedBy.roles.length > 0) {
    return deepFreeze({ ...plan, changes: [...plan.changes, { status: 'awaiting-agreement', ...base }], history });
  }
  const version = plan.version + 1;
  history.push({ kind: 'change-in-effect', changeId: id, version, by, at });
  const change: PlanChange = { status: 'in-effect', ...base, effectiveAt: at, version };
  return deepFreeze({ ...plan, version, changes: [...plan.changes, change], history });
}

/**
 * Agrees a change awaiting agreement, which then takes effect and raises the plan's version. Under
 * `programme2019` only the Cancer Delivery Group agrees significant changes.
 *
 * @param plan - A plan with a change awaiting agreement.
 * @param input - The change id, who agrees it and when.
 * @param options - The rule set the plan was made under (default `programme2019`).
 * @returns The plan with the change in effect, deeply frozen.
 * @throws ProgrammeError when the change is unknown (`unknown-change`) or already in effect, `by` may not
 * agree it (`not-permitted`), the step is dated before the last, or the rule set differs from the plan's;
 * TypeError for malformed input.
 * @example
 * ```ts
 * const agreed = agreeChange(changed, { changeId: 'C1', by: { roleId: 'cancer-delivery-group' }, at: new Date(2023, 8, 20) });
 * agreed.version; // 2
 * ```
 * @category Programme
 */
export function agreeChange(plan: DeliveryPlan, input: AgreeChangeInput, options?: GovernanceOptions | undefined): DeliveryPlan {
  const name = 'agreeChange';
  checkRecord(plan, 'delivery-plan', name);
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const changeId = input.changeId;
  if (typeof changeId !== 'string') throw new TypeError(`${name}: changeId must be a string, got ${typeof changeId}`);
  const ruleSet = ruleSetOf(options, name);
  const location = locationOf('delivery-plan', plan.allianceId, plan.financialYear);
  const summary = 'Cannot agree the change';
  const mismatch = checkRuleSet(plan, ruleSet);
  refuse(mismatch, summary, location);
  const change = plan.changes.find((candidate) => candidate.id === changeId);
  if (!change) return fail([{ code: 'unknown-change', changeId }], summary, location);
  if (change.status === 'in-effect') return fail([{ code: 'change-already-in-effect', changeId }], summary, location);
  const issues = checkActor(by, ruleSet.changes[change.significance].agreedBy, `agree a ${change.significance} change`, contextOf(ruleSet, plan), ruleSet);
  issues.push(...checkOrder(plan.history, at));
  refuse(issues, summary, location);
  const version = plan.version + 1;
  const agreed: PlanChange = { ...change, status: 'in-effect', agreedBy: by, agreedAt: at, effectiveAt: at, version };
  return deepFreeze({
    ...plan,
    version,
    changes: plan.changes.map((candidate) => (candidate.id === changeId ? agreed : candidate)),
    history: [...plan.history, { kind: 'change-agreed', changeId, by, at }, { kind: 'change-in-effect', changeId, version, by, at }],
  });
}
