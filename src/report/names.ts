import { findAlliance } from '../programme/organisations.js';

/** The programme model's name of an alliance; null when the id is not an alliance's. */
export function defaultOrganisationName(organisationId: string): string | null {
  return findAlliance(organisationId)?.name ?? null;
}
