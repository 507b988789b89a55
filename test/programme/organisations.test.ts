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
  type Alliance,
  type OrganisationsData,
} from '../../src/programme/index.js';
import { ALLIANCE_FACTS, ICB_FACTS, REGION_FACTS } from '../../src/programme/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';

const END_OF_2022_23 = new Date(2023, 2, 31);
const END_OF_2023_24 = new Date(2024, 2, 31);
const START_OF_2024_25 = new Date(2024, 3, 1);
const DATES = [END_OF_2022_23, END_OF_2023_24, START_OF_2024_25, new Date(2025, 6, 1)];

const regionIds = new Set(organisations.regions.map((region) => region.id));
const icbIds = new Set(organisations.icbs.map((icb) => icb.id));
const sourceIds = new Set<string>(organisations.sources.map((source) => source.id));

describe('the counts match the sources for each date', () => {
  it('has 21 alliances on 31 March 2023 and 31 March 2024, 20 from 1 April 2024', () => {
    expect(organisationsAt(END_OF_2022_23).alliances).toHaveLength(21);
    expect(organisationsAt(END_OF_2023_24).alliances).toHaveLength(21);
    expect(organisationsAt(START_OF_2024_25).alliances).toHaveLength(20);
  });

  it('has 7 regions and 42 ICBs', () => {
    for (const date of [END_OF_2022_23, START_OF_2024_25]) {
      expect(organisationsAt(date).regions).toHaveLength(7);
      expect(organisationsAt(date).icbs).toHaveLength(42);
    }
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
    const icbsPerRegion = Object.fromEntries(organisations.regions.map((region) => [region.name, organisations.icbs.filter((icb) => icb.regionId === region.id).length]));
    expect(icbsPerRegion).toEqual({
      London: 5,
      'South East': 6,
      'South West': 7,
      'East of England': 6,
      'North West': 3,
      Midlands: 11,
      'North East and Yorkshire': 4,
    });
    const perRegion = (date: Date) =>
      Object.fromEntries(organisations.regions.map((region) => [region.id, organisationsAt(date).alliances.filter((a) => a.regionId === region.id).length]));
    expect(perRegion(END_OF_2022_23)).toEqual({ Y56: 4, Y59: 4, Y58: 2, Y61: 2, Y62: 3, Y60: 2, Y63: 4 });
    expect(perRegion(START_OF_2024_25)).toEqual({ Y56: 4, Y59: 4, Y58: 2, Y61: 1, Y62: 3, Y60: 2, Y63: 4 });
  });

  it('has no ICBs before they were established in July 2022', () => {
    expect(organisationsAt(new Date(2022, 5, 30)).icbs).toHaveLength(0);
    expect(organisationsAt(new Date(2022, 6, 1)).icbs).toHaveLength(42);
  });
});

describe('cross-checks', () => {
  it('gives every alliance a region that exists and ICBs that exist', () => {
    for (const alliance of organisations.alliances) {
      expect(regionIds.has(alliance.regionId), alliance.id).toBe(true);
      for (const member of alliance.members) expect(icbIds.has(member.icbId), `${alliance.id} ${member.icbId}`).toBe(true);
    }
    for (const icb of organisations.icbs) expect(regionIds.has(icb.regionId), icb.id).toBe(true);
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
        if (memberships.length === 1) expect(memberships[0]!.partial, icb.id).toBe(false);
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
  it('uses ODS codes Y\\d\\d for regions and Q + two letters or digits for ICBs', () => {
    for (const region of organisations.regions) expect(region.id).toMatch(/^Y\d\d$/);
    for (const icb of organisations.icbs) expect(icb.id).toMatch(/^Q[A-Z0-9]{2}$/);
    expect(organisations.regions.map((region) => region.id).sort()).toEqual(['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63']);
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
    expect(findIcb('QXU')?.onsCodes).toEqual({ ICB23: 'E54000063' });
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
    expect(
      alliance('east-of-england')
        .members.map((m) => m.icbId)
        .sort(),
    ).toEqual([...alliance('east-of-england-north').members, ...alliance('east-of-england-south').members].map((m) => m.icbId).sort());
  });

  it('records the partial memberships: Harrogate, Bassetlaw and Frimley', () => {
    const member = (allianceId: string, icbId: string) => alliance(allianceId).members.find((m) => m.icbId === icbId);
    expect(member('west-yorkshire-and-harrogate', 'QOQ')?.partial).toBe(true);
    expect(member('humber-and-north-yorkshire', 'QOQ')?.partial).toBe(true);
    expect(member('south-yorkshire-and-bassetlaw', 'QT1')).toMatchObject({ partial: true, certainty: 'unverified' });
    expect(member('east-midlands', 'QT1')?.partial).toBe(true);
    expect(member('thames-valley', 'QNQ')?.partial).toBe(true);
    expect(member('surrey-and-sussex', 'QNQ')).toMatchObject({ partial: true, certainty: 'unverified' });
  });

  it('hosts Wessex in the South East, with Dorset in the South West', () => {
    const wessex = alliance('wessex');
    expect(wessex.regionId).toBe('Y59');
    expect(new Set(wessex.members.map((m) => findIcb(m.icbId)?.regionId))).toEqual(new Set(['Y59', 'Y58']));
    expect(wessex.notes.join(' ')).toMatch(/Dorset/);
  });

  it('marks the uncertain facts rather than hiding them', () => {
    expect(alliance('east-of-england-north').onsCodes).toEqual({});
    expect(alliance('east-of-england-north').certainty['onsCodes']).toBe('not-found');
    expect(alliance('east-of-england-south').certainty['onsCodes']).toBe('not-found');
    expect(alliance('east-of-england').certainty['validity.merger']).toBe('unverified');
    expect(alliance('west-midlands').certainty['members']).toBe('unverified');
    expect(alliance('east-midlands').certainty['members']).toBe('unverified');
    expect(alliance('lancashire-and-south-cumbria').certainty['members']).toBe('inferred');
    expect(alliance('thames-valley').certainty['members.frimley-split']).toBe('unverified');
    expect(findRegion('Y60')?.certainty['onsCodes.NHSER20']).toBe('inferred');
    for (const region of organisations.regions) expect(region.certainty['validity']).toBe('unverified');
    for (const icb of organisations.icbs) expect(icb.certainty['validity']).toBe('unverified');
  });

  it("keeps each alliance's members certainty at the weakest of its members", () => {
    const order = ['verified', 'inferred', 'unverified', 'not-found'];
    for (const a of organisations.alliances) {
      const weakest = a.members.map((m) => order.indexOf(m.certainty)).reduce((x, y) => Math.max(x, y), 0);
      expect(a.certainty['members'], a.id).toBe(order[weakest]);
    }
  });
});

describe('lookups', () => {
  it('finds alliances, regions and ICBs by id, and alliances by ONS code', () => {
    expect(findAlliance('swag')?.name).toMatch(/SWAG/);
    expect(findAlliance('no-such-alliance')).toBeUndefined();
    expect(findRegion('Y56')?.name).toBe('London');
    expect(findRegion('Y99')).toBeUndefined();
    expect(findIcb('QVV')?.name).toBe('Dorset');
    expect(findIcb('QZZ')).toBeUndefined();
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
