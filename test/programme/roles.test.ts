import { describe, expect, it } from 'vitest';
import { RoleIdSchema } from '../../src/framework/schema.js';
import { programme2019, programmeSources, responsibilities, responsibilitiesOf, findRole, roles, searchResponsibilities } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const EXPECTED_ROLE_IDS = [
  'cancer-alliance',
  'alliance-chair',
  'alliance-managing-director',
  'alliance-chief-medical-officer',
  'regional-team',
  'regional-director',
  'national-team',
  'national-cancer-director',
  'cancer-delivery-group',
  'stp-ics',
  'commissioner',
  'provider',
];

const isRoleId = (id: string) => roles.some((role) => role.id === id);

describe('role ids', () => {
  it("are the 2019 rule set's own data: kebab-case ids, valid for the framework schema", () => {
    expect(roles.map((role) => role.id)).toEqual(EXPECTED_ROLE_IDS);
    expect(programme2019.roles).toBe(roles);
    for (const role of roles) expect(RoleIdSchema.safeParse(role.id).success).toBe(true);
    expect(Object.isFrozen(roles)).toBe(true);
  });
});

describe('roles', () => {
  it('has one role per id, in order, each with a source', () => {
    expect(roles.map((role) => role.id)).toEqual(EXPECTED_ROLE_IDS);
    const sourceIds = new Set(programmeSources.map((source) => source.id));
    for (const role of roles) {
      expect(role.sources.length).toBeGreaterThan(0);
      for (const source of role.sources) expect(sourceIds.has(source)).toBe(true);
      if (role.partOf !== undefined) expect(isRoleId(role.partOf)).toBe(true);
    }
  });

  it('marks the alliance officers named by public sources with that source', () => {
    const nel = programmeSources.find((source) => source.id === 'nel-history');
    expect(nel?.url).toBe('https://www.nelcanceralliance.nhs.uk/history-and-role-cancer-alliance');
    for (const id of ['alliance-chair', 'alliance-managing-director', 'alliance-chief-medical-officer']) {
      const role = findRole(id)!;
      expect(role.sources).toContain('nel-history');
      expect(role.kind).toBe('person');
      expect(role.scope).toBe('alliance');
      expect(role.partOf).toBe('cancer-alliance');
    }
  });

  it('scopes the Regional Director to a region and the National Cancer Director nationally', () => {
    expect(findRole('regional-director')?.scope).toBe('regional');
    expect(findRole('national-cancer-director')?.scope).toBe('national');
    expect(findRole('cancer-delivery-group')?.kind).toBe('group');
    expect(findRole('mayor')).toBeUndefined();
    expect(() => findRole(5 as unknown as string)).toThrow(/^findRole:/);
    expect(() => findRole('mayor', { ruleSet: 'x' as never })).toThrow(/^findRole:/);
  });
});

describe('responsibilities', () => {
  it('have unique stable ids, known roles and emphasised phrases from their text', () => {
    const ids = responsibilities.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of responsibilities) {
      expect(r.id).toMatch(/^[A-Z]+\d+$/);
      for (const role of [...r.roleIds, ...r.involves]) expect(isRoleId(role), `${r.id} ${role}`).toBe(true);
      for (const phrase of r.emphasis) expect(r.text).toContain(phrase);
      expect(r.source).toBe('paper-2019');
    }
  });

  it('quote the paper: the regional team leads quarterly monitoring and assurance', () => {
    const rt3 = responsibilities.find((r) => r.id === 'RT3');
    expect(rt3?.emphasis).toEqual(['quarterly monitoring and assurance']);
    expect(rt3?.text).toBe(
      'lead quarterly monitoring and assurance of Alliance performance, and propose actions where Alliances are not delivering against their funding agreement (including holding back funding)',
    );
  });

  it("gives each of the paper's sections its statements", () => {
    expect(responsibilitiesOf('cancer-alliance', { involved: false }).map((r) => r.id)).toEqual(['CA0', 'CA1', 'CA2', 'CA3', 'CA4', 'JW1']);
    expect(responsibilitiesOf('regional-team', { involved: false }).map((r) => r.id)).toEqual(['RT1', 'RT2', 'RT3', 'RT4', 'JW1', 'JW2']);
    expect(responsibilitiesOf('national-team', { involved: false }).map((r) => r.id)).toEqual(['NT0', 'NT1', 'NT2', 'NT3', 'NT4', 'JW2']);
    expect(responsibilitiesOf('cancer-delivery-group', { involved: false }).map((r) => r.id)).toEqual(['ACC3', 'ACC4']);
  });
});

describe('responsibilitiesOf', () => {
  it('includes the statements that name a role, unless told not to', () => {
    expect(responsibilitiesOf('regional-team').map((r) => r.id)).toEqual(['RT1', 'RT2', 'RT3', 'RT4', 'NT2', 'JW1', 'JW2', 'ACC3']);
    expect(responsibilitiesOf('alliance-chair').map((r) => r.id)).toEqual(['RT2']);
    expect(responsibilitiesOf('alliance-chair', { involved: false })).toEqual([]);
    expect(responsibilitiesOf('national-cancer-director').map((r) => r.id)).toEqual(['RT2', 'ACC2']);
    expect(responsibilitiesOf('provider').map((r) => r.id)).toEqual(['CA1', 'STP1', 'RT1', 'ACC1']);
  });

  it('gives every role an answer', () => {
    for (const role of roles) expect(Array.isArray(responsibilitiesOf(role.id))).toBe(true);
    expect(responsibilitiesOf('alliance-managing-director')).toEqual([]);
  });

  it('refuses an unknown role with the function name', () => {
    expect(() => responsibilitiesOf('mayor')).toThrow(RangeError);
    expect(() => responsibilitiesOf('mayor')).toThrow(/^responsibilitiesOf:/);
    expect(() => responsibilitiesOf(7 as unknown as string)).toThrow(TypeError);
  });

  it('returns frozen results', () => {
    expect(isDeepFrozen(responsibilitiesOf('regional-team'))).toBe(true);
  });
});

describe('searchResponsibilities', () => {
  it('finds statements by topic tag or by words of the text', () => {
    expect(searchResponsibilities('funding').map((r) => r.id)).toEqual(['CA2', 'RT2', 'RT3', 'NT1', 'ACC3']);
    expect(searchResponsibilities('holding back funding').map((r) => r.id)).toEqual(['RT3', 'ACC3']);
    expect(searchResponsibilities('Sign-Off').map((r) => r.id)).toEqual(['RT2', 'ACC2', 'ACC4']);
    expect(searchResponsibilities('lung health checks').map((r) => r.id)).toEqual(['NT3']);
    expect(searchResponsibilities('clinical leadership').map((r) => r.id)).toEqual(['CA3']);
    expect(searchResponsibilities('submarines')).toEqual([]);
  });

  it('refuses an empty topic', () => {
    expect(() => searchResponsibilities('  ')).toThrow(/^searchResponsibilities:/);
    expect(() => searchResponsibilities(undefined as unknown as string)).toThrow(TypeError);
  });

  it('returns frozen results', () => {
    expect(isDeepFrozen(searchResponsibilities('assurance'))).toBe(true);
  });
});
