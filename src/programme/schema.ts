import { z } from 'zod';
import { RoleIdSchema } from '../framework/schema.js';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date('must be an ISO date such as "2024-04-01"');

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
export const AllianceIdSchema = z
  .string()
  .regex(KEBAB_CASE, 'alliance id must be kebab-case, e.g. "cheshire-and-merseyside"')
  .brand<'AllianceId'>();
/**
 * Id of an NHS England region: its ODS code, `Y` and two digits, e.g. `Y56` (London).
 *
 * @example
 * ```ts
 * const london = RegionIdSchema.parse('Y56');
 * ```
 * @category Programme
 */
export const RegionIdSchema = z
  .string()
  .regex(/^Y\d\d$/, 'region id must be an ODS region code: "Y" and two digits, e.g. "Y56"')
  .brand<'RegionId'>();
/**
 * Id of an Integrated Care Board: its ODS code, `Q` and two letters or digits, e.g. `QYG`.
 *
 * @example
 * ```ts
 * const cheshireAndMerseyside = IcbIdSchema.parse('QYG');
 * ```
 * @category Programme
 */
export const IcbIdSchema = z
  .string()
  .regex(/^Q[A-Z0-9]{2}$/, 'ICB id must be an ODS ICB code: "Q" and two capital letters or digits, e.g. "QYG"')
  .brand<'IcbId'>();
/**
 * Id of a source in a data file's source list, e.g. `ons-cal24`.
 *
 * @example
 * ```ts
 * const source = SourceIdSchema.parse('ons-cal24');
 * ```
 * @category Programme
 */
export const SourceIdSchema = z.string().regex(KEBAB_CASE, 'source id must be kebab-case, e.g. "ons-cal24"').brand<'SourceId'>();
/**
 * Id of a responsibility statement from the 2019 paper, capitals then digits, e.g. `RT3`.
 *
 * @example
 * ```ts
 * const id = ResponsibilityIdSchema.parse('RT3');
 * ```
 * @category Programme
 */
export const ResponsibilityIdSchema = z
  .string()
  .regex(/^[A-Z]+\d+$/, 'responsibility id must be capital letters then digits, e.g. "RT3"')
  .brand<'ResponsibilityId'>();
/**
 * Id of a rule set, e.g. `programme-2019`.
 *
 * @example
 * ```ts
 * const id = RuleSetIdSchema.parse('programme-2019');
 * ```
 * @category Programme
 */
export const RuleSetIdSchema = z.string().regex(KEBAB_CASE, 'rule set id must be kebab-case, e.g. "programme-2019"').brand<'RuleSetId'>();

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
 * The ODS code of an Integrated Care Board, produced by IcbIdSchema.
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

const onsCodes = (prefix: 'E40' | 'E54' | 'E56', vintage: RegExp, example: string) =>
  z
    .record(
      z.string().regex(vintage, `vintage must look like "${example}"`),
      z.string().regex(new RegExp(`^${prefix}\\d{6}$`), `ONS code must be "${prefix}" and six digits`),
    )
    .readonly();

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
export const CertaintySchema = z.literal(['verified', 'inferred', 'unverified', 'not-found']);
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
export const DataSourceSchema = z
  .strictObject({
    /** The id that facts cite. */
    id: SourceIdSchema,
    /** What the source is. */
    title: text,
    /** Where to read it. */
    url: z.url().optional(),
    /** What it says that matters here. */
    note: text.optional(),
  })
  .readonly();
/**
 * A source that facts in a data file rest on.
 *
 * @category Programme
 */
export type DataSource = z.output<typeof DataSourceSchema>;

/** A fact name, optionally with a detail after a dot (e.g. `onsCodes.NHSER20`). */
const factKey = (facts: readonly string[]) =>
  z.string().regex(new RegExp(`^(?:${facts.join('|')})(?:\\.[A-Za-z0-9-]+)?$`), `fact must be one of ${facts.join(', ')}, optionally with ".detail"`);

/** Certainty and sources for each named fact of an entity; the base facts must all be present. */
const factRecords = (facts: readonly string[]) => ({
  /** How sure the facts are, by fact name (e.g. `members`, `onsCodes.NHSER20`). */
  certainty: z
    .record(factKey(facts), CertaintySchema)
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      message: `give a certainty for each of: ${facts.join(', ')}`,
    }),
  /** The ids of the sources of each fact, by fact name. */
  sources: z
    .record(factKey(facts), z.array(SourceIdSchema).readonly())
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      message: `give the sources (possibly an empty list) for each of: ${facts.join(', ')}`,
    }),
});

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

/**

 * The facts a region records, each with a certainty and sources.

 *

 * @category Programme

 */
export const REGION_FACTS = ['name', 'onsCodes', 'validity'] as const;
/**
 * The facts an ICB records, each with a certainty and sources.
 *
 * @category Programme
 */
export const ICB_FACTS = ['name', 'region', 'onsCodes', 'validity'] as const;
/**
 * The facts an alliance records, each with a certainty and sources.
 *
 * @category Programme
 */
export const ALLIANCE_FACTS = ['name', 'region', 'validity', 'onsCodes', 'members'] as const;

/**
 * One of the seven NHS England regions, keyed by its ODS code, with its ONS codes per vintage.
 *
 * @example
 * ```ts
 * RegionSchema.shape; // see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const RegionSchema = z
  .strictObject({
    /** The ODS code, e.g. `Y56`. */
    id: RegionIdSchema,
    /** The region's name, e.g. "London". */
    name: text,
    /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
    onsCodes: onsCodes('E40', /^NHSER\d\d$/, 'NHSER24'),
    /** The first day it is in force (ISO date). */
    validFrom: isoDate,
    /** The last day it is in force (ISO date); absent while still in force. */
    validTo: isoDate.optional(),
    /** Notes for readers, such as caveats. */
    notes: z.array(text).readonly().default([]),
    ...factRecords(REGION_FACTS),
  })
  .readonly();
/**
 * An NHS England region.
 *
 * @category Programme
 */
export type Region = z.output<typeof RegionSchema>;

/**
 * One of the 42 Integrated Care Boards, keyed by its ODS code, with its region and ONS codes per vintage.
 *
 * @example
 * ```ts
 * IcbSchema.shape; // see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const IcbSchema = z
  .strictObject({
    /** The ODS code, e.g. `QYG`. */
    id: IcbIdSchema,
    /** The ICB's short name, e.g. "Cheshire and Merseyside". */
    name: text,
    /** The ODS code of the region the ICB is in. */
    regionId: RegionIdSchema,
    /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
    onsCodes: onsCodes('E54', /^ICB\d\d$/, 'ICB23'),
    /** The first day it is in force (ISO date). */
    validFrom: isoDate,
    /** The last day it is in force (ISO date); absent while still in force. */
    validTo: isoDate.optional(),
    /** Notes for readers, such as caveats. */
    notes: z.array(text).readonly().default([]),
    ...factRecords(ICB_FACTS),
  })
  .readonly();
/**
 * An Integrated Care Board.
 *
 * @category Programme
 */
export type Icb = z.output<typeof IcbSchema>;

/**
 * An ICB's membership of a Cancer Alliance; `partial` when only part of the ICB's area belongs to it.
 *
 * @example
 * ```ts
 * AllianceMemberSchema.parse({ icbId: 'QOQ', partial: true, certainty: 'verified', note: 'the Harrogate area' });
 * ```
 * @category Programme
 */
export const AllianceMemberSchema = z
  .strictObject({
    /** The ODS code of the member ICB. */
    icbId: IcbIdSchema,
    /** True when only part of the ICB's area belongs to the alliance. */
    partial: z.boolean(),
    /** How sure the membership is. */
    certainty: CertaintySchema,
    /** What part, or why it is uncertain. */
    note: text.optional(),
  })
  .readonly();
/**
 * An ICB's membership of a Cancer Alliance, possibly partial.
 *
 * @category Programme
 */
export type AllianceMember = z.output<typeof AllianceMemberSchema>;

/**
 * A Cancer Alliance: its hosting region, when it was in force, its ONS codes per vintage and its member ICBs.
 *
 * @example
 * ```ts
 * AllianceSchema.shape; // see framework-data/organisations.yaml for instances
 * ```
 * @category Programme
 */
export const AllianceSchema = z
  .strictObject({
    /** The stable internal id, e.g. `swag`. */
    id: AllianceIdSchema,
    /** The common name, e.g. "Wessex Cancer Alliance". */
    name: text,
    /** ONS names by vintage, e.g. `{ CAL21: "Humber, Coast and Vale" }`. */
    onsNames: z.record(z.string().regex(/^CAL\d\d$/, 'vintage must look like "CAL24"'), text).readonly().default({}),
    /** The ODS code of its hosting (primary) region. */
    regionId: RegionIdSchema,
    /** The first day it is in force (ISO date). */
    validFrom: isoDate,
    /** The last day it is in force (ISO date); absent while still in force. */
    validTo: isoDate.optional(),
    /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
    onsCodes: onsCodes('E56', /^CAL\d\d$/, 'CAL24'),
    /** The member ICBs, some only in part. */
    members: z.array(AllianceMemberSchema).min(1, 'an alliance needs at least one member ICB').readonly(),
    /** Notes for readers, such as a second region covered. */
    notes: z.array(text).readonly().default([]),
    ...factRecords(ALLIANCE_FACTS),
  })
  .readonly();
/**
 * A Cancer Alliance.
 *
 * @category Programme
 */
export type Alliance = z.output<typeof AllianceSchema>;

/**
 * The whole of framework-data/organisations.yaml: sources, regions, ICBs and alliances.
 *
 * @example
 * ```ts
 * OrganisationsDataSchema.safeParse({}).success; // false
 * ```
 * @category Programme
 */
export const OrganisationsDataSchema = z
  .strictObject({
    /** What the data is. */
    title: text,
    /** The day the data was last checked (ISO date). */
    asAt: isoDate,
    /** The sources the facts cite. */
    sources: z.array(DataSourceSchema).min(1).readonly(),
    /** The NHS England regions. */
    regions: z.array(RegionSchema).readonly(),
    /** The Integrated Care Boards. */
    icbs: z.array(IcbSchema).readonly(),
    /** The Cancer Alliances, over time. */
    alliances: z.array(AllianceSchema).readonly(),
  })
  .readonly();
/**
 * Organisations reference data.
 *
 * @category Programme
 */
export type OrganisationsData = z.output<typeof OrganisationsDataSchema>;
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
export const RoleKindSchema = z.literal(['body', 'group', 'person']);
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
export const RoleScopeSchema = z.literal(['national', 'regional', 'alliance', 'system', 'organisation']);
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
 * RoleSchema.shape; // see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const RoleSchema = z
  .strictObject({
    /** The role id, one of `ROLE_IDS`. */
    id: RoleIdSchema,
    /** The role's name, e.g. "Regional Director". */
    name: text,
    /** Body, group or person. */
    kind: RoleKindSchema,
    /** Where the role acts; a regional role is resolved to a region, an alliance role to an alliance. */
    scope: RoleScopeSchema,
    /** The body a person or part belongs to (e.g. the Regional Director to the regional team). */
    partOf: RoleIdSchema.optional(),
    /** What the role is, in one sentence. */
    summary: text.optional(),
    /** How sure the role is. */
    certainty: CertaintySchema,
    /** The ids of its sources. */
    sources: z.array(SourceIdSchema).min(1, 'give at least one source').readonly(),
    /** Notes for readers, such as caveats. */
    notes: z.array(text).readonly().default([]),
  })
  .readonly();
/**
 * A programme role.
 *
 * @category Programme
 */
export type Role = z.output<typeof RoleSchema>;

/**
 * A statement of the 2019 paper about who does what: the roles it is about, the roles it names,
 * its emphasised (bold) phrases and its text.
 *
 * @example
 * ```ts
 * ResponsibilitySchema.shape; // see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const ResponsibilitySchema = z
  .strictObject({
    /** The stable id, e.g. `RT3`. */
    id: ResponsibilityIdSchema,
    /** The roles the statement is about. */
    roleIds: z.array(RoleIdSchema).min(1, 'name at least one role').readonly(),
    /** Other roles the statement names. */
    involves: z.array(RoleIdSchema).readonly().default([]),
    /** The section of the paper. */
    section: text,
    /** The phrases the paper puts in bold; each appears in `text`. */
    emphasis: z.array(text).readonly().default([]),
    /** The statement, as the paper words it. */
    text,
    /** Topic tags for search, e.g. `funding`. */
    topics: z.array(z.string().regex(KEBAB_CASE, 'topic must be kebab-case')).min(1).readonly(),
    /** The id of its source. */
    source: SourceIdSchema,
  })
  .readonly()
  .refine((r) => r.emphasis.every((phrase) => r.text.includes(phrase)), {
    message: 'each emphasised phrase must appear in the text',
    path: ['emphasis'],
  });
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
export const AccountabilityLineSchema = z.literal(['transformation', 'operational']);
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
export const AccountabilityRelationSchema = z.literal(['accountable-to', 'constituent-of', 'officer-of', 'heads', 'works-through']);
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
 * AccountabilityEdgeSchema.shape; // see framework-data/programme-2019.yaml for instances
 * ```
 * @category Programme
 */
export const AccountabilityEdgeSchema = z
  .strictObject({
    /** The stable id of the edge. */
    id: z.string().regex(KEBAB_CASE, 'edge id must be kebab-case'),
    /** The role that relates. */
    from: RoleIdSchema,
    /** The role it relates to. */
    to: RoleIdSchema,
    /** How they relate. */
    relation: AccountabilityRelationSchema,
    /** The line of accountability. */
    line: AccountabilityLineSchema,
    /** What the edge means. */
    description: text,
    /** How sure the edge is. */
    certainty: CertaintySchema,
    /** The responsibilities it rests on. */
    basis: z.array(ResponsibilityIdSchema).readonly().default([]),
    /** The ids of its sources. */
    sources: z.array(SourceIdSchema).min(1).readonly(),
    /** A note for readers. */
    note: text.optional(),
  })
  .readonly();
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
 * The kinds of artefact that need signatures: an alliance's delivery plan and its funding agreement.
 *
 * @example
 * ```ts
 * ArtefactKindSchema.parse('delivery-plan');
 * ```
 * @category Programme
 */
export const ArtefactKindSchema = z.literal(['delivery-plan', 'funding-agreement']);
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
export const ChangeSignificanceSchema = z.literal(['significant', 'minor']);
/**
 * Whether a change to a signed-off plan is significant or minor.
 *
 * @category Programme
 */
export type ChangeSignificance = z.output<typeof ChangeSignificanceSchema>;

const roleList = (what: string) => z.array(RoleIdSchema).min(1, `name at least one role that ${what}`).readonly();

const basisFields = {
  /** The responsibilities the rule rests on. */
  basis: z.array(ResponsibilityIdSchema).readonly().default([]),
  /** How sure the rule is. */
  certainty: CertaintySchema,
  /** A note for readers, such as what is inferred. */
  note: text.optional(),
};

/**
 * Who prepares (creates and submits) an artefact, and whose signatures sign it off.
 *
 * @example
 * ```ts
 * ArtefactRuleSchema.shape; // see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const ArtefactRuleSchema = z
  .strictObject({
    /** The roles that create and submit it. */
    preparedBy: roleList('prepares it'),
    /** The roles whose signatures sign it off, resolved for the alliance. */
    signedBy: roleList('signs it'),
    ...basisFields,
  })
  .readonly();
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
 * ChangeRuleSchema.shape; // see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const ChangeRuleSchema = z
  .strictObject({
    /** The roles that may propose such a change. */
    proposedBy: roleList('proposes it'),
    /** The roles that must agree it before it takes effect; none: it takes effect at once. */
    agreedBy: z.array(RoleIdSchema).readonly(),
    ...basisFields,
  })
  .readonly();
/**
 * Who proposes a change of one significance and who must agree it.
 *
 * @category Programme
 */
export type ChangeRule = z.output<typeof ChangeRuleSchema>;

/**
 * Who records quarterly reviews, proposes actions, agrees them and applies a hold on funding.
 *
 * @example
 * ```ts
 * AssuranceRuleSchema.shape; // see framework-data/programme-2019.yaml
 * ```
 * @category Programme
 */
export const AssuranceRuleSchema = z
  .strictObject({
    /** How often alliances are reviewed. */
    cadence: z.literal('quarterly'),
    /** The roles that record quarterly reviews. */
    reviewsRecordedBy: roleList('records reviews'),
    /** The roles that propose actions. */
    actionsProposedBy: roleList('proposes actions'),
    /** The roles that agree actions. */
    actionsAgreedBy: roleList('agrees actions'),
    /** The roles that apply an agreed hold on funding. */
    fundingHeldBackBy: roleList('applies an agreed hold on funding'),
    ...basisFields,
  })
  .readonly();
/**
 * Who records reviews, proposes, agrees and applies assurance actions.
 *
 * @category Programme
 */
export type AssuranceRule = z.output<typeof AssuranceRuleSchema>;

/**
 * A named, dated set of governance rules. The governance functions read their rules from one, so a
 * later rule set replaces `programme-2019` without a change of code.
 *
 * @example
 * ```ts
 * RuleSetSchema.shape; // see framework-data/programme-2019.yaml and docs/programme.md
 * ```
 * @category Programme
 */
export const RuleSetSchema = z
  .strictObject({
    /** The rule set's id, e.g. `programme-2019`. */
    id: RuleSetIdSchema,
    /** What the rule set is. */
    title: text,
    /** The first day the rules apply (ISO date). */
    validFrom: isoDate,
    /** The last day the rules apply (ISO date); absent while in force. */
    validTo: isoDate.optional(),
    /** How sure the rules are. */
    certainty: CertaintySchema,
    /** The ids of its sources. */
    sources: z.array(SourceIdSchema).min(1).readonly(),
    /** Notes for readers, such as caveats. */
    notes: z.array(text).readonly().default([]),
    /** The rules for each kind of artefact. */
    artefacts: z
      .strictObject({
        /** The rules for delivery plans. */
        'delivery-plan': ArtefactRuleSchema,
        /** The rules for funding agreements. */
        'funding-agreement': ArtefactRuleSchema,
      })
      .readonly(),
    /** The rules for changes to signed-off plans. */
    changes: z
      .strictObject({
        /** The rules for significant changes. */
        significant: ChangeRuleSchema,
        /** The rules for minor changes. */
        minor: ChangeRuleSchema,
      })
      .readonly(),
    /** The rules for quarterly monitoring and assurance. */
    assurance: AssuranceRuleSchema,
  })
  .readonly()
  .refine((set) => set.validTo === undefined || set.validTo >= set.validFrom, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });
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

/**
 * The whole of framework-data/programme-2019.yaml: sources, roles, responsibilities, the accountability
 * graph and the rule set.
 *
 * @example
 * ```ts
 * ProgrammeDataSchema.safeParse({}).success; // false
 * ```
 * @category Programme
 */
export const ProgrammeDataSchema = z
  .strictObject({
    /** What the data is. */
    title: text,
    /** The sources cited. */
    sources: z.array(DataSourceSchema).min(1).readonly(),
    /** The programme roles. */
    roles: z.array(RoleSchema).min(1).readonly(),
    /** The paper's statements of who does what. */
    responsibilities: z.array(ResponsibilitySchema).readonly(),
    /** The accountability graph. */
    accountability: z
      .strictObject({
        /** The paper's notes on accountability. */
        notes: z.array(text).readonly().default([]),
        /** The edges of the graph. */
        edges: z.array(AccountabilityEdgeSchema).readonly(),
      })
      .readonly(),
    /** The governance rule set. */
    ruleSet: RuleSetSchema,
  })
  .readonly();
/**
 * Programme reference data.
 *
 * @category Programme
 */
export type ProgrammeData = z.output<typeof ProgrammeDataSchema>;
/**
 * Programme reference data as written in YAML, before defaults.
 *
 * @category Programme
 */
export type ProgrammeDataInput = z.input<typeof ProgrammeDataSchema>;
