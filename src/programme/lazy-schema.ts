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
  z
    .string()
    .regex(/^Q[A-Z0-9]{2}$/, 'ICB id must be an ODS ICB code: "Q" and two capital letters or digits, e.g. "QYG"')
    .brand<'IcbId'>(),
);

export const sourceIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'source id must be kebab-case, e.g. "ons-cal24"').brand<'SourceId'>());

export const responsibilityIdSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .regex(/^[A-Z]+\d+$/, 'responsibility id must be capital letters then digits, e.g. "RT3"')
    .brand<'ResponsibilityId'>(),
);

export const ruleSetIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'rule set id must be kebab-case, e.g. "programme-2019"').brand<'RuleSetId'>());

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
      /** Where to read it. */
      url: z.url().optional(),
      /** What it says that matters here. */
      note: text().optional(),
    })
    .readonly(),
);

const factKey = (facts: readonly string[]) =>
  z.string().regex(new RegExp(`^(?:${facts.join('|')})(?:\\.[A-Za-z0-9-]+)?$`), `fact must be one of ${facts.join(', ')}, optionally with ".detail"`);

const factRecords = (k: SchemaKit, facts: readonly string[]) => ({
  /** How sure the facts are, by fact name (e.g. `members`, `onsCodes.NHSER20`). */
  certainty: k
    .record(factKey(facts), certaintySchema())
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      error: `give a certainty for each of: ${facts.join(', ')}`,
    }),
  /** The ids of the sources of each fact, by fact name. */
  sources: k
    .record(factKey(facts), k.list(sourceIdSchema()).readonly())
    .readonly()
    .refine((record) => facts.every((fact) => fact in record), {
      error: `give the sources (possibly an empty list) for each of: ${facts.join(', ')}`,
    }),
});

/** The facts a region records, each with a certainty and sources. */
export const REGION_FACTS = ['name', 'onsCodes', 'validity'] as const;

/** The facts an ICB records, each with a certainty and sources. */
export const ICB_FACTS = ['name', 'region', 'onsCodes', 'validity'] as const;

/** The facts an alliance records, each with a certainty and sources. */
export const ALLIANCE_FACTS = ['name', 'region', 'validity', 'onsCodes', 'members'] as const;

export const regionSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The ODS code, e.g. `Y56`. */
      id: regionIdSchema(),
      /** The region's name, e.g. "London". */
      name: text(),
      /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E40', /^NHSER\d\d$/, 'NHSER24'),
      /** The first day it is in force (ISO date). */
      validFrom: isoDate(),
      /** The last day it is in force (ISO date); absent while still in force. */
      validTo: isoDate().optional(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, REGION_FACTS),
    })
    .readonly(),
);

export const icbSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The ODS code, e.g. `QYG`. */
      id: icbIdSchema(),
      /** The ICB's short name, e.g. "Cheshire and Merseyside". */
      name: text(),
      /** The ODS code of the region the ICB is in. */
      regionId: regionIdSchema(),
      /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E54', /^ICB\d\d$/, 'ICB23'),
      /** The first day it is in force (ISO date). */
      validFrom: isoDate(),
      /** The last day it is in force (ISO date); absent while still in force. */
      validTo: isoDate().optional(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, ICB_FACTS),
    })
    .readonly(),
);

export const allianceMemberSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      /** The ODS code of the member ICB. */
      icbId: icbIdSchema(),
      /** True when only part of the ICB's area belongs to the alliance. */
      partial: z.boolean(),
      /** How sure the membership is. */
      certainty: certaintySchema(),
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
      /** The first day it is in force (ISO date). */
      validFrom: isoDate(),
      /** The last day it is in force (ISO date); absent while still in force. */
      validTo: isoDate().optional(),
      /** ONS (GSS) codes by vintage, e.g. `{ CAL24: "E56000035" }`; absent vintages were not found. */
      onsCodes: onsCodes(k, 'E56', /^CAL\d\d$/, 'CAL24'),
      /** The member ICBs, some only in part. */
      members: k.list(allianceMemberSchema(), 1, 'an alliance needs at least one member ICB').readonly(),
      /** Notes for readers, such as a second region covered. */
      notes: k.list(text()).readonly().default([]),
      ...factRecords(k, ALLIANCE_FACTS),
    })
    .readonly(),
);

export const organisationsDataSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** What the data is. */
      title: text(),
      /** The day the data was last checked (ISO date). */
      asAt: isoDate(),
      /** The sources the facts cite. */
      sources: k.list(dataSourceSchema(), 1).readonly(),
      /** The NHS England regions. */
      regions: k.list(regionSchema(k)).readonly(),
      /** The Integrated Care Boards. */
      icbs: k.list(icbSchema(k)).readonly(),
      /** The Cancer Alliances, over time. */
      alliances: k.list(allianceSchema(k)).readonly(),
    })
    .readonly(),
);

export const roleKindSchema = /* @__PURE__ */ lazy(() => z.literal(['body', 'group', 'person']));

export const roleScopeSchema = /* @__PURE__ */ lazy(() => z.literal(['national', 'regional', 'alliance', 'system', 'organisation']));

export const roleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The role id, one of `ROLE_IDS`. */
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
      /** The section of the paper. */
      section: text(),
      /** The phrases the paper puts in bold; each appears in `text`. */
      emphasis: k.list(text()).readonly().default([]),
      /** The statement, as the paper words it. */
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

export const artefactKindSchema = /* @__PURE__ */ lazy(() => z.literal(['delivery-plan', 'funding-agreement']));

export const changeSignificanceSchema = /* @__PURE__ */ lazy(() => z.literal(['significant', 'minor']));

const roleList = (k: SchemaKit, what: string) => k.list(roleIdSchema(), 1, `name at least one role that ${what}`).readonly();

const basisFields = /* @__PURE__ */ kitted((k) => ({
  /** The responsibilities the rule rests on. */
  basis: k.list(responsibilityIdSchema()).readonly().default([]),
  /** How sure the rule is. */
  certainty: certaintySchema(),
  /** A note for readers, such as what is inferred. */
  note: text().optional(),
}));

export const artefactRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The roles that create and submit it. */
      preparedBy: roleList(k, 'prepares it'),
      /** The roles whose signatures sign it off, resolved for the alliance. */
      signedBy: roleList(k, 'signs it'),
      ...basisFields(k),
    })
    .readonly(),
);

export const changeRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** The roles that may propose such a change. */
      proposedBy: roleList(k, 'proposes it'),
      /** The roles that must agree it before it takes effect; none: it takes effect at once. */
      agreedBy: k.list(roleIdSchema()).readonly(),
      ...basisFields(k),
    })
    .readonly(),
);

export const assuranceRuleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** How often alliances are reviewed. */
      cadence: z.literal('quarterly'),
      /** The roles that record quarterly reviews. */
      reviewsRecordedBy: roleList(k, 'records reviews'),
      /** The roles that propose actions. */
      actionsProposedBy: roleList(k, 'proposes actions'),
      /** The roles that agree actions. */
      actionsAgreedBy: roleList(k, 'agrees actions'),
      /** The roles that apply an agreed hold on funding. */
      fundingHeldBackBy: roleList(k, 'applies an agreed hold on funding'),
      ...basisFields(k),
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
      /** How sure the rules are. */
      certainty: certaintySchema(),
      /** The ids of its sources. */
      sources: k.list(sourceIdSchema(), 1).readonly(),
      /** Notes for readers, such as caveats. */
      notes: k.list(text()).readonly().default([]),
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
      /** The rules for quarterly monitoring and assurance. */
      assurance: assuranceRuleSchema(k),
    })
    .readonly()
    .refine((set) => set.validTo === undefined || set.validTo >= set.validFrom, {
      error: 'validTo must not be before validFrom',
      path: ['validTo'],
    }),
);

export const programmeDataSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      /** What the data is. */
      title: text(),
      /** The sources cited. */
      sources: k.list(dataSourceSchema(), 1).readonly(),
      /** The programme roles. */
      roles: k.list(roleSchema(k), 1).readonly(),
      /** The paper's statements of who does what. */
      responsibilities: k.list(responsibilitySchema(k)).readonly(),
      /** The accountability graph. */
      accountability: z
        .strictObject({
          /** The paper's notes on accountability. */
          notes: k.list(text()).readonly().default([]),
          /** The edges of the graph. */
          edges: k.list(accountabilityEdgeSchema(k)).readonly(),
        })
        .readonly(),
      /** The governance rule set. */
      ruleSet: ruleSetSchema(k),
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
