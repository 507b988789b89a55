// The zod schemas of framework files and the types they produce. The schemas are built by ./lazy-schema.ts, where
// the package's own code takes them from on first use; this module, which builds them all as it loads, is reached only
// by `cancer-alliance-framework/schemas` (and by type-only imports, which leave nothing at run time).
import type { z } from 'zod';
import {
  frameworkIdSchema,
  themeIdSchema,
  itemIdSchema,
  scaleIdSchema,
  roleIdSchema,
  supportEntrySchema,
  sourceSchema,
  provenanceSchema,
  levelSchema,
  nonScoringAnswerSchema,
  scaleSchema,
  conditionSchema,
  enablerSchema,
  themeSchema,
  idPatternsSchema,
  frameworkSchema,
  frameworkMappingSchema,
} from './lazy-schema.js';

/** Id of a framework, e.g. `effective-cancer-alliance`. */
export const FrameworkIdSchema = /* @__PURE__ */ frameworkIdSchema();
/** Id of a theme, e.g. `T1`. */
export const ThemeIdSchema = /* @__PURE__ */ themeIdSchema();
/** Id of an item (a Condition of Success or an Enabling Factor), e.g. `T1.C2`. */
export const ItemIdSchema = /* @__PURE__ */ itemIdSchema();
/** Id of a rating scale, e.g. `maturity-5`. */
export const ScaleIdSchema = /* @__PURE__ */ scaleIdSchema();
/** Id of a programme role, e.g. `regional-team`. */
export const RoleIdSchema = /* @__PURE__ */ roleIdSchema();

export type FrameworkId = z.output<typeof FrameworkIdSchema>;
export type ThemeId = z.output<typeof ThemeIdSchema>;
export type ItemId = z.output<typeof ItemIdSchema>;
export type ScaleId = z.output<typeof ScaleIdSchema>;
export type RoleId = z.output<typeof RoleIdSchema>;

/**
 * One entry of a theme's `supportedBy`: a role id alone (`regional-team`), or a role with the responsibility statement
 * of the programme by which it helps (`{ role: regional-team, responsibility: RT4 }`).
 */
export const SupportEntrySchema = /* @__PURE__ */ supportEntrySchema();
/** One entry of a theme's `supportedBy`: a `RoleId`, or `{ role, responsibility }`. Its role is `typeof entry === 'string' ? entry : entry.role`. */
export type SupportEntry = z.output<typeof SupportEntrySchema>;

/** A source that a framework's text draws on. */
export const SourceSchema = /* @__PURE__ */ sourceSchema();
export type Source = z.output<typeof SourceSchema>;

/** Who wrote a framework, from what, and with what standing. */
export const ProvenanceSchema = /* @__PURE__ */ provenanceSchema();
export type Provenance = z.output<typeof ProvenanceSchema>;

/** One ordered level of a rating scale. */
export const LevelSchema = /* @__PURE__ */ levelSchema();
export type Level = z.output<typeof LevelSchema>;

/** The wording of a non-scoring answer ("don't know", "not applicable"). */
export const NonScoringAnswerSchema = /* @__PURE__ */ nonScoringAnswerSchema();
export type NonScoringAnswer = z.output<typeof NonScoringAnswerSchema>;

/** A rating scale: ordered levels, lowest first, and the two non-scoring answers. */
export const ScaleSchema = /* @__PURE__ */ scaleSchema();
export type Scale = z.output<typeof ScaleSchema>;

/** A Condition of Success: a behaviour that shows the theme is in place (the "what"). */
export const ConditionSchema = /* @__PURE__ */ conditionSchema();
export type Condition = z.output<typeof ConditionSchema>;

/** An Enabling Factor: a feature that enables the behaviours (the "how"), with the conditions it supports. */
export const EnablerSchema = /* @__PURE__ */ enablerSchema();
export type Enabler = z.output<typeof EnablerSchema>;

/** A theme: what good looks like, its Conditions of Success and its Enabling Factors. */
export const ThemeSchema = /* @__PURE__ */ themeSchema();
export type Theme = z.output<typeof ThemeSchema>;

/**
 * Declared id patterns (regular expressions). In the item patterns, `{theme}` stands for the theme's id.
 */
export const IdPatternsSchema = /* @__PURE__ */ idPatternsSchema();
export type IdPatterns = z.output<typeof IdPatternsSchema>;

/** A whole framework file. The public type {@link Framework} is its output. */
export const FrameworkSchema = /* @__PURE__ */ frameworkSchema();

/** A validated framework: themes, items, scales, target and provenance. */
export type Framework = z.output<typeof FrameworkSchema>;
/** A framework as written in a file, before defaults are applied. */
export type FrameworkInput = z.input<typeof FrameworkSchema>;

/**
 * How the themes and items of one version of a framework continue in a later one: earlier id to later id, or null
 * when nothing continues it (the form `compareRounds` takes as `themeMapping` and `itemMapping`); the themes and items
 * new in the later version; and how each earlier item continues (`continuity`: `same`, `narrowed`, `reframed`,
 * `moved`, or, with no successor, `dropped`, `merged` or `split`).
 */
export const FrameworkMappingSchema = /* @__PURE__ */ frameworkMappingSchema();
/** How one version of a framework continues in a later one (docs/framework-format.md, "Mapping files"). */
export type FrameworkMapping = z.output<typeof FrameworkMappingSchema>;
/** A framework mapping as written in its file, before defaults are applied. */
export type FrameworkMappingInput = z.input<typeof FrameworkMappingSchema>;
