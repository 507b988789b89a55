import { isObject } from '../internal/guards.js';
import { allianceDocument } from './alliance-document.js';
import { NO_LINKS, type Doc, type DocLinks } from './document.js';
import type { Report } from './model.js';
import { nationalDocument } from './national-document.js';

/** Lays out a report of either kind as a document. */
export function reportDocument(fn: string, report: Report, charts: boolean, links: DocLinks = NO_LINKS): Doc {
  if (!isObject(report)) throw new TypeError(`${fn}: report must be a report model from buildReports, buildNationalReport or buildAllianceReport`);
  switch (report.kind) {
    case 'national-report':
      return nationalDocument(report, charts, links);
    case 'alliance-report':
      return allianceDocument(report, charts, links);
    default:
      throw new TypeError(`${fn}: report.kind must be "national-report" or "alliance-report", got ${JSON.stringify((report as { kind?: unknown }).kind)}`);
  }
}
