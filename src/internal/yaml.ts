import { yamlLibrary } from '#parsers/yaml';
import type { CST, Document, LineCounter, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { z } from 'zod';
import { bytesOver } from './bytes.js';
import type { IssueLocation } from './error.js';
import { readJson } from './json.js';
import { IssueCap, MAX_DEPTH } from './limits.js';

/**
 * Reading untrusted YAML (or JSON) text for the data files: the framework, the organisations and the
 * programme. One way through for all of them: size limit, syntax, depth limit, keys given twice, alias limit, then a
 * value whose every part can be traced back to its line and column through an index. Nothing here recurses over the
 * input: the YAML library's own recursive steps see only input already found to nest at most MAX_DEPTH deep.
 */

/** The keys and indexes from the document's root to a value. */
export type YamlPath = readonly (string | number)[];

/** A 1-based line and column in the source text. */
export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/** A key given a second time in the same map. */
export interface DuplicateKey extends YamlPosition {
  /** The key, as the value's property name. */
  readonly key: string;
  /** The path of the map that holds it. */
  readonly path: YamlPath;
}

/** Why a text could not be read as YAML at all; each caller words it in its own error type. */
export type YamlReadProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'syntax'; readonly errors: readonly ({ readonly detail: string } & YamlPosition)[]; readonly more: number }
  | { readonly kind: 'alias-limit'; readonly max: number }
  | ({ readonly kind: 'too-deep'; readonly max: number } & YamlPosition)
  | { readonly kind: 'duplicate-key'; readonly duplicates: readonly DuplicateKey[]; readonly more: number };

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
  /** Refuse texts longer than this many UTF-8 bytes. */
  readonly maxBytes: number;
  /** Refuse documents that expand more aliases than this (alias bombs). */
  readonly maxAliasCount: number;
  /** List at most this many syntax errors or keys given twice; the rest are counted. */
  readonly maxIssues: number;
}

type ReadResult = { readonly ok: true; readonly source: YamlSource } | { readonly ok: false; readonly problem: YamlReadProblem };

/** The key of a map entry as the plain value's property name: a scalar's text, number or boolean as text (null as ''), else none. */
function keyName(key: unknown): string | undefined {
  const { isScalar } = yamlLibrary();
  if (!isScalar(key)) return undefined;
  const value: unknown = key.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * The offset of the first collection that nests deeper than MAX_DEPTH in the parser's tokens, if any. The tokens
 * are walked with a stack of their own: the parser that made them does not recurse either.
 */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: { readonly token: CST.Token; readonly depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === 'document') {
      if (token.value !== undefined) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items as readonly { readonly key?: CST.Token | null; readonly value?: CST.Token }[]) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * The text's parse tokens, as the library's Parser.parse makes them, or the offset of the first flow bracket (`[` or
 * `{`) nested more than MAX_DEPTH deep, where the parsing stops: the library's parser takes seconds on a few hundred
 * thousand nested brackets, so they are counted on the lexer's tokens, before the parser meets them. (Block nesting
 * by indentation is checked on the tokens, by tooDeepAt: 100 levels of indentation cannot fit a text within limits
 * fast enough to matter.)
 */
function tokensOf(body: string, lines: LineCounter): { readonly tokens: CST.Token[]; readonly flowTooDeepAt?: number } {
  const { Lexer, Parser } = yamlLibrary();
  const parser = new Parser(lines.addNewLine);
  const tokens: CST.Token[] = [];
  // As Parser.parse does, lexeme by lexeme.
  lines.addNewLine(0);
  let depth = 0;
  for (const lexeme of new Lexer().lex(body)) {
    if (lexeme === '[' || lexeme === '{') {
      depth += 1;
      if (depth > MAX_DEPTH) return { tokens, flowTooDeepAt: parser.offset };
    } else if ((lexeme === ']' || lexeme === '}') && depth > 0) depth -= 1;
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/**
 * The depth of the value the document becomes, aliases expanded: an alias is as deep as the node it names. Walked
 * in document order without recursion, so that an anchor's depth is known before any later alias names it. The
 * library's `toJS` recurses through expanded aliases, so this, not the text's nesting, is what must stay bounded.
 * Returns the offset of a node at which the bound is passed, if any.
 */
function expandedTooDeepAt(doc: Document): number | undefined {
  const { isAlias, isMap, isSeq } = yamlLibrary();
  /** The depth of each collection and alias; a scalar's is 0 and is not kept. */
  const depthOf = new Map<unknown, number>();
  const anchors = new Map<string, unknown>();
  const childrenOf = (node: YAMLMap | YAMLSeq): unknown[] => {
    const children: unknown[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isMap(pair.key) || isSeq(pair.key) || isAlias(pair.key)) children.push(pair.key);
        if (isMap(pair.value) || isSeq(pair.value) || isAlias(pair.value)) children.push(pair.value);
      }
    } else {
      for (const item of node.items) if (isMap(item) || isSeq(item) || isAlias(item)) children.push(item);
    }
    return children;
  };
  const stack: { readonly node: unknown; readonly done: boolean }[] = [{ node: doc.contents, done: false }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, done } = next;
    if (isAlias(node)) {
      depthOf.set(node, depthOf.get(anchors.get(node.source)) ?? 0);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (!done) {
      if (typeof node.anchor === 'string') anchors.set(node.anchor, node);
      stack.push({ node, done: true });
      const children = childrenOf(node);
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index], done: false });
      continue;
    }
    let deepest = 0;
    for (const child of childrenOf(node)) deepest = Math.max(deepest, depthOf.get(child) ?? 0);
    if (deepest + 1 > MAX_DEPTH) return node.range?.[0] ?? 0;
    depthOf.set(node, deepest + 1);
  }
  return undefined;
}

/**
 * Indexes every map of the document by key, so that a path leads to its node in a few steps, and notes each key
 * given twice in one map. Walked with a stack of its own.
 */
function indexMaps(doc: Document, lines: LineCounter, duplicates: IssueCap<DuplicateKey>): WeakMap<YAMLMap, Map<string, Pair>> {
  const { isMap, isSeq } = yamlLibrary();
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const stack: { readonly node: unknown; readonly path: YamlPath }[] = [{ node: doc.contents, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    if (isMap(node)) {
      const keys = new Map<string, Pair>();
      for (const pair of node.items) {
        const name = keyName(pair.key);
        if (name !== undefined) {
          if (keys.has(name)) {
            const position = lines.linePos((pair.key as Node).range?.[0] ?? 0);
            duplicates.add({ key: name, path, line: position.line, column: position.col });
          } else keys.set(name, pair);
        }
        stack.push({ node: pair.value, path: [...path, name ?? ''] });
      }
      index.set(node, keys);
    } else if (isSeq(node)) {
      node.items.forEach((item, position) => stack.push({ node: item, path: [...path, position] }));
    }
  }
  return index;
}

function positionIn(doc: Document, index: WeakMap<YAMLMap, Map<string, Pair>>, lines: LineCounter, path: YamlPath, key: string | undefined): YamlPosition | undefined {
  const { isMap, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let range: readonly number[] | undefined = (node as Node | null)?.range ?? undefined;
  const segments = key === undefined ? path : [...path, key];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isMap(node)) {
      const pair = index.get(node)?.get(String(segment));
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
      // An alias is placed where it is written: following it to its anchor would mean a search of the document.
      break;
    }
  }
  if (range?.[0] === undefined) return undefined;
  const position = lines.linePos(range[0]);
  return { line: position.line, column: position.col };
}

/** Reads a text that starts like JSON with the strict JSON reader; `undefined` when it is not JSON (maybe YAML's flow style). */
function readAsJson(text: string, limits: YamlLimits): ReadResult | undefined {
  const duplicates = new IssueCap<DuplicateKey>(limits.maxIssues);
  const read = readJson(text, { maxDepth: MAX_DEPTH, positions: true, onDuplicate: (duplicate) => duplicates.add(duplicate) });
  if (!read.ok) {
    const { problem } = read;
    return problem.kind === 'too-deep' ? { ok: false, problem: { kind: 'too-deep', max: problem.max, line: problem.line, column: problem.column } } : undefined;
  }
  if (duplicates.total > 0) return { ok: false, problem: { kind: 'duplicate-key', duplicates: duplicates.kept, more: duplicates.more } };
  return { ok: true, source: { data: read.source.value, position: read.source.position } };
}

/**
 * Reads a YAML or JSON text (a leading byte order mark is dropped) within the limits, or says why it cannot. A text
 * that is JSON is read by the strict JSON reader (fast, and exact about keys given twice); any other by the YAML
 * library. Line ends may be LF, CRLF or CR alone (YAML's three line breaks), and lines and columns count them all.
 * A key given twice in one map is a problem, never settled silently; nothing is printed.
 */
export function readYaml(text: string, limits: YamlLimits): ReadResult {
  const bytes = bytesOver(text, limits.maxBytes);
  if (bytes !== undefined) return { ok: false, problem: { kind: 'too-large', bytes, max: limits.maxBytes } };
  let body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A lone CR is a line break in YAML, which the library does not see: one character for another keeps every offset.
  if (body.includes('\r')) body = body.replace(/\r(?!\n)/g, '\n');
  const first = body.trimStart().charAt(0);
  if (first === '{' || first === '[') {
    const json = readAsJson(body, limits);
    if (json !== undefined) return json;
  }

  const { Composer, LineCounter } = yamlLibrary();
  const lines = new LineCounter();
  const lexed = tokensOf(body, lines);
  const { tokens } = lexed;
  const deepAt = lexed.flowTooDeepAt ?? tooDeepAt(tokens);
  if (deepAt !== undefined) {
    const position = lines.linePos(deepAt);
    return { ok: false, problem: { kind: 'too-deep', max: MAX_DEPTH, line: position.line, column: position.col } };
  }
  // Keys given twice are found below, by an index: the library's own check (uniqueKeys) compares every pair of keys.
  // logLevel 'error': a map key that is itself a map or a list would otherwise make the library print a warning.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  const errors = new IssueCap<{ readonly detail: string } & YamlPosition>(limits.maxIssues);
  let doc: Document | undefined;
  for (const composed of composer.compose(tokens, true, body.length)) {
    if (doc === undefined) {
      doc = composed;
      continue;
    }
    const position = lines.linePos(composed.range[0]);
    errors.add({ detail: 'the text holds more than one YAML document (a line "---" starts another)', line: position.line, column: position.col });
    break;
  }
  if (doc === undefined) return { ok: false, problem: { kind: 'syntax', errors: [{ detail: 'the text holds no YAML document', line: 1, column: 1 }], more: 0 } };
  const allErrors = [...doc.errors];
  for (const error of allErrors.slice(0, limits.maxIssues)) {
    const position = lines.linePos(error.pos[0]);
    errors.add({ detail: error.message.split('\n')[0] ?? error.message, line: position.line, column: position.col });
  }
  errors.total += Math.max(0, allErrors.length - limits.maxIssues);
  if (errors.total > 0) return { ok: false, problem: { kind: 'syntax', errors: [...errors.kept].sort(byLine), more: errors.more } };

  const expandedAt = expandedTooDeepAt(doc);
  if (expandedAt !== undefined) {
    const position = lines.linePos(expandedAt);
    return { ok: false, problem: { kind: 'too-deep', max: MAX_DEPTH, line: position.line, column: position.col } };
  }
  const duplicates = new IssueCap<DuplicateKey>(limits.maxIssues);
  const index = indexMaps(doc, lines, duplicates);
  if (duplicates.total > 0) return { ok: false, problem: { kind: 'duplicate-key', duplicates: [...duplicates.kept].sort(byLine), more: duplicates.more } };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { ok: false, problem: { kind: 'alias-limit', max: limits.maxAliasCount } };
    }
    throw error;
  }
  const parsed = doc;
  return { ok: true, source: { data, position: (path, key) => positionIn(parsed, index, lines, path, key) } };
}

function byLine(a: YamlPosition, b: YamlPosition): number {
  return a.line - b.line || a.column - b.column;
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
  /**
   * The key concerned: for an unknown key the key itself; otherwise the whole path to the value, dotted
   * (`themes.0.conditionsOfSuccess.2.id`), `''` at the top level.
   */
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

/** Reads one zod issue (with its full path) as data: one problem per unknown key, and "missing" for a required field left out. */
export function schemaProblemsOf(issue: z.core.$ZodIssue, data: unknown, add: (problem: SchemaProblem) => void): void {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const id = idAt(data, path);
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) add({ reason: 'unknown-key', field: key, detail: 'unknown key', path, key, id });
    return;
  }
  const field = path.join('.');
  const missing = issue.code === 'invalid_type' && path.length > 0 && issue.message.endsWith('received undefined');
  add(missing ? { reason: 'missing', field, detail: `expected ${issue.expected}`, path, id } : { reason: 'invalid', field, detail: issue.message, path, id });
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
