/**
 * Where in an input an issue was found. Every field is optional: an issue carries what is known.
 * Lines, columns and rows count from 1, as editors and spreadsheets do.
 */
export interface IssueLocation {
  /** The file name, when the caller gave one. */
  readonly file?: string | undefined;
  /** 1-based line in the source text. */
  readonly line?: number | undefined;
  /** 1-based column in the source text. */
  readonly column?: number | undefined;
  /** 1-based data row (CSV: the first row after the header is row 1). */
  readonly row?: number | undefined;
  /** The path of keys and indexes to the value, e.g. `["themes", 0, "id"]`. */
  readonly path?: readonly (string | number)[] | undefined;
  /** The id of the entity concerned, e.g. `T1.C2`. */
  readonly id?: string | undefined;
}

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

/** Builds the message of an error from its issues, one line per issue, each with its place. */
export function formatIssues(
  summary: string,
  issues: readonly { readonly message: string; readonly location: IssueLocation }[],
): string {
  const lines = issues.slice(0, 20).map((issue) => {
    const where = formatLocation(issue.location);
    return where ? `  - ${where}: ${issue.message}` : `  - ${issue.message}`;
  });
  if (issues.length > 20) lines.push(`  - … and ${issues.length - 20} more`);
  return `${summary}\n${lines.join('\n')}`;
}
