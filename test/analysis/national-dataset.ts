/**
 * The hand-worked national dataset of docs/analysis.md: six alliances (a to f) in three regions, on the
 * mini framework (two themes, target 4). The outcome figures are invented for the example.
 */
import type { OutcomeSeries, RegionName, RegionOf, RoleLookup } from '../../src/analysis/index.js';
import { makeAssessmentScores, makeOrganisationScore, miniFramework, miniItems } from './fixtures.js';

export const framework = miniFramework;

//                                        T1: C1 C2 E1 E2      T2: C1 C2 E1 E2
export const a = makeOrganisationScore(framework, 'a', miniItems({ T1: [4, 4, 4, 4], T2: [2, 3, 2, 2] }));
export const b = makeOrganisationScore(framework, 'b', miniItems({ T1: [3, 3, 4, 4], T2: [3, 4, 2, 3] }));
export const c = makeOrganisationScore(framework, 'c', miniItems({ T1: [2, 2, 2, 2], T2: [5, 5, 5, 5] }));
export const d = makeOrganisationScore(framework, 'd', miniItems({ T1: [4, 5, 3, 2], T2: [2, 2, 2, 2] }));
export const e = makeOrganisationScore(framework, 'e', miniItems({ T1: [5, 5, 5, 5], T2: [4, 4, 4, 4] }));
// f answered one T2 item of four: coverage 1/4 < 0.5, so its T2 is insufficient.
export const f = makeOrganisationScore(framework, 'f', miniItems({ T1: [3, 2, 4, 3], T2: [3, null, null, null] }));

export const scores = makeAssessmentScores(framework, [a, b, c, d, e, f]);

const REGIONS: Readonly<Record<string, string>> = { a: 'NEY', b: 'NEY', c: 'NEY', d: 'SW', e: 'SW', f: 'LON' };
const REGION_NAMES: Readonly<Record<string, string>> = { NEY: 'North East and Yorkshire', SW: 'South West', LON: 'London' };

export const regionOf: RegionOf = (id) => REGIONS[id] ?? null;
export const regionName: RegionName = (id) => REGION_NAMES[id] ?? id;

export const roles: RoleLookup = (roleId) => {
  if (roleId === 'regional-team') {
    return {
      name: 'Regional team',
      responsibilities: [
        { id: 'RT1', phrase: 'Assure delivery', text: 'Assure delivery of the operational standards each quarter.' },
        { id: 'RT2', phrase: 'Agree plans', text: 'Agree each alliance plan and its vision with its partners.' },
      ],
    };
  }
  if (roleId === 'national-team') {
    return {
      name: 'National team',
      responsibilities: [
        { id: 'NT1', phrase: 'Set policy', text: 'Set national policy and guidance.' },
        { id: 'NT2', phrase: 'Provide data', text: 'Provide timely data and analysis to alliances.' },
      ],
    };
  }
  return null;
};

export const context = { framework, regionOf, regionName } as const;

/** Invented Faster Diagnosis Standard figures (%), for the worked example only. */
export const fds: OutcomeSeries = {
  name: 'Faster Diagnosis Standard',
  unit: '%',
  source: 'invented for the worked example',
  values: [
    { organisationId: 'a', value: 78 },
    { organisationId: 'b', value: 74 },
    { organisationId: 'c', value: 70 },
    { organisationId: 'd', value: 72 },
    { organisationId: 'e', value: 80 },
    { organisationId: 'f', value: 75 },
  ],
};
