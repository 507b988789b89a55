import { isOneOf } from '../internal/guards.js';
import type { RoleId } from '../framework/schema.js';
import { isValid } from 'date-fns/isValid';
import { deepFreeze } from '../internal/freeze.js';
import { findAlliance, findIcb, inForceOn } from './organisations.js';
import { isoDayOf } from '../internal/day.js';
import { organisationsData } from './organisations.generated.js';
import { resolveParty, type PlaceContext } from './parties.js';
import { programme2019Data } from './programme-2019.generated.js';
import type { Party } from './records.js';
import { ruleSetIn, type RuleSetOptions } from './roles.js';
import type { AccountabilityEdge, AccountabilityLine, AllianceId, Certainty, RuleSet } from './schema.js';

/** The accountability graph of the 2019 paper (the public `accountabilityEdges`). */
export function bundledAccountabilityEdges(): readonly AccountabilityEdge[] {
  return programme2019Data().accountability.edges;
}

/** The paper's notes on its model of accountability (the public `accountabilityNotes`). */
export function bundledAccountabilityNotes(): readonly string[] {
  return programme2019Data().accountability.notes;
}

/**
 * One resolved link of an accountability chain: `from` is accountable to `to`.
 *
 * @category Programme
 */
export interface AccountabilityLink {
  /** The party that is accountable. */
  readonly from: Party;
  /** The party it is accountable to. */
  readonly to: Party;
  /** The id of the edge of the graph this link resolves. */
  readonly edgeId: string;
  /** What the link means, from the data. */
  readonly description: string;
  /** How sure the link is. */
  readonly certainty: Certainty;
}

/**
 * An accountability chain resolved for an alliance.
 *
 * @category Programme
 */
export interface AccountabilityChain {
  /** The alliance. */
  readonly allianceId: AllianceId;
  /** The line followed. */
  readonly line: AccountabilityLine;
  /** The people and bodies on the chain, from the bottom up, each once. */
  readonly parties: readonly Party[];
  /** The links between them. */
  readonly links: readonly AccountabilityLink[];
}

/**
 * Options for `accountabilityChainOf`.
 *
 * @category Programme
 */
export interface AccountabilityChainOfOptions extends RuleSetOptions {
  /**
   * `transformation` (default): transformation and improvement activity, from the alliance up.
   * `operational`: operational performance, from the STPs/ICSs, commissioners and providers of each
   * member ICB directly to the Regional Director of the ICB's region.
   */
  readonly line?: AccountabilityLine | undefined;
  /**
   * The day whose memberships the operational line follows, in the runtime's local time zone. Default: the
   * organisations data's `asAt`, or the alliance's last day if it ended before.
   */
  readonly date?: Date | undefined;
}

function key(party: Party): string {
  return [party.roleId, party.regionId ?? '', party.allianceId ?? '', party.icbId ?? ''].join('|');
}

function climb(ruleSet: RuleSet, start: Party, context: PlaceContext, line: AccountabilityLine, links: AccountabilityLink[]): void {
  const visited = new Set<RoleId>([start.roleId]);
  let current = start;
  for (;;) {
    const edge = ruleSet.accountability.edges.find((candidate) => candidate.line === line && candidate.relation === 'accountable-to' && candidate.from === current.roleId);
    if (!edge || visited.has(edge.to)) return;
    visited.add(edge.to);
    const next = resolveParty(ruleSet, edge.to, context);
    links.push({ from: current, to: next, edgeId: edge.id, description: edge.description, certainty: edge.certainty });
    current = next;
  }
}

/**
 * Gives the people and bodies up an alliance's chain of accountability in a rule set's graph, resolved for that
 * alliance: for transformation and improvement activity, from the rule set's alliance body (under `programme2019` the
 * Cancer Alliance, the Regional Director of its hosting region and the National Cancer Director); for operational
 * performance, each member ICB's system, commissioners and providers and the Regional Director of the ICB's region (so
 * Wessex reaches both the South East and the South West).
 *
 * @param allianceId - An alliance id such as `wessex`.
 * @param options - Which line to follow, the rule set (default `programme2019`) and the day of the memberships.
 * @returns The chain: its parties from the bottom up and the links between them, deeply frozen.
 * @throws RangeError when there is no alliance with that id or the line is unknown; TypeError when `allianceId` is not a string.
 * @example
 * ```ts
 * accountabilityChainOf('swag').parties.map((party) => party.title);
 * // ['Cancer Alliance, Somerset, Wiltshire, Avon and Gloucestershire (SWAG) Cancer Alliance',
 * //  'Regional Director, South West', 'National Cancer Director']
 * ```
 * @category Programme
 */
export function accountabilityChainOf(allianceId: string, options?: AccountabilityChainOfOptions | undefined): AccountabilityChain {
  if (typeof allianceId !== 'string') throw new TypeError(`accountabilityChainOf: allianceId must be a string, got ${typeof allianceId}`);
  const ruleSet = ruleSetIn(options, 'accountabilityChainOf');
  const line = options?.line ?? 'transformation';
  if (!isOneOf(['transformation', 'operational'], line)) {
    throw new RangeError(`accountabilityChainOf: options.line must be "transformation" or "operational", got ${String(line)}`);
  }
  const date = options?.date;
  if (date !== undefined && !(date instanceof Date)) throw new TypeError(`accountabilityChainOf: options.date must be a Date, got ${typeof date}`);
  if (date !== undefined && !isValid(date)) throw new RangeError('accountabilityChainOf: options.date is an invalid Date; pass a real date such as new Date(2024, 3, 1)');
  const alliance = findAlliance(allianceId);
  if (!alliance) throw new RangeError(`accountabilityChainOf: there is no Cancer Alliance "${allianceId}"; use an id from organisations.alliances`);
  const links: AccountabilityLink[] = [];
  const starts: Party[] = [];
  const accountable = ruleSet.accountability.edges.filter((edge) => edge.line === line && edge.relation === 'accountable-to');
  const fromRoles = [...new Set(accountable.map((edge) => edge.from))];
  if (line === 'transformation') {
    const context = { allianceId: alliance.id, regionId: alliance.regionId };
    for (const roleId of fromRoles.filter((id) => ruleSet.roles.find((role) => role.id === id)?.scope === 'alliance')) {
      const start = resolveParty(ruleSet, roleId, context);
      starts.push(start);
      climb(ruleSet, start, context, line, links);
    }
  } else {
    const asAt = organisationsData().asAt;
    const day = date === undefined ? (alliance.validTo !== undefined && alliance.validTo < asAt ? alliance.validTo : asAt) : isoDayOf(date);
    for (const member of alliance.members.filter((candidate) => inForceOn(candidate, day))) {
      const icb = findIcb(member.icbId);
      if (!icb) throw new RangeError(`accountabilityChainOf: the member ICB "${member.icbId}" of "${allianceId}" is not in the data`);
      const context = { allianceId: alliance.id, regionId: icb.regionId, icbId: icb.id };
      for (const roleId of fromRoles) {
        const start = resolveParty(ruleSet, roleId, context);
        if (starts.some((party) => key(party) === key(start))) continue;
        starts.push(start);
        climb(ruleSet, start, context, line, links);
      }
    }
  }
  const parties: Party[] = [];
  for (const party of [...starts, ...links.map((link) => link.to)]) {
    if (!parties.some((known) => key(known) === key(party))) parties.push(party);
  }
  return deepFreeze({ allianceId: alliance.id, line, parties, links });
}
