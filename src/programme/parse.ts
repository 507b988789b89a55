import type { z } from 'zod';
import { addDays } from 'date-fns/addDays';
import { parseISO } from 'date-fns/parseISO';
import type { IssueLocation } from '../internal/error.js';
import { freezeParsed } from '../internal/freeze.js';
import { isObject } from '../internal/guards.js';
import { IssueCap, maxIssuesOf } from '../internal/limits.js';
import type { SafeParseResult } from '../internal/result.js';
import { READING_KIT, readData } from '../internal/schema-kit.js';
import { byPosition, checkLimitOptions, readYaml, schemaProblemsOf, type YamlReadProblem, type YamlSource } from '../internal/yaml.js';
import { ProgrammeError, programmeIssue, programmeSummary, type ProgrammeIssue, type ProgrammeIssueData } from './errors.js';
import { organisationsDataSchema, ruleSetSchema, standardsDataSchema } from './lazy-schema.js';
import type { Certainty, DataSource, OrganisationsData, RoleRule, RuleBasis, RuleSet, StandardsData } from './schema.js';
import { isoDayOf } from '../internal/day.js';

type Path = readonly (string | number)[];

/** A problem found by a cross-check, with the path of the value concerned. */
interface Finding {
  readonly data: ProgrammeIssueData;
  readonly path: Path;
  readonly id?: string | undefined;
}

/**
 * Options for parsing the programme's data files.
 *
 * @category Programme
 */
export interface ParseProgrammeFileOptions {
  /** The file name, shown in every issue's location. */
  readonly file?: string | undefined;
  /** Refuse texts larger than this many UTF-8 bytes. Default 2,000,000. */
  readonly maxBytes?: number | undefined;
  /** Refuse documents that expand more aliases than this (alias bombs). Default 100. */
  readonly maxAliasCount?: number | undefined;
  /**
   * List at most this many problems; a last `too-many-issues` issue then says how many more were found. A whole
   * number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

type Where = (path: Path, id?: string | undefined, key?: string | undefined) => IssueLocation;

function whereIn(source: YamlSource | undefined, file: string | undefined): Where {
  return (path, id, key) => ({
    ...(file === undefined ? {} : { file }),
    ...source?.position(path, key),
    ...(path.length > 0 || key !== undefined ? { path: key === undefined ? path : [...path, key] } : {}),
    ...(id === undefined ? {} : { id }),
  });
}

/** Ends a reading with an error listing the issues kept, the last counting those that were not. */
function fail(summary: string, cap: IssueCap<ProgrammeIssue>, fileOnly: IssueLocation): never {
  const issues = cap.listed(byPosition, (more, max) => programmeIssue({ code: 'too-many-issues', more, max }, fileOnly));
  throw new ProgrammeError(programmeSummary(summary, cap.total), issues);
}

function readProblemIssues(problem: YamlReadProblem, fileOnly: IssueLocation, cap: IssueCap<ProgrammeIssue>): void {
  switch (problem.kind) {
    case 'too-large':
      cap.add(programmeIssue({ code: 'too-large', bytes: problem.bytes, max: problem.max }, fileOnly));
      return;
    case 'alias-limit':
      cap.add(programmeIssue({ code: 'alias-limit', max: problem.max }, fileOnly));
      return;
    case 'too-deep':
      cap.add(programmeIssue({ code: 'too-deep', max: problem.max }, { ...fileOnly, line: problem.line, column: problem.column }));
      return;
    case 'syntax':
      for (const { detail, line, column } of problem.errors) cap.add(programmeIssue({ code: 'yaml-syntax', detail }, { ...fileOnly, line, column }));
      cap.total += problem.more;
      return;
    case 'duplicate-key':
      for (const { key, path, line, column } of problem.duplicates) {
        cap.add(programmeIssue({ code: 'duplicate-key', key }, { ...fileOnly, line, column, path: [...path, key] }));
      }
      cap.total += problem.more;
      return;
  }
}

function readProgrammeYaml(text: string, options: ParseProgrammeFileOptions | undefined, summary: string, maxIssues: number): YamlSource {
  const fileOnly = options?.file === undefined ? {} : { file: options.file };
  const read = readYaml(text, { maxBytes: options?.maxBytes ?? 2_000_000, maxAliasCount: options?.maxAliasCount ?? 100, maxIssues });
  if (read.ok) return read.source;
  const cap = new IssueCap<ProgrammeIssue>(maxIssues);
  readProblemIssues(read.problem, fileOnly, cap);
  return fail(summary, cap, fileOnly);
}

function validate<T>(data: unknown, schema: z.ZodType<T>, check: (value: T) => readonly Finding[], where: Where, summary: string, maxIssues: number): T {
  const cap = new IssueCap<ProgrammeIssue>(maxIssues);
  const fileOnly = where([]);
  const shape = readData(schema, data, {
    full: () => cap.full,
    count: (problems) => (cap.total += problems),
    add: (issue) =>
      schemaProblemsOf(issue, data, ({ reason, field, detail, path, id, key }) => {
        if (cap.full) cap.count();
        else cap.add(programmeIssue({ code: 'schema', reason, field, detail }, where(path, id, key)));
      }),
  });
  if (shape === undefined) return fail(summary, cap, fileOnly);
  for (const finding of check(shape.data)) {
    if (cap.full) cap.count();
    else cap.add(programmeIssue(finding.data, where(finding.path, finding.id)));
  }
  if (cap.total > 0) return fail(summary, cap, fileOnly);
  return freezeParsed(shape.data);
}

/** Records ids as they are seen and reports any seen twice. */
function duplicates<T>(items: readonly T[], key: (item: T) => string, kind: string, path: Path, out: Finding[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = key(item);
    if (seen.has(id)) out.push({ data: { code: 'duplicate-id', kind, id }, path: [...path, index], id });
    seen.add(id);
  });
  return seen;
}

/** The sources of a file by id, and whether each has an address (a url) or is the seed. */
function sourceIndex(sources: readonly DataSource[]): ReadonlyMap<string, boolean> {
  return new Map(sources.map((source) => [source.id, source.url !== undefined || source.seed === true]));
}

/** Reports source ids that are not in the file, and a `verified` fact none of whose sources has an address. */
function checkCited(id: string, fact: string, certainty: Certainty, sources: readonly string[], index: ReadonlyMap<string, boolean>, path: Path, out: Finding[]): void {
  sources.forEach((source, position) => {
    if (!index.has(source)) out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from: `${id} ${fact}` }, path: [...path, position], id });
  });
  if (certainty === 'verified' && !sources.some((source) => index.get(source) === true)) {
    out.push({ data: { code: 'inconsistent-data', id, reason: 'verified-without-address', fact }, path, id });
  }
}

function checkFactRecords(
  entity: { readonly id: string; readonly certainty: Readonly<Record<string, Certainty>>; readonly sources: Readonly<Record<string, readonly string[]>> },
  path: Path,
  index: ReadonlyMap<string, boolean>,
  out: Finding[],
): void {
  const certaintyKeys = Object.keys(entity.certainty);
  const sourceKeys = Object.keys(entity.sources);
  const hasSources = new Set(sourceKeys);
  for (const key of certaintyKeys) {
    if (!hasSources.has(key)) {
      out.push({ data: { code: 'inconsistent-data', id: entity.id, reason: 'certainty-without-sources', fact: key }, path: [...path, 'sources'], id: entity.id });
    }
  }
  for (const key of sourceKeys) {
    const certainty = entity.certainty[key];
    if (certainty === undefined) {
      out.push({ data: { code: 'inconsistent-data', id: entity.id, reason: 'sources-without-certainty', fact: key }, path: [...path, 'certainty'], id: entity.id });
      continue;
    }
    checkCited(entity.id, `sources.${key}`, certainty, entity.sources[key] ?? [], index, [...path, 'sources', key], out);
  }
}

interface Period {
  readonly validFrom: string;
  readonly validTo?: string | undefined;
}

function checkPeriod(entity: Period & { readonly id: string }, path: Path, out: Finding[]): void {
  if (entity.validTo !== undefined && entity.validTo < entity.validFrom) {
    out.push({ data: { code: 'invalid-period', id: entity.id, validFrom: entity.validFrom, validTo: entity.validTo }, path: [...path, 'validTo'], id: entity.id });
  }
}

/** Whether a period lies within another. */
function within(inner: Period, outer: Period): boolean {
  return inner.validFrom >= outer.validFrom && (outer.validTo === undefined || (inner.validTo !== undefined && inner.validTo <= outer.validTo));
}

/** Whether two periods share a day. */
function overlaps(a: Period, b: Period): boolean {
  return (a.validTo === undefined || b.validFrom <= a.validTo) && (b.validTo === undefined || a.validFrom <= b.validTo);
}

/** The ISO day before an ISO day. */
function dayBefore(day: string): string {
  return isoDayOf(addDays(parseISO(day), -1));
}

/** Checks an entity's predecessors: of the same kind, ending the day before it starts, with a certainty when any. */
function checkPredecessors(
  entity: Period & { readonly id: string; readonly predecessors: readonly { readonly id: string }[]; readonly certainty: Readonly<Record<string, Certainty>> },
  kind: string,
  byId: ReadonlyMap<string, Period>,
  path: Path,
  out: Finding[],
): void {
  if (entity.predecessors.length > 0 && entity.certainty['predecessors'] === undefined) {
    out.push({ data: { code: 'inconsistent-data', id: entity.id, reason: 'missing-fact', fact: 'predecessors' }, path: [...path, 'certainty'], id: entity.id });
  }
  entity.predecessors.forEach((predecessor, index) => {
    const found = byId.get(predecessor.id);
    const at = [...path, 'predecessors', index];
    if (!found) {
      out.push({ data: { code: 'unknown-reference', kind, id: predecessor.id, from: `${kind} ${entity.id} predecessors` }, path: at, id: entity.id });
    } else if (found.validTo !== dayBefore(entity.validFrom)) {
      out.push({
        data: { code: 'inconsistent-data', id: entity.id, reason: 'succession-dates', fact: `predecessor ${predecessor.id}`, expected: dayBefore(entity.validFrom) },
        path: at,
        id: entity.id,
      });
    }
  });
}

/** Cross-checks organisations data: unique ids and codes, references that resolve, dates that agree, sourced certainty. */
export function checkOrganisations(data: OrganisationsData): readonly Finding[] {
  const out: Finding[] = [];
  duplicates(data.sources, (source) => source.id, 'source', ['sources'], out);
  const index = sourceIndex(data.sources);
  const regionIds = duplicates(data.regions, (region) => region.id, 'region', ['regions'], out);
  duplicates(data.icbs, (icb) => icb.id, 'ICB', ['icbs'], out);
  const allianceIds = duplicates(data.alliances, (alliance) => alliance.id, 'alliance', ['alliances'], out);
  const icbById = new Map<string, (typeof data.icbs)[number]>(data.icbs.map((icb) => [icb.id, icb]));
  const allianceById = new Map<string, Period>(data.alliances.map((alliance) => [alliance.id, alliance]));
  for (const [kind, entities] of [
    ['region', data.regions],
    ['ICB', data.icbs],
    ['alliance', data.alliances],
  ] as const) {
    const codes = entities.flatMap((entity, at) => Object.entries(entity.onsCodes).map(([vintage, code]) => ({ key: `${vintage} ${code}`, at })));
    const seen = new Set<string>();
    for (const { key, at } of codes) {
      if (seen.has(key)) out.push({ data: { code: 'duplicate-id', kind: `${kind} ONS code`, id: key }, path: [kind === 'ICB' ? 'icbs' : `${kind}s`, at, 'onsCodes'] });
      seen.add(key);
    }
  }
  data.regions.forEach((region, at) => {
    checkPeriod(region, ['regions', at], out);
    checkFactRecords(region, ['regions', at], index, out);
  });
  // The ICBs that held each ODS code, by code: a code is looked up among its own holders only, so that many ICBs take linear time.
  const odsHolders = new Map<string, { readonly period: Period; readonly icbId: string }[]>();
  data.icbs.forEach((icb, at) => {
    const path = ['icbs', at];
    checkPeriod(icb, path, out);
    checkFactRecords(icb, path, index, out);
    if (!regionIds.has(icb.regionId)) {
      out.push({ data: { code: 'unknown-reference', kind: 'region', id: icb.regionId, from: `ICB ${icb.id}` }, path: [...path, 'regionId'], id: icb.id });
    }
    icb.odsCodes.forEach((ods, position) => {
      const odsPath = [...path, 'odsCodes', position];
      if (!within(ods, icb)) out.push({ data: { code: 'inconsistent-data', id: icb.id, reason: 'outside-validity', fact: `ODS code ${ods.code}` }, path: odsPath, id: icb.id });
      const holders = odsHolders.get(ods.code) ?? [];
      const clash = holders.find((holder) => overlaps(holder.period, ods));
      if (clash) {
        out.push({
          data: { code: 'inconsistent-data', id: icb.id, reason: 'overlapping-periods', fact: `ODS code ${ods.code}`, expected: clash.icbId },
          path: odsPath,
          id: icb.id,
        });
      }
      holders.push({ period: ods, icbId: icb.id });
      odsHolders.set(ods.code, holders);
    });
    checkPredecessors(icb, 'ICB', icbById, path, out);
  });
  data.alliances.forEach((alliance, at) => {
    const path = ['alliances', at];
    checkPeriod(alliance, path, out);
    checkFactRecords(alliance, path, index, out);
    if (!regionIds.has(alliance.regionId)) {
      out.push({ data: { code: 'unknown-reference', kind: 'region', id: alliance.regionId, from: `alliance ${alliance.id}` }, path: [...path, 'regionId'], id: alliance.id });
    }
    checkPredecessors(alliance, 'alliance', allianceById, path, out);
    // Each ICB's earlier memberships of the alliance, so that a long members list takes linear time.
    const earlier = new Map<string, Period[]>();
    alliance.members.forEach((member, position) => {
      const memberPath = [...path, 'members', position];
      const fact = `member ${member.icbId}`;
      checkPeriod({ ...member, id: alliance.id }, memberPath, out);
      checkCited(alliance.id, fact, member.certainty, member.sources, index, [...memberPath, 'sources'], out);
      const icb = icbById.get(member.icbId);
      if (!icb) {
        out.push({ data: { code: 'unknown-reference', kind: 'ICB', id: member.icbId, from: `alliance ${alliance.id}` }, path: [...memberPath, 'icbId'], id: alliance.id });
      } else if (!within(member, icb) || !within(member, alliance)) {
        out.push({ data: { code: 'inconsistent-data', id: alliance.id, reason: 'outside-validity', fact }, path: memberPath, id: alliance.id });
      }
      const before = earlier.get(member.icbId) ?? [];
      if (before.some((other) => overlaps(other, member))) {
        out.push({ data: { code: 'inconsistent-data', id: alliance.id, reason: 'overlapping-periods', fact }, path: memberPath, id: alliance.id });
      }
      before.push(member);
      earlier.set(member.icbId, before);
    });
  });
  const known = new Set<string>([...regionIds, ...icbById.keys(), ...allianceIds]);
  duplicates(data.planned, (change) => change.id, 'planned change', ['planned'], out);
  data.planned.forEach((change, at) => {
    const path = ['planned', at];
    checkCited(change.id, 'sources', change.certainty, change.sources, index, [...path, 'sources'], out);
    if (change.expectedFrom <= data.asAt) {
      out.push({
        data: { code: 'inconsistent-data', id: change.id, reason: 'planned-not-after-as-at', fact: 'expectedFrom', expected: `after ${data.asAt}` },
        path: [...path, 'expectedFrom'],
        id: change.id,
      });
    }
    change.affects.forEach((id, position) => {
      if (!known.has(id))
        out.push({
          data: { code: 'unknown-reference', kind: 'region, ICB or alliance', id, from: `planned change ${change.id}` },
          path: [...path, 'affects', position],
          id: change.id,
        });
    });
  });
  return out;
}

function checkRoleRule(
  rule: RoleRule,
  where: string,
  path: Path,
  ruleSet: RuleSet,
  roles: ReadonlySet<string>,
  responsibilities: ReadonlyMap<string, string>,
  index: ReadonlyMap<string, boolean>,
  out: Finding[],
): void {
  if (rule.roles !== 'any') checkRoles(rule.roles, roles, `rule set ${ruleSet.id} ${where}`, [...path, 'roles'], out, ruleSet.id);
  checkBases(rule.basis, where, [...path, 'basis'], ruleSet, roles, responsibilities, index, out);
}

function checkBases(
  bases: readonly RuleBasis[],
  where: string,
  path: Path,
  ruleSet: RuleSet,
  roles: ReadonlySet<string>,
  responsibilities: ReadonlyMap<string, string>,
  index: ReadonlyMap<string, boolean>,
  out: Finding[],
): void {
  const from = `rule set ${ruleSet.id} ${where}`;
  bases.forEach((basis, at) => {
    const basisPath = [...path, at];
    if (basis.roles) checkRoles(basis.roles, roles, from, [...basisPath, 'roles'], out, ruleSet.id);
    switch (basis.kind) {
      case 'seed': {
        const text = responsibilities.get(basis.responsibility);
        if (text === undefined) {
          out.push({ data: { code: 'unknown-reference', kind: 'responsibility', id: basis.responsibility, from }, path: [...basisPath, 'responsibility'], id: ruleSet.id });
        } else if (!text.includes(basis.quote)) {
          out.push({
            data: { code: 'inconsistent-data', id: ruleSet.id, reason: 'quote-not-in-text', fact: `${where}: ${basis.responsibility}` },
            path: [...basisPath, 'quote'],
            id: ruleSet.id,
          });
        }
        break;
      }
      case 'public-source':
        basis.sources.forEach((source, position) => {
          const hasAddress = index.get(source);
          if (hasAddress === undefined) {
            out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from }, path: [...basisPath, 'sources', position], id: ruleSet.id });
          } else if (!hasAddress) {
            out.push({
              data: { code: 'inconsistent-data', id: ruleSet.id, reason: 'verified-without-address', fact: `${where}: ${source}` },
              path: [...basisPath, 'sources', position],
              id: ruleSet.id,
            });
          }
        });
        break;
      case 'inferred':
        basis.responsibilities.forEach((id, position) => {
          if (!responsibilities.has(id))
            out.push({ data: { code: 'unknown-reference', kind: 'responsibility', id, from }, path: [...basisPath, 'responsibilities', position], id: ruleSet.id });
        });
        basis.sources.forEach((source, position) => {
          if (!index.has(source)) out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from }, path: [...basisPath, 'sources', position], id: ruleSet.id });
        });
        break;
      case 'assumption':
        break;
    }
  });
}

function checkRoles(roleIds: readonly string[], known: ReadonlySet<string>, from: string, path: Path, out: Finding[], id?: string): void {
  roleIds.forEach((roleId, index) => {
    if (!known.has(roleId)) out.push({ data: { code: 'unknown-reference', kind: 'role', id: roleId, from }, path: [...path, index], id });
  });
}

/** Cross-checks a rule set: unique ids; roles, responsibilities and sources that resolve; quotes that are the seed's words. */
export function checkRuleSet(ruleSet: RuleSet): readonly Finding[] {
  const out: Finding[] = [];
  duplicates(ruleSet.sources, (source) => source.id, 'source', ['sources'], out);
  const index = sourceIndex(ruleSet.sources);
  const roles = duplicates(ruleSet.roles, (role) => role.id, 'role', ['roles'], out);
  duplicates(ruleSet.responsibilities, (r) => r.id, 'responsibility', ['responsibilities'], out);
  const responsibilities = new Map<string, string>(ruleSet.responsibilities.map((r) => [r.id, r.text]));
  duplicates(ruleSet.accountability.edges, (edge) => edge.id, 'accountability edge', ['accountability', 'edges'], out);
  const cite = (sources: readonly string[], certainty: Certainty, from: string, path: Path, id: string) => checkCited(id, from, certainty, sources, index, path, out);
  ruleSet.roles.forEach((role, at) => {
    const path = ['roles', at];
    if (role.partOf !== undefined && !roles.has(role.partOf)) {
      out.push({ data: { code: 'unknown-reference', kind: 'role', id: role.partOf, from: `role ${role.id}` }, path: [...path, 'partOf'], id: role.id });
    }
    cite(role.sources, role.certainty, 'sources', [...path, 'sources'], role.id);
  });
  ruleSet.responsibilities.forEach((responsibility, at) => {
    const path = ['responsibilities', at];
    const from = `responsibility ${responsibility.id}`;
    checkRoles(responsibility.roleIds, roles, from, [...path, 'roleIds'], out, responsibility.id);
    checkRoles(responsibility.involves, roles, from, [...path, 'involves'], out, responsibility.id);
    if (!index.has(responsibility.source)) {
      out.push({ data: { code: 'unknown-reference', kind: 'source', id: responsibility.source, from }, path: [...path, 'source'], id: responsibility.id });
    }
  });
  ruleSet.accountability.edges.forEach((edge, at) => {
    const path = ['accountability', 'edges', at];
    const from = `accountability edge ${edge.id}`;
    checkRoles([edge.from, edge.to], roles, from, path, out, edge.id);
    edge.basis.forEach((basis, position) => {
      if (!responsibilities.has(basis)) out.push({ data: { code: 'unknown-reference', kind: 'responsibility', id: basis, from }, path: [...path, 'basis', position], id: edge.id });
    });
    cite(edge.sources, edge.certainty, 'sources', [...path, 'sources'], edge.id);
  });
  if (ruleSet.validTo !== undefined && ruleSet.validTo < ruleSet.validFrom) {
    out.push({ data: { code: 'invalid-period', id: ruleSet.id, validFrom: ruleSet.validFrom, validTo: ruleSet.validTo }, path: ['validTo'], id: ruleSet.id });
  }
  const rule = (value: RoleRule, where: string, path: Path) => checkRoleRule(value, where, path, ruleSet, roles, responsibilities, index, out);
  const basesOf = (value: readonly RuleBasis[], where: string, path: Path) => checkBases(value, where, path, ruleSet, roles, responsibilities, index, out);
  basesOf(ruleSet.validity, 'validity', ['validity']);
  basesOf(ruleSet.parties.regional.basis, 'parties.regional', ['parties', 'regional', 'basis']);
  for (const kind of ['delivery-plan', 'funding-agreement'] as const) {
    const artefact = ruleSet.artefacts[kind];
    rule(artefact.preparedBy, `artefacts.${kind}.preparedBy`, ['artefacts', kind, 'preparedBy']);
    rule(artefact.signedBy, `artefacts.${kind}.signedBy`, ['artefacts', kind, 'signedBy']);
    if (artefact.signedBy.roles === 'any' || artefact.signedBy.roles.length === 0) {
      out.push({
        data: { code: 'inconsistent-data', id: ruleSet.id, reason: 'signatories-not-listed', fact: `artefacts.${kind}.signedBy` },
        path: ['artefacts', kind, 'signedBy', 'roles'],
        id: ruleSet.id,
      });
    }
  }
  for (const significance of ['significant', 'minor'] as const) {
    rule(ruleSet.changes[significance].proposedBy, `changes.${significance}.proposedBy`, ['changes', significance, 'proposedBy']);
    rule(ruleSet.changes[significance].agreedBy, `changes.${significance}.agreedBy`, ['changes', significance, 'agreedBy']);
  }
  const { assurance } = ruleSet;
  basesOf(assurance.cadence.basis, 'assurance.cadence', ['assurance', 'cadence', 'basis']);
  basesOf(assurance.actionsWhere.basis, 'assurance.actionsWhere', ['assurance', 'actionsWhere', 'basis']);
  for (const field of ['reviewsRecordedBy', 'actionsProposedBy', 'actionsAgreedBy', 'fundingHeldBackBy'] as const) {
    rule(assurance[field], `assurance.${field}`, ['assurance', field]);
  }
  return out;
}

/** Cross-checks standards data: unique ids, measures and sources that resolve, sourced certainty, periods that agree. */
export function checkStandards(data: StandardsData): readonly Finding[] {
  const out: Finding[] = [];
  duplicates(data.sources, (source) => source.id, 'source', ['sources'], out);
  const index = sourceIndex(data.sources);
  const measures = duplicates(data.measures, (measure) => measure.id, 'measure', ['measures'], out);
  duplicates(data.standards, (standard) => standard.id, 'standard', ['standards'], out);
  data.standards.forEach((standard, at) => {
    const path = ['standards', at];
    checkFactRecords(standard, path, index, out);
    if (!measures.has(standard.measure)) {
      out.push({ data: { code: 'unknown-reference', kind: 'measure', id: standard.measure, from: `standard ${standard.id}` }, path: [...path, 'measure'], id: standard.id });
    }
    const validFrom = standard.validFrom ?? data.coverageFrom;
    if (standard.validTo !== undefined && standard.validTo < validFrom) {
      out.push({ data: { code: 'invalid-period', id: standard.id, validFrom, validTo: standard.validTo }, path: [...path, 'validTo'], id: standard.id });
    }
  });
  return out;
}

function safely<T>(run: () => T): SafeParseResult<T, ProgrammeError> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof ProgrammeError) return { success: false, error };
    throw error;
  }
}

/** Refuses input that is neither text nor an object, naming the function. */
function checkInput(input: unknown, name: string): asserts input is string | object {
  if (typeof input !== 'string' && !isObject(input)) {
    throw new TypeError(`${name}: input must be the text of a YAML or JSON file, or an object, got ${input === null ? 'null' : typeof input}`);
  }
}

/** Reads a data file's text or value, then validates and cross-checks it. */
function parseData<T>(
  input: unknown,
  options: ParseProgrammeFileOptions | undefined,
  name: string,
  what: string,
  schema: z.ZodType<T>,
  check: (value: T) => readonly Finding[],
): T {
  checkInput(input, name);
  checkLimitOptions(options, name, ['maxBytes', 'maxAliasCount']);
  const maxIssues = maxIssuesOf(name, options?.maxIssues);
  const summary = `${options?.file ?? `The ${what}`} is not valid ${what}`;
  if (typeof input !== 'string') return validate(input, schema, check, whereIn(undefined, options?.file), summary, maxIssues);
  const source = readProgrammeYaml(input, options, summary, maxIssues);
  return validate(source.data, schema, check, whereIn(source, options?.file), summary, maxIssues);
}

/**
 * Parses and validates organisations data such as framework-data/organisations.yaml: the text of a YAML or JSON file,
 * or the data as a value.
 *
 * @param input - The text of the file, or the data as an object.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns The regions, ICB versions, alliances and planned changes, validated, cross-checked and deeply frozen.
 * @throws ProgrammeError listing the problems with their line, column and id (at most `maxIssues`, then one
 *   `too-many-issues` issue counting the rest); TypeError when `input` is neither text nor an object.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const data = parseOrganisations(readFileSync('framework-data/organisations.yaml', 'utf8'));
 * data.asAt; // '2026-12-04'
 * ```
 * @category Programme
 */
export function parseOrganisations(input: string | object, options?: ParseProgrammeFileOptions | undefined): OrganisationsData {
  return parseData(input, options, 'parseOrganisations', 'organisations data', organisationsDataSchema(READING_KIT), checkOrganisations);
}

/**
 * Parses and validates organisations data, returning a result object instead of throwing.
 *
 * @param input - The text of the file, or the data as an object.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with a ProgrammeError.
 * @throws TypeError when `input` is neither text nor an object.
 * @example
 * ```ts
 * const result = safeParseOrganisations('regions: []');
 * if (!result.success) result.error.issues.length; // > 0
 * ```
 * @category Programme
 */
export function safeParseOrganisations(input: string | object, options?: ParseProgrammeFileOptions | undefined): SafeParseResult<OrganisationsData, ProgrammeError> {
  checkInput(input, 'safeParseOrganisations');
  return safely(() => parseData(input, options, 'safeParseOrganisations', 'organisations data', organisationsDataSchema(READING_KIT), checkOrganisations));
}

/**
 * Parses and validates a rule set: the text of a rule set file (YAML or JSON) such as framework-data/programme-2019.yaml,
 * or a rule set as a value (for example one built from `programme2019` in code). A rule set declares its roles,
 * responsibilities, accountability and parties, and each rule carries its basis, so that a later operating model is a
 * new data file, not new code.
 *
 * @param input - The text of the file, or the rule set as an object.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns The rule set, validated (every role it names is one it declares; every seed quote is in the statement it
 * cites; every public source it rests on has an address), cross-checked and deeply frozen.
 * @throws ProgrammeError listing the problems with their place (at most `maxIssues`, then one `too-many-issues`
 *   issue counting the rest); TypeError when `input` is neither text nor an object.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const ruleSet = parseRuleSet(readFileSync('framework-data/programme-2019.yaml', 'utf8'));
 * ruleSet.id; // 'programme-2019'
 * ```
 * @category Programme
 */
export function parseRuleSet(input: string | object, options?: ParseProgrammeFileOptions | undefined): RuleSet {
  return parseData(input, options, 'parseRuleSet', 'rule set', ruleSetSchema(READING_KIT), checkRuleSet);
}

/**
 * Parses and validates a rule set like {@link parseRuleSet}, returning a result object instead of throwing.
 *
 * @param input - The text of the file, or the rule set as an object.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with a ProgrammeError.
 * @throws TypeError when `input` is neither text nor an object.
 * @example
 * ```ts
 * safeParseRuleSet({ id: 'x' }).success; // false
 * ```
 * @category Programme
 */
export function safeParseRuleSet(input: string | object, options?: ParseProgrammeFileOptions | undefined): SafeParseResult<RuleSet, ProgrammeError> {
  checkInput(input, 'safeParseRuleSet');
  return safely(() => parseData(input, options, 'safeParseRuleSet', 'rule set', ruleSetSchema(READING_KIT), checkRuleSet));
}

/** Parses and validates standards data such as framework-data/standards.yaml (used by the generator and the tests). */
export function parseStandards(input: string | object, options?: ParseProgrammeFileOptions | undefined): StandardsData {
  return parseData(input, options, 'parseStandards', 'standards data', standardsDataSchema(READING_KIT), checkStandards);
}
