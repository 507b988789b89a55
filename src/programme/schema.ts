// The zod schemas of the programme's data and of the NHS calendar's labels, and the types they produce. The schemas
// are built by ./lazy-schema.ts, where the package's own code takes them from on first use; this module, which builds
// them all as it loads, is reached only by `cancer-alliance-framework/schemas` (and by type-only imports).
import type { z } from 'zod';
import {
  allianceIdSchema,
  regionIdSchema,
  icbIdSchema,
  sourceIdSchema,
  responsibilityIdSchema,
  ruleSetIdSchema,
  measureIdSchema,
  certaintySchema,
  dataSourceSchema,
  regionSchema,
  icbOdsCodeSchema,
  predecessorSchema,
  icbSchema,
  allianceMemberSchema,
  allianceSchema,
  plannedChangeSchema,
  organisationsDataSchema,
  roleKindSchema,
  roleScopeSchema,
  roleSchema,
  responsibilitySchema,
  accountabilityLineSchema,
  accountabilityRelationSchema,
  accountabilityEdgeSchema,
  artefactKindSchema,
  changeSignificanceSchema,
  ruleBasisSchema,
  roleRuleSchema,
  artefactRuleSchema,
  changeRuleSchema,
  assuranceRuleSchema,
  partyRuleSchema,
  ruleSetSchema,
  measureSchema,
  standardSchema,
  standardsDataSchema,
  financialYearSchema,
  quarterSchema,
} from './lazy-schema.js';

export { ALLIANCE_FACTS, ICB_FACTS, REGION_FACTS, STANDARD_FACTS } from './lazy-schema.js';

// ---------------------------------------------------------------------------------------------
// Ids and codes
// ---------------------------------------------------------------------------------------------

/**
 * Id of a Cancer Alliance: a stable kebab-case internal id, e.g. `swag` or `east-of-england-north`.
 *
 * @example
 * ```ts
 * const id = AllianceIdSchema.parse('cheshire-and-merseyside');
 * ```
 * @category Programme
 */
export const AllianceIdSchema = /* @__PURE__ */ allianceIdSchema();
/**
 * Id of an NHS England region: its ODS code, `Y` and two digits, e.g. `Y56` (London).
 *
 * @example
 * ```ts
 * const london = RegionIdSchema.parse('Y56');
 * ```
 * @category Programme
 */
export const RegionIdSchema = /* @__PURE__ */ regionIdSchema();
/**
 * Id of a version of an Integrated Care Board: kebab-case, e.g. `norfolk-and-suffolk-icb`. An ICB whose area
 * changes gets a new version with a new id (`hampshire-and-isle-of-wight-icb-2026`); its ODS code (`QRL`) is a dated
 * attribute, and `findIcb` accepts either.
 *
 * @example
 * ```ts
 * const cheshireAndMerseyside = IcbIdSchema.parse('cheshire-and-merseyside-icb');
 * ```
 * @category Programme
 */
export const IcbIdSchema = /* @__PURE__ */ icbIdSchema();
/**
 * Id of a source in a data file's source list, e.g. `ons-cal24`.
 *
 * @example
 * ```ts
 * const source = SourceIdSchema.parse('ons-cal24');
 * ```
 * @category Programme
 */
export const SourceIdSchema = /* @__PURE__ */ sourceIdSchema();
/**
 * Id of a responsibility statement from the 2019 paper, capitals then digits, e.g. `RT3`.
 *
 * @example
 * ```ts
 * const id = ResponsibilityIdSchema.parse('RT3');
 * ```
 * @category Programme
 */
export const ResponsibilityIdSchema = /* @__PURE__ */ responsibilityIdSchema();
/**
 * Id of a rule set, e.g. `programme-2019`.
 *
 * @example
 * ```ts
 * const id = RuleSetIdSchema.parse('programme-2019');
 * ```
 * @category Programme
 */
export const RuleSetIdSchema = /* @__PURE__ */ ruleSetIdSchema();
/**
 * Id of a measure of the standards data, kebab-case, e.g. `fds-28-day`.
 *
 * @example
 * ```ts
 * const fds = MeasureIdSchema.parse('fds-28-day');
 * ```
 * @category Programme
 */
export const MeasureIdSchema = /* @__PURE__ */ measureIdSchema();

/**

 * The id of a Cancer Alliance, produced by AllianceIdSchema.

 *

 * @category Programme

 */
export type AllianceId = z.output<typeof AllianceIdSchema>;
/**
 * The ODS code of an NHS England region, produced by RegionIdSchema.
 *
 * @category Programme
 */
export type RegionId = z.output<typeof RegionIdSchema>;
/**
 * The id of a version of an Integrated Care Board, produced by IcbIdSchema.
 *
 * @category Programme
 */
export type IcbId = z.output<typeof IcbIdSchema>;
/**
 * The id of a source in a data file.
 *
 * @category Programme
 */
export type SourceId = z.output<typeof SourceIdSchema>;
/**
 * The stable id of a responsibility statement.
 *
 * @category Programme
 */
export type ResponsibilityId = z.output<typeof ResponsibilityIdSchema>;
/**
 * The id of a governance rule set.
 *
 * @category Programme
 */
export type RuleSetId = z.output<typeof RuleSetIdSchema>;
/**
 * The id of a measure, produced by MeasureIdSchema.
 *
 * @category Programme
 */
export type MeasureId = z.output<typeof MeasureIdSchema>;

// ---------------------------------------------------------------------------------------------
// Certainty and sources
// ---------------------------------------------------------------------------------------------

/**
 * How sure a fact is, with the labels of the project's domain research: `verified` (stated in the
 * source read), `inferred` (follows from sourced facts), `unverified` (background knowledge or a weak
 * source) and `not-found` (searched for, no public source found).
 *
 * @example
 * ```ts
 * CertaintySchema.parse('inferred');
 * ```
 * @category Programme
 */
export const CertaintySchema = /* @__PURE__ */ certaintySchema();
/**
 * How sure a fact is: verified, inferred, unverified or not-found.
 *
 * @category Programme
 */
export type Certainty = z.output<typeof CertaintySchema>;

/**
 * A source that facts in a data file rest on.
 *
 * @example
 * ```ts
 * DataSourceSchema.parse({ id: 'ons-cal24', title: 'ONS Cancer Alliance names and codes as at April 2024' });
 * ```
 * @category Programme
 */
export const DataSourceSchema = /* @__PURE__ */ dataSourceSchema();
/**
 * A source that facts in a data file rest on.
 *
 * @category Programme
 */
export type DataSource = z.output<typeof DataSourceSchema>;

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

/**
 * One of the seven NHS England regions, keyed by its ODS code, with its ONS codes per vintage.
 *
 * @example
 * ```ts
 * Object.keys(RegionSchema.unwrap().shape); // its fields; see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const RegionSchema = /* @__PURE__ */ regionSchema();
/**
 * An NHS England region.
 *
 * @category Programme
 */
export type Region = z.output<typeof RegionSchema>;

/**
 * An ODS code held by a version of an ICB, with the days it held it.
 *
 * @example
 * ```ts
 * IcbOdsCodeSchema.parse({ code: 'T6Y0W', validFrom: '2026-04-01' });
 * ```
 * @category Programme
 */
export const IcbOdsCodeSchema = /* @__PURE__ */ icbOdsCodeSchema();
/**
 * An ODS code held by an ICB version, dated.
 *
 * @category Programme
 */
export type IcbOdsCode = z.output<typeof IcbOdsCodeSchema>;

/**
 * A predecessor of an ICB version or an alliance: its id, and whether only part of its area passed on.
 *
 * @example
 * ```ts
 * PredecessorSchema.parse({ id: 'suffolk-and-north-east-essex-icb', part: true, note: 'Suffolk.' });
 * ```
 * @category Programme
 */
export const PredecessorSchema = /* @__PURE__ */ predecessorSchema();
/**
 * A predecessor of an ICB version or an alliance.
 *
 * @category Programme
 */
export type Predecessor = z.output<typeof PredecessorSchema>;

/**
 * A version of an Integrated Care Board: a kebab-case id, its region, its dated ODS codes, its ONS codes per vintage,
 * when it was in force and the versions it succeeded.
 *
 * @example
 * ```ts
 * Object.keys(IcbSchema.unwrap().shape); // its fields; see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const IcbSchema = /* @__PURE__ */ icbSchema();
/**
 * An Integrated Care Board.
 *
 * @category Programme
 */
export type Icb = z.output<typeof IcbSchema>;

/**
 * An ICB's membership of a Cancer Alliance, dated and sourced; `partial` when only part of the ICB's area belongs to it.
 *
 * @example
 * ```ts
 * AllianceMemberSchema.parse({
 *   icbId: 'humber-and-north-yorkshire-icb',
 *   partial: true,
 *   validFrom: '2022-07-01',
 *   certainty: 'inferred',
 *   sources: ['wyh-about'],
 *   note: 'the Harrogate area',
 * });
 * ```
 * @category Programme
 */
export const AllianceMemberSchema = /* @__PURE__ */ allianceMemberSchema();
/**
 * An ICB's membership of a Cancer Alliance, possibly partial.
 *
 * @category Programme
 */
export type AllianceMember = z.output<typeof AllianceMemberSchema>;

/**
 * A Cancer Alliance: its hosting region, when it was in force, its ONS codes per vintage, its predecessors and its
 * dated member ICBs.
 *
 * @example
 * ```ts
 * Object.keys(AllianceSchema.unwrap().shape); // its fields; see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const AllianceSchema = /* @__PURE__ */ allianceSchema();
/**
 * A Cancer Alliance.
 *
 * @category Programme
 */
export type Alliance = z.output<typeof AllianceSchema>;

/**
 * An announced change to the organisations, not yet in force on the data's `asAt`: what, when, what it affects and how
 * sure it is.
 *
 * @example
 * ```ts
 * Object.keys(PlannedChangeSchema.unwrap().shape); // its fields; see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const PlannedChangeSchema = /* @__PURE__ */ plannedChangeSchema();
/**
 * An announced change not yet in force.
 *
 * @category Programme
 */
export type PlannedChange = z.output<typeof PlannedChangeSchema>;

/**
 * The whole of framework-data/organisations.yaml: its `asAt` date, sources, regions, ICB versions, alliances and planned
 * changes.
 *
 * @example
 * ```ts
 * OrganisationsDataSchema.safeParse({}).success; // false
 * ```
 * @category Programme
 */
export const OrganisationsDataSchema = /* @__PURE__ */ organisationsDataSchema();
/**
 * Organisations reference data.
 *
 * @category Programme
 */
export type OrganisationsData = z.output<typeof OrganisationsDataSchema>;
/** A slim index of the organisations data, by id: names, and each alliance's hosting region, days and member regions. */
export interface OrganisationIndex {
  /** The day the data was last checked against its sources (ISO date). */
  readonly asAt: string;
  /** The announced changes the data does not yet hold: what, when expected, and how sure. */
  readonly planned: readonly Pick<PlannedChange, 'summary' | 'expectedFrom' | 'certainty'>[];
  readonly regions: Readonly<Record<string, string>>;
  readonly icbs: Readonly<Record<string, string>>;
  readonly alliances: Readonly<
    Record<
      string,
      {
        readonly name: string;
        readonly regionId: string;
        readonly validFrom: string;
        readonly validTo: string | null;
        readonly memberRegions: readonly { readonly regionId: string; readonly validFrom: string; readonly validTo: string | null }[];
      }
    >
  >;
}

/**
 * Organisations reference data as written in YAML, before defaults.
 *
 * @category Programme
 */
export type OrganisationsDataInput = z.input<typeof OrganisationsDataSchema>;

// ---------------------------------------------------------------------------------------------
// Roles, responsibilities and accountability
// ---------------------------------------------------------------------------------------------

/**
 * Whether a role is a body (an organisation or team), a group (a committee) or a person (an office holder).
 *
 * @example
 * ```ts
 * RoleKindSchema.parse('person');
 * ```
 * @category Programme
 */
export const RoleKindSchema = /* @__PURE__ */ roleKindSchema();
/**
 * Whether a role is a body, a group or a person.
 *
 * @category Programme
 */
export type RoleKind = z.output<typeof RoleKindSchema>;

/**
 * Where a role acts: nationally, for a region, for one alliance, for one system (STP/ICS) or as one organisation.
 * A regional role is resolved to a region, an alliance role to an alliance.
 *
 * @example
 * ```ts
 * RoleScopeSchema.parse('regional');
 * ```
 * @category Programme
 */
export const RoleScopeSchema = /* @__PURE__ */ roleScopeSchema();
/**
 * Where a role acts: nationally, for a region, an alliance, a system or as an organisation.
 *
 * @category Programme
 */
export type RoleScope = z.output<typeof RoleScopeSchema>;

/**
 * A role in the NHS Cancer Programme.
 *
 * @example
 * ```ts
 * Object.keys(RoleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const RoleSchema = /* @__PURE__ */ roleSchema();
/**
 * A programme role.
 *
 * @category Programme
 */
export type Role = z.output<typeof RoleSchema>;

/**
 * A statement of who does what in a rule set (the 2019 paper's, for `programme2019`): the roles it is about, the roles it
 * names, its emphasised (bold) phrases and its text.
 *
 * @example
 * ```ts
 * Object.keys(ResponsibilitySchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const ResponsibilitySchema = /* @__PURE__ */ responsibilitySchema();
/**
 * A responsibility statement.
 *
 * @category Programme
 */
export type Responsibility = z.output<typeof ResponsibilitySchema>;

/**
 * The two lines of accountability in the 2019 paper: transformation and improvement activity, and
 * operational performance.
 *
 * @example
 * ```ts
 * AccountabilityLineSchema.parse('operational');
 * ```
 * @category Programme
 */
export const AccountabilityLineSchema = /* @__PURE__ */ accountabilityLineSchema();
/**
 * A line of accountability: transformation and improvement, or operational performance.
 *
 * @category Programme
 */
export type AccountabilityLine = z.output<typeof AccountabilityLineSchema>;

/**
 * How two roles relate in the accountability graph. Only `accountable-to` edges form a chain.
 *
 * @example
 * ```ts
 * AccountabilityRelationSchema.parse('accountable-to');
 * ```
 * @category Programme
 */
export const AccountabilityRelationSchema = /* @__PURE__ */ accountabilityRelationSchema();
/**
 * How two roles relate in the accountability graph.
 *
 * @category Programme
 */
export type AccountabilityRelation = z.output<typeof AccountabilityRelationSchema>;

/**
 * One edge of the accountability graph: `from` relates to `to` on a line.
 *
 * @example
 * ```ts
 * Object.keys(AccountabilityEdgeSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const AccountabilityEdgeSchema = /* @__PURE__ */ accountabilityEdgeSchema();
/**
 * An edge of the accountability graph.
 *
 * @category Programme
 */
export type AccountabilityEdge = z.output<typeof AccountabilityEdgeSchema>;

// ---------------------------------------------------------------------------------------------
// Rule sets
// ---------------------------------------------------------------------------------------------

/**
 * What a rule rests on: `seed` (the 2019 roles paper says it: the statement and its words), `public-source` (a source
 * with an address says it), `inferred` (it follows from what they say), or `assumption` (ours: no source says it).
 * `roles`, when given, names the roles of the rule it covers.
 *
 * @example
 * ```ts
 * RuleBasisSchema.parse({ kind: 'assumption', note: 'The paper does not say who drafts a funding agreement.' });
 * ```
 * @category Programme
 */
export const RuleBasisSchema = /* @__PURE__ */ ruleBasisSchema();
/**
 * What a rule rests on: the seed's words, a public source, an inference or an assumption of ours.
 *
 * @category Programme
 */
export type RuleBasis = z.output<typeof RuleBasisSchema>;

/**
 * A rule naming roles (who prepares, signs, proposes, agrees ...), with its basis. `roles: 'any'` when the rule names
 * none, so that any role of the rule set may.
 *
 * @example
 * ```ts
 * Object.keys(RoleRuleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const RoleRuleSchema = /* @__PURE__ */ roleRuleSchema();
/**
 * A rule naming roles, with its basis.
 *
 * @category Programme
 */
export type RoleRule = z.output<typeof RoleRuleSchema>;

/**
 * The kinds of artefact that need signatures: an alliance's delivery plan and its funding agreement.
 *
 * @example
 * ```ts
 * ArtefactKindSchema.parse('delivery-plan');
 * ```
 * @category Programme
 */
export const ArtefactKindSchema = /* @__PURE__ */ artefactKindSchema();
/**
 * A kind of artefact that needs signatures: a delivery plan or a funding agreement.
 *
 * @category Programme
 */
export type ArtefactKind = z.output<typeof ArtefactKindSchema>;

/**
 * Whether a change to a signed-off plan is significant or minor.
 *
 * @example
 * ```ts
 * ChangeSignificanceSchema.parse('significant');
 * ```
 * @category Programme
 */
export const ChangeSignificanceSchema = /* @__PURE__ */ changeSignificanceSchema();
/**
 * Whether a change to a signed-off plan is significant or minor.
 *
 * @category Programme
 */
export type ChangeSignificance = z.output<typeof ChangeSignificanceSchema>;

/**
 * Who prepares (creates and submits) an artefact, and whose signatures sign it off, each with its basis.
 *
 * @example
 * ```ts
 * Object.keys(ArtefactRuleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const ArtefactRuleSchema = /* @__PURE__ */ artefactRuleSchema();
/**
 * Who prepares an artefact and who signs it off.
 *
 * @category Programme
 */
export type ArtefactRule = z.output<typeof ArtefactRuleSchema>;

/**
 * Who proposes a change of one significance, and who must agree it before it takes effect (none: at once).
 *
 * @example
 * ```ts
 * Object.keys(ChangeRuleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const ChangeRuleSchema = /* @__PURE__ */ changeRuleSchema();
/**
 * Who proposes a change of one significance and who must agree it.
 *
 * @category Programme
 */
export type ChangeRule = z.output<typeof ChangeRuleSchema>;

/**
 * Who records reviews, proposes actions (and on what finding), agrees them and applies a hold on funding.
 *
 * @example
 * ```ts
 * Object.keys(AssuranceRuleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const AssuranceRuleSchema = /* @__PURE__ */ assuranceRuleSchema();
/**
 * Who records reviews, proposes, agrees and applies assurance actions.
 *
 * @category Programme
 */
export type AssuranceRule = z.output<typeof AssuranceRuleSchema>;

/**
 * How a rule set resolves its roles to parties: for an alliance, a regional role is its hosting region's, or each
 * region's its area lies in.
 *
 * @example
 * ```ts
 * Object.keys(PartyRuleSchema.unwrap().shape); // its fields; see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const PartyRuleSchema = /* @__PURE__ */ partyRuleSchema();
/**
 * How a rule set resolves its roles to parties.
 *
 * @category Programme
 */
export type PartyRule = z.output<typeof PartyRuleSchema>;

/**
 * A named, dated rule set: the roles it declares, its responsibilities, accountability and parties, and the governance
 * rules, each with its basis. The governance functions read everything from one, so a later operating model is a new
 * data file that replaces `programme2019` without a change of code.
 *
 * @example
 * ```ts
 * RuleSetSchema.safeParse({}).success; // false
 * ```
 * @category Programme
 */
export const RuleSetSchema = /* @__PURE__ */ ruleSetSchema();
/**
 * A governance rule set.
 *
 * @category Programme
 */
export type RuleSet = z.output<typeof RuleSetSchema>;
/**
 * A governance rule set as written in YAML or code, before defaults.
 *
 * @category Programme
 */
export type RuleSetInput = z.input<typeof RuleSetSchema>;

// ---------------------------------------------------------------------------------------------
// Standards
// ---------------------------------------------------------------------------------------------

/**
 * A measure that standards apply to, e.g. the 28-day Faster Diagnosis Standard (`fds-28-day`).
 *
 * @example
 * ```ts
 * Object.keys(MeasureSchema.unwrap().shape); // its fields; see framework-data/standards.yaml for instances
 * ```
 * @category Programme
 */
export const MeasureSchema = /* @__PURE__ */ measureSchema();
/**
 * A measure that standards apply to.
 *
 * @category Programme
 */
export type Measure = z.output<typeof MeasureSchema>;

/**
 * A cancer waiting-time standard, a dated target or a national ambition: its measure, threshold, the days it applies,
 * the document that sets it, its words, and the certainty and sources of its value and period.
 *
 * @example
 * ```ts
 * Object.keys(StandardSchema.unwrap().shape); // its fields; see framework-data/standards.yaml for instances
 * ```
 * @category Programme
 */
export const StandardSchema = /* @__PURE__ */ standardSchema();
/**
 * A standard, target or ambition.
 *
 * @category Programme
 */
export type Standard = z.output<typeof StandardSchema>;

/**
 * The whole of framework-data/standards.yaml: its `asAt` and `coverageFrom` dates, sources, measures and standards.
 *
 * @example
 * ```ts
 * StandardsDataSchema.safeParse({}).success; // false
 * ```
 * @category Programme
 */
export const StandardsDataSchema = /* @__PURE__ */ standardsDataSchema();
/**
 * Standards reference data.
 *
 * @category Programme
 */
export type StandardsData = z.output<typeof StandardsDataSchema>;
/**
 * Standards reference data as written in YAML, before defaults.
 *
 * @category Programme
 */
export type StandardsDataInput = z.input<typeof StandardsDataSchema>;

// ---------------------------------------------------------------------------------------------
// The NHS calendar
// ---------------------------------------------------------------------------------------------

/**
 * An NHS financial year, written as the NHS writes it: `"2023/24"` runs from 1 April 2023 to 31 March 2024.
 *
 * @example
 * ```ts
 * const year = FinancialYearSchema.parse('2023/24');
 * ```
 * @category Programme
 */
export const FinancialYearSchema = /* @__PURE__ */ financialYearSchema();

/**
 * A quarter of the financial year: Q1 April to June, Q2 July to September, Q3 October to December,
 * Q4 January to March.
 *
 * @example
 * ```ts
 * QuarterSchema.parse('Q4');
 * ```
 * @category Programme
 */
export const QuarterSchema = /* @__PURE__ */ quarterSchema();
