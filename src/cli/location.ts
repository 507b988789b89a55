// The CLI imports the library by its public entry points; this small formatter of an issue's place is the library's
// internal one (src/internal/error.ts, formatLocation), copied here because it is not part of the public surface.
import type { IssueLocation } from 'cancer-alliance-framework';

/** Formats a location as `file:line:column (row 3, id T1.C2, at themes.0.id)`. */
export function formatLocation(location: IssueLocation): string {
  const head = [location.file, location.line, location.line !== undefined ? location.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const details: string[] = [];
  if (location.row !== undefined) details.push(`row ${location.row}`);
  if (location.id !== undefined) details.push(`id ${location.id}`);
  if (location.path !== undefined && location.path.length > 0) details.push(`at ${location.path.join('.')}`);
  if (head && details.length > 0) return `${head} (${details.join(', ')})`;
  if (head) return head;
  return details.join(', ');
}
