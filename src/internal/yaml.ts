import { yamlLibrary } from '#parsers/yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import type { IssueLocation } from './error.js';

/**
 * Reading untrusted YAML (or JSON) text for the data files: the framework, the organisations and the
 * programme. One way through for all of them: size limit, syntax, alias limit, then a value whose every
 * part can be traced back to its line and column.
 */

/** The keys and indexes from the document's root to a value. */
export type YamlPath = readonly (string | number)[];

/** A 1-based line and column in the source text. */
export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/** Why a text could not be read as YAML at all; each caller words it in its own error type. */
export type YamlReadProblem =
  | { readonly kind: 'too-large'; readonly length: number; readonly max: number }
  | { readonly kind: 'syntax'; readonly errors: readonly ({ readonly detail: string } & YamlPosition)[] }
  | { readonly kind: 'alias-limit'; readonly max: number };

/** A document read from YAML: its plain value, and the place of any part of it. */
export interface YamlSource {
  /** The document as plain JavaScript values (maps as objects, sequences as arrays). */
  readonly data: unknown;
  /**
   * The line and column of the value at `path` (of its key, when `key` is given), or of the nearest
   * ancestor that exists.
   */
  readonly position: (path: YamlPath, key?: string | undefined) => YamlPosition | undefined;
}

/** The limits that keep a hostile text from using unbounded time or memory. */
export interface YamlLimits {
  /** Refuse texts longer than this many UTF-16 code units. */
  readonly maxBytes: number;
  /** Refuse documents that expand more aliases than this (alias bombs). */
  readonly maxAliasCount: number;
}

function positionIn(doc: Document, lines: LineCounter, path: YamlPath, key: string | undefined): YamlPosition | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
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
  if (range?.[0] === undefined) return undefined;
  const position = lines.linePos(range[0]);
  return { line: position.line, column: position.col };
}

/**
 * Reads a YAML or JSON text (a leading byte order mark is dropped) within the limits, or says why it
 * cannot. Duplicate keys are syntax errors; nothing is printed.
 */
export function readYaml(text: string, limits: YamlLimits): { readonly ok: true; readonly source: YamlSource } | { readonly ok: false; readonly problem: YamlReadProblem } {
  if (text.length > limits.maxBytes) return { ok: false, problem: { kind: 'too-large', length: text.length, max: limits.maxBytes } };
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    // Without this, a map key that is itself a map or a list makes `yaml` emit a process warning
    // (console.warn in a browser). Such keys fail the schema anyway.
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => {
      const position = lines.linePos(error.pos[0]);
      return { detail: error.message.split('\n')[0] ?? error.message, line: position.line, column: position.col };
    });
    return { ok: false, problem: { kind: 'syntax', errors } };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { ok: false, problem: { kind: 'alias-limit', max: limits.maxAliasCount } };
    }
    throw error;
  }
  return { ok: true, source: { data, position: (path, key) => positionIn(doc, lines, path, key) } };
}

/** The id of the nearest enclosing entity that has one, for an issue's location. */
export function idAt(data: unknown, path: YamlPath): string | undefined {
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

/** One shape problem found by a zod schema, as data for an issue, and placed in the document. */
export interface SchemaProblem {
  /** `unknown-key`: a key the schema does not have; `missing`: a required field left out; `invalid`: any other. */
  readonly reason: 'unknown-key' | 'missing' | 'invalid';
  /** The key concerned: the unknown key, or the last key or index of the path (`''` at the top level). */
  readonly field: string;
  /** What is wrong: zod's message, or for a missing field what was expected (`expected string`). */
  readonly detail: string;
  /** Where the value is (for an unknown key: the map that holds it). */
  readonly path: YamlPath;
  /** For an unknown key: the key itself. */
  readonly key?: string | undefined;
  /** The id of the nearest enclosing entity. */
  readonly id?: string | undefined;
}

/** Reads each zod issue as data: one problem per unknown key, and "missing" for a required field left out. */
export function schemaProblems(error: z.ZodError, data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const id = idAt(data, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ reason: 'unknown-key', field: key, detail: 'unknown key', path, key, id });
      continue;
    }
    const field = path.length > 0 ? String(path[path.length - 1]) : '';
    const missing = issue.code === 'invalid_type' && path.length > 0 && issue.message.endsWith('received undefined');
    problems.push(missing ? { reason: 'missing', field, detail: `expected ${issue.expected}`, path, id } : { reason: 'invalid', field, detail: issue.message, path, id });
  }
  return problems;
}

/** Orders issues as they appear in the file: by line, then column. */
export function byPosition(a: { readonly location: IssueLocation }, b: { readonly location: IssueLocation }): number {
  return (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0);
}

/**
 * Checks the options object of a parse function and its whole-number limits, throwing a TypeError or
 * RangeError that names the function: these are programmer errors, not bad input.
 */
export function checkLimitOptions<K extends string>(options: Partial<Record<K, unknown>> | null | undefined, name: string, fields: readonly K[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new TypeError(`${name}: options must be an object or undefined`);
  for (const field of fields) {
    const value = options[field];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
      throw new RangeError(`${name}: options.${field} must be a whole number of at least 0, got ${String(value)}`);
    }
  }
}

/** Refuses a text argument that is not a string, naming the function. */
export function checkText(text: unknown, name: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${name}: yamlText must be a string (the text of a YAML or JSON file), got ${typeof text}`);
  }
}
