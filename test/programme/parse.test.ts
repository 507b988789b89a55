import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProgrammeError, parseOrganisations, parseRuleSet, safeParseOrganisations, safeParseRuleSet, type ProgrammeIssue } from '../../src/programme/index.js';
import { parseStandards } from '../../src/programme/parse.js';
import { ValidationError } from '../../src/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const ORGANISATIONS = readFileSync('framework-data/organisations.yaml', 'utf8');
const PROGRAMME = readFileSync('framework-data/programme-2019.yaml', 'utf8');
const STANDARDS = readFileSync('framework-data/standards.yaml', 'utf8');

function issuesOf(run: () => unknown): readonly ProgrammeIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProgrammeError);
    return (error as ProgrammeError).issues;
  }
  throw new Error('expected a ProgrammeError');
}

describe('parseOrganisations', () => {
  it('parses the bundled file into frozen data', { timeout: 60_000 }, () => {
    const data = parseOrganisations(ORGANISATIONS, { file: 'organisations.yaml' });
    expect(data.regions).toHaveLength(7);
    expect(data.icbs).toHaveLength(49);
    expect(data.alliances).toHaveLength(22);
    expect(data.planned).toHaveLength(5);
    expect(data.asAt).toBe('2026-12-04');
    expect(isDeepFrozen(data)).toBe(true);
  });

  it('reports a reference to a region that does not exist, with its line', { timeout: 60_000 }, () => {
    const text = ORGANISATIONS.replace(
      "    regionId: Y58\n    validFrom: '2020-04-01'\n    onsCodes: { CAL24: E56000014 }",
      "    regionId: Y57\n    validFrom: '2020-04-01'\n    onsCodes: { CAL24: E56000014 }",
    );
    expect(text).not.toBe(ORGANISATIONS);
    const issues = issuesOf(() => parseOrganisations(text, { file: 'organisations.yaml' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unknown-reference', kind: 'region', id: 'Y57', location: { file: 'organisations.yaml', id: 'peninsula' } });
    const line = text.split('\n').findIndex((l) => l.includes('regionId: Y57')) + 1;
    expect(issues[0]?.location.line).toBe(line);
  });

  it('reports an unknown member ICB, a malformed ONS code and a duplicate id', { timeout: 60_000 }, () => {
    const unknownIcb = ORGANISATIONS.replace('- { icbId: cornwall-and-the-isles-of-scilly-icb,', '- { icbId: atlantis-icb,');
    expect(unknownIcb).not.toBe(ORGANISATIONS);
    expect(issuesOf(() => parseOrganisations(unknownIcb)).map((issue) => issue.code)).toEqual(['unknown-reference']);
    const odsAsId = ORGANISATIONS.replace('- { icbId: cornwall-and-the-isles-of-scilly-icb,', '- { icbId: QT6,');
    expect(issuesOf(() => parseOrganisations(odsAsId)).map((issue) => issue.code)).toEqual(['schema']);
    const badCode = ORGANISATIONS.replace('onsCodes: { CAL24: E56000014 }', 'onsCodes: { CAL24: E5600014 }');
    const schemaIssues = issuesOf(() => parseOrganisations(badCode));
    expect(schemaIssues.map((issue) => issue.code)).toEqual(['schema']);
    expect(schemaIssues[0]?.message).toMatch(/E56/);
    const duplicate = ORGANISATIONS.replace('  - id: swag\n', '  - id: peninsula\n');
    expect(issuesOf(() => parseOrganisations(duplicate)).map((issue) => issue.code)).toContain('duplicate-id');
  });

  it('refuses a fact marked verified that cites no source with an address', () => {
    const text = ORGANISATIONS.replace(
      "- { icbId: black-country-icb, partial: false, validFrom: '2022-07-01', certainty: unverified, sources: [trust-lookup, midlands-alliances]",
      "- { icbId: black-country-icb, partial: false, validFrom: '2022-07-01', certainty: verified, sources: [trust-lookup]",
    );
    expect(text).not.toBe(ORGANISATIONS);
    expect(issuesOf(() => parseOrganisations(text))).toMatchObject([
      { code: 'inconsistent-data', reason: 'verified-without-address', id: 'west-midlands', fact: 'member black-country-icb' },
    ]);
  });

  it('refuses dates that disagree: a membership outside its ICB, a succession gap, an ODS code held twice, a plan already due', () => {
    const outside = ORGANISATIONS.replace("- { icbId: devon-icb, partial: false, validFrom: '2022-07-01',", "- { icbId: devon-icb, partial: false, validFrom: '2021-07-01',");
    expect(issuesOf(() => parseOrganisations(outside))).toMatchObject([{ code: 'inconsistent-data', reason: 'outside-validity', id: 'peninsula' }]);
    const gap = ORGANISATIONS.replace(
      "    odsCodes: [{ code: S1Y5D, validFrom: '2026-04-01' }]\n    onsCodes: { ICB26: E54000065 }\n    validFrom: '2026-04-01'",
      "    odsCodes: [{ code: S1Y5D, validFrom: '2026-04-02' }]\n    onsCodes: { ICB26: E54000065 }\n    validFrom: '2026-04-02'",
    );
    expect(gap).not.toBe(ORGANISATIONS);
    expect(issuesOf(() => parseOrganisations(gap)).map((issue) => [issue.code, (issue as { reason?: string }).reason])).toEqual([
      ['inconsistent-data', 'succession-dates'],
      ['inconsistent-data', 'succession-dates'],
      ['inconsistent-data', 'succession-dates'],
      ['inconsistent-data', 'outside-validity'],
    ]);
    const twice = ORGANISATIONS.replace("odsCodes: [{ code: S1Y5D, validFrom: '2026-04-01' }]", "odsCodes: [{ code: T6Y0W, validFrom: '2026-04-01' }]");
    expect(issuesOf(() => parseOrganisations(twice))).toMatchObject([
      { code: 'inconsistent-data', reason: 'overlapping-periods', fact: 'ODS code T6Y0W', expected: 'central-east-icb' },
    ]);
    const due = ORGANISATIONS.replace("asAt: '2026-12-04'", "asAt: '2027-06-01'");
    expect(issuesOf(() => parseOrganisations(due)).map((issue) => (issue as { reason?: string }).reason)).toEqual(Array(5).fill('planned-not-after-as-at'));
  });

  it('takes the data as a value as well as text', () => {
    const data = parseOrganisations(ORGANISATIONS);
    expect(parseOrganisations(structuredClone(data))).toEqual(data);
    expect(issuesOf(() => parseOrganisations({ ...data, regions: [] })).map((issue) => issue.code)).toContain('unknown-reference');
  });

  it('reports YAML syntax errors with a line', () => {
    const issues = issuesOf(() => parseOrganisations('title: [unclosed\n', { file: 'x.yaml' }));
    expect(issues[0]?.code).toBe('yaml-syntax');
    expect(issues[0]?.location.line).toBeGreaterThan(0);
  });

  it('refuses text over the size limit, and text that is not a string', () => {
    expect(issuesOf(() => parseOrganisations(ORGANISATIONS, { maxBytes: 10 })).map((issue) => issue.code)).toEqual(['too-large']);
    expect(() => parseOrganisations(42 as unknown as string)).toThrow(/^parseOrganisations:/);
    expect(() => parseOrganisations('', { maxBytes: -1 })).toThrow(RangeError);
  });

  it('refuses an alias bomb (a billion laughs) in a data file, as it does in a framework file', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'regions: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    expect(issuesOf(() => parseOrganisations(bomb, { file: 'bomb.yaml' }))).toEqual([
      {
        code: 'alias-limit',
        max: 100,
        message: 'the YAML uses more than 100 aliases, which looks like an alias bomb',
        hint: 'Write the values out in full, or raise the maxAliasCount option if you trust the file.',
        location: { file: 'bomb.yaml' },
      },
    ]);
    expect(() => parseRuleSet(bomb, { maxAliasCount: 1.5 })).toThrow(RangeError);
  });

  it('places an unknown key at the key itself, with its path and the id of its entity', () => {
    const text = ORGANISATIONS.replace(/^(regions:\n {2}- )id: /m, '$1colour: blue\n    id: ');
    expect(text).not.toBe(ORGANISATIONS);
    const line = text.split('\n').findIndex((row) => row.includes('colour: blue')) + 1;
    const [issue, ...rest] = issuesOf(() => parseOrganisations(text, { file: 'organisations.yaml' }));
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('schema');
    expect(issue).toMatchObject({ reason: 'unknown-key', field: 'colour', message: 'unknown key "colour"' });
    expect(issue?.hint).toBe('Remove it or check its spelling; docs/programme.md describes every key.');
    expect(issue?.location).toMatchObject({ file: 'organisations.yaml', line, column: 5, path: ['regions', 0, 'colour'] });
    expect(issue?.location.id).toMatch(/^Y\d+$/);
  });

  it('has a safe variant that returns the error', () => {
    const result = safeParseOrganisations('regions: []');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.every((issue) => issue.code === 'schema')).toBe(true);
    expect(safeParseOrganisations(ORGANISATIONS).success).toBe(true);
  });
});

describe('parseRuleSet (a rule set file)', () => {
  it('parses the bundled file', () => {
    const ruleSet = parseRuleSet(PROGRAMME);
    expect(ruleSet.roles).toHaveLength(12);
    expect(ruleSet.id).toBe('programme-2019');
    expect(isDeepFrozen(ruleSet)).toBe(true);
  });

  it('reports an emphasised phrase that is not in the text', () => {
    const text = PROGRAMME.replace('emphasis: [quarterly monitoring and assurance]', 'emphasis: [annual monitoring]');
    const issues = issuesOf(() => parseRuleSet(text, { file: 'programme-2019.yaml' }));
    expect(issues.map((issue) => issue.code)).toEqual(['schema']);
    expect(issues[0]?.location).toMatchObject({ id: 'RT3', path: ['responsibilities', 9, 'emphasis'] });
  });

  it('reports roles, responsibilities and sources that do not exist', () => {
    const badRole = PROGRAMME.replace('      roles: [cancer-delivery-group]\n', '      roles: [cabinet]\n');
    expect(badRole).not.toBe(PROGRAMME);
    expect(issuesOf(() => parseRuleSet(badRole))).toMatchObject([{ code: 'unknown-reference', kind: 'role', id: 'cabinet' }]);
    const badBasis = PROGRAMME.replace('      basis: [RD0, RT3]', '      basis: [RD0, RT9]');
    expect(issuesOf(() => parseRuleSet(badBasis))).toMatchObject([{ code: 'unknown-reference', kind: 'responsibility', id: 'RT9' }]);
    const badSource = PROGRAMME.replace(
      '    sources: [nel-history]\n    notes: [Named on the North East London',
      '    sources: [nowhere]\n    notes: [Named on the North East London',
    );
    expect(issuesOf(() => parseRuleSet(badSource))).toMatchObject([
      { code: 'inconsistent-data', reason: 'verified-without-address', id: 'alliance-managing-director' },
      { code: 'unknown-reference', kind: 'source', id: 'nowhere' },
    ]);
  });

  it("refuses a seed basis whose quote is not the statement's own words", () => {
    const text = PROGRAMME.replace(
      'quote: jointly sign off (with the National Cancer Director and Alliance Chair) funding agreements',
      'quote: jointly sign off (with the Regional Director, National Cancer Director and Alliance Chair) funding agreements',
    );
    expect(text).not.toBe(PROGRAMME);
    expect(issuesOf(() => parseRuleSet(text))).toMatchObject([{ code: 'inconsistent-data', reason: 'quote-not-in-text', fact: 'artefacts.funding-agreement.signedBy: RT2' }]);
  });

  it('refuses a public-source basis whose source has no address, and an artefact with no signatories', () => {
    const text = PROGRAMME.replace('    url: https://www.england.nhs.uk/south-east/cancer-alliances/wessex/about-us/funding-and-governance/\n', '');
    expect(text).not.toBe(PROGRAMME);
    expect(issuesOf(() => parseRuleSet(text))).toMatchObject([{ code: 'inconsistent-data', reason: 'verified-without-address' }]);
    const unsigned = parseRuleSet(PROGRAMME);
    const bad = {
      ...unsigned,
      artefacts: { ...unsigned.artefacts, 'delivery-plan': { ...unsigned.artefacts['delivery-plan'], signedBy: { roles: 'any', basis: unsigned.validity } } },
    };
    expect(issuesOf(() => parseRuleSet(bad))).toMatchObject([{ code: 'inconsistent-data', reason: 'signatories-not-listed' }]);
  });

  it('reports an unknown key', () => {
    const text = PROGRAMME.replace('id: programme-2019\n', 'id: programme-2019\ncolour: blue\n');
    const issues = issuesOf(() => parseRuleSet(text));
    expect(issues[0]?.message).toMatch(/unknown key "colour"/);
  });

  it('has a safe variant, and refuses input that is neither text nor an object', () => {
    expect(safeParseRuleSet('roles: []').success).toBe(false);
    expect(safeParseRuleSet(PROGRAMME).success).toBe(true);
    expect(() => safeParseRuleSet(null as unknown as string)).toThrow(/^safeParseRuleSet:/);
    expect(() => parseRuleSet(7 as unknown as string)).toThrow(TypeError);
  });
});

describe('parseStandards', () => {
  it('parses the bundled file', () => {
    const data = parseStandards(STANDARDS);
    expect(data.measures.map((measure) => measure.id)).toEqual(['fds-28-day', '62-day', '31-day', 'two-week-wait', 'early-diagnosis', 'five-year-survival']);
    expect(isDeepFrozen(data)).toBe(true);
  });

  it('refuses an unknown measure, a threshold over 100 and a verified value without an addressed source', () => {
    const measure = STANDARDS.replace('  - id: fds-77-by-march-2025\n    measure: fds-28-day', '  - id: fds-77-by-march-2025\n    measure: fds-29-day');
    expect(issuesOf(() => parseStandards(measure))).toMatchObject([{ code: 'unknown-reference', kind: 'measure', id: 'fds-29-day' }]);
    expect(issuesOf(() => parseStandards(STANDARDS.replace('threshold: 77', 'threshold: 177'))).map((issue) => issue.code)).toEqual(['schema']);
    const unaddressed = STANDARDS.replace('    url: https://www.lbc.co.uk/article/more-survive-cancer-plan-ten-years-5HjdRnm_2/\n', '');
    expect(issuesOf(() => parseStandards(unaddressed))).toMatchObject([{ code: 'inconsistent-data', reason: 'verified-without-address', id: '62-day-75-by-march-2026' }]);
  });
});

describe('ProgrammeError', () => {
  it('is an Error with frozen issues and a message listing them', () => {
    const issues = issuesOf(() => parseOrganisations('regions: []', { file: 'o.yaml' }));
    const error = new ProgrammeError('Summary', issues);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.name).toBe('ProgrammeError');
    expect(error.summary).toBe('Summary');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.message).toBe(error.format());
    expect(error.message.split('\n')[0]).toBe('Summary');
    expect(error.message).toMatch(/o\.yaml/);
  });
});
