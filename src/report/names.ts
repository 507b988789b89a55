import { indexedAlliance } from '../programme/organisation-index.js';

/** The programme model's name of an alliance; null when the id is not an alliance's. */
export function defaultOrganisationName(organisationId: string): string | null {
  return indexedAlliance(organisationId)?.name ?? null;
}
