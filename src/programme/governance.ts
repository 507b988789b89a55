// Shared machinery of the governance steps: reading a step's input, checking who acts, and refusing.
import { isValid } from 'date-fns/isValid';
import type { IssueLocation } from '../internal/error.js';
import { deepFreeze } from '../internal/freeze.js';
import { readActor } from './actor.js';
import { endOfFinancialYear, financialYearLabel, startOfFinancialYear, startYearOfFinancialYear, type FinancialYear } from './calendar.js';
import { ProgrammeError, programmeIssue, programmeSummary, type ProgrammeIssueData } from './errors.js';
import { inForceOn } from './organisations.js';
import { isoDayOf } from '../internal/day.js';
import { indexedAlliance, indexedRegionName } from './organisation-index.js';
import { allianceContext, financialYearPeriod, type AllianceContext } from './parties.js';
import type { Actor, ActorInput, DeliveryPlan, FundingAgreement, HistoryEntry, Party, Signature } from './records.js';
import { roleIn } from './roles.js';
import { allows, ruleSetOf, signatoriesOf, type GovernanceOptions } from './rules.js';
import type { AllianceId, ArtefactKind, RegionId, RoleRule, RuleSet } from './schema.js';

/**
 * Who takes a step, and when. `at` is given by the caller: the governance functions never read the clock.
 *
 * @category Programme
 */
export interface StepInput {
  /** The person or body taking the step. */
  readonly by: ActorInput;
  /** When the step is taken. */
  readonly at: Date;
}

/** A signed artefact: a delivery plan or a funding agreement. */
export type SignedArtefact = DeliveryPlan | FundingAgreement;

/** The alliance and financial year of a record, from which a step's context is worked out. */
export interface RecordPlace {
  readonly allianceId: AllianceId;
  readonly regionId: RegionId;
  readonly financialYear: string;
}

/** The context of a step on a record under a rule set: the alliance, and the regions its regional roles act for. */
export function contextOf(ruleSet: RuleSet, record: RecordPlace): AllianceContext {
  if (!indexedAlliance(record.allianceId)) return { allianceId: record.allianceId, regionIds: [record.regionId] };
  return allianceContext(ruleSet, record.allianceId, financialYearPeriod(record.financialYear));
}

/** Checks a value is a plain object, or throws a TypeError naming the function. */
export function checkObject(value: unknown, what: string, name: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${name}: ${what} must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
}

/** Reads `by` and `at` of a step: a valid actor shape and a valid Date, copied. */
export function readStep(input: unknown, name: string): { readonly by: Actor; readonly at: Date } {
  checkObject(input, 'the step', name);
  const at = input['at'];
  if (!(at instanceof Date)) throw new TypeError(`${name}: at must be a Date (when the step is taken), got ${typeof at}`);
  if (!isValid(at)) throw new RangeError(`${name}: at is an invalid Date; pass a real date such as new Date(2023, 4, 2)`);
  const by = readActor(input['by']);
  if (!by.success) {
    const detail = by.problems.map((problem) => `${problem.path.join('.') || 'by'}: ${problem.message}`).join('; ');
    throw new TypeError(`${name}: by must be an actor such as { roleId: 'regional-director', regionId: 'Y58' } (${detail})`);
  }
  return { by: by.data, at: new Date(at.getTime()) };
}

/** Reads a financial year label, or throws a RangeError naming the function. */
export function readFinancialYear(value: unknown, name: string): FinancialYear {
  return financialYearLabel(startYearOfFinancialYear(value as string, name));
}

/** Checks a record is of the expected kind, or throws a TypeError naming the function. */
export function checkRecord<K extends SignedArtefact['kind']>(record: unknown, kind: K, name: string): asserts record is Extract<SignedArtefact, { kind: K }> {
  checkObject(record, kind === 'delivery-plan' ? 'plan' : 'agreement', name);
  if (record['kind'] !== kind) {
    throw new TypeError(
      `${name}: expected a ${kind} record (as made by ${kind === 'delivery-plan' ? 'createDeliveryPlan' : 'createFundingAgreement'}), got kind ${String(record['kind'])}`,
    );
  }
}

/** Refuses a step when there are issues, with the record's key as the location. */
export function refuse(issues: readonly ProgrammeIssueData[], summary: string, location: IssueLocation): void {
  if (issues.length > 0) fail(issues, summary, location);
}

/** Refuses a step. */
export function fail(issues: readonly ProgrammeIssueData[], summary: string, location: IssueLocation): never {
  throw new ProgrammeError(
    programmeSummary(summary, issues.length),
    issues.map((issue) => programmeIssue(issue, location)),
  );
}

/** The location of issues about an artefact. */
export function locationOf(kind: ArtefactKind, allianceId: string, financialYear: string): IssueLocation {
  return { id: `${kind} ${allianceId} ${financialYear}` };
}

/** Checks that an actor may take a step: a role of the rule set, allowed by the rule, acting for the right region or alliance. */
export function checkActor(by: Actor, rule: RoleRule, step: string, context: AllianceContext, ruleSet: RuleSet): ProgrammeIssueData[] {
  const role = roleIn(ruleSet, by.roleId);
  if (!role) return [{ code: 'unknown-role', roleId: by.roleId, known: ruleSet.roles.map((known) => known.id) }];
  const issues: ProgrammeIssueData[] = [];
  if (by.regionId !== undefined && indexedRegionName(by.regionId) === undefined) issues.push({ code: 'unknown-region', regionId: by.regionId });
  if (by.allianceId !== undefined && !indexedAlliance(by.allianceId)) issues.push({ code: 'unknown-alliance', allianceId: by.allianceId });
  if (!allows(rule, by.roleId)) {
    issues.push({ code: 'not-permitted', roleId: by.roleId, step, allowed: rule.roles === 'any' ? [] : rule.roles });
    return issues;
  }
  if (role.scope === 'regional' && (by.regionId === undefined || !context.regionIds.includes(by.regionId))) {
    issues.push({ code: 'wrong-region', roleId: by.roleId, expected: context.regionIds.join(' or '), actual: by.regionId });
  }
  if (role.scope === 'alliance' && by.allianceId !== context.allianceId) {
    issues.push({ code: 'wrong-alliance', roleId: by.roleId, expected: context.allianceId, actual: by.allianceId });
  }
  return issues;
}

/** Checks that a step is not dated before the record's last step. */
export function checkOrder(history: readonly HistoryEntry[], at: Date): ProgrammeIssueData[] {
  const last = history[history.length - 1];
  if (last && at.getTime() < last.at.getTime()) return [{ code: 'out-of-order', at: at.toISOString(), previous: last.at.toISOString() }];
  return [];
}

/** Checks that the rule set given for a step is the one the record was made under. */
export function checkRuleSet(record: { readonly ruleSetId: string }, ruleSet: RuleSet): ProgrammeIssueData[] {
  return record.ruleSetId === ruleSet.id ? [] : [{ code: 'rule-set-mismatch', expected: record.ruleSetId, actual: ruleSet.id }];
}

const ARTICLE: Readonly<Record<ArtefactKind, string>> = { 'delivery-plan': 'a delivery plan', 'funding-agreement': 'a funding agreement' };

/** The fields every signed artefact starts with. */
export interface ArtefactStart {
  readonly allianceId: AllianceId;
  readonly regionId: RegionId;
  readonly financialYear: FinancialYear;
  readonly ruleSetId: RuleSet['id'];
  readonly status: 'draft';
  readonly requiredSignatories: readonly Party[];
  readonly signatures: readonly Signature[];
  readonly history: readonly HistoryEntry[];
}

/** Checks the creation of an artefact and gives the fields it starts with. */
export function startArtefact(kind: ArtefactKind, input: unknown, options: GovernanceOptions | undefined, name: string): ArtefactStart {
  const { by, at } = readStep(input, name);
  checkObject(input, 'the step', name);
  const allianceId = input['allianceId'];
  if (typeof allianceId !== 'string') throw new TypeError(`${name}: allianceId must be a string, got ${typeof allianceId}`);
  const financialYear = readFinancialYear(input['financialYear'], name);
  const ruleSet = ruleSetOf(options, name);
  const summary = `Cannot create ${ARTICLE[kind]}`;
  const location = locationOf(kind, allianceId, financialYear);
  const alliance = indexedAlliance(allianceId);
  if (!alliance) return fail([{ code: 'unknown-alliance', allianceId }], summary, location);
  const issues: ProgrammeIssueData[] = [];
  const firstDay = isoDayOf(startOfFinancialYear(financialYear));
  const lastDay = isoDayOf(endOfFinancialYear(financialYear));
  if (!(alliance.validFrom <= lastDay && (alliance.validTo === null || alliance.validTo >= firstDay))) {
    issues.push({ code: 'alliance-not-in-force', allianceId, financialYear });
  }
  if (!inForceOn(ruleSet, isoDayOf(at))) issues.push({ code: 'rule-set-not-in-force', ruleSetId: ruleSet.id, date: isoDayOf(at) });
  const context = allianceContext(ruleSet, allianceId as AllianceId, financialYearPeriod(financialYear));
  issues.push(...checkActor(by, ruleSet.artefacts[kind].preparedBy, `prepare ${ARTICLE[kind]}`, context, ruleSet));
  refuse(issues, summary, location);
  return {
    allianceId: allianceId as AllianceId,
    regionId: alliance.regionId as RegionId,
    financialYear,
    ruleSetId: ruleSet.id,
    status: 'draft',
    requiredSignatories: signatoriesOf(ruleSet, kind, context),
    signatures: [],
    history: [{ kind: 'created', by, at }],
  };
}

/** Submits a draft artefact for signature. */
export function submitArtefact<T extends SignedArtefact>(record: T, input: unknown, options: GovernanceOptions | undefined, name: string): T {
  const { by, at } = readStep(input, name);
  const ruleSet = ruleSetOf(options, name);
  const issues = checkRuleSet(record, ruleSet);
  if (record.status === 'submitted') issues.push({ code: 'already-submitted', artefact: record.kind });
  if (record.status === 'signed-off') issues.push({ code: 'already-signed-off', artefact: record.kind });
  issues.push(...checkActor(by, ruleSet.artefacts[record.kind].preparedBy, `submit ${ARTICLE[record.kind]}`, contextOf(ruleSet, record), ruleSet));
  issues.push(...checkOrder(record.history, at));
  refuse(issues, `Cannot submit the ${record.kind.replace('-', ' ')}`, locationOf(record.kind, record.allianceId, record.financialYear));
  return deepFreeze({ ...record, status: 'submitted', history: [...record.history, { kind: 'submitted', by, at }] });
}

/** Adds a signature to a submitted artefact; the last required signature signs it off. */
export function signArtefact<T extends SignedArtefact>(record: T, input: unknown, name: string): T {
  const { by, at } = readStep(input, name);
  const issues: ProgrammeIssueData[] = [];
  if (record.status === 'draft') issues.push({ code: 'not-submitted', artefact: record.kind });
  if (record.status === 'signed-off') issues.push({ code: 'already-signed-off', artefact: record.kind });
  issues.push(...checkSignatory(record, by));
  issues.push(...checkOrder(record.history, at));
  refuse(issues, `Cannot sign the ${record.kind.replace('-', ' ')}`, locationOf(record.kind, record.allianceId, record.financialYear));
  const signatures: Signature[] = [...record.signatures, { signatory: by, at }];
  const complete = record.requiredSignatories.every((party) => signatures.some((signature) => fills(party, signature.signatory)));
  const history: HistoryEntry[] = [...record.history, { kind: 'signed', by, at }];
  if (complete) history.push({ kind: 'signed-off', by, at });
  return deepFreeze({ ...record, status: complete ? 'signed-off' : record.status, signatures, history });
}

/** Whether an actor fills a signatory's slot: the same role, and the same region or alliance where the slot names one. */
function fills(party: Party, actor: Actor): boolean {
  return (
    party.roleId === actor.roleId &&
    (party.regionId === undefined || party.regionId === actor.regionId) &&
    (party.allianceId === undefined || party.allianceId === actor.allianceId)
  );
}

function checkSignatory(record: SignedArtefact, by: Actor): ProgrammeIssueData[] {
  const slots = record.requiredSignatories.filter((party) => party.roleId === by.roleId);
  if (slots.length === 0) {
    return [{ code: 'not-a-signatory', roleId: by.roleId, artefact: record.kind, required: record.requiredSignatories.map((party) => party.title) }];
  }
  const slot = slots.find((party) => fills(party, by));
  if (!slot) {
    const regions = slots.map((party) => party.regionId).filter((regionId): regionId is RegionId => regionId !== undefined);
    if (regions.length > 0 && (by.regionId === undefined || !regions.includes(by.regionId))) {
      return [{ code: 'wrong-region', roleId: by.roleId, expected: regions.join(' or '), actual: by.regionId }];
    }
    return [{ code: 'wrong-alliance', roleId: by.roleId, expected: slots[0]?.allianceId ?? '', actual: by.allianceId }];
  }
  if (record.signatures.some((signature) => fills(slot, signature.signatory))) {
    return [{ code: 'duplicate-signature', roleId: by.roleId, artefact: record.kind }];
  }
  return [];
}
