import type { z } from 'zod';
import type { IssueLocation } from '../internal/error.js';
import { freezeParsed } from '../internal/freeze.js';
import { IssueCap, maxIssuesOf } from '../internal/limits.js';
import type { SafeParseResult } from '../internal/result.js';
import { READING_KIT, readData } from '../internal/schema-kit.js';
import { byPosition, checkLimitOptions, checkText, readYaml, schemaProblemsOf, type YamlReadProblem, type YamlSource } from '../internal/yaml.js';
import { ProgrammeError, programmeIssue, programmeSummary, type ProgrammeIssue, type ProgrammeIssueData } from './errors.js';
import { ROLE_IDS } from './role-ids.js';
import { organisationsDataSchema, programmeDataSchema, ruleSetSchema } from './lazy-schema.js';
import type { Certainty, OrganisationsData, ProgrammeData, RuleSet } from './schema.js';

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

/**
 * Options of {@link parseRuleSet} and {@link safeParseRuleSet}.
 *
 * @category Programme
 */
export interface ParseRuleSetOptions {
  /**
   * List at most this many problems; a last `too-many-issues` issue then says how many more were found. A whole
   * number of at least 1; default 1,000.
   */
  readonly maxIssues?: number | undefined;
}

const CERTAINTY_ORDER: readonly Certainty[] = ['verified', 'inferred', 'unverified', 'not-found'];

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

function readProgrammeYaml(text: string, options: ParseProgrammeFileOptions | undefined, name: string, summary: string): { source: YamlSource; maxIssues: number } {
  checkText(text, name);
  checkLimitOptions(options, name, ['maxBytes', 'maxAliasCount']);
  const maxIssues = maxIssuesOf(name, options?.maxIssues);
  const fileOnly = options?.file === undefined ? {} : { file: options.file };
  const read = readYaml(text, { maxBytes: options?.maxBytes ?? 2_000_000, maxAliasCount: options?.maxAliasCount ?? 100, maxIssues });
  if (read.ok) return { source: read.source, maxIssues };
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

function checkFactRecords(
  entity: { readonly id: string; readonly certainty: Readonly<Record<string, Certainty>>; readonly sources: Readonly<Record<string, readonly string[]>> },
  path: Path,
  sourceIds: ReadonlySet<string>,
  out: Finding[],
): void {
  const certaintyKeys = Object.keys(entity.certainty);
  const sourceKeys = Object.keys(entity.sources);
  const hasSources = new Set(sourceKeys);
  const hasCertainty = new Set(certaintyKeys);
  for (const key of certaintyKeys) {
    if (!hasSources.has(key)) {
      out.push({ data: { code: 'inconsistent-data', id: entity.id, reason: 'certainty-without-sources', fact: key }, path: [...path, 'sources'], id: entity.id });
    }
  }
  for (const key of sourceKeys) {
    if (!hasCertainty.has(key)) {
      out.push({ data: { code: 'inconsistent-data', id: entity.id, reason: 'sources-without-certainty', fact: key }, path: [...path, 'certainty'], id: entity.id });
    }
    for (const source of entity.sources[key] ?? []) {
      if (!sourceIds.has(source)) {
        out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from: `${entity.id} sources.${key}` }, path: [...path, 'sources', key], id: entity.id });
      }
    }
  }
}

function checkPeriod(entity: { readonly id: string; readonly validFrom: string; readonly validTo?: string | undefined }, path: Path, out: Finding[]): void {
  if (entity.validTo !== undefined && entity.validTo < entity.validFrom) {
    out.push({ data: { code: 'invalid-period', id: entity.id, validFrom: entity.validFrom, validTo: entity.validTo }, path: [...path, 'validTo'], id: entity.id });
  }
}

/** Cross-checks organisations data: unique ids and codes, references that resolve, consistent certainty. */
export function checkOrganisations(data: OrganisationsData): readonly Finding[] {
  const out: Finding[] = [];
  const sourceIds = duplicates(data.sources, (source) => source.id, 'source', ['sources'], out);
  const regionIds = duplicates(data.regions, (region) => region.id, 'region', ['regions'], out);
  const icbIds = duplicates(data.icbs, (icb) => icb.id, 'ICB', ['icbs'], out);
  duplicates(data.alliances, (alliance) => alliance.id, 'alliance', ['alliances'], out);
  for (const [kind, entities] of [
    ['region', data.regions],
    ['ICB', data.icbs],
    ['alliance', data.alliances],
  ] as const) {
    const codes = entities.flatMap((entity, index) => Object.entries(entity.onsCodes).map(([vintage, code]) => ({ key: `${vintage} ${code}`, index })));
    const seen = new Set<string>();
    for (const { key, index } of codes) {
      if (seen.has(key)) out.push({ data: { code: 'duplicate-id', kind: `${kind} ONS code`, id: key }, path: [kind === 'ICB' ? 'icbs' : `${kind}s`, index, 'onsCodes'] });
      seen.add(key);
    }
  }
  data.regions.forEach((region, index) => {
    checkPeriod(region, ['regions', index], out);
    checkFactRecords(region, ['regions', index], sourceIds, out);
  });
  data.icbs.forEach((icb, index) => {
    const path = ['icbs', index];
    checkPeriod(icb, path, out);
    checkFactRecords(icb, path, sourceIds, out);
    if (!regionIds.has(icb.regionId)) {
      out.push({ data: { code: 'unknown-reference', kind: 'region', id: icb.regionId, from: `ICB ${icb.id}` }, path: [...path, 'regionId'], id: icb.id });
    }
  });
  data.alliances.forEach((alliance, index) => {
    const path = ['alliances', index];
    checkPeriod(alliance, path, out);
    checkFactRecords(alliance, path, sourceIds, out);
    if (!regionIds.has(alliance.regionId)) {
      out.push({ data: { code: 'unknown-reference', kind: 'region', id: alliance.regionId, from: `alliance ${alliance.id}` }, path: [...path, 'regionId'], id: alliance.id });
    }
    const memberIds = new Set<string>();
    alliance.members.forEach((member, memberIndex) => {
      const memberPath = [...path, 'members', memberIndex];
      if (!icbIds.has(member.icbId)) {
        out.push({ data: { code: 'unknown-reference', kind: 'ICB', id: member.icbId, from: `alliance ${alliance.id}` }, path: [...memberPath, 'icbId'], id: alliance.id });
      }
      if (memberIds.has(member.icbId)) {
        out.push({ data: { code: 'duplicate-id', kind: 'member ICB', id: member.icbId }, path: memberPath, id: alliance.id });
      }
      memberIds.add(member.icbId);
    });
    const weakest = alliance.members.reduce<Certainty>(
      (worst, member) => (CERTAINTY_ORDER.indexOf(member.certainty) > CERTAINTY_ORDER.indexOf(worst) ? member.certainty : worst),
      'verified',
    );
    if (alliance.certainty['members'] !== weakest) {
      out.push({
        data: { code: 'inconsistent-data', id: alliance.id, reason: 'members-certainty', fact: 'members', expected: weakest },
        path: [...path, 'certainty', 'members'],
        id: alliance.id,
      });
    }
  });
  return out;
}

function checkRoles(roleIds: readonly string[], known: ReadonlySet<string>, from: string, path: Path, out: Finding[], id?: string): void {
  roleIds.forEach((roleId, index) => {
    if (!known.has(roleId)) out.push({ data: { code: 'unknown-reference', kind: 'role', id: roleId, from }, path: [...path, index], id });
  });
}

function checkRuleSetReferences(
  ruleSet: RuleSet,
  roles: ReadonlySet<string>,
  responsibilities: ReadonlySet<string> | undefined,
  sources: ReadonlySet<string> | undefined,
  path: Path,
  out: Finding[],
): void {
  const from = `rule set ${ruleSet.id}`;
  if (ruleSet.validTo !== undefined && ruleSet.validTo < ruleSet.validFrom) {
    out.push({ data: { code: 'invalid-period', id: ruleSet.id, validFrom: ruleSet.validFrom, validTo: ruleSet.validTo }, path: [...path, 'validTo'], id: ruleSet.id });
  }
  const parts: [Path, { readonly basis: readonly string[] }, Record<string, readonly string[]>][] = [
    [
      ['artefacts', 'delivery-plan'],
      ruleSet.artefacts['delivery-plan'],
      { preparedBy: ruleSet.artefacts['delivery-plan'].preparedBy, signedBy: ruleSet.artefacts['delivery-plan'].signedBy },
    ],
    [
      ['artefacts', 'funding-agreement'],
      ruleSet.artefacts['funding-agreement'],
      { preparedBy: ruleSet.artefacts['funding-agreement'].preparedBy, signedBy: ruleSet.artefacts['funding-agreement'].signedBy },
    ],
    [['changes', 'significant'], ruleSet.changes.significant, { proposedBy: ruleSet.changes.significant.proposedBy, agreedBy: ruleSet.changes.significant.agreedBy }],
    [['changes', 'minor'], ruleSet.changes.minor, { proposedBy: ruleSet.changes.minor.proposedBy, agreedBy: ruleSet.changes.minor.agreedBy }],
    [
      ['assurance'],
      ruleSet.assurance,
      {
        reviewsRecordedBy: ruleSet.assurance.reviewsRecordedBy,
        actionsProposedBy: ruleSet.assurance.actionsProposedBy,
        actionsAgreedBy: ruleSet.assurance.actionsAgreedBy,
        fundingHeldBackBy: ruleSet.assurance.fundingHeldBackBy,
      },
    ],
  ];
  for (const [partPath, part, lists] of parts) {
    for (const [field, roleIds] of Object.entries(lists)) {
      checkRoles(roleIds, roles, `${from} ${partPath.join('.')}.${field}`, [...path, ...partPath, field], out, ruleSet.id);
    }
    if (responsibilities) {
      part.basis.forEach((basis, index) => {
        if (!responsibilities.has(basis)) {
          out.push({ data: { code: 'unknown-reference', kind: 'responsibility', id: basis, from }, path: [...path, ...partPath, 'basis', index], id: ruleSet.id });
        }
      });
    }
  }
  if (sources) {
    ruleSet.sources.forEach((source, index) => {
      if (!sources.has(source)) out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from }, path: [...path, 'sources', index], id: ruleSet.id });
    });
  }
}

/** Cross-checks programme data: unique ids, and roles, responsibilities and sources that resolve. */
export function checkProgrammeData(data: ProgrammeData): readonly Finding[] {
  const out: Finding[] = [];
  const sourceIds = duplicates(data.sources, (source) => source.id, 'source', ['sources'], out);
  const roleIds = duplicates(data.roles, (role) => role.id, 'role', ['roles'], out);
  const responsibilityIds = duplicates(data.responsibilities, (r) => r.id, 'responsibility', ['responsibilities'], out);
  duplicates(data.accountability.edges, (edge) => edge.id, 'accountability edge', ['accountability', 'edges'], out);
  const checkSources = (sources: readonly string[], from: string, path: Path, id: string) =>
    sources.forEach((source, index) => {
      if (!sourceIds.has(source)) out.push({ data: { code: 'unknown-reference', kind: 'source', id: source, from }, path: [...path, index], id });
    });
  data.roles.forEach((role, index) => {
    const path = ['roles', index];
    if (role.partOf !== undefined && !roleIds.has(role.partOf)) {
      out.push({ data: { code: 'unknown-reference', kind: 'role', id: role.partOf, from: `role ${role.id}` }, path: [...path, 'partOf'], id: role.id });
    }
    checkSources(role.sources, `role ${role.id}`, [...path, 'sources'], role.id);
  });
  data.responsibilities.forEach((responsibility, index) => {
    const path = ['responsibilities', index];
    const from = `responsibility ${responsibility.id}`;
    checkRoles(responsibility.roleIds, roleIds, from, [...path, 'roleIds'], out, responsibility.id);
    checkRoles(responsibility.involves, roleIds, from, [...path, 'involves'], out, responsibility.id);
    checkSources([responsibility.source], from, [...path, 'source'], responsibility.id);
  });
  data.accountability.edges.forEach((edge, index) => {
    const path = ['accountability', 'edges', index];
    const from = `accountability edge ${edge.id}`;
    checkRoles([edge.from, edge.to], roleIds, from, path, out, edge.id);
    edge.basis.forEach((basis, basisIndex) => {
      if (!responsibilityIds.has(basis)) {
        out.push({ data: { code: 'unknown-reference', kind: 'responsibility', id: basis, from }, path: [...path, 'basis', basisIndex], id: edge.id });
      }
    });
    checkSources(edge.sources, from, [...path, 'sources'], edge.id);
  });
  checkRuleSetReferences(data.ruleSet, roleIds, responsibilityIds, sourceIds, ['ruleSet'], out);
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

function parseOrganisationsText(yamlText: string, options: ParseProgrammeFileOptions | undefined, name: string): OrganisationsData {
  const summary = `${options?.file ?? 'The organisations file'} is not valid organisations data`;
  const { source, maxIssues } = readProgrammeYaml(yamlText, options, name, summary);
  return validate(source.data, organisationsDataSchema(READING_KIT), checkOrganisations, whereIn(source, options?.file), summary, maxIssues);
}

function parseProgrammeText(yamlText: string, options: ParseProgrammeFileOptions | undefined, name: string): ProgrammeData {
  const summary = `${options?.file ?? 'The programme file'} is not valid programme data`;
  const { source, maxIssues } = readProgrammeYaml(yamlText, options, name, summary);
  return validate(source.data, programmeDataSchema(READING_KIT), checkProgrammeData, whereIn(source, options?.file), summary, maxIssues);
}

/**
 * Parses and validates an organisations file (YAML or JSON text) such as framework-data/organisations.yaml.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns The regions, ICBs and alliances, validated, cross-checked and deeply frozen.
 * @throws ProgrammeError listing the problems with their line, column and id (at most `maxIssues`, then one
 *   `too-many-issues` issue counting the rest); TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const data = parseOrganisations(readFileSync('framework-data/organisations.yaml', 'utf8'));
 * data.icbs.length; // 42
 * ```
 * @category Programme
 */
export function parseOrganisations(yamlText: string, options?: ParseProgrammeFileOptions | undefined): OrganisationsData {
  return parseOrganisationsText(yamlText, options, 'parseOrganisations');
}

/**
 * Parses and validates an organisations file, returning a result object instead of throwing.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with a ProgrammeError.
 * @throws TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * const result = safeParseOrganisations('regions: []');
 * if (!result.success) result.error.issues.length; // > 0
 * ```
 * @category Programme
 */
export function safeParseOrganisations(yamlText: string, options?: ParseProgrammeFileOptions | undefined): SafeParseResult<OrganisationsData, ProgrammeError> {
  return safely(() => parseOrganisationsText(yamlText, options, 'safeParseOrganisations'));
}

/**
 * Parses and validates a programme file (YAML or JSON text) such as framework-data/programme-2019.yaml.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns The roles, responsibilities, accountability graph and rule set, validated, cross-checked and deeply frozen.
 * @throws ProgrammeError listing the problems with their line, column and id (at most `maxIssues`, then one
 *   `too-many-issues` issue counting the rest); TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const data = parseProgrammeData(readFileSync('framework-data/programme-2019.yaml', 'utf8'));
 * data.ruleSet.id; // 'programme-2019'
 * ```
 * @category Programme
 */
export function parseProgrammeData(yamlText: string, options?: ParseProgrammeFileOptions | undefined): ProgrammeData {
  return parseProgrammeText(yamlText, options, 'parseProgrammeData');
}

/**
 * Parses and validates a programme file, returning a result object instead of throwing.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and the most problems to list (`maxIssues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with a ProgrammeError.
 * @throws TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * const result = safeParseProgrammeData('roles: []');
 * result.success; // false
 * ```
 * @category Programme
 */
export function safeParseProgrammeData(yamlText: string, options?: ParseProgrammeFileOptions | undefined): SafeParseResult<ProgrammeData, ProgrammeError> {
  return safely(() => parseProgrammeText(yamlText, options, 'safeParseProgrammeData'));
}

function parseRuleSetValue(input: unknown, options: ParseRuleSetOptions | undefined, name: string): RuleSet {
  const given: unknown = options;
  if (given !== undefined && (given === null || typeof given !== 'object')) throw new TypeError(`${name}: options must be an object or undefined`);
  const maxIssues = maxIssuesOf(name, options?.maxIssues);
  const summary = 'The rule set is not valid';
  const where = whereIn(undefined, undefined);
  return validate(
    input,
    ruleSetSchema(READING_KIT),
    (ruleSet) => {
      const out: Finding[] = [];
      checkRuleSetReferences(ruleSet, new Set<string>(ROLE_IDS), undefined, undefined, [], out);
      return out;
    },
    where,
    summary,
    maxIssues,
  );
}

/**
 * Validates a rule set given as a value (for example one read from YAML or JSON, or written in code),
 * so that it can replace `programme2019` in the governance functions.
 *
 * @param input - The rule set: id, title, validity, artefact signatories, change and assurance rules.
 * @param options - The most problems to list (`maxIssues`, default 1,000).
 * @returns The rule set, validated (every role it names is a programme role) and deeply frozen.
 * @throws ProgrammeError listing the problems with their paths (at most `maxIssues`, then one `too-many-issues`
 *   issue counting the rest).
 * @throws TypeError or RangeError when the options are wrong.
 * @example
 * ```ts
 * const hosted2024 = parseRuleSet({
 *   ...programme2019,
 *   id: 'hosted-2024',
 *   title: 'Plans approved by regional teams only (tier 2)',
 *   validFrom: '2024-04-01',
 *   validTo: undefined,
 *   artefacts: { ...programme2019.artefacts, 'delivery-plan': { ...programme2019.artefacts['delivery-plan'], signedBy: ['regional-director'] } },
 * });
 * ```
 * @category Programme
 */
export function parseRuleSet(input: unknown, options?: ParseRuleSetOptions | undefined): RuleSet {
  return parseRuleSetValue(input, options, 'parseRuleSet');
}

/**
 * Validates a rule set given as a value, returning a result object instead of throwing.
 *
 * @param input - The rule set.
 * @param options - As for {@link parseRuleSet}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a ProgrammeError.
 * @throws TypeError or RangeError when the options are wrong.
 * @example
 * ```ts
 * safeParseRuleSet({ id: 'x' }).success; // false
 * ```
 * @category Programme
 */
export function safeParseRuleSet(input: unknown, options?: ParseRuleSetOptions | undefined): SafeParseResult<RuleSet, ProgrammeError> {
  return safely(() => parseRuleSetValue(input, options, 'safeParseRuleSet'));
}
