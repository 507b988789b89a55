import { isObject, isOneOf } from '../internal/guards.js';
import { deepFreeze } from '../internal/freeze.js';
import { findAlliance } from './organisations.js';
import { resolveParty } from './parties.js';
import { programme2019Data } from './programme-2019.generated.js';
import type { Party } from './records.js';
import type { ArtefactKind, RuleSet } from './schema.js';

/** The governance rules of the October 2019 paper (the public `programme2019`). */
export function bundledRuleSet(): RuleSet {
  return programme2019Data().ruleSet;
}

/**
 * Options for the governance functions and `requiredSignatoriesOf`.
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

/** The rule set of the options, checked to be a rule set. */
export function ruleSetOf(options: GovernanceOptions | undefined, name: string): RuleSet {
  if (options === undefined) return bundledRuleSet();
  if (!isObject(options)) throw new TypeError(`${name}: options must be an object or undefined`);
  const ruleSet = options.ruleSet ?? bundledRuleSet();
  if (!isObject(ruleSet) || typeof (ruleSet.id as unknown) !== 'string' || typeof (ruleSet.artefacts as unknown) !== 'object') {
    throw new TypeError(`${name}: options.ruleSet must be a rule set, such as programme2019 or the result of parseRuleSet`);
  }
  return ruleSet;
}

/**
 * Says who must sign an artefact of an alliance under a rule set, each role resolved for the alliance:
 * the Regional Director of the alliance's own region, the Alliance Chair of that alliance.
 *
 * @param artefactKind - `delivery-plan` or `funding-agreement`.
 * @param allianceId - An alliance id.
 * @param options - The rule set to apply (default `programme2019`).
 * @returns The signatories, in the rule set's order, deeply frozen.
 * @throws RangeError when the kind or the alliance is unknown; TypeError when `allianceId` is not a string.
 * @example
 * ```ts
 * requiredSignatoriesOf('funding-agreement', 'peninsula').map((party) => party.title);
 * // ['Regional Director, South West', 'National Cancer Director', 'Alliance Chair, Peninsula Cancer Alliance']
 * ```
 * @category Programme
 */
export function requiredSignatoriesOf(artefactKind: ArtefactKind, allianceId: string, options?: GovernanceOptions | undefined): readonly Party[] {
  if (!isOneOf(['delivery-plan', 'funding-agreement'], artefactKind)) {
    throw new RangeError(`requiredSignatoriesOf: artefactKind must be "delivery-plan" or "funding-agreement", got ${String(artefactKind)}`);
  }
  if (typeof allianceId !== 'string') throw new TypeError(`requiredSignatoriesOf: allianceId must be a string, got ${typeof allianceId}`);
  const ruleSet = ruleSetOf(options, 'requiredSignatoriesOf');
  const alliance = findAlliance(allianceId);
  if (!alliance) throw new RangeError(`requiredSignatoriesOf: there is no Cancer Alliance "${allianceId}"; use an id from organisations.alliances`);
  const context = { allianceId: alliance.id, regionId: alliance.regionId };
  return deepFreeze(ruleSet.artefacts[artefactKind].signedBy.map((roleId) => resolveParty(roleId, context)));
}
