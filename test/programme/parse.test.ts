import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProgrammeError, parseOrganisations, parseProgrammeData, safeParseOrganisations, safeParseProgrammeData, type ProgrammeIssue } from '../../src/programme/index.js';
import { ValidationError } from '../../src/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const ORGANISATIONS = readFileSync('framework-data/organisations.yaml', 'utf8');
const PROGRAMME = readFileSync('framework-data/programme-2019.yaml', 'utf8');

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
    expect(data.icbs).toHaveLength(42);
    expect(data.alliances).toHaveLength(22);
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
    const unknownIcb = ORGANISATIONS.replace('- { icbId: QT6, partial: false, certainty: verified }', '- { icbId: QZZ, partial: false, certainty: verified }');
    expect(issuesOf(() => parseOrganisations(unknownIcb)).map((issue) => issue.code)).toEqual(['unknown-reference']);
    const badCode = ORGANISATIONS.replace('onsCodes: { CAL24: E56000014 }', 'onsCodes: { CAL24: E5600014 }');
    const schemaIssues = issuesOf(() => parseOrganisations(badCode));
    expect(schemaIssues.map((issue) => issue.code)).toEqual(['schema']);
    expect(schemaIssues[0]?.message).toMatch(/E56/);
    const duplicate = ORGANISATIONS.replace('  - id: swag\n', '  - id: peninsula\n');
    expect(issuesOf(() => parseOrganisations(duplicate)).map((issue) => issue.code)).toContain('duplicate-id');
  });

  it('reports a members certainty stronger than its weakest member', () => {
    const text = ORGANISATIONS.replace(
      'certainty: { name: verified, region: inferred, validity: inferred, onsCodes: verified, members: inferred }\n    sources: { name: [ons-cal24, swag-about]',
      'certainty: { name: verified, region: inferred, validity: inferred, onsCodes: verified, members: verified }\n    sources: { name: [ons-cal24, swag-about]',
    );
    expect(text).not.toBe(ORGANISATIONS);
    expect(issuesOf(() => parseOrganisations(text)).map((issue) => issue.code)).toEqual(['inconsistent-data']);
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
    expect(() => parseProgrammeData(bomb, { maxAliasCount: 1.5 })).toThrow(RangeError);
  });

  it('places an unknown key at the key itself, with its path and the id of its entity', () => {
    const text = ORGANISATIONS.replace(/^(regions:\n {2}- )id: /m, '$1colour: blue\n    id: ');
    expect(text).not.toBe(ORGANISATIONS);
    const line = text.split('\n').findIndex((row) => row.includes('colour: blue')) + 1;
    const [issue, ...rest] = issuesOf(() => parseOrganisations(text, { file: 'organisations.yaml' }));
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('schema');
    expect(issue).toMatchObject({ reason: 'unknown-key', field: 'colour', message: 'unknown key "colour"' });
    expect(issue?.hint).toBe('Remove it or check its spelling; docs/programme.md describes the data files.');
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

describe('parseProgrammeData', () => {
  it('parses the bundled file', () => {
    const data = parseProgrammeData(PROGRAMME);
    expect(data.roles).toHaveLength(12);
    expect(data.ruleSet.id).toBe('programme-2019');
    expect(isDeepFrozen(data)).toBe(true);
  });

  it('reports an emphasised phrase that is not in the text', () => {
    const text = PROGRAMME.replace('emphasis: [quarterly monitoring and assurance]', 'emphasis: [annual monitoring]');
    const issues = issuesOf(() => parseProgrammeData(text, { file: 'programme-2019.yaml' }));
    expect(issues.map((issue) => issue.code)).toEqual(['schema']);
    expect(issues[0]?.location).toMatchObject({ id: 'RT3', path: ['responsibilities', 9, 'emphasis'] });
  });

  it('reports roles, responsibilities and sources that do not exist', () => {
    const badRole = PROGRAMME.replace('agreedBy: [cancer-delivery-group]', 'agreedBy: [cabinet]');
    expect(issuesOf(() => parseProgrammeData(badRole))).toMatchObject([{ code: 'unknown-reference', kind: 'role', id: 'cabinet' }]);
    const badBasis = PROGRAMME.replace('basis: [RD0, RT3]', 'basis: [RD0, RT9]');
    expect(issuesOf(() => parseProgrammeData(badBasis))).toMatchObject([{ code: 'unknown-reference', kind: 'responsibility', id: 'RT9' }]);
    const badSource = PROGRAMME.replace(
      '    sources: [nel-history]\n    notes: [Named on the North East London',
      '    sources: [nowhere]\n    notes: [Named on the North East London',
    );
    expect(issuesOf(() => parseProgrammeData(badSource))).toMatchObject([{ code: 'unknown-reference', kind: 'source', id: 'nowhere' }]);
  });

  it('reports an unknown key', () => {
    const text = PROGRAMME.replace('  id: programme-2019\n', '  id: programme-2019\n  colour: blue\n');
    const issues = issuesOf(() => parseProgrammeData(text));
    expect(issues[0]?.message).toMatch(/unknown key "colour"/);
  });

  it('has a safe variant', () => {
    expect(safeParseProgrammeData('roles: []').success).toBe(false);
    expect(safeParseProgrammeData(PROGRAMME).success).toBe(true);
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
