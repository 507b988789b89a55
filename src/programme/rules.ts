import { isOneOf } from '../internal/guards.js';
import { deepFreeze } from '../internal/freeze.js';
import { startYearOfFinancialYear } from './calendar.js';
import { indexedAlliance } from './organisation-index.js';
import { allianceContext, financialYearPeriod, partiesOf } from './parties.js';
import { programme2019Data } from './programme-2019.generated.js';
import type { Party } from './records.js';
import { ruleSetIn } from './roles.js';
import type { AllianceId, ArtefactKind, RoleRule, RuleSet } from './schema.js';

/** The governance rules of the October 2019 paper (the public `programme2019`). */
export function bundledRuleSet(): RuleSet {
  return programme2019Data();
}

/**
 * Options for the governance functions.
 *
 * @category Programme
 */
export interface GovernanceOptions {
  /**
   * The rule set to apply. Default `programme2019`. A record made under one rule set must be taken
   * through its later steps under the same rule set.
   */
  readonly ruleSet?: RuleSet | undefined;
}

/**
 * Options of `requiredSignatoriesOf`: the rule set, and the financial year whose memberships decide the regions.
 *
 * @category Programme
 */
export interface RequiredSignatoriesOfOptions extends GovernanceOptions {
  /**
   * The financial year (`"2024/25"`) whose memberships decide the regions an alliance's area lies in, under a rule set
   * whose regional roles act for each region. Default: every region the alliance has covered.
   */
  readonly financialYear?: string | undefined;
}

/** The rule set of the options, checked to be a rule set. */
export function ruleSetOf(options: GovernanceOptions | undefined, name: string): RuleSet {
  return ruleSetIn(options, name);
}

/** Whether a rule lets a role act: `any`, or one of its roles. */
export function allows(rule: RoleRule, roleId: string): boolean {
  return rule.roles === 'any' || rule.roles.includes(roleId as never);
}

/**
 * Says who must sign an artefact of an alliance under a rule set, each role resolved for the alliance: the Regional
 * Director of each region the alliance's area lies in (under `programme2019`, whose regional roles act for each
 * region), the Alliance Chair of that alliance.
 *
 * @param artefactKind - `delivery-plan` or `funding-agreement`.
 * @param allianceId - An alliance id.
 * @param options - The rule set to apply (default `programme2019`) and the financial year.
 * @returns The signatories, in the rule set's order, deeply frozen.
 * @throws RangeError when the kind, the alliance or the financial year is unknown; TypeError when `allianceId` is not a string.
 * @example
 * ```ts
 * requiredSignatoriesOf('funding-agreement', 'peninsula').map((party) => party.title);
 * // ['Regional team, South West', 'National Cancer Director', 'Alliance Chair, Peninsula Cancer Alliance']
 * requiredSignatoriesOf('delivery-plan', 'wessex').map((party) => party.title);
 * // ['Regional Director, South East', 'Regional Director, South West', 'National Cancer Director']
 * ```
 * @category Programme
 */
export function requiredSignatoriesOf(artefactKind: ArtefactKind, allianceId: string, options?: RequiredSignatoriesOfOptions | undefined): readonly Party[] {
  if (!isOneOf(['delivery-plan', 'funding-agreement'], artefactKind)) {
    throw new RangeError(`requiredSignatoriesOf: artefactKind must be "delivery-plan" or "funding-agreement", got ${String(artefactKind)}`);
  }
  if (typeof allianceId !== 'string') throw new TypeError(`requiredSignatoriesOf: allianceId must be a string, got ${typeof allianceId}`);
  const ruleSet = ruleSetOf(options, 'requiredSignatoriesOf');
  const financialYear = options?.financialYear;
  if (financialYear !== undefined) startYearOfFinancialYear(financialYear, 'requiredSignatoriesOf');
  if (!indexedAlliance(allianceId)) throw new RangeError(`requiredSignatoriesOf: there is no Cancer Alliance "${allianceId}"; use an id from organisations.alliances`);
  const context = allianceContext(ruleSet, allianceId as AllianceId, financialYear === undefined ? undefined : financialYearPeriod(financialYear));
  return deepFreeze(signatoriesOf(ruleSet, artefactKind, context));
}

/** The required signatories of an artefact kind for an alliance's context. */
export function signatoriesOf(ruleSet: RuleSet, kind: ArtefactKind, context: Parameters<typeof partiesOf>[2]): Party[] {
  const { roles } = ruleSet.artefacts[kind].signedBy;
  return (roles === 'any' ? [] : roles).flatMap((roleId) => partiesOf(ruleSet, roleId, context));
}
