import { describe, expect, it } from 'vitest';
import {
  findAlliance,
  findAllianceByOnsCode,
  alliancesOfIcb,
  findIcb,
  organisations,
  organisationsAt,
  findRegion,
  regionOf,
  regionsOf,
  successorsOf,
  type Alliance,
  type OrganisationsData,
} from '../../src/programme/index.js';
import { ALLIANCE_FACTS, ICB_FACTS, REGION_FACTS } from '../../src/programme/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const END_OF_2022_23 = new Date(2023, 2, 31);
const END_OF_2023_24 = new Date(2024, 2, 31);
const START_OF_2024_25 = new Date(2024, 3, 1);
const END_OF_2025_26 = new Date(2026, 2, 31);
const START_OF_2026_27 = new Date(2026, 3, 1);
const AS_AT = new Date(2026, 11, 4);
const DATES = [new Date(2022, 6, 1), END_OF_2022_23, END_OF_2023_24, START_OF_2024_25, new Date(2025, 6, 1), END_OF_2025_26, START_OF_2026_27, AS_AT];

const regionIds = new Set(organisations.regions.map((region) => region.id));
const icbIds = new Set(organisations.icbs.map((icb) => icb.id));
const sourceIds = new Set<string>(organisations.sources.map((source) => source.id));

describe('the counts match the sources for each date', () => {
  it('has 21 alliances on 31 March 2023 and 31 March 2024, 20 from 1 April 2024', () => {
    expect(organisationsAt(END_OF_2022_23).alliances).toHaveLength(21);
    expect(organisationsAt(END_OF_2023_24).alliances).toHaveLength(21);
    expect(organisationsAt(START_OF_2024_25).alliances).toHaveLength(20);
  });

  it('has 7 regions and 42 ICBs to 31 March 2026, 36 ICBs from 1 April 2026', () => {
    for (const date of [END_OF_2022_23, START_OF_2024_25, END_OF_2025_26]) {
      expect(organisationsAt(date).regions).toHaveLength(7);
      expect(organisationsAt(date).icbs).toHaveLength(42);
    }
    for (const date of [START_OF_2026_27, AS_AT]) {
      expect(organisationsAt(date).regions).toHaveLength(7);
      expect(organisationsAt(date).icbs).toHaveLength(36);
      expect(organisationsAt(date).alliances).toHaveLength(20);
    }
  });

  it('replaces 13 ICB versions by 7 on 1 April 2026, each new one linked to its predecessors', () => {
    const before = new Set(organisationsAt(END_OF_2025_26).icbs.map((icb) => icb.id));
    const after = new Set(organisationsAt(START_OF_2026_27).icbs.map((icb) => icb.id));
    const ended = [...before].filter((id) => !after.has(id)).sort();
    const started = [...after].filter((id) => !before.has(id)).sort();
    expect(started).toEqual([
      'central-east-icb',
      'essex-icb',
      'hampshire-and-isle-of-wight-icb-2026',
      'norfolk-and-suffolk-icb',
      'surrey-and-sussex-icb',
      'thames-valley-icb',
      'west-and-north-london-icb',
    ]);
    expect(ended).toHaveLength(13);
    const predecessors = new Set(started.flatMap((id) => findIcb(id)?.predecessors.map((p) => p.id) ?? []));
    expect([...predecessors].sort()).toEqual(ended);
    expect(successorsOf('frimley-icb').map((s) => [s.id, s.part])).toEqual([
      ['thames-valley-icb', true],
      ['surrey-and-sussex-icb', true],
      ['hampshire-and-isle-of-wight-icb-2026', true],
    ]);
    expect(successorsOf('hertfordshire-and-west-essex-icb').map((s) => s.id)).toEqual(['central-east-icb', 'essex-icb']);
    expect(successorsOf('suffolk-and-north-east-essex-icb').map((s) => s.id)).toEqual(['essex-icb', 'norfolk-and-suffolk-icb']);
    expect(successorsOf('dorset-icb')).toEqual([]);
    expect(successorsOf('east-of-england-south')).toEqual([{ id: 'east-of-england', kind: 'alliance', part: false, validFrom: '2024-04-01', note: null }]);
  });

  it('says when a date lies beyond the data, and names the announced changes expected by then', () => {
    const inForce = organisationsAt(AS_AT);
    expect(inForce).toMatchObject({ date: '2026-12-04', asAt: '2026-12-04', beyondAsAt: false, notice: null, planned: [] });
    const later = organisationsAt(new Date(2027, 5, 1));
    expect(later.beyondAsAt).toBe(true);
    expect(later.notice).toMatch(
      /^The organisations data is as at 4 December 2026; 1 June 2027 is later, so changes since then are not in it\. Announced and not yet in the data: /,
    );
    expect(later.planned.map((change) => change.id)).toEqual([
      'icb-mergers-2027',
      'icb-cluster-derbyshire-nottinghamshire-lincolnshire',
      'icb-cluster-herefordshire-worcestershire-coventry-warwickshire',
      'dhsc-regions-2027',
      'nhs-england-abolition',
    ]);
    const soon = organisationsAt(new Date(2027, 0, 10));
    expect(soon.beyondAsAt).toBe(true);
    expect(soon.planned).toEqual([]);
    expect(soon.notice).toMatch(/No change announced by then is recorded\.$/);
    // The data itself holds what it holds: the ICBs of 2026 are still given for 2027.
    expect(later.icbs).toHaveLength(36);
  });

  it('swaps East of England North and South for one East of England in April 2024', () => {
    const before = organisationsAt(END_OF_2023_24).alliances.map((alliance) => alliance.id);
    const after = organisationsAt(START_OF_2024_25).alliances.map((alliance) => alliance.id);
    expect(before).toContain('east-of-england-north');
    expect(before).toContain('east-of-england-south');
    expect(before).not.toContain('east-of-england');
    expect(after).toContain('east-of-england');
    expect(after).not.toContain('east-of-england-north');
    expect(after).not.toContain('east-of-england-south');
  });

  it('reads the local day: 00:30 BST on 1 April 2024 is already 2024/25', () => {
    expect(organisationsAt(new Date('2024-03-31T23:30:00Z')).alliances).toHaveLength(20);
    expect(organisationsAt(new Date('2024-03-31T22:30:00Z')).alliances).toHaveLength(21);
  });

  it('counts the ICBs of each region and the alliances hosted in each', () => {
    const icbsPerRegion = (date: Date) =>
      Object.fromEntries(organisations.regions.map((region) => [region.name, organisationsAt(date).icbs.filter((icb) => icb.regionId === region.id).length]));
    expect(icbsPerRegion(END_OF_2025_26)).toEqual({
      London: 5,
      'South East': 6,
      'South West': 7,
      'East of England': 6,
      'North West': 3,
      Midlands: 11,
      'North East and Yorkshire': 4,
    });
    expect(icbsPerRegion(AS_AT)).toEqual({
      London: 4,
      'South East': 4,
      'South West': 7,
      'East of England': 3,
      'North West': 3,
      Midlands: 11,
      'North East and Yorkshire': 4,
    });
    const perRegion = (date: Date) =>
      Object.fromEntries(organisations.regions.map((region) => [region.id, organisationsAt(date).alliances.filter((a) => a.regionId === region.id).length]));
    expect(perRegion(END_OF_2022_23)).toEqual({ Y56: 4, Y59: 4, Y58: 2, Y61: 2, Y62: 3, Y60: 2, Y63: 4 });
    expect(perRegion(START_OF_2024_25)).toEqual({ Y56: 4, Y59: 4, Y58: 2, Y61: 1, Y62: 3, Y60: 2, Y63: 4 });
    expect(perRegion(AS_AT)).toEqual(perRegion(START_OF_2024_25));
  });

  it('has no ICBs before they were established in July 2022', () => {
    expect(organisationsAt(new Date(2022, 5, 30)).icbs).toHaveLength(0);
    expect(organisationsAt(new Date(2022, 6, 1)).icbs).toHaveLength(42);
  });
});

describe('cross-checks', () => {
  it('gives every alliance a region that exists and ICBs that exist, members dated within both', () => {
    for (const alliance of organisations.alliances) {
      expect(regionIds.has(alliance.regionId), alliance.id).toBe(true);
      for (const member of alliance.members) {
        expect(icbIds.has(member.icbId), `${alliance.id} ${member.icbId}`).toBe(true);
        const icb = organisations.icbs.find((candidate) => candidate.id === member.icbId)!;
        expect(member.validFrom >= icb.validFrom && member.validFrom >= alliance.validFrom, `${alliance.id} ${member.icbId}`).toBe(true);
        expect(
          member.validTo === undefined
            ? icb.validTo === undefined && alliance.validTo === undefined
            : member.validTo <= (icb.validTo ?? '9999') && member.validTo <= (alliance.validTo ?? '9999'),
        ).toBe(true);
      }
    }
    for (const icb of organisations.icbs) expect(regionIds.has(icb.regionId), icb.id).toBe(true);
  });

  it('gives every alliance in force members on every day from 1 July 2022', () => {
    for (const date of DATES) {
      for (const alliance of organisationsAt(date).alliances) expect(alliance.members.length, `${alliance.id} on ${date.toDateString()}`).toBeGreaterThan(0);
    }
  });

  it('has the member ICBs of every alliance in force on each date, and every ICB in some alliance', () => {
    for (const date of DATES) {
      const inForce = organisationsAt(date);
      const icbsInForce = new Set(inForce.icbs.map((icb) => icb.id));
      const covered = new Set(inForce.alliances.flatMap((alliance) => alliance.members.map((member) => member.icbId)));
      for (const alliance of inForce.alliances) {
        expect(inForce.regions.some((region) => region.id === alliance.regionId)).toBe(true);
        for (const member of alliance.members) expect(icbsInForce.has(member.icbId)).toBe(true);
      }
      for (const icb of inForce.icbs) expect(covered.has(icb.id), `${icb.id} on ${inForce.date}`).toBe(true);
    }
  });

  it('splits an ICB between alliances only as partial members', () => {
    for (const date of DATES) {
      const alliances = organisationsAt(date).alliances;
      for (const icb of organisations.icbs) {
        const memberships = alliances.flatMap((alliance) => alliance.members.filter((member) => member.icbId === icb.id));
        if (memberships.length > 1)
          expect(
            memberships.every((member) => member.partial),
            icb.id,
          ).toBe(true);
        // A sole partial membership says which alliance covers the rest was not found (Hampshire and Isle of Wight from 2026).
        if (memberships.length === 1 && memberships[0]!.partial) expect(memberships[0]!.note, icb.id).toMatch(/not found/);
      }
    }
  });

  it('uses unique ids and unique codes per vintage', () => {
    for (const list of [organisations.regions, organisations.icbs, organisations.alliances, organisations.sources]) {
      const ids = list.map((entity) => entity.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const list of [organisations.regions, organisations.icbs, organisations.alliances]) {
      const codes = list.flatMap((entity) => Object.entries(entity.onsCodes).map(([vintage, code]) => `${vintage}:${code}`));
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('gives every fact a certainty and sources that exist', () => {
    const check = (entity: { id: string; certainty: Readonly<Record<string, string>>; sources: Readonly<Record<string, readonly string[]>> }, facts: readonly string[]) => {
      for (const fact of facts) {
        expect(entity.certainty[fact], `${entity.id} ${fact}`).toBeDefined();
        expect(entity.sources[fact], `${entity.id} ${fact}`).toBeDefined();
      }
      expect(Object.keys(entity.certainty).sort()).toEqual(Object.keys(entity.sources).sort());
      for (const sources of Object.values(entity.sources)) for (const source of sources) expect(sourceIds.has(source), source).toBe(true);
    };
    for (const region of organisations.regions) check(region, REGION_FACTS);
    for (const icb of organisations.icbs) check(icb, ICB_FACTS);
    for (const alliance of organisations.alliances) check(alliance, ALLIANCE_FACTS);
  });
});

describe('codes are well formed', () => {
  it('uses ODS codes Y\\d\\d for regions, kebab-case ids for ICB versions and dated ODS codes of 3 or 5 characters', () => {
    for (const region of organisations.regions) expect(region.id).toMatch(/^Y\d\d$/);
    for (const icb of organisations.icbs) {
      expect(icb.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-icb(?:-\d{4})?$/);
      for (const ods of icb.odsCodes) expect(ods.code).toMatch(/^(?:Q[A-Z0-9]{2}|[A-Z0-9]{5})$/);
    }
    expect(organisations.regions.map((region) => region.id).sort()).toEqual(['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63']);
    expect(
      organisationsAt(AS_AT)
        .icbs.flatMap((icb) => icb.odsCodes.map((ods) => ods.code).filter((code) => code.length === 5))
        .sort(),
    ).toEqual(['D7T5G', 'S0E4D', 'S1Y5D', 'S9B9J', 'T6Y0W', 'Z9B2Z']);
  });

  it('uses ONS codes E40, E54 and E56 followed by six digits', () => {
    for (const region of organisations.regions) for (const code of Object.values(region.onsCodes)) expect(code).toMatch(/^E40\d{6}$/);
    for (const icb of organisations.icbs) for (const code of Object.values(icb.onsCodes)) expect(code).toMatch(/^E54\d{6}$/);
    for (const alliance of organisations.alliances) for (const code of Object.values(alliance.onsCodes)) expect(code).toMatch(/^E56\d{6}$/);
  });

  it('gives kebab-case alliance ids and ISO validity dates', () => {
    for (const alliance of organisations.alliances) {
      expect(alliance.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(alliance.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (alliance.validTo !== undefined) expect(alliance.validTo >= alliance.validFrom).toBe(true);
    }
  });

  it('holds the ONS codes per vintage, with the 2024 recodes', () => {
    expect(findRegion('Y61')?.onsCodes).toEqual({ NHSER21: 'E40000007', NHSER24: 'E40000013' });
    expect(findRegion('Y62')?.onsCodes).toEqual({ NHSER21: 'E40000010', NHSER24: 'E40000014' });
    expect(findAlliance('east-of-england')?.onsCodes).toEqual({ CAL24: 'E56000035' });
    expect(findIcb('QXU')?.onsCodes).toEqual({ ICB22: 'E54000052', ICB23: 'E54000063' });
    expect(findIcb('QRL', { date: END_OF_2025_26 })?.onsCodes).toEqual({ ICB23: 'E54000042' });
    expect(findIcb('QRL')?.onsCodes).toEqual({ ICB26: 'E54000067' });
  });
});

describe('the alliances', () => {
  const alliance = (id: string): Alliance => {
    const found = findAlliance(id);
    if (!found) throw new Error(`no alliance ${id}`);
    return found;
  };

  it('dates the 2022/23 alliances from April 2020 and the East of England pair to March 2024', () => {
    for (const a of organisationsAt(END_OF_2022_23).alliances) expect(a.validFrom).toBe('2020-04-01');
    expect(alliance('east-of-england-north').validTo).toBe('2024-03-31');
    expect(alliance('east-of-england-south').validTo).toBe('2024-03-31');
    expect(alliance('east-of-england').validFrom).toBe('2024-04-01');
    const eastOn = (date: Date) =>
      organisationsAt(date)
        .alliances.find((a) => a.id === 'east-of-england')!
        .members.map((m) => m.icbId);
    expect([...eastOn(START_OF_2024_25)].sort()).toEqual([...alliance('east-of-england-north').members, ...alliance('east-of-england-south').members].map((m) => m.icbId).sort());
    expect(eastOn(AS_AT)).toEqual(['central-east-icb', 'essex-icb', 'norfolk-and-suffolk-icb']);
    expect(alliance('east-of-england').predecessors.map((p) => p.id)).toEqual(['east-of-england-north', 'east-of-england-south']);
  });

  it('records the partial memberships: Harrogate, Bassetlaw, North Derbyshire, Frimley and the London merger', () => {
    const member = (allianceId: string, icbId: string) => alliance(allianceId).members.find((m) => m.icbId === icbId);
    expect(member('west-yorkshire-and-harrogate', 'humber-and-north-yorkshire-icb')?.partial).toBe(true);
    expect(member('humber-and-north-yorkshire', 'humber-and-north-yorkshire-icb')?.partial).toBe(true);
    expect(member('south-yorkshire-and-bassetlaw', 'nottingham-and-nottinghamshire-icb')).toMatchObject({ partial: true, certainty: 'inferred' });
    expect(member('south-yorkshire-and-bassetlaw', 'derby-and-derbyshire-icb')).toMatchObject({ partial: true, certainty: 'unverified' });
    expect(member('east-midlands', 'nottingham-and-nottinghamshire-icb')?.partial).toBe(true);
    expect(member('east-midlands', 'derby-and-derbyshire-icb')?.partial).toBe(true);
    expect(member('thames-valley', 'frimley-icb')).toMatchObject({ partial: true, validTo: '2026-03-31' });
    expect(member('surrey-and-sussex', 'frimley-icb')).toMatchObject({ partial: true, certainty: 'inferred' });
    expect(member('north-central-london', 'west-and-north-london-icb')).toMatchObject({ partial: true, validFrom: '2026-04-01' });
    expect(member('rm-partners-west-london', 'west-and-north-london-icb')).toMatchObject({ partial: true, validFrom: '2026-04-01' });
    expect(member('wessex', 'hampshire-and-isle-of-wight-icb-2026')).toMatchObject({ partial: true, certainty: 'inferred' });
  });

  it('hosts Wessex in the South East, with Dorset in the South West', () => {
    const wessex = alliance('wessex');
    expect(wessex.regionId).toBe('Y59');
    expect(new Set(wessex.members.map((m) => findIcb(m.icbId)?.regionId))).toEqual(new Set(['Y59', 'Y58']));
    expect(wessex.notes.join(' ')).toMatch(/Dorset/);
    expect(regionsOf('wessex').map((region) => region.name)).toEqual(['South East', 'South West']);
    expect(regionsOf('south-yorkshire-and-bassetlaw', { date: AS_AT }).map((region) => region.id)).toEqual(['Y63', 'Y60']);
    expect(regionsOf('swag').map((region) => region.id)).toEqual(['Y58']);
    expect(() => regionsOf('atlantis')).toThrow(/^regionsOf:/);
    expect(() => regionsOf('wessex', { date: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('marks the uncertain facts rather than hiding them', () => {
    expect(alliance('east-of-england-north').onsCodes).toEqual({});
    expect(alliance('east-of-england-north').certainty['onsCodes']).toBe('not-found');
    expect(alliance('east-of-england-south').certainty['onsCodes']).toBe('not-found');
    expect(alliance('east-of-england').certainty['validity.merger']).toBe('not-found');
    expect(alliance('east-of-england').certainty['validity']).toBe('inferred');
    expect(alliance('west-midlands').members.every((m) => m.certainty === 'unverified')).toBe(true);
    expect(alliance('lancashire-and-south-cumbria').members[0]?.certainty).toBe('inferred');
    expect(alliance('northern').members[0]?.certainty).toBe('verified');
    expect(findRegion('Y60')?.certainty['onsCodes.NHSER20']).toBe('inferred');
    for (const region of organisations.regions) {
      expect(region.certainty['validity']).toBe('inferred');
      expect(region.certainty['onsCodes.NHSER26']).toBe('not-found');
    }
    for (const icb of organisationsAt(END_OF_2022_23).icbs) expect(icb.certainty['validity']).toBe('verified');
    for (const icb of organisationsAt(AS_AT).icbs) expect(icb.certainty['onsCodes.ICB26'] ?? icb.certainty['onsCodes']).toBe('unverified');
    for (const a of organisationsAt(AS_AT).alliances) expect(a.certainty['onsCodes.CAL26'], a.id).toBe('not-found');
  });

  it('marks nothing verified that rests only on sources without an address', () => {
    const addressed = new Set(organisations.sources.filter((source) => source.url !== undefined).map((source) => source.id));
    for (const a of organisations.alliances) {
      for (const m of a.members)
        if (m.certainty === 'verified')
          expect(
            m.sources.some((id) => addressed.has(id)),
            `${a.id} ${m.icbId}`,
          ).toBe(true);
    }
    for (const entity of [...organisations.regions, ...organisations.icbs, ...organisations.alliances]) {
      for (const [fact, certainty] of Object.entries(entity.certainty)) {
        if (certainty === 'verified')
          expect(
            entity.sources[fact]?.some((id) => addressed.has(id)),
            `${entity.id} ${fact}`,
          ).toBe(true);
      }
    }
    expect(organisations.sources.find((source) => source.id === 'trust-lookup')?.url).toBeUndefined();
  });
});

describe('lookups', () => {
  it('finds alliances, regions and ICBs by id, and alliances by ONS code', () => {
    expect(findAlliance('swag')?.name).toMatch(/SWAG/);
    expect(findAlliance('no-such-alliance')).toBeUndefined();
    expect(findRegion('Y56')?.name).toBe('London');
    expect(findRegion('Y99')).toBeUndefined();
    expect(findIcb('QVV')?.name).toBe('Dorset');
    expect(findIcb('dorset-icb')?.odsCodes).toEqual([{ code: 'QVV', validFrom: '2022-07-01' }]);
    expect(findIcb('T6Y0W')?.id).toBe('norfolk-and-suffolk-icb');
    expect(findIcb('QRL')?.id).toBe('hampshire-and-isle-of-wight-icb-2026');
    expect(findIcb('QRL', { date: END_OF_2025_26 })?.id).toBe('hampshire-and-isle-of-wight-icb');
    expect(findIcb('QMM', { date: AS_AT })).toBeUndefined();
    expect(findIcb('QMM')?.id).toBe('norfolk-and-waveney-icb');
    expect(findIcb('QZZ')).toBeUndefined();
    expect(() => findIcb('QRL', { date: 'today' as unknown as Date })).toThrow(/^findIcb:/);
    expect(findAllianceByOnsCode('E56000035')?.id).toBe('east-of-england');
    expect(findAllianceByOnsCode('E56000021')?.id).toBe('rm-partners-west-london');
    expect(findAllianceByOnsCode('E56999999')).toBeUndefined();
  });

  it('gives the region of an alliance', () => {
    expect(regionOf('swag').name).toBe('South West');
    expect(regionOf('wessex').name).toBe('South East');
    expect(regionOf('east-of-england-north').id).toBe('Y61');
    expect(() => regionOf('atlantis')).toThrow(RangeError);
    expect(() => regionOf('atlantis')).toThrow(/^regionOf:/);
    expect(() => regionOf(42 as unknown as string)).toThrow(TypeError);
  });

  it('lists the alliances covering an ICB on a date', () => {
    expect(alliancesOfIcb('QOQ', START_OF_2024_25).map((a) => a.id)).toEqual(['humber-and-north-yorkshire', 'west-yorkshire-and-harrogate']);
    expect(alliancesOfIcb('QUE', END_OF_2023_24).map((a) => a.id)).toEqual(['east-of-england-north']);
    expect(alliancesOfIcb('QUE', START_OF_2024_25).map((a) => a.id)).toEqual(['east-of-england']);
    expect(alliancesOfIcb('QUE', AS_AT)).toEqual([]);
    expect(alliancesOfIcb('central-east-icb', AS_AT).map((a) => a.id)).toEqual(['east-of-england']);
    expect(alliancesOfIcb('Z9B2Z', AS_AT).map((a) => a.id)).toEqual(['north-central-london', 'rm-partners-west-london']);
    expect(alliancesOfIcb('QNQ', END_OF_2025_26).map((a) => a.id)).toEqual(['surrey-and-sussex', 'thames-valley']);
    expect(() => alliancesOfIcb('QUE', new Date(Number.NaN))).toThrow(/^alliancesOfIcb:/);
  });

  it('refuses arguments of the wrong type with the function name', () => {
    expect(() => organisationsAt('2024-04-01' as unknown as Date)).toThrow(/^organisationsAt:/);
    expect(() => organisationsAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => findAlliance(undefined as unknown as string)).toThrow(/^findAlliance:/);
    expect(() => findRegion({} as unknown as string)).toThrow(TypeError);
    expect(() => findRegion({} as unknown as string)).toThrow(/^findRegion:/);
    expect(() => findAllianceByOnsCode(35 as unknown as string)).toThrow(/^findAllianceByOnsCode:/);
    expect(() => findIcb(1 as unknown as string)).toThrow(/^findIcb:/);
    expect(() => successorsOf(1 as unknown as string)).toThrow(/^successorsOf:/);
    expect(() => organisationsAt(START_OF_2024_25, 'x' as never)).toThrow(TypeError);
  });
});

describe('purity', () => {
  it('returns deeply frozen data and leaves the date alone', () => {
    const date = new Date(2024, 3, 1);
    const result = organisationsAt(date);
    expect(date.getTime()).toBe(new Date(2024, 3, 1).getTime());
    expect(isDeepFrozen(result)).toBe(true);
    expect(isDeepFrozen(organisations)).toBe(true);
  });

  it('uses other data when given, without changing it', () => {
    const data: OrganisationsData = structuredClone(organisations);
    const before = structuredClone(data);
    const onlyLondon: OrganisationsData = { ...data, alliances: data.alliances.filter((a) => a.regionId === 'Y56') };
    expect(organisationsAt(START_OF_2024_25, { data: onlyLondon }).alliances).toHaveLength(4);
    expect(findAlliance('swag', { data: onlyLondon })).toBeUndefined();
    expect(data).toEqual(before);
  });
});
