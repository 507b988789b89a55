// The zod schemas of framework files, each built on its first use (src/internal/lazy.ts), so that importing the
// package builds none of them and a bundle of a function that parses nothing holds no zod. The public schemas
// (`FrameworkSchema`, … in ./schema.ts, exported by `cancer-alliance-framework/schemas`) are these, built. A schema
// that holds lists is built per kit (src/internal/schema-kit.ts): `frameworkSchema()` is the public one,
// `frameworkSchema(READING_KIT)` the one parseFramework reads untrusted files with.
import { z } from 'zod';
import { lazy } from '../internal/lazy.js';
import { kitted } from '../internal/schema-kit.js';

/** Generic shape of every id in a framework file, before any declared pattern applies. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const text = /* @__PURE__ */ lazy(() => z.string().trim().min(1, 'must not be empty'));

/**
 * The largest weight: far beyond any real weighting, and small enough that no sum of weights times scores can reach
 * Infinity (which would make a score NaN).
 */
export const MAX_WEIGHT = 1_000_000;

const weight = () => z.number().positive('a weight must be greater than 0').max(MAX_WEIGHT, 'a weight must be at most 1,000,000').default(1);

const id = (name: string) => z.string().regex(ID_SHAPE, `${name} must start with a letter or digit and hold only letters, digits, '.', '_' or '-'`);

export const frameworkIdSchema = /* @__PURE__ */ lazy(() =>
  z.string().regex(KEBAB_CASE, 'framework id must be kebab-case, e.g. "effective-cancer-alliance"').brand<'FrameworkId'>(),
);

export const themeIdSchema = /* @__PURE__ */ lazy(() => id('theme id').brand<'ThemeId'>());

export const itemIdSchema = /* @__PURE__ */ lazy(() => id('item id').brand<'ItemId'>());

export const scaleIdSchema = /* @__PURE__ */ lazy(() => id('scale id').brand<'ScaleId'>());

export const roleIdSchema = /* @__PURE__ */ lazy(() => z.string().regex(KEBAB_CASE, 'role id must be kebab-case, e.g. "regional-team"').brand<'RoleId'>());

// The id of a responsibility statement of the programme, as the programme's own schema writes it (capitals, then
// digits) and with the same brand, so that its type is the programme's ResponsibilityId: the framework sits below the
// programme and cannot import it.
const responsibilityIdSchema = /* @__PURE__ */ lazy(() =>
  z
    .string()
    .regex(/^[A-Z]+\d+$/, 'responsibility id must be capital letters then digits, e.g. "RT4"')
    .brand<'ResponsibilityId'>(),
);

export const supportEntrySchema = /* @__PURE__ */ lazy(() =>
  z.union([
    roleIdSchema(),
    z
      .strictObject({
        role: roleIdSchema(),
        responsibility: responsibilityIdSchema(),
      })
      .readonly(),
  ]),
);

export const sourceSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      title: text(),
      url: z.url({ protocol: /^https?$/, error: 'a source url must be an http or https address' }).optional(),
      note: text().optional(),
    })
    .readonly(),
);

export const provenanceSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      author: text(),
      status: z.enum(['official', 'reference', 'draft', 'local']),
      statement: text(),
      sources: k.list(sourceSchema()).readonly().default([]),
      licence: text().optional(),
    })
    .readonly(),
);

export const levelSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      value: z.number().int('a level value must be a whole number'),
      label: text(),
      descriptor: text(),
    })
    .readonly(),
);

export const nonScoringAnswerSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      label: text(),
      descriptor: text(),
    })
    .readonly(),
);

export const scaleSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      id: scaleIdSchema(),
      title: text(),
      levels: k.list(levelSchema(), 2, 'a scale needs at least two levels').readonly(),
      dontKnow: nonScoringAnswerSchema().default({ label: "Don't know", descriptor: 'I do not know enough to rate this.' }),
      notApplicable: nonScoringAnswerSchema().default({
        label: 'Not applicable',
        descriptor: 'This does not apply to our alliance.',
      }),
    })
    .readonly(),
);

export const conditionSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      id: itemIdSchema(),
      text: text(),
      weight: weight(),
    })
    .readonly(),
);

export const enablerSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      id: itemIdSchema(),
      text: text(),
      weight: weight(),
      enables: k.list(itemIdSchema()).readonly().default([]),
    })
    .readonly(),
);

export const themeSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      id: themeIdSchema(),
      title: text(),
      whatGoodLooksLike: text(),
      scale: scaleIdSchema().optional(),
      conditionsOfSuccess: k.list(conditionSchema()).readonly(),
      enablingFactors: k.list(enablerSchema(k)).readonly(),
      supportedBy: k.list(supportEntrySchema()).readonly().default([]),
    })
    .readonly(),
);

export const idPatternsSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      theme: text().optional(),
      conditionOfSuccess: text().optional(),
      enablingFactor: text().optional(),
    })
    .readonly(),
);

export const frameworkSchema = /* @__PURE__ */ kitted((k) =>
  z
    .strictObject({
      $schema: z.string().optional(),
      id: frameworkIdSchema(),
      version: z.string().regex(SEMVER, 'version must be semantic, e.g. "1.0.0"'),
      title: text(),
      description: text().optional(),
      provenance: provenanceSchema(k),
      idPatterns: idPatternsSchema().optional(),
      scales: k.list(scaleSchema(k), 1, 'a framework needs at least one scale').readonly(),
      defaultScale: scaleIdSchema().optional(),
      defaultTarget: z.number(),
      themes: k.list(themeSchema(k), 1, 'a framework needs at least one theme').readonly(),
    })
    .readonly(),
);

const versionRefSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      id: frameworkIdSchema(),
      version: z.string().regex(SEMVER, 'version must be semantic, e.g. "1.0.0"'),
    })
    .readonly(),
);

const idMappingSchema = (name: string) => z.record(id(`${name} id`), id(`${name} id`).nullable()).readonly();

const idListSchema = (name: string) => z.array(id(`${name} id`)).readonly();

export const frameworkMappingSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      from: versionRefSchema(),
      to: versionRefSchema(),
      themeMapping: idMappingSchema('theme'),
      newThemes: idListSchema('theme').default([]),
      itemMapping: idMappingSchema('item'),
      continuity: z
        .strictObject({
          same: idListSchema('item').default([]),
          narrowed: idListSchema('item').default([]),
          reframed: idListSchema('item').default([]),
          moved: idListSchema('item').default([]),
          dropped: idListSchema('item').default([]),
          merged: idListSchema('item').default([]),
          split: idListSchema('item').default([]),
        })
        .readonly(),
      newItems: idListSchema('item').default([]),
    })
    .readonly(),
);
