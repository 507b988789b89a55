import { z } from 'zod';

/** Generic shape of every id in a framework file, before any declared pattern applies. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const text = z.string().trim().min(1, 'must not be empty');
const id = (name: string) =>
  z.string().regex(ID_SHAPE, `${name} must start with a letter or digit and hold only letters, digits, '.', '_' or '-'`);

/** Id of a framework, e.g. `effective-cancer-alliance`. */
export const FrameworkIdSchema = z.string().regex(KEBAB_CASE, 'framework id must be kebab-case, e.g. "effective-cancer-alliance"').brand<'FrameworkId'>();
/** Id of a theme, e.g. `T1`. */
export const ThemeIdSchema = id('theme id').brand<'ThemeId'>();
/** Id of an item (a Condition of Success or an Enabling Factor), e.g. `T1.C2`. */
export const ItemIdSchema = id('item id').brand<'ItemId'>();
/** Id of a rating scale, e.g. `maturity-5`. */
export const ScaleIdSchema = id('scale id').brand<'ScaleId'>();
/** Id of a programme role, e.g. `regional-team`. */
export const RoleIdSchema = z.string().regex(KEBAB_CASE, 'role id must be kebab-case, e.g. "regional-team"').brand<'RoleId'>();

export type FrameworkId = z.output<typeof FrameworkIdSchema>;
export type ThemeId = z.output<typeof ThemeIdSchema>;
export type ItemId = z.output<typeof ItemIdSchema>;
export type ScaleId = z.output<typeof ScaleIdSchema>;
export type RoleId = z.output<typeof RoleIdSchema>;

/** A source that a framework's text draws on. */
export const SourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'a source url must be an http or https address' }).optional(),
  note: text.optional(),
}).readonly();
export type Source = z.output<typeof SourceSchema>;

/** Who wrote a framework, from what, and with what standing. */
export const ProvenanceSchema = z.strictObject({
  author: text,
  status: z.enum(['official', 'reference', 'draft', 'local']),
  statement: text,
  sources: z.array(SourceSchema).readonly().default([]),
  licence: text.optional(),
}).readonly();
export type Provenance = z.output<typeof ProvenanceSchema>;

/** One ordered level of a rating scale. */
export const LevelSchema = z.strictObject({
  value: z.number().int('a level value must be a whole number'),
  label: text,
  descriptor: text,
}).readonly();
export type Level = z.output<typeof LevelSchema>;

/** The wording of a non-scoring answer ("don't know", "not applicable"). */
export const NonScoringAnswerSchema = z.strictObject({
  label: text,
  descriptor: text,
}).readonly();
export type NonScoringAnswer = z.output<typeof NonScoringAnswerSchema>;

/** A rating scale: ordered levels, lowest first, and the two non-scoring answers. */
export const ScaleSchema = z.strictObject({
  id: ScaleIdSchema,
  title: text,
  levels: z.array(LevelSchema).min(2, 'a scale needs at least two levels').readonly(),
  dontKnow: NonScoringAnswerSchema.default({ label: "Don't know", descriptor: 'I do not know enough to rate this.' }),
  notApplicable: NonScoringAnswerSchema.default({
    label: 'Not applicable',
    descriptor: 'This does not apply to our alliance.',
  }),
}).readonly();
export type Scale = z.output<typeof ScaleSchema>;

/** A Condition of Success: a behaviour that shows the theme is in place (the "what"). */
export const ConditionSchema = z.strictObject({
  id: ItemIdSchema,
  text,
  weight: z.number().positive('a weight must be greater than 0').finite().default(1),
}).readonly();
export type Condition = z.output<typeof ConditionSchema>;

/** An Enabling Factor: a feature that enables the behaviours (the "how"), with the conditions it supports. */
export const EnablerSchema = z.strictObject({
  id: ItemIdSchema,
  text,
  weight: z.number().positive('a weight must be greater than 0').finite().default(1),
  enables: z.array(ItemIdSchema).readonly().default([]),
}).readonly();
export type Enabler = z.output<typeof EnablerSchema>;

/** A theme: what good looks like, its Conditions of Success and its Enabling Factors. */
export const ThemeSchema = z.strictObject({
  id: ThemeIdSchema,
  title: text,
  whatGoodLooksLike: text,
  scale: ScaleIdSchema.optional(),
  conditionsOfSuccess: z.array(ConditionSchema).readonly(),
  enablingFactors: z.array(EnablerSchema).readonly(),
  supportedBy: z.array(RoleIdSchema).readonly().default([]),
}).readonly();
export type Theme = z.output<typeof ThemeSchema>;

/**
 * Declared id patterns (regular expressions). In the item patterns, `{theme}` stands for the theme's id.
 */
export const IdPatternsSchema = z.strictObject({
  theme: text.optional(),
  conditionOfSuccess: text.optional(),
  enablingFactor: text.optional(),
}).readonly();
export type IdPatterns = z.output<typeof IdPatternsSchema>;

/** A whole framework file. The public type {@link Framework} is its output. */
export const FrameworkSchema = z.strictObject({
  $schema: z.string().optional(),
  id: FrameworkIdSchema,
  version: z.string().regex(SEMVER, 'version must be semantic, e.g. "1.0.0"'),
  title: text,
  description: text.optional(),
  provenance: ProvenanceSchema,
  idPatterns: IdPatternsSchema.optional(),
  scales: z.array(ScaleSchema).min(1, 'a framework needs at least one scale').readonly(),
  defaultScale: ScaleIdSchema.optional(),
  defaultTarget: z.number(),
  themes: z.array(ThemeSchema).min(1, 'a framework needs at least one theme').readonly(),
}).readonly();

/** A validated framework: themes, items, scales, target and provenance. */
export type Framework = z.output<typeof FrameworkSchema>;
/** A framework as written in a file, before defaults are applied. */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
