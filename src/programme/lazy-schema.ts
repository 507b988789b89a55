// The zod schemas of the programme's data (organisations, roles, responsibilities, accountability, rule sets) and of
// the NHS calendar's labels, each built on its first use (src/internal/lazy.ts), so that importing the package builds
// none of them. The public schemas (`AllianceSchema`, … in ./schema.ts, exported by `cancer-alliance-framework/schemas`)
// are these, built. A schema that holds lists or records is built per kit (src/internal/schema-kit.ts): `roleSchema()`
// is the public one, `roleSchema(READING_KIT)` the one the parsers read untrusted files with.
import { z } from 'zod';
import { roleIdSchema } from '../framework/lazy-schema.js';
import { lazy } from '../internal/lazy.js';
import { kitted, type SchemaKit } from '../internal/schema-kit.js';
import { startYearOf } from './calendar.js';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id (an ICB's or an alliance's) or an ODS region code. */
const KEBAB_CASE_OR_REGION = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|Y\d\d)$/;

const text = /* @__PURE__ */ lazy(() => z.string().trim().min(1, 'must not be empty'));

const isoDate = /* @__PURE__ */ lazy(() => z.iso.date('must be an ISO date such as "2024-04-01"'));

export const allianceIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'alliance id must be kebab-case, e.g. "cheshire-and-merseyside"').brand<'AllianceId'>());

export const regionIdSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .regex(/^Y\d\d$/, 'region id must be an ODS region code: "Y" and two digits, e.g. "Y56"')
    .brand<'RegionId'>(),
);

export const icbIdSchema = /* @__PURE__ */ lazy(() =>
  z.string().regex(KEBAB_CASE, 'ICB id must be kebab-case, e.g. "norfolk-and-suffolk-icb" (an ODS code such as "QYG" is an attribute, not the id)').brand<'IcbId'>(),
);

/** An ODS code of an ICB: three characters (`QYG`, 2022) or five (`T6Y0W`, the ICBs of 1 April 2026). */
export const ICB_ODS_CODE = /^(?:[A-Z0-9]{3}|[A-Z0-9]{5})$/;

export const sourceIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'source id must be kebab-case, e.g. "ons-cal24"').brand<'SourceId'>());

export const responsibilityIdSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .regex(/^[A-Z]+\d+$/, 'responsibility id must be capital letters then digits, e.g. "RT3"')
    .brand<'ResponsibilityId'>(),
);

export const ruleSetIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'rule set id must be kebab-case, e.g. "programme-2019"').brand<'RuleSetId'>());

export const measureIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'measure id must be kebab-case, e.g. "fds-28-day"').brand<'MeasureId'>());

const onsCodes = (k: SchemaKit, prefix: 'E40' | 'E54' | 'E56', vintage: RegExp, example: string) =>
  k
    .record(z.string().regex(vintage, `vintage must look like "${example}"`), z.string().regex(new RegExp(`^${prefix}\\d{6}$`), `ONS code must be "${prefix}" and six digits`))
    .readonly();

export const certaintySchema = /* @__PURE__ */ lazy(() => z.literal(['verified', 'inferred', 'unverified', 'not-found']));

export const dataSourceSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      /** The id that facts cite. */
      id: sourceIdSchema(),
      /** What the source is. */
      title: text(),
      /** Where to read it. A fact marked `verified` must cite at least one source with an address (or the seed). */
      url: z.url().optional(),
      /** True for the project's seed document (quoted in the data; no public copy): it stands for an address. */
      seed: z.literal(true).optional(),
      /** What it says that matters here. */
      note: text().optional(),
    })
    .readonly(),
);

const factKey = (facts: readonly string[]) =>
  z.string().regex(new RegExp(`^(?:${facts.join('|')})(?:\\.[A-Za-z0-9-]+)?$`), `fact must be one of ${facts.join(', ')}, optionally with ".detail"`);

const factRecords = (k: SchemaKit, facts: readonly string[], optional: readonly string[] = []) => ({
  /** How sure the facts are, by fact name (e.g. `validity`, `onsCodes.NHSER20`). */
  certainty: k
    .record(factKey([...facts, ...optional]), certaintySchema())
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      error: `give a certainty for each of: ${facts.join(', ')}`,
    }),
  /** The ids of the sources of each fact, by fact name. */
  sources: k
    .record(factKey([...facts, ...optional]), k.list(sourceIdSchema()).readonly())
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      error: `give the sources (possibly an empty list) for each of: ${facts.join(', ')}`,
    }),
});

/** The facts a region records, each with a certainty and sources. */
export const REGION_FACTS = ['name', 'onsCodes', 'validity'] as const;

/** The facts an ICB records, each with a certainty and sources; `predecessors` too when it has any. */
export const ICB_FACTS = ['name', 'region', 'odsCodes', 'onsCodes', 'validity'] as const;

/** The facts an alliance records, each with a certainty and sources; `predecessors` too when it has any. Each membership has its own. */
export const ALLIANCE_FACTS = ['name', 'region', 'validity', 'onsCodes'] as const;

const period = () => ({
  /** The first day it is in force (ISO date). */
  validFrom: isoDate(),
  /** The last day it is in force (ISO date); absent while still in force. */
  validTo: isoDate().optional(),
});

export const predecessorSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      /** The id of the predecessor, of the same kind (an ICB version's, an alliance's). */
      id: z.string().regex(KEBAB_CASE, 'predecessor id must be kebab-case'),
      /** True when only part of the predecessor's area passed to this successor (a split). */
      part: z.boolean(),
      /** Which part, or how it passed. */
      note: text().optional(),
    })
    .readonly(),
);

export const regionSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The ODS code, e.g. `Y56`. */
      id: regionIdSchema(),
      /** The region's name, e.g. "London". */
      name: text(),
      /** ONS (GSS) codes by vintage, e.g. `{ NHSER24: "E40000013" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E40', /^NHSER\d\d$/, 'NHSER24'),
      ...period(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, REGION_FACTS),
    })
    .readonly(),
);

export const icbOdsCodeSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      /** The ODS code: three characters (2022) or five (from 1 April 2026), e.g. `QYG`, `T6Y0W`. */
      code: z.string().regex(ICB_ODS_CODE, 'an ICB ODS code is three or five capital letters or digits, e.g. "QYG" or "T6Y0W"'),
      ...period(),
    })
    .readonly(),
);

export const icbSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable id of this version of the ICB, kebab-case, e.g. `norfolk-and-suffolk-icb`; a new version (a new area) has a new id. */
      id: icbIdSchema(),
      /** The ICB's short name, e.g. "Cheshire and Merseyside". */
      name: text(),
      /** The ODS code of the region the ICB is in. */
      regionId: regionIdSchema(),
      /** Its ODS codes, each with the days it held it; empty while none is public. */
      odsCodes: k.list(icbOdsCodeSchema()).readonly(),
      /** ONS (GSS) codes by vintage (the ONS product of that year, as at April), e.g. `{ ICB23: "E54000008" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E54', /^ICB\d\d$/, 'ICB23'),
      ...period(),
      /** The ICB versions whose area passed to this one on `validFrom`. */
      predecessors: k.list(predecessorSchema()).readonly().default([]),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, ICB_FACTS, ['predecessors']),
    })
    .readonly(),
);

export const allianceMemberSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The id of the member ICB (version). */
      icbId: icbIdSchema(),
      /** True when only part of the ICB's area belongs to the alliance. */
      partial: z.boolean(),
      ...period(),
      /** How sure the membership is. */
      certainty: certaintySchema(),
      /** The ids of its sources. */
      sources: k.list(sourceIdSchema()).readonly(),
      /** What part, or why it is uncertain. */
      note: text().optional(),
    })
    .readonly(),
);

export const allianceSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable internal id, e.g. `swag`. */
      id: allianceIdSchema(),
      /** The common name, e.g. "Wessex Cancer Alliance". */
      name: text(),
      /** ONS names by vintage, e.g. `{ CAL21: "Humber, Coast and Vale" }`. */
      onsNames: k
        .record(z.string().regex(/^CAL\d\d$/, 'vintage must look like "CAL24"'), text())
        .readonly()
        .default({}),
      /** The ODS code of its hosting (primary) region. */
      regionId: regionIdSchema(),
      ...period(),
      /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E56', /^CAL\d\d$/, 'CAL24'),
      /** The alliances whose area passed to this one on `validFrom`. */
      predecessors: k.list(predecessorSchema()).readonly().default([]),
      /** The member ICBs over time, some only in part, each membership dated and sourced. */
      members: k.list(allianceMemberSchema(k), 1, 'an alliance needs at least one member ICB').readonly(),
      /** Notes for readers, such as a second region covered. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, ALLIANCE_FACTS, ['predecessors']),
    })
    .readonly(),
);

export const plannedChangeSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable id of the planned change, e.g. `icb-mergers-2027`. */
      id: z.string().regex(KEBAB_CASE, 'planned change id must be kebab-case'),
      /** Always `planned`: announced, not yet in force, and not yet in the data as regions, ICBs or alliances. */
      status: z.literal('planned'),
      /** What is to change, in a sentence. */
      summary: text(),
      /** The day it is expected to take effect (ISO date), after the data's `asAt`. */
      expectedFrom: isoDate(),
      /** The regions, ICBs or alliances it is expected to change, by id. */
      affects: k.list(z.string().regex(KEBAB_CASE_OR_REGION, 'affects names region, ICB or alliance ids')).readonly().default([]),
      /** How sure it is that the change will happen as described. */
      certainty: certaintySchema(),
      /** The ids of its sources. */
      sources: k.list(sourceIdSchema()).readonly(),
      /** What is not known, such as names and codes. */
      notes: k.list(text()).readonly().default([]),
    })
    .readonly(),
);

export const organisationsDataSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** What the data is. */
      title: text(),
      /** The day the data was last checked against its sources (ISO date): a date after it may find changes the data lacks. */
      asAt: isoDate(),
      /** The sources the facts cite. */
      sources: k.list(dataSourceSchema(), 1).readonly(),
      /** The NHS England regions. */
      regions: k.list(regionSchema(k)).readonly(),
      /** The Integrated Care Boards, one entry per version (a change of area makes a new version). */
      icbs: k.list(icbSchema(k)).readonly(),
      /** The Cancer Alliances, over time. */
      alliances: k.list(allianceSchema(k)).readonly(),
      /** Announced changes not yet in force on `asAt`. */
      planned: k.list(plannedChangeSchema(k)).readonly().default([]),
    })
    .readonly(),
);

// ---------------------------------------------------------------------------------------------
// Rule sets: roles, responsibilities, accountability, parties and the governance rules, with their basis
// ---------------------------------------------------------------------------------------------

export const roleKindSchema = /* @__PURE__ */ lazy(() => z.literal(['body', 'group', 'person']));

export const roleScopeSchema = /* @__PURE__ */ lazy(() => z.literal(['national', 'regional', 'alliance', 'system', 'organisation']));

export const roleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The role's id: any kebab-case id the rule set declares, e.g. `regional-director`. */
      id: roleIdSchema(),
      /** The role's name, e.g. "Regional Director". */
      name: text(),
      /** Body, group or person. */
      kind: roleKindSchema(),
      /** Where the role acts; a regional role is resolved to a region, an alliance role to an alliance. */
      scope: roleScopeSchema(),
      /** The body a person or part belongs to (e.g. the Regional Director to the regional team). */
      partOf: roleIdSchema().optional(),
      /** What the role is, in one sentence. */
      summary: text().optional(),
      /** How sure the role is. */
      certainty: certaintySchema(),
      /** The ids of its sources. */
      sources: k.list(sourceIdSchema(), 1, 'give at least one source').readonly(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
    })
    .readonly(),
);

export const responsibilitySchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable id, e.g. `RT3`. */
      id: responsibilityIdSchema(),
      /** The roles the statement is about. */
      roleIds: k.list(roleIdSchema(), 1, 'name at least one role').readonly(),
      /** Other roles the statement names. */
      involves: k.list(roleIdSchema()).readonly().default([]),
      /** The section of the source. */
      section: text(),
      /** The phrases the source puts in bold; each appears in `text`. */
      emphasis: k.list(text()).readonly().default([]),
      /** The statement, as the source words it. */
      text: text(),
      /** Topic tags for search, e.g. `funding`. */
      topics: k.list(z.string().regex(KEBAB_CASE, 'topic must be kebab-case'), 1).readonly(),
      /** The id of its source. */
      source: sourceIdSchema(),
    })
    .readonly()
    .refine((r) => r.emphasis.every((phrase) => r.text.includes(phrase)), {
      error: 'each emphasised phrase must appear in the text',
      path: ['emphasis'],
    }),
);

export const accountabilityLineSchema = /* @__PURE__ */ lazy(() => z.literal(['transformation', 'operational']));

export const accountabilityRelationSchema = /* @__PURE__ */ lazy(() => z.literal(['accountable-to', 'constituent-of', 'officer-of', 'heads', 'works-through']));

export const accountabilityEdgeSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable id of the edge. */
      id: z.string().regex(KEBAB_CASE, 'edge id must be kebab-case'),
      /** The role that relates. */
      from: roleIdSchema(),
      /** The role it relates to. */
      to: roleIdSchema(),
      /** How they relate. */
      relation: accountabilityRelationSchema(),
      /** The line of accountability. */
      line: accountabilityLineSchema(),
      /** What the edge means. */
      description: text(),
      /** How sure the edge is. */
      certainty: certaintySchema(),
      /** The responsibilities it rests on. */
      basis: k.list(responsibilityIdSchema()).readonly().default([]),
      /** The ids of its sources. */
      sources: k.list(sourceIdSchema(), 1).readonly(),
      /** A note for readers. */
      note: text().optional(),
    })
    .readonly(),
);

const basisRoles = (k: SchemaKit) => ({
  /** The roles of the rule this basis covers; absent: all of them. */
  roles: k.list(roleIdSchema()).readonly().optional(),
});

export const ruleBasisSchema = /* @__PURE__ */ kitted((k) =>
  z.discriminatedUnion('kind', [
    z
      .strictObject({
        /** The seed (the 2019 roles paper) says it. */
        kind: z.literal('seed'),
        /** The responsibility statement quoted. */
        responsibility: responsibilityIdSchema(),
        /** The words of the statement that say it; they must appear in its text. */
        quote: text(),
        ...basisRoles(k),
      })
      .readonly(),
    z
      .strictObject({
        /** A public source says it. */
        kind: z.literal('public-source'),
        /** The sources, each with an address. */
        sources: k.list(sourceIdSchema(), 1, 'name at least one source').readonly(),
        /** The words that say it. */
        quote: text().optional(),
        ...basisRoles(k),
      })
      .readonly(),
    z
      .strictObject({
        /** It follows from what the seed or public sources say, which say it not in so many words. */
        kind: z.literal('inferred'),
        /** The responsibility statements it follows from. */
        responsibilities: k.list(responsibilityIdSchema()).readonly().default([]),
        /** The sources it follows from. */
        sources: k.list(sourceIdSchema()).readonly().default([]),
        /** How it follows. */
        note: text(),
        ...basisRoles(k),
      })
      .readonly(),
    z
      .strictObject({
        /** Ours: no source says it; the library assumes it so that the rule can be applied. */
        kind: z.literal('assumption'),
        /** What is assumed, and why. */
        note: text(),
        ...basisRoles(k),
      })
      .readonly(),
  ]),
);

const bases = (k: SchemaKit) => k.list(ruleBasisSchema(k), 1, 'give the basis of the rule').readonly();

export const roleRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The roles the rule names; `any`: the rule names none, so any role of the rule set may. */
      roles: z.union([z.literal('any'), z.array(roleIdSchema()).readonly()]),
      /** What the rule rests on: the seed's words, a public source, an inference, or an assumption of ours. */
      basis: bases(k),
    })
    .readonly(),
);

export const artefactKindSchema = /* @__PURE__ */ lazy(() => z.literal(['delivery-plan', 'funding-agreement']));

export const changeSignificanceSchema = /* @__PURE__ */ lazy(() => z.literal(['significant', 'minor']));

export const deliveryAssessmentSchema = /* @__PURE__ */ lazy(() => z.literal(['delivering', 'at-risk', 'not-delivering']));

export const artefactRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The roles that create and submit it. */
      preparedBy: roleRuleSchema(k),
      /** The roles whose signatures sign it off, resolved for the alliance (a list, never `any`). */
      signedBy: roleRuleSchema(k),
    })
    .readonly(),
);

export const changeRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The roles that may propose such a change. */
      proposedBy: roleRuleSchema(k),
      /** The roles that must agree it before it takes effect; an empty list: it takes effect at once. */
      agreedBy: roleRuleSchema(k),
    })
    .readonly(),
);

export const assuranceRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** How often alliances are reviewed, and why. */
      cadence: z.strictObject({ value: z.literal('quarterly'), basis: bases(k) }).readonly(),
      /** The roles that record reviews. */
      reviewsRecordedBy: roleRuleSchema(k),
      /** The roles that propose actions. */
      actionsProposedBy: roleRuleSchema(k),
      /** What a quarter's latest review must have found for actions to be proposed. */
      actionsWhere: z.strictObject({ assessments: k.list(deliveryAssessmentSchema(), 1).readonly(), basis: bases(k) }).readonly(),
      /** The roles that agree actions. */
      actionsAgreedBy: roleRuleSchema(k),
      /** The roles that apply an agreed hold on funding. */
      fundingHeldBackBy: roleRuleSchema(k),
    })
    .readonly(),
);

export const partyRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /**
       * Whom a regional role is for, for an alliance: `hosting-region` (the alliance's hosting region only) or
       * `each-region` (every region its area lies in: one signatory per region, and any of them may act).
       */
      regional: z.strictObject({ resolvesTo: z.literal(['hosting-region', 'each-region']), basis: bases(k) }).readonly(),
    })
    .readonly(),
);

export const ruleSetSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The rule set's id, e.g. `programme-2019`. */
      id: ruleSetIdSchema(),
      /** What the rule set is. */
      title: text(),
      /** The first day the rules apply (ISO date). */
      validFrom: isoDate(),
      /** The last day the rules apply (ISO date); absent while in force. */
      validTo: isoDate().optional(),
      /** What the dates rest on. */
      validity: bases(k),
      /** The sources its roles, responsibilities and rules cite. */
      sources: k.list(dataSourceSchema(), 1).readonly(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
      /** The roles it declares: every role its rules, responsibilities and accountability name. */
      roles: k.list(roleSchema(k), 1).readonly(),
      /** Its statements of who does what. */
      responsibilities: k.list(responsibilitySchema(k)).readonly().default([]),
      /** Its accountability graph. */
      accountability: z
        .strictObject({
          /** Notes on the model of accountability. */
          notes: k.list(text()).readonly().default([]),
          /** The edges of the graph. */
          edges: k.list(accountabilityEdgeSchema(k)).readonly().default([]),
        })
        .readonly()
        .default({ notes: [], edges: [] }),
      /** How its roles are resolved to parties (people and bodies for a place). */
      parties: partyRuleSchema(k),
      /** The rules for each kind of artefact. */
      artefacts: z
        .strictObject({
          /** The rules for delivery plans. */
          'delivery-plan': artefactRuleSchema(k),
          /** The rules for funding agreements. */
          'funding-agreement': artefactRuleSchema(k),
        })
        .readonly(),
      /** The rules for changes to signed-off plans. */
      changes: z
        .strictObject({
          /** The rules for significant changes. */
          significant: changeRuleSchema(k),
          /** The rules for minor changes. */
          minor: changeRuleSchema(k),
        })
        .readonly(),
      /** The rules for monitoring and assurance. */
      assurance: assuranceRuleSchema(k),
    })
    .readonly()
    .refine((set) => set.validTo === undefined || set.validTo >= set.validFrom, {
      error: 'validTo must not be before validFrom',
      path: ['validTo'],
    }),
);

// ---------------------------------------------------------------------------------------------
// Cancer standards and national targets
// ---------------------------------------------------------------------------------------------

export const measureSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The measure's id, e.g. `fds-28-day`; an outcome series names it as `measure`. */
      id: measureIdSchema(),
      /** Its name, e.g. "Faster Diagnosis Standard". */
      name: text(),
      /** What is counted, in a sentence. */
      definition: text(),
      /** Always `%`. */
      unit: z.literal('%'),
      /** Notes, such as changes of definition. */
      notes: k.list(text()).readonly().default([]),
    })
    .readonly(),
);

/** The facts a standard records, each with a certainty and sources. */
export const STANDARD_FACTS = ['value', 'period'] as const;

export const standardSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The stable id, e.g. `fds-77-by-march-2025`. */
      id: z.string().regex(KEBAB_CASE, 'standard id must be kebab-case'),
      /** The measure it applies to. */
      measure: measureIdSchema(),
      /**
       * `standard`: an operational (constitutional) standard; `target`: a dated target of planning guidance or a
       * national plan; `ambition`: a long-term national ambition.
       */
      kind: z.literal(['standard', 'target', 'ambition']),
      /** The share to reach or exceed, in percent. */
      threshold: z.number().min(0).max(100),
      /** The first day it applies (ISO date); absent: from before the data begins (`coverageFrom`). */
      validFrom: isoDate().optional(),
      /** The last day it applies (ISO date); absent: still in force. */
      validTo: isoDate().optional(),
      /** For a target, the day by which it is to be met (ISO date). */
      deadline: isoDate().optional(),
      /** The deadline as the source words it, e.g. "by March 2025". */
      deadlineText: text().optional(),
      /** The document that sets it, e.g. "2024/25 priorities and operational planning guidance". */
      setBy: text(),
      /** The source's words. */
      quote: text(),
      /** Notes, such as other wordings. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, STANDARD_FACTS),
    })
    .readonly(),
);

export const standardsDataSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** What the data is. */
      title: text(),
      /** The day the data was last checked against its sources (ISO date). */
      asAt: isoDate(),
      /** The first day the data covers (ISO date): a standard without `validFrom` was in force before it. */
      coverageFrom: isoDate(),
      /** The sources cited. */
      sources: k.list(dataSourceSchema(), 1).readonly(),
      /** The measures. */
      measures: k.list(measureSchema(k), 1).readonly(),
      /** The standards, targets and ambitions. */
      standards: k.list(standardSchema(k)).readonly(),
    })
    .readonly(),
);

export const financialYearSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .refine((label) => startYearOf(label) !== undefined, {
      error: 'a financial year is written "2023/24": a year, a slash and the last two digits of the next year',
    })
    .brand<'FinancialYear'>(),
);

export const quarterSchema = /* @__PURE__ */ lazy(() => z.literal(['Q1', 'Q2', 'Q3', 'Q4']));
