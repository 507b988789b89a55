import { isObject } from '../internal/guards.js';
import { isValid } from 'date-fns/isValid';
import { deepFreeze } from '../internal/freeze.js';
import { organisationsData } from './organisations.generated.js';
import type { Alliance, AllianceMember, Icb, OrganisationsData, PlannedChange, Region, RegionId } from './schema.js';
import { isoDayOf } from '../internal/day.js';
import { asAtNoticeOf } from './organisation-index.js';

/**
 * Options for looking up organisations.
 *
 * @category Programme
 */
export interface OrganisationsOptions {
  /** The organisations data to use. Default: the bundled `organisations`. */
  readonly data?: OrganisationsData | undefined;
}

/**
 * Options of `findIcb`: other data, and the day on which an ODS code is read.
 *
 * @category Programme
 */
export interface FindIcbOptions extends OrganisationsOptions {
  /**
   * The day on which to read an ODS code, in the runtime's local time zone: the ICB version that held the code that day.
   * Default: the latest version to hold it. Ignored for an id.
   */
  readonly date?: Date | undefined;
}

/**
 * Options of `regionsOf`: other data, and the day.
 *
 * @category Programme
 */
export interface RegionsOfOptions extends OrganisationsOptions {
  /** The day whose memberships count, in the runtime's local time zone. Default: every membership in the data. */
  readonly date?: Date | undefined;
}

/**
 * The regions, ICBs and Cancer Alliances in force on one day, and how far the data can be trusted for it.
 *
 * @category Programme
 */
export interface OrganisationsInForce {
  /** The day, as an ISO date (`2024-04-01`), in the runtime's local time zone. */
  readonly date: string;
  /** The day the data was last checked against its sources (ISO date). */
  readonly asAt: string;
  /** True when `date` is after `asAt`: changes since then are not in the data. */
  readonly beyondAsAt: boolean;
  /** When `beyondAsAt`, a sentence saying so and naming the announced changes expected by `date`; otherwise null. */
  readonly notice: string | null;
  /** The NHS England regions in force. */
  readonly regions: readonly Region[];
  /** The ICB versions in force. */
  readonly icbs: readonly Icb[];
  /** The Cancer Alliances in force, each with only the memberships in force that day. */
  readonly alliances: readonly Alliance[];
  /** Announced changes expected on or before `date` that the data does not yet hold (none on or before `asAt`). */
  readonly planned: readonly PlannedChange[];
}

/** Whether an entity with a validity period is in force on an ISO day. */
export function inForceOn(entity: { readonly validFrom: string; readonly validTo?: string | undefined }, day: string): boolean {
  return entity.validFrom <= day && (entity.validTo === undefined || day <= entity.validTo);
}

function dataOf(options: OrganisationsOptions | undefined, name: string): OrganisationsData {
  if (options !== undefined && !isObject(options)) {
    throw new TypeError(`${name}: options must be an object or undefined`);
  }
  return options?.data ?? organisationsData();
}

function checkId(id: unknown, name: string, what: string): asserts id is string {
  if (typeof id !== 'string') throw new TypeError(`${name}: ${what} must be a string, got ${typeof id}`);
}

function checkDate(date: unknown, name: string, what = 'date'): asserts date is Date {
  if (!(date instanceof Date)) throw new TypeError(`${name}: ${what} must be a Date, got ${typeof date}`);
  if (!isValid(date)) throw new RangeError(`${name}: ${what} is an invalid Date; pass a real date such as new Date(2024, 3, 1)`);
}

/** An alliance with only the memberships in force on a day. */
function allianceOn(alliance: Alliance, day: string): Alliance {
  return { ...alliance, members: alliance.members.filter((member) => inForceOn(member, day)) };
}

/**
 * Gives the regions, ICBs and Cancer Alliances in force on a date, with each alliance's memberships of that day, and
 * says when the date lies beyond the data's `asAt`: 21 alliances on 31 March 2024 (East of England North and South),
 * 20 from 1 April 2024; 42 ICBs until 31 March 2026, 36 from 1 April 2026.
 *
 * @param date - The day, read in the runtime's local time zone.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The organisations in force that day, with `asAt`, `beyondAsAt`, `notice` and the announced changes expected
 * by then that the data does not hold; deeply frozen.
 * @throws TypeError when `date` is not a Date; RangeError when it is an invalid Date.
 * @example
 * ```ts
 * organisationsAt(new Date(2024, 3, 1)).alliances.length; // 20
 * organisationsAt(new Date(2026, 11, 4)).icbs.length; // 36
 * organisationsAt(new Date(2027, 5, 1)).beyondAsAt; // true
 * ```
 * @category Programme
 */
export function organisationsAt(date: Date, options?: OrganisationsOptions | undefined): OrganisationsInForce {
  checkDate(date, 'organisationsAt');
  const data = dataOf(options, 'organisationsAt');
  const day = isoDayOf(date);
  const beyondAsAt = day > data.asAt;
  const planned = data.planned.filter((change) => change.expectedFrom <= day);
  return deepFreeze({
    date: day,
    asAt: data.asAt,
    beyondAsAt,
    notice: beyondAsAt ? asAtNoticeOf(day, data.asAt, planned) : null,
    regions: data.regions.filter((region) => inForceOn(region, day)),
    icbs: data.icbs.filter((icb) => inForceOn(icb, day)),
    alliances: data.alliances.filter((alliance) => inForceOn(alliance, day)).map((alliance) => allianceOn(alliance, day)),
    planned,
  });
}

/**
 * Finds a Cancer Alliance by its id, whenever it was in force, with all its dated memberships.
 *
 * @param id - An alliance id such as `swag` or `east-of-england-north`.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The alliance, or undefined when there is none with that id.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * findAlliance('wessex')?.regionId; // 'Y59'
 * ```
 * @category Programme
 */
export function findAlliance(id: string, options?: OrganisationsOptions | undefined): Alliance | undefined {
  checkId(id, 'findAlliance', 'id');
  return dataOf(options, 'findAlliance').alliances.find((alliance) => alliance.id === id);
}

/**
 * Finds a Cancer Alliance by its ONS (E56) code in any vintage.
 *
 * @param code - An ONS code such as `E56000035`.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The alliance, or undefined when no alliance has that code.
 * @throws TypeError when `code` is not a string.
 * @example
 * ```ts
 * findAllianceByOnsCode('E56000035')?.id; // 'east-of-england'
 * ```
 * @category Programme
 */
export function findAllianceByOnsCode(code: string, options?: OrganisationsOptions | undefined): Alliance | undefined {
  checkId(code, 'findAllianceByOnsCode', 'code');
  return dataOf(options, 'findAllianceByOnsCode').alliances.find((alliance) => Object.values(alliance.onsCodes).includes(code));
}

/**
 * Finds an NHS England region by its ODS code.
 *
 * @param id - An ODS region code such as `Y56`.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The region, or undefined when there is none with that code.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * findRegion('Y56')?.name; // 'London'
 * ```
 * @category Programme
 */
export function findRegion(id: string, options?: OrganisationsOptions | undefined): Region | undefined {
  checkId(id, 'findRegion', 'id');
  return dataOf(options, 'findRegion').regions.find((region) => region.id === id);
}

/** The ICB version an id or ODS code names (the ODS code on `day`, or the latest version to hold it). */
export function icbNamed(data: OrganisationsData, idOrCode: string, day: string | undefined): Icb | undefined {
  const byId = data.icbs.find((icb) => icb.id === idOrCode);
  if (byId) return byId;
  let latest: { readonly icb: Icb; readonly from: string } | undefined;
  for (const icb of data.icbs) {
    for (const ods of icb.odsCodes) {
      if (ods.code !== idOrCode) continue;
      if (day !== undefined) {
        if (inForceOn(ods, day)) return icb;
      } else if (latest === undefined || ods.validFrom > latest.from) {
        latest = { icb, from: ods.validFrom };
      }
    }
  }
  return day === undefined ? latest?.icb : undefined;
}

/**
 * Finds a version of an Integrated Care Board by its id (`norfolk-and-suffolk-icb`) or by an ODS code it held (`T6Y0W`,
 * `QYG`). An ODS code may name more than one version (QRL is Hampshire and Isle of Wight before and after it gained part
 * of Frimley on 1 April 2026): with `options.date` the version that held it that day, otherwise the latest.
 *
 * @param idOrCode - An ICB id, or an ODS code (three characters for the ICBs of 2022, five for those of 2026).
 * @param options - Other organisations data, and the day on which to read an ODS code.
 * @returns The ICB version, or undefined when none has that id, or held that code (that day).
 * @throws TypeError when `idOrCode` is not a string or `options.date` not a Date; RangeError when the date is invalid.
 * @example
 * ```ts
 * findIcb('dorset-icb')?.name; // 'Dorset'
 * findIcb('QVV')?.id; // 'dorset-icb'
 * findIcb('QRL')?.id; // 'hampshire-and-isle-of-wight-icb-2026'
 * findIcb('QRL', { date: new Date(2025, 0, 1) })?.id; // 'hampshire-and-isle-of-wight-icb'
 * ```
 * @category Programme
 */
export function findIcb(idOrCode: string, options?: FindIcbOptions | undefined): Icb | undefined {
  checkId(idOrCode, 'findIcb', 'idOrCode');
  const data = dataOf(options, 'findIcb');
  if (options?.date !== undefined) checkDate(options.date, 'findIcb', 'options.date');
  return icbNamed(data, idOrCode, options?.date === undefined ? undefined : isoDayOf(options.date));
}

/**
 * Gives the hosting (primary) region of a Cancer Alliance. Wessex is hosted in the South East and also covers Dorset
 * in the South West; this returns the South East (`regionsOf` gives both).
 *
 * @param allianceId - An alliance id.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The alliance's region.
 * @throws RangeError when there is no alliance with that id; TypeError when it is not a string.
 * @example
 * ```ts
 * regionOf('swag').name; // 'South West'
 * ```
 * @category Programme
 */
export function regionOf(allianceId: string, options?: OrganisationsOptions | undefined): Region {
  checkId(allianceId, 'regionOf', 'allianceId');
  dataOf(options, 'regionOf'); // refuses bad options in this function's name, before findAlliance would in its own
  const alliance = findAlliance(allianceId, options);
  if (!alliance) throw new RangeError(`regionOf: there is no Cancer Alliance "${allianceId}"; use an id from organisations.alliances`);
  const region = findRegion(alliance.regionId, options);
  if (!region) throw new RangeError(`regionOf: the region "${alliance.regionId}" of "${allianceId}" is not in the data`);
  return region;
}

/** The ids of the regions an alliance's area lies in: its hosting region, then its member ICBs' regions, in data order. */
export function regionIdsOf(data: OrganisationsData, alliance: Alliance, inForce: (member: AllianceMember) => boolean): readonly RegionId[] {
  const ids = new Set<RegionId>([alliance.regionId]);
  for (const member of alliance.members) {
    if (!inForce(member)) continue;
    const icb = data.icbs.find((candidate) => candidate.id === member.icbId);
    if (icb) ids.add(icb.regionId);
  }
  return [...ids];
}

/**
 * Gives the NHS England regions a Cancer Alliance's area lies in: its hosting region first, then the regions of its
 * member ICBs (Wessex: the South East and the South West, for Dorset; South Yorkshire and Bassetlaw: North East and
 * Yorkshire and the Midlands, for Bassetlaw).
 *
 * @param allianceId - An alliance id.
 * @param options - Other organisations data, and the day whose memberships count (default: every membership).
 * @returns The regions, hosting region first, deeply frozen.
 * @throws RangeError when there is no alliance with that id or the date is invalid; TypeError when `allianceId` is not a
 * string or `options.date` not a Date.
 * @example
 * ```ts
 * regionsOf('wessex').map((region) => region.name); // ['South East', 'South West']
 * ```
 * @category Programme
 */
export function regionsOf(allianceId: string, options?: RegionsOfOptions | undefined): readonly Region[] {
  checkId(allianceId, 'regionsOf', 'allianceId');
  const data = dataOf(options, 'regionsOf');
  if (options?.date !== undefined) checkDate(options.date, 'regionsOf', 'options.date');
  const alliance = data.alliances.find((candidate) => candidate.id === allianceId);
  if (!alliance) throw new RangeError(`regionsOf: there is no Cancer Alliance "${allianceId}"; use an id from organisations.alliances`);
  const day = options?.date === undefined ? undefined : isoDayOf(options.date);
  const ids = regionIdsOf(data, alliance, (member) => day === undefined || inForceOn(member, day));
  return deepFreeze(ids.map((id) => data.regions.find((region) => region.id === id)).filter((region): region is Region => region !== undefined));
}

/**
 * Lists the Cancer Alliances in force on a date that cover all or part of an ICB, each with its memberships of that day.
 *
 * @param icbIdOrCode - An ICB id, or an ODS code (read on `date`).
 * @param date - The day, read in the runtime's local time zone.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The alliances (two for an ICB split between alliances, such as Humber and North Yorkshire).
 * @throws TypeError when `icbIdOrCode` is not a string or `date` not a Date; RangeError when `date` is invalid.
 * @example
 * ```ts
 * alliancesOfIcb('QOQ', new Date(2024, 3, 1)).map((alliance) => alliance.id);
 * // ['humber-and-north-yorkshire', 'west-yorkshire-and-harrogate']
 * alliancesOfIcb('west-and-north-london-icb', new Date(2026, 11, 4)).map((alliance) => alliance.id);
 * // ['north-central-london', 'rm-partners-west-london']
 * ```
 * @category Programme
 */
export function alliancesOfIcb(icbIdOrCode: string, date: Date, options?: OrganisationsOptions | undefined): readonly Alliance[] {
  checkId(icbIdOrCode, 'alliancesOfIcb', 'icbIdOrCode');
  checkDate(date, 'alliancesOfIcb');
  const data = dataOf(options, 'alliancesOfIcb');
  const day = isoDayOf(date);
  const icbId = icbNamed(data, icbIdOrCode, day)?.id ?? icbIdOrCode;
  return deepFreeze(
    data.alliances
      .filter((alliance) => inForceOn(alliance, day))
      .map((alliance) => allianceOn(alliance, day))
      .filter((alliance) => alliance.members.some((member) => member.icbId === icbId)),
  );
}

/**
 * A successor of a region, ICB version or alliance: what took over all or part of its area, and from when.
 *
 * @category Programme
 */
export interface Successor {
  /** The successor's id. */
  readonly id: string;
  /** Whether it is an ICB version or an alliance. */
  readonly kind: 'icb' | 'alliance';
  /** True when only part of the predecessor's area passed to it. */
  readonly part: boolean;
  /** The first day of the successor (ISO date). */
  readonly validFrom: string;
  /** Which part, or how it passed, when the data says. */
  readonly note: string | null;
}

/**
 * Lists the successors of an ICB version or an alliance: the versions and alliances that name it as a predecessor.
 * Frimley ICB split three ways on 1 April 2026.
 *
 * @param id - An ICB id or an alliance id.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The successors in data order (none while it is in force), deeply frozen.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * successorsOf('frimley-icb').map((successor) => successor.id);
 * // ['thames-valley-icb', 'surrey-and-sussex-icb', 'hampshire-and-isle-of-wight-icb-2026']
 * successorsOf('east-of-england-north').map((successor) => successor.id); // ['east-of-england']
 * ```
 * @category Programme
 */
export function successorsOf(id: string, options?: OrganisationsOptions | undefined): readonly Successor[] {
  checkId(id, 'successorsOf', 'id');
  const data = dataOf(options, 'successorsOf');
  const found: Successor[] = [];
  for (const [kind, entities] of [
    ['icb', data.icbs],
    ['alliance', data.alliances],
  ] as const) {
    for (const entity of entities) {
      const link = entity.predecessors.find((predecessor) => predecessor.id === id);
      if (link) found.push({ id: entity.id, kind, part: link.part, validFrom: entity.validFrom, note: link.note ?? null });
    }
  }
  return deepFreeze(found);
}
