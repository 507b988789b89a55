import { isObject } from '../internal/guards.js';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { deepFreeze } from '../internal/freeze.js';
import { organisationsData } from './organisations.generated.js';
import type { Alliance, Icb, OrganisationsData, Region } from './schema.js';

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
 * The regions, ICBs and Cancer Alliances in force on one day.
 *
 * @category Programme
 */
export interface OrganisationsInForce {
  /** The day, as an ISO date (`2024-04-01`), in the runtime's local time zone. */
  readonly date: string;
  /** The NHS England regions in force. */
  readonly regions: readonly Region[];
  /** The Integrated Care Boards in force. */
  readonly icbs: readonly Icb[];
  /** The Cancer Alliances in force. */
  readonly alliances: readonly Alliance[];
}

/** The local calendar day of a date as an ISO date string. */
export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
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

/**
 * Gives the regions, ICBs and Cancer Alliances in force on a date: 21 alliances on 31 March 2024
 * (East of England North and South), 20 from 1 April 2024 (one East of England).
 *
 * @param date - The day, read in the runtime's local time zone.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The organisations in force that day, deeply frozen.
 * @throws TypeError when `date` is not a Date; RangeError when it is an invalid Date.
 * @example
 * ```ts
 * organisationsAt(new Date(2023, 2, 31)).alliances.length; // 21
 * organisationsAt(new Date(2024, 3, 1)).alliances.length; // 20
 * ```
 * @category Programme
 */
export function organisationsAt(date: Date, options?: OrganisationsOptions | undefined): OrganisationsInForce {
  if (!(date instanceof Date)) throw new TypeError(`organisationsAt: date must be a Date, got ${typeof date}`);
  if (!isValid(date)) throw new RangeError('organisationsAt: date is an invalid Date; pass a real date such as new Date(2024, 3, 1)');
  const data = dataOf(options, 'organisationsAt');
  const day = isoDay(date);
  return deepFreeze({
    date: day,
    regions: data.regions.filter((region) => inForceOn(region, day)),
    icbs: data.icbs.filter((icb) => inForceOn(icb, day)),
    alliances: data.alliances.filter((alliance) => inForceOn(alliance, day)),
  });
}

/**
 * Finds a Cancer Alliance by its id, whenever it was in force.
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

/**
 * Finds an Integrated Care Board by its ODS code.
 *
 * @param id - An ODS ICB code such as `QYG`.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The ICB, or undefined when there is none with that code.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * findIcb('QVV')?.name; // 'Dorset'
 * ```
 * @category Programme
 */
export function findIcb(id: string, options?: OrganisationsOptions | undefined): Icb | undefined {
  checkId(id, 'findIcb', 'id');
  return dataOf(options, 'findIcb').icbs.find((icb) => icb.id === id);
}

/**
 * Gives the hosting (primary) region of a Cancer Alliance. Wessex is hosted in the South East and also
 * covers Dorset in the South West; this returns the South East.
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

/**
 * Lists the Cancer Alliances in force on a date that cover all or part of an ICB.
 *
 * @param icbId - An ODS ICB code.
 * @param date - The day, read in the runtime's local time zone.
 * @param options - Other organisations data to use instead of the bundled data.
 * @returns The alliances (two for an ICB split between alliances, such as Humber and North Yorkshire).
 * @throws TypeError when `icbId` is not a string or `date` not a Date; RangeError when `date` is invalid.
 * @example
 * ```ts
 * alliancesOfIcb('QOQ', new Date(2024, 3, 1)).map((alliance) => alliance.id);
 * // ['humber-and-north-yorkshire', 'west-yorkshire-and-harrogate']
 * ```
 * @category Programme
 */
export function alliancesOfIcb(icbId: string, date: Date, options?: OrganisationsOptions | undefined): readonly Alliance[] {
  checkId(icbId, 'alliancesOfIcb', 'icbId');
  if (!(date instanceof Date)) throw new TypeError(`alliancesOfIcb: date must be a Date, got ${typeof date}`);
  if (!isValid(date)) throw new RangeError('alliancesOfIcb: date is an invalid Date; pass a real date such as new Date(2024, 3, 1)');
  const day = isoDay(date);
  return deepFreeze(dataOf(options, 'alliancesOfIcb').alliances.filter((alliance) => inForceOn(alliance, day) && alliance.members.some((member) => member.icbId === icbId)));
}
