import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { IssueLocation } from '../internal/error.js';
import { freezeParsed } from '../internal/freeze.js';
import type { SafeParseResult } from '../internal/result.js';
import { FrameworkError, frameworkMessages as say, type FrameworkIssue } from './errors.js';
import { ROLE_IDS } from '../programme/role-ids.js';
import { lintFramework } from './lint.js';
import { FrameworkSchema, type Framework } from './schema.js';

/** Options for {@link parseFramework} and {@link safeParseFramework}. */
export interface ParseFrameworkOptions {
  /** The file name, shown in every issue's location. */
  readonly file?: string | undefined;
  /** Refuse texts longer than this many UTF-16 code units. Default 1,000,000 (about 1 MB). */
  readonly maxBytes?: number | undefined;
  /** Refuse documents that use more aliases than this (alias bombs). Default 100. */
  readonly maxAliasCount?: number | undefined;
  /**
   * The role ids that a theme's `supportedBy` may name. Default: the programme model's role ids (`ROLE_IDS`).
   * Pass `null` for a framework from another programme whose roles this library does not model: ids are then
   * checked only for their kebab-case shape.
   */
  readonly roles?: readonly string[] | null | undefined;
}

type Path = readonly (string | number)[];

/** Finds the node at a path, or the nearest ancestor that exists; `key` points at a map key instead of its value. */
function locate(doc: Document, path: Path, key: string | undefined, lines: LineCounter): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let range: readonly number[] | undefined = (node as Node | null)?.range ?? undefined;
  const segments = key === undefined ? path : [...path, key];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const isLastKey = key !== undefined && i === segments.length - 1;
      const target = isLastKey ? pair.key : pair.value;
      const targetRange = (target as Node | null)?.range ?? (pair.key as Node | null)?.range ?? undefined;
      if (targetRange) range = targetRange;
      node = target;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      const itemRange = (item as Node | null)?.range;
      if (itemRange) range = itemRange;
      node = item;
    } else {
      break;
    }
  }
  if (!range || range[0] === undefined) return undefined;
  const position = lines.linePos(range[0]);
  return { line: position.line, column: position.col };
}

function where(
  doc: Document,
  lines: LineCounter,
  file: string | undefined,
  path: Path,
  key?: string | undefined,
  id?: string | undefined,
): IssueLocation {
  const position = locate(doc, path, key, lines);
  return {
    ...(file === undefined ? {} : { file }),
    ...(position ?? {}),
    path,
    ...(id === undefined ? {} : { id }),
  };
}

/** The id of the nearest enclosing entity that has one, for an issue's location. */
function idAt(data: unknown, path: Path): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[segment];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const candidate = (node as Record<string, unknown>)['id'];
      if (typeof candidate === 'string') found = candidate;
    }
  }
  return found;
}

function schemaIssues(
  error: z.ZodError,
  data: unknown,
  doc: Document,
  lines: LineCounter,
  file: string | undefined,
): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          code: 'schema',
          message: say.schema(`unknown key "${key}"; remove it or check its spelling`),
          location: where(doc, lines, file, path, key, idAt(data, path)),
        });
      }
      continue;
    }
    const field = path.length > 0 ? `${String(path[path.length - 1])}: ` : '';
    const missing = issue.code === 'invalid_type' && path.length > 0 && /received undefined$/.test(issue.message);
    issues.push({
      code: 'schema',
      message: say.schema(missing ? `${field}required, but missing (expected ${issue.expected}); add it` : `${field}${issue.message}`),
      location: where(doc, lines, file, path, undefined, idAt(data, path)),
    });
  }
  return issues;
}

function byPosition(a: FrameworkIssue, b: FrameworkIssue): number {
  return (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0);
}

function checkOptions(options: ParseFrameworkOptions | undefined, name: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new TypeError(`${name}: options must be an object or undefined`);
  for (const field of ['maxBytes', 'maxAliasCount'] as const) {
    const value = options[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new RangeError(`${name}: options.${field} must be a whole number of at least 0, got ${String(value)}`);
    }
  }
}

function run(yamlText: string, options: ParseFrameworkOptions | undefined, name: string): Framework {
  if (typeof yamlText !== 'string') {
    throw new TypeError(`${name}: yamlText must be a string (the text of a YAML or JSON file), got ${typeof yamlText}`);
  }
  checkOptions(options, name);
  const file = options?.file;
  const maxBytes = options?.maxBytes ?? 1_000_000;
  const maxAliasCount = options?.maxAliasCount ?? 100;
  const fileOnly = file === undefined ? {} : { file };

  if (yamlText.length > maxBytes) {
    throw new FrameworkError([{ code: 'too-large', message: say.tooLarge(yamlText.length, maxBytes), location: fileOnly }], file);
  }
  const lines = new LineCounter();
  const doc = parseDocument(yamlText.startsWith('\uFEFF') ? yamlText.slice(1) : yamlText, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    // The core prints nothing: without this, a map key that is itself a map or a list makes `yaml` emit a
    // process warning (console.warn in a browser). Such keys fail the schema anyway.
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    throw new FrameworkError(
      doc.errors.map((error) => {
        const position = lines.linePos(error.pos[0]);
        return {
          code: 'yaml-syntax',
          message: say.yamlSyntax(error.message.split('\n')[0] ?? error.message),
          location: { ...fileOnly, line: position.line, column: position.col },
        };
      }),
      file,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new FrameworkError([{ code: 'alias-limit', message: say.aliasLimit(maxAliasCount), location: fileOnly }], file);
    }
    throw error;
  }
  const shape = FrameworkSchema.safeParse(data);
  if (!shape.success) {
    throw new FrameworkError(schemaIssues(shape.error, data, doc, lines, file).sort(byPosition), file);
  }
  const meaning = lintFramework(shape.data, { roles: options?.roles === undefined ? ROLE_IDS : options.roles });
  if (meaning.length > 0) {
    throw new FrameworkError(
      meaning
        .map((issue) => ({
          ...issue,
          location: { ...where(doc, lines, file, issue.location.path ?? []), ...(issue.location.id === undefined ? {} : { id: issue.location.id }) },
        }))
        .sort(byPosition),
      file,
    );
  }
  return freezeParsed(shape.data);
}


/**
 * Parses and validates a framework file (YAML or JSON text): its shape, then its meaning.
 *
 * @param yamlText - The text of the file.
 * @param options - The file name for messages, size and alias limits, and the role ids `supportedBy` may name.
 * @returns The framework, validated and deeply frozen, with defaults filled in (weights 1, empty `enables`).
 * @throws {@link FrameworkError} listing every problem with its line, column and id path.
 * @throws TypeError when `yamlText` is not a string.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const framework = parseFramework(readFileSync('my-framework.yaml', 'utf8'), { file: 'my-framework.yaml' });
 * framework.themes.length;
 * ```
 * @category Framework
 */
export function parseFramework(yamlText: string, options?: ParseFrameworkOptions | undefined): Framework {
  return run(yamlText, options, 'parseFramework');
}

/**
 * Parses and validates a framework file, returning a result object instead of throwing.
 *
 * @param yamlText - The text of the file.
 * @param options - As for {@link parseFramework}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link FrameworkError}.
 * @throws TypeError when `yamlText` is not a string (a programmer error, not bad input).
 * @example
 * ```ts
 * const result = safeParseFramework('id: broken');
 * if (!result.success) result.error.issues.length; // > 0
 * ```
 * @category Framework
 */
export function safeParseFramework(
  yamlText: string,
  options?: ParseFrameworkOptions | undefined,
): SafeParseResult<Framework, FrameworkError> {
  try {
    return { success: true, data: run(yamlText, options, 'safeParseFramework') };
  } catch (error) {
    if (error instanceof FrameworkError) return { success: false, error };
    throw error;
  }
}
