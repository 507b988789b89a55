// Compiles framework-data/organisations.yaml, framework-data/programme-2019.yaml and framework-data/standards.yaml into TypeScript modules,
// so that the programme model loads with no YAML parser and no file system at run time (the core runs in
// browsers). Each file is parsed and cross-checked with the schemas of src/programme first.
// Run with `npm run generate` (npx tsx .ci/generate-programme.ts); test/programme/generated.test.ts fails
// if the outputs are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOrganisations, parseRuleSet, parseStandards } from '../src/programme/parse.js';
import type { OrganisationsData, RuleSet, StandardsData } from '../src/programme/schema.js';

export const ORGANISATIONS_SOURCE = 'framework-data/organisations.yaml';
export const PROGRAMME_SOURCE = 'framework-data/programme-2019.yaml';
export const ORGANISATIONS_MODULE = 'src/programme/organisations.generated.ts';
export const PROGRAMME_MODULE = 'src/programme/programme-2019.generated.ts';
export const STANDARDS_SOURCE = 'framework-data/standards.yaml';
export const STANDARDS_MODULE = 'src/programme/standards.generated.ts';
export const ALLIANCE_NAMES_MODULE = 'src/programme/alliance-names.generated.ts';

function header(source: string): string {
  return `// generated from ${source}; do not edit; run npm run generate (.ci/generate-programme.ts)\n`;
}

/** The text of src/programme/organisations.generated.ts for validated organisations data. */
export function renderOrganisationsModule(data: OrganisationsData): string {
  return `${header(ORGANISATIONS_SOURCE)}import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { OrganisationIndex, OrganisationsData, OrganisationsDataInput } from './schema.js';

/**
 * The regions, ICBs and Cancer Alliances of ${ORGANISATIONS_SOURCE}, validated at build time;
 * made and frozen on first use, so that importing the package does neither.
 */
export const organisationsData = /* @__PURE__ */ lazy(
  (): OrganisationsData =>
    deepFreeze(
      ${JSON.stringify(data, null, 2).replace(/\n/g, '\n      ')} as const satisfies OrganisationsDataInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as OrganisationsData,
);

/**
 * A slim index of the data: its as-at day and announced changes, the names of the regions and ICB versions, and each
 * alliance's name, hosting region, days in force and the regions of its memberships (with their days). The analyses,
 * reports and governance steps need no more, so a bundle that uses only this leaves the rest of the data (its sources,
 * notes and codes) out.
 */
export const organisationIndex = /* @__PURE__ */ lazy(
  (): OrganisationIndex =>
    deepFreeze({
      asAt: ${JSON.stringify(data.asAt)},
      planned: ${JSON.stringify(data.planned.map((change) => ({ summary: change.summary, expectedFrom: change.expectedFrom, certainty: change.certainty })))},
      regions: ${JSON.stringify(Object.fromEntries(data.regions.map((region) => [region.id, region.name])))},
      icbs: ${JSON.stringify(Object.fromEntries(data.icbs.map((icb) => [icb.id, icb.name])))},
      alliances: ${JSON.stringify(
        Object.fromEntries(
          data.alliances.map((alliance) => [
            alliance.id,
            {
              name: alliance.name,
              regionId: alliance.regionId,
              validFrom: alliance.validFrom,
              validTo: alliance.validTo ?? null,
              memberRegions: alliance.members.map((member) => ({
                regionId: data.icbs.find((icb) => icb.id === member.icbId)?.regionId ?? alliance.regionId,
                validFrom: member.validFrom,
                validTo: member.validTo ?? null,
              })),
            },
          ]),
        ),
      )},
    }),
);
`;
}

/**
 * The text of src/programme/alliance-names.generated.ts: each alliance's id, names and dates only, so that checking
 * the organisations of survey answers does not bundle the whole organisations data (sources, ICBs, notes).
 */
export function renderAllianceNamesModule(data: OrganisationsData): string {
  const alliances = data.alliances.map((alliance) => ({
    id: alliance.id,
    names: [alliance.name, ...Object.values(alliance.onsNames)],
    validFrom: alliance.validFrom,
    ...(alliance.validTo === undefined ? {} : { validTo: alliance.validTo }),
  }));
  return `${header(ORGANISATIONS_SOURCE)}
/** The as-at date of ${ORGANISATIONS_SOURCE}. */
export const allianceNamesAsAt = ${JSON.stringify(data.asAt)};

/** Each Cancer Alliance of ${ORGANISATIONS_SOURCE}: its id, its names (name, then ONS names) and its dates. */
export const allianceNames: readonly { readonly id: string; readonly names: readonly string[]; readonly validFrom: string; readonly validTo?: string }[] = ${JSON.stringify(alliances, null, 2)};
`;
}

/** The text of src/programme/programme-2019.generated.ts for a validated rule set. */
export function renderProgrammeModule(data: RuleSet): string {
  return `${header(PROGRAMME_SOURCE)}import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { RuleSet, RuleSetInput } from './schema.js';

/**
 * The rule set of ${PROGRAMME_SOURCE}: its roles, responsibilities, accountability graph, parties and rules,
 * validated at build time; made and frozen on first use, so that importing the package does neither.
 */
export const programme2019Data = /* @__PURE__ */ lazy(
  (): RuleSet =>
    deepFreeze(
      ${JSON.stringify(data, null, 2).replace(/\n/g, '\n      ')} as const satisfies RuleSetInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as RuleSet,
);
`;
}

/** The text of src/programme/standards.generated.ts for validated standards data. */
export function renderStandardsModule(data: StandardsData): string {
  return `${header(STANDARDS_SOURCE)}import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { StandardsData, StandardsDataInput } from './schema.js';

/**
 * The cancer waiting-time standards, targets and ambitions of ${STANDARDS_SOURCE}, validated at build time;
 * made and frozen on first use, so that importing the package does neither.
 */
export const standardsData = /* @__PURE__ */ lazy(
  (): StandardsData =>
    deepFreeze(
      ${JSON.stringify(data, null, 2).replace(/\n/g, '\n      ')} as const satisfies StandardsDataInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as StandardsData,
);

/** The ids of the measures alone, so that checking an outcome series' measure leaves the rest of the data out. */
export const measureIds = /* @__PURE__ */ lazy((): readonly string[] => deepFreeze(${JSON.stringify(data.measures.map((measure) => measure.id))}));
`;
}

/** Parses the three data files from a repository root and renders their modules. */
export function generateProgrammeModules(root: string): {
  readonly organisations: string;
  readonly programme: string;
  readonly standards: string;
  readonly allianceNames: string;
} {
  const organisations = parseOrganisations(readFileSync(resolve(root, ORGANISATIONS_SOURCE), 'utf8'), { file: ORGANISATIONS_SOURCE });
  const programme = parseRuleSet(readFileSync(resolve(root, PROGRAMME_SOURCE), 'utf8'), { file: PROGRAMME_SOURCE });
  const standards = parseStandards(readFileSync(resolve(root, STANDARDS_SOURCE), 'utf8'), { file: STANDARDS_SOURCE });
  return {
    organisations: renderOrganisationsModule(organisations),
    programme: renderProgrammeModule(programme),
    standards: renderStandardsModule(standards),
    allianceNames: renderAllianceNamesModule(organisations),
  };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const root = process.cwd();
  const modules = generateProgrammeModules(root);
  writeFileSync(resolve(root, ORGANISATIONS_MODULE), modules.organisations);
  writeFileSync(resolve(root, PROGRAMME_MODULE), modules.programme);
  writeFileSync(resolve(root, STANDARDS_MODULE), modules.standards);
  writeFileSync(resolve(root, ALLIANCE_NAMES_MODULE), modules.allianceNames);
}
