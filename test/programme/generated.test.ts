import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLIANCE_NAMES_MODULE, ORGANISATIONS_MODULE, PROGRAMME_MODULE, STANDARDS_MODULE, generateProgrammeModules } from '../../.ci/generate-programme.js';
import { organisationsData } from '../../src/programme/organisations.generated.js';
import { programme2019Data } from '../../src/programme/programme-2019.generated.js';
import { standardsData } from '../../src/programme/standards.generated.js';
import { parseOrganisations, parseRuleSet } from '../../src/programme/index.js';
import { parseStandards } from '../../src/programme/parse.js';

describe('the generated modules', () => {
  it('equal a fresh parse of the YAML', { timeout: 60_000 }, () => {
    expect(organisationsData()).toEqual(parseOrganisations(readFileSync('framework-data/organisations.yaml', 'utf8')));
    expect(programme2019Data()).toEqual(parseRuleSet(readFileSync('framework-data/programme-2019.yaml', 'utf8')));
    expect(standardsData()).toEqual(parseStandards(readFileSync('framework-data/standards.yaml', 'utf8')));
  });

  it('are exactly what the generator writes now (run npm run generate if this fails)', { timeout: 60_000 }, () => {
    const fresh = generateProgrammeModules(process.cwd());
    expect(readFileSync(ORGANISATIONS_MODULE, 'utf8')).toBe(fresh.organisations);
    expect(readFileSync(PROGRAMME_MODULE, 'utf8')).toBe(fresh.programme);
    expect(readFileSync(STANDARDS_MODULE, 'utf8')).toBe(fresh.standards);
    expect(readFileSync(ALLIANCE_NAMES_MODULE, 'utf8')).toBe(fresh.allianceNames);
  });

  it('say where they come from and not to edit them', () => {
    expect(readFileSync(ORGANISATIONS_MODULE, 'utf8').split('\n')[0]).toMatch(/^\/\/ generated from framework-data\/organisations\.yaml; do not edit; run npm run generate/);
    expect(readFileSync(PROGRAMME_MODULE, 'utf8').split('\n')[0]).toMatch(/^\/\/ generated from framework-data\/programme-2019\.yaml; do not edit; run npm run generate/);
    expect(readFileSync(STANDARDS_MODULE, 'utf8').split('\n')[0]).toMatch(/^\/\/ generated from framework-data\/standards\.yaml; do not edit; run npm run generate/);
  });
});
