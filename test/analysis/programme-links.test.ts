import { describe, expect, it } from 'vitest';
import { programmeRegionName, programmeRegionOf, programmeRoles } from '../../src/analysis/programme-links.js';
import { responsibilitiesOf } from '../../src/programme/roles.js';

describe('the programme defaults of the analysis', () => {
  it('finds an alliance region and a region name, and nothing for unknown ids', () => {
    // Wessex is hosted in the South East (Y59).
    expect(programmeRegionOf('wessex')).toBe('Y59');
    expect(programmeRegionOf('not-an-alliance')).toBeNull();
    expect(programmeRegionName('Y59')).toBe('South East');
    expect(programmeRegionName('ZZ9')).toBe('ZZ9');
  });

  it("gives a role its own responsibilities, each phrase its emphasis joined by '; '", () => {
    const role = programmeRoles('regional-team');
    const own = responsibilitiesOf('regional-team', { involved: false });
    expect(role?.name).toBe('Regional team');
    // The regional team has statements of its own, so the statements that merely involve it are left out.
    expect(own.length).toBeGreaterThan(0);
    expect(responsibilitiesOf('regional-team').length).toBeGreaterThan(own.length);
    expect(role?.responsibilities).toEqual(own.map((r) => ({ id: r.id, phrase: r.emphasis.join('; '), text: r.text })));
    const twoPhrases = own.find((r) => r.emphasis.length === 2);
    expect(role?.responsibilities.find((r) => r.id === twoPhrases?.id)?.phrase).toBe(`${twoPhrases?.emphasis[0]}; ${twoPhrases?.emphasis[1]}`);
  });

  it('gives a role with no statements of its own the statements that name it', () => {
    // The alliance chair has none of its own; one statement names it.
    expect(responsibilitiesOf('alliance-chair', { involved: false })).toEqual([]);
    const involved = responsibilitiesOf('alliance-chair');
    expect(programmeRoles('alliance-chair')?.responsibilities.map((r) => r.id)).toEqual(involved.map((r) => r.id));
    expect(involved).toHaveLength(1);
  });

  it('reads each role once, and knows no other ids', () => {
    const first = programmeRoles('national-team');
    expect(programmeRoles('national-team')).toBe(first);
    expect(Object.isFrozen(first?.responsibilities)).toBe(true);
    expect(programmeRoles('not-a-role')).toBeNull();
  });
});
