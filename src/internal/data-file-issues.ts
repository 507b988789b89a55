/**
 * The problems of a YAML or JSON data file that every reader of one (framework files, the programme's data files)
 * finds alike, without their wording: one union member per `code`, each with its data. `FrameworkIssueData` and
 * `ProgrammeIssueData` each include them.
 *
 * @category Errors
 */
export type DataFileIssueData =
  | {
      /** The text is larger than `options.maxBytes`. */
      readonly code: 'too-large';
      /** The text's size in UTF-8 bytes. */
      readonly bytes: number;
      /** The most allowed (`options.maxBytes`). */
      readonly max: number;
    }
  | {
      /** Lists and maps nest deeper than the readers allow (100 levels), with aliases expanded. */
      readonly code: 'too-deep';
      /** The deepest nesting allowed. */
      readonly max: number;
    }
  | {
      /** A key is given twice in one map (or one JSON object). */
      readonly code: 'duplicate-key';
      /** The key. */
      readonly key: string;
    }
  | {
      /** More problems were found than `options.maxIssues`: this last issue counts those not listed. */
      readonly code: 'too-many-issues';
      /** How many problems were found but not listed. */
      readonly more: number;
      /** The most listed (`options.maxIssues`). */
      readonly max: number;
    }
  | {
      /** The YAML expands more aliases than `options.maxAliasCount`: an alias bomb. */
      readonly code: 'alias-limit';
      /** The most aliases allowed. */
      readonly max: number;
    }
  | {
      /** The text is not valid YAML. */
      readonly code: 'yaml-syntax';
      /** The YAML parser's description of the error. */
      readonly detail: string;
    }
  | {
      /** A field is unknown, missing, or has the wrong type or form. */
      readonly code: 'schema';
      /** `unknown-key`: a key the format does not have; `missing`: a required field left out; `invalid`: any other. */
      readonly reason: 'unknown-key' | 'missing' | 'invalid';
      /**
       * The key concerned: for `unknown-key` the key itself; for `missing` and `invalid` the whole path to the value,
       * dotted (`themes.0.conditionsOfSuccess.2.id`, `roles.3.sources.0`; `''` at the top level).
       */
      readonly field: string;
      /** What is wrong, e.g. `Invalid input: expected number, received string`. */
      readonly detail: string;
    };

/** What differs between the data files in the words of an issue: what the file is, and the guide that describes it. */
export interface DataFileWording {
  /** The file, with its article: `a framework file`. */
  readonly file: string;
  /** The guide to the format, e.g. `docs/framework-format.md`. */
  readonly guide: string;
}

/** The message and hint of a data file's problem. */
export function describeDataFileIssue(data: DataFileIssueData, wording: DataFileWording): { readonly message: string; readonly hint: string } {
  switch (data.code) {
    case 'too-large':
      return {
        message: `the file is ${data.bytes} bytes (UTF-8), more than the limit of ${data.max}`,
        hint: 'Split the file, or raise the maxBytes option if you trust it.',
      };
    case 'too-deep':
      return {
        message: `lists and maps nest more than ${data.max} levels deep (aliases expanded), far deeper than ${wording.file} does`,
        hint: `Check the brackets and the indentation here: ${wording.file} nests a few levels deep.`,
      };
    case 'duplicate-key':
      return {
        message: `the key "${data.key}" is given twice in the same map; only one value can be kept`,
        hint: 'Remove one of the two, or rename it.',
      };
    case 'too-many-issues':
      return {
        message: `${data.more} more ${data.more === 1 ? 'problem was' : 'problems were'} found and not listed: at most ${data.max} are listed`,
        hint: 'Correct the problems listed and read the file again, or raise the maxIssues option to list more.',
      };
    case 'alias-limit':
      return {
        message: `the YAML uses more than ${data.max} aliases, which looks like an alias bomb`,
        hint: 'Write the values out in full, or raise the maxAliasCount option if you trust the file.',
      };
    case 'yaml-syntax':
      return {
        message: `YAML syntax error: ${data.detail}`,
        hint: 'Correct the YAML at this line and column: a quote or bracket left open, or a wrong indent, are the usual causes.',
      };
    case 'schema':
      switch (data.reason) {
        case 'unknown-key':
          return { message: `unknown key "${data.field}"`, hint: `Remove it or check its spelling; ${wording.guide} describes every key.` };
        case 'missing':
          return {
            message: `${data.field}: required, but missing (${data.detail})`,
            hint: `Add ${data.field.slice(data.field.lastIndexOf('.') + 1)}; ${wording.guide} describes every field.`,
          };
        case 'invalid':
          return { message: data.field === '' ? data.detail : `${data.field}: ${data.detail}`, hint: `Correct the value; ${wording.guide} describes every field.` };
      }
  }
}

/** The codes of {@link DataFileIssueData}. */
const DATA_FILE_CODES: ReadonlySet<string> = new Set<DataFileIssueData['code']>([
  'too-large',
  'too-deep',
  'duplicate-key',
  'too-many-issues',
  'alias-limit',
  'yaml-syntax',
  'schema',
]);

/** Whether an issue's data is one of a data file's own problems. */
export function isDataFileIssue(data: { readonly code: string }): data is DataFileIssueData {
  return DATA_FILE_CODES.has(data.code);
}
