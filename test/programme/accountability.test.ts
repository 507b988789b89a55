import { describe, expect, it } from 'vitest';
import { accountabilityChainOf, accountabilityEdges, accountabilityNotes, organisations, organisationsAt, roles } from '../../src/programme/index.js';
import { isDeepFrozen } from '../helpers/frozen.js';

describe('the accountability graph', () => {
  it('joins known roles, with unique edge ids', () => {
    const ids = accountabilityEdges.map((edge) => edge.id);
    expect(new Set(ids).size).toBe(ids.length);
    const roleIds = new Set<string>(roles.map((role) => role.id));
    for (const edge of accountabilityEdges) {
      expect(roleIds.has(edge.from)).toBe(true);
      expect(roleIds.has(edge.to)).toBe(true);
    }
  });

  it('has the line for transformation and the separate line for operational performance', () => {
    const accountable = accountabilityEdges.filter((edge) => edge.relation === 'accountable-to');
    expect(accountable.filter((edge) => edge.line === 'transformation').map((edge) => [edge.from, edge.to])).toEqual([
      ['cancer-alliance', 'regional-director'],
      ['regional-director', 'national-cancer-director'],
    ]);
    expect(accountable.filter((edge) => edge.line === 'operational').map((edge) => [edge.from, edge.to])).toEqual([
      ['provider', 'regional-director'],
      ['commissioner', 'regional-director'],
      ['stp-ics', 'regional-director'],
    ]);
  });

  it("marks the inferred transformation chain and keeps the paper's notes", () => {
    expect(accountabilityEdges.find((edge) => edge.id === 'alliance-to-regional-director')?.certainty).toBe('inferred');
    expect(accountabilityEdges.find((edge) => edge.id === 'provider-to-regional-director')?.certainty).toBe('verified');
    expect(accountabilityNotes[0]).toMatch(/transformation and improvement activity/);
  });
});

describe('accountabilityChainOf', () => {
  it("resolves the transformation chain for the alliance's own region", () => {
    const chain = accountabilityChainOf('swag');
    expect(chain.line).toBe('transformation');
    expect(chain.parties.map((party) => party.roleId)).toEqual(['cancer-alliance', 'regional-director', 'national-cancer-director']);
    expect(chain.parties[0]).toMatchObject({ allianceId: 'swag' });
    expect(chain.parties[1]).toMatchObject({ regionId: 'Y58', title: 'Regional Director, South West' });
    expect(chain.links.map((link) => link.edgeId)).toEqual(['alliance-to-regional-director', 'regional-director-to-national-cancer-director']);
    expect(chain.links[0]?.from).toEqual(chain.parties[0]);
    expect(chain.links[1]?.to).toEqual(chain.parties[2]);
  });

  it("goes to the hosting region's director for Wessex and London's for RM Partners", () => {
    expect(accountabilityChainOf('wessex').parties[1]?.regionId).toBe('Y59');
    expect(accountabilityChainOf('rm-partners-west-london').parties[1]?.title).toBe('Regional Director, London');
  });

  it("follows operational performance from each member ICB to its own region's director", () => {
    const chain = accountabilityChainOf('wessex', { line: 'operational' });
    const directors = chain.parties.filter((party) => party.roleId === 'regional-director').map((party) => party.regionId);
    expect(directors).toEqual(['Y59', 'Y58']);
    const dorsetProvider = chain.links.find((link) => link.from.roleId === 'provider' && link.from.icbId === 'dorset-icb');
    expect(dorsetProvider?.to).toMatchObject({ roleId: 'regional-director', regionId: 'Y58' });
    expect(chain.parties.some((party) => party.roleId === 'cancer-alliance')).toBe(false);
    expect(chain.links).toHaveLength(6);
  });

  it('resolves a chain for every alliance, following the memberships of the day asked for', () => {
    for (const alliance of organisations.alliances) {
      const chain = accountabilityChainOf(alliance.id);
      expect(chain.parties[1]?.regionId).toBe(alliance.regionId);
    }
    for (const date of [new Date(2023, 2, 31), new Date(2026, 11, 4)]) {
      for (const alliance of organisationsAt(date).alliances) {
        expect(accountabilityChainOf(alliance.id, { line: 'operational', date }).links.length).toBe(alliance.members.length * 3);
      }
    }
    const before = accountabilityChainOf('north-central-london', { line: 'operational', date: new Date(2025, 0, 1) });
    expect(before.parties.find((party) => party.roleId === 'stp-ics')?.title).toBe('STP/ICS, North Central London');
    expect(accountabilityChainOf('north-central-london', { line: 'operational' }).parties.find((party) => party.roleId === 'stp-ics')?.title).toBe(
      'STP/ICS, West and North London',
    );
    expect(accountabilityChainOf('east-of-england-north', { line: 'operational' }).links).toHaveLength(9);
    expect(() => accountabilityChainOf('swag', { line: 'operational', date: new Date(Number.NaN) })).toThrow(/^accountabilityChainOf:/);
  });

  it('refuses unknown alliances and lines with the function name', () => {
    expect(() => accountabilityChainOf('atlantis')).toThrow(RangeError);
    expect(() => accountabilityChainOf('atlantis')).toThrow(/^accountabilityChainOf:/);
    expect(() => accountabilityChainOf('swag', { line: 'financial' as never })).toThrow(/^accountabilityChainOf:/);
    expect(() => accountabilityChainOf(null as unknown as string)).toThrow(TypeError);
  });

  it('returns a frozen result and leaves its options alone', () => {
    const options = { line: 'operational' } as const;
    const chain = accountabilityChainOf('peninsula', options);
    expect(isDeepFrozen(chain)).toBe(true);
    expect(options).toEqual({ line: 'operational' });
  });
});
