// Minimal strict checks of untrusted JSON text before `JSON.parse` reads it: a key given twice in one object (which
// `JSON.parse` silently resolves to the last), nesting deeper than a limit, and where each top-level value starts and
// ends (one value, or JSON Lines). One pass, no recursion. Syntax is left to `JSON.parse`, which reads each value.
// (A strict JSON reader for the whole package, src/internal/json.ts, is on its way; this module should give way to it.)

/** A 1-based line and column, in UTF-16 code units. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Why the text is refused before parsing, with the offset of the place and the path of keys and indexes to it. */
export interface JsonTextProblem {
  readonly kind: 'duplicate-key' | 'too-deep';
  /** The key given twice, or the limit passed. */
  readonly detail: string;
  readonly offset: number;
  readonly path: readonly (string | number)[];
}

/** A top-level value of the text: where it starts and ends (exclusive). */
export interface JsonSegment {
  readonly start: number;
  readonly end: number;
}

interface Frame {
  readonly keys: Set<string> | null;
  expectingKey: boolean;
  key: string;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The offset just past the string that opens at `at` (a quote), or the text's length when it is never closed. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === QUOTE) return i + 1;
    else i += 1;
  }
  return text.length;
}

/** Decodes a JSON string literal; a bad one is left for `JSON.parse` to report, and stands for itself meanwhile. */
function decodeKey(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : literal;
  } catch {
    return literal;
  }
}

/**
 * Scans a JSON text (or JSON Lines): the first key given twice in one object or the first place nested deeper than
 * `maxDepth` (arrays and objects; the top level is depth 1), else the top-level values found. A text that is not JSON
 * gives segments that `JSON.parse` will refuse with its own message.
 */
export function scanJsonText(text: string, maxDepth: number): { readonly problem: JsonTextProblem } | { readonly segments: readonly JsonSegment[] } {
  const segments: JsonSegment[] = [];
  const stack: Frame[] = [];
  let start = -1;
  const path = () => stack.map((frame) => (frame.keys === null ? frame.index : frame.key));
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i += 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined && start === -1) start = i;
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && top.expectingKey) {
        const key = decodeKey(text.slice(i, end));
        if (top.keys.has(key)) return { problem: { kind: 'duplicate-key', detail: key, offset: i, path: path().slice(0, -1) } };
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      if (stack.length >= maxDepth) return { problem: { kind: 'too-deep', detail: String(maxDepth), offset: i, path: path() } };
      stack.push({ keys: char === '{' ? new Set() : null, expectingKey: true, key: '', index: 0 });
      i += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      i += 1;
    } else if (char === ',') {
      if (top !== undefined) {
        if (top.keys === null) top.index += 1;
        else top.expectingKey = true;
      }
      i += 1;
    } else {
      // A number, a literal, a colon, or something that is not JSON: skipped here, read (or refused) by JSON.parse.
      i += 1;
      while (i < text.length && !isSpace(text.charCodeAt(i)) && !'{}[],"'.includes(text[i] ?? '')) i += 1;
    }
    if (stack.length === 0 && start !== -1) {
      segments.push({ start, end: i });
      start = -1;
    }
  }
  if (start !== -1) segments.push({ start, end: text.length });
  return { segments };
}

/** The line and column of an offset of a text. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
