// The programme's bundled data as the constants of `cancer-alliance-framework/programme`. The package's own code takes
// the same data from getters that make and freeze it on first use (./organisations.generated.ts, …); this module,
// which makes it all as it loads, is reached only by the /programme entry point, never by the root.
import { bundledAccountabilityEdges, bundledAccountabilityNotes } from './accountability.js';
import { organisationsData } from './organisations.generated.js';
import { bundledResponsibilities, bundledRoles, bundledSources } from './roles.js';
import { bundledRuleSet } from './rules.js';
import type { AccountabilityEdge, DataSource, OrganisationsData, Responsibility, Role, RuleSet } from './schema.js';

/**
 * The bundled organisations reference data: every region, ICB version and Cancer Alliance over time, with dated
 * memberships, predecessors, announced changes (`planned`), the day it was last checked (`asAt`) and the sources its
 * facts rest on (compiled from framework-data/organisations.yaml).
 *
 * @example
 * ```ts
 * organisations.alliances.length; // 22: the 21 of 2020-2024 and the merged East of England
 * organisations.asAt; // '2026-12-04'
 * ```
 * @category Programme
 */
export const organisations: OrganisationsData = /* @__PURE__ */ organisationsData();

/**
 * The roles of the bundled rule set, `programme2019`, in its order: each with its kind (body, group, person), scope,
 * summary, certainty and sources. The alliance officers (Chair, Managing Director, Chief Medical Officer) cite the
 * North East London alliance's public page. Another rule set declares its own (`ruleSet.roles`).
 *
 * @example
 * ```ts
 * roles.find((role) => role.id === 'alliance-chair')?.sources; // ['paper-2019', 'nel-history']
 * ```
 * @category Programme
 */
export const roles: readonly Role[] = /* @__PURE__ */ bundledRoles();

/**
 * The statements of the 2019 paper about who does what, each with a stable id, its emphasised phrases and its text.
 *
 * @example
 * ```ts
 * responsibilities.find((r) => r.id === 'RT3')?.emphasis; // ['quarterly monitoring and assurance']
 * ```
 * @category Programme
 */
export const responsibilities: readonly Responsibility[] = /* @__PURE__ */ bundledResponsibilities();

/**
 * The sources that the roles, responsibilities, accountability graph and rule set cite, by id.
 *
 * @example
 * ```ts
 * programmeSources.find((source) => source.id === 'nel-history')?.url;
 * ```
 * @category Programme
 */
export const programmeSources: readonly DataSource[] = /* @__PURE__ */ bundledSources();

/**
 * The accountability graph of the 2019 paper: who is accountable to whom on each line, which bodies make
 * up an alliance, who heads which team, and how teams work through the Cancer Delivery Group.
 *
 * @example
 * ```ts
 * accountabilityEdges.filter((edge) => edge.line === 'operational').map((edge) => edge.from);
 * // ['provider', 'commissioner', 'stp-ics']
 * ```
 * @category Programme
 */
export const accountabilityEdges: readonly AccountabilityEdge[] = /* @__PURE__ */ bundledAccountabilityEdges();

/**
 * The paper's notes on its model of accountability.
 *
 * @example
 * ```ts
 * accountabilityNotes[0]; // 'This model of accountability applies to transformation and improvement activity …'
 * ```
 * @category Programme
 */
export const accountabilityNotes: readonly string[] = /* @__PURE__ */ bundledAccountabilityNotes();

/**
 * The rule set of the October 2019 roles and responsibilities paper: its roles, responsibilities, accountability and
 * parties, and its governance rules, each with its basis. Delivery plans signed by the Regional Director and the
 * National Cancer Director; funding agreements signed jointly by the regional team, the National Cancer Director and
 * the Alliance Chair; significant changes agreed by the Cancer Delivery Group; quarterly reviews recorded by the
 * regional and national teams, actions proposed by the regional team where an alliance is not delivering, and agreed by
 * the Cancer Delivery Group. Dated 1 October 2019 (inferred) to 31 March 2024 (our assumption); pass another rule set
 * as `options.ruleSet` to replace it.
 *
 * @example
 * ```ts
 * programme2019.artefacts['delivery-plan'].signedBy.roles; // ['regional-director', 'national-cancer-director']
 * programme2019.artefacts['delivery-plan'].signedBy.basis[0]?.kind; // 'seed'
 * ```
 * @category Programme
 */
export const programme2019: RuleSet = /* @__PURE__ */ bundledRuleSet();
