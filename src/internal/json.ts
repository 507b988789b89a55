/**
 * A strict JSON reader (RFC 8259) for untrusted text, where `JSON.parse` falls short: it sees a key given twice in one
 * object (which `JSON.parse` silently resolves to the last), knows the line and column of every value, refuses
 * nesting deeper than a limit, and never recurses, so that no input can overflow the stack. The values it gives are
 * those `JSON.parse` gives for the same text (a test holds it to that on random JSON); the text must be the whole
 * document, without a byte order mark.
 */

/** The keys and indexes from the document's root to a value. */
export type JsonPath = readonly (string | number)[];

/** A 1-based line and column (in UTF-16 code units, as editors count them). */
export interface JsonPosition {
  readonly line: number;
  readonly column: number;
}

/** A key given a second time in the same object. */
export interface JsonDuplicateKey extends JsonPosition {
  /** The key. */
  readonly key: string;
  /** The path of the object that holds it. */
  readonly path: JsonPath;
}

/** How to read: the limits, and what to record. */
export interface JsonReadOptions {
  /** The deepest nesting of arrays and objects accepted (the root array or object is depth 1). */
  readonly maxDepth: number;
  /** Record the place of every value, so that `position` can give it; without it, `position` gives only the root's. */
  readonly positions: boolean;
  /** Called for each key given again in the same object, in the order met; the last value is kept, as `JSON.parse` does. */
  readonly onDuplicate?: ((duplicate: JsonDuplicateKey) => void) | undefined;
}

/** Why a text is not JSON, or not JSON this reader takes. */
export type JsonReadProblem = ({ readonly kind: 'syntax'; readonly detail: string } & JsonPosition) | ({ readonly kind: 'too-deep'; readonly max: number } & JsonPosition);

/** A JSON document read: its value, and the place of any part of it. */
export interface JsonSource {
  readonly value: unknown;
  /** The line and column of the value at `path` (of its key, when `key` is given), or of the nearest ancestor found. */
  readonly position: (path: JsonPath, key?: string | undefined) => JsonPosition | undefined;
}

/** Where the parts of one array or object start: each element's offset, or each key's and its value's. */
type Places = number[] | Map<string, { readonly key: number; readonly value: number }>;

interface Frame {
  readonly container: unknown[] | Record<string, unknown>;
  readonly isArray: boolean;
  /** For an object: the key whose value is being read, and where it starts. */
  key: string;
  keyOffset: number;
  /** Where the value being read starts. */
  valueOffset: number;
  readonly places: Places | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** What a character is called in a message: the character itself when printable, else its code. */
function shown(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const code = text.codePointAt(at) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(code)}"`;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) i += 1;
    else return i;
  }
}

/** Line starts of a text, found once on first use: a line ends at "\n", "\r\n" or a lone "\r". */
class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  at(offset: number): JsonPosition {
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) starts.push(i + 1);
    else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** Thrown inside the reader to stop at the first problem; never leaves this module. */
class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
    readonly tooDeep = false,
  ) {
    super(detail);
  }
}

/**
 * Reads a JSON text, or says why it cannot: the first syntax error, or nesting deeper than `maxDepth`, with its line
 * and column. Objects are plain objects with their keys as own properties (`__proto__` too, as `JSON.parse` makes
 * them); numbers are read by `Number`, as `JSON.parse` reads them.
 */
export function readJson(text: string, options: JsonReadOptions): { readonly ok: true; readonly source: JsonSource } | { readonly ok: false; readonly problem: JsonReadProblem } {
  const lines = new LineIndex(text);
  const placesOf = options.positions ? new WeakMap<object, Places>() : undefined;
  try {
    const { value, start } = parse(text, options, lines, placesOf);
    return { ok: true, source: { value, position: (path, key) => positionIn(value, start, placesOf, lines, path, key) } };
  } catch (error) {
    return { ok: false, problem: problemOf(error, lines, options.maxDepth) };
  }
}

/** The problem a `Stop` thrown while reading stands for; any other error is a bug, thrown on. */
function problemOf(error: unknown, lines: LineIndex, maxDepth: number): JsonReadProblem {
  if (!(error instanceof Stop)) throw error;
  const where = lines.at(error.offset);
  return error.tooDeep ? { kind: 'too-deep', max: maxDepth, ...where } : { kind: 'syntax', detail: error.detail, ...where };
}

/**
 * Reads a text of JSON values one after another (JSON Lines, or values simply written in turn), or says why it cannot:
 * each value with the line and column where it starts; an empty or blank text gives none. The limits, the duplicate
 * keys (their paths within their own value) and the problems are those of {@link readJson}.
 */
export function readJsonSequence(
  text: string,
  options: Omit<JsonReadOptions, 'positions'>,
): { readonly ok: true; readonly values: readonly ({ readonly value: unknown } & JsonPosition)[] } | { readonly ok: false; readonly problem: JsonReadProblem } {
  const lines = new LineIndex(text);
  const values: ({ readonly value: unknown } & JsonPosition)[] = [];
  const each: JsonReadOptions = { ...options, positions: false };
  try {
    for (let i = skipSpace(text, 0); i < text.length;) {
      const read = parse(text, each, lines, undefined, i, true);
      values.push({ value: read.value, ...lines.at(read.start) });
      i = read.end;
    }
    return { ok: true, values };
  } catch (error) {
    return { ok: false, problem: problemOf(error, lines, options.maxDepth) };
  }
}

/**
 * Reads the value that starts at or after `from`; the whole text must end after it, unless `more` is true, when it
 * ends at the next value (or the end) and `end` says where.
 */
function parse(
  text: string,
  options: JsonReadOptions,
  lines: LineIndex,
  placesOf: WeakMap<object, Places> | undefined,
  from = 0,
  more = false,
): { value: unknown; start: number; end: number } {
  const end = text.length;
  const stack: Frame[] = [];
  let i = skipSpace(text, from);
  const start = i;

  /** Reads a key and its colon, at `i` (which must be a quote); leaves `i` at the value. */
  const readKey = (frame: Frame): void => {
    if (text.charCodeAt(i) !== QUOTE) throw new Stop(i, `expected a key in double quotes, found ${shown(text, i)}`);
    frame.keyOffset = i;
    const read = readString(text, i + 1);
    frame.key = read.value;
    i = skipSpace(text, read.next);
    if (text.charCodeAt(i) !== COLON) throw new Stop(i, `expected ":" after the key "${clip(frame.key)}", found ${shown(text, i)}`);
    i = skipSpace(text, i + 1);
  };

  const open = (isArray: boolean): Frame => {
    if (stack.length >= options.maxDepth) throw new Stop(i, `nested deeper than ${options.maxDepth}`, true);
    const container: unknown[] | Record<string, unknown> = isArray ? [] : {};
    const places: Places | undefined = placesOf === undefined ? undefined : isArray ? [] : new Map();
    if (places !== undefined) placesOf?.set(container, places);
    const frame: Frame = { container, isArray, key: '', keyOffset: 0, valueOffset: 0, places };
    stack.push(frame);
    return frame;
  };

  for (;;) {
    // A value starts at i.
    let value: unknown;
    const code = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (top !== undefined) top.valueOffset = i;
    if (code === OPEN_BRACKET) {
      const frame = open(true);
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_BRACKET) {
        i += 1;
        stack.pop();
        value = frame.container;
      } else continue;
    } else if (code === OPEN_BRACE) {
      const frame = open(false);
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_BRACE) {
        i += 1;
        stack.pop();
        value = frame.container;
      } else {
        readKey(frame);
        continue;
      }
    } else if (code === QUOTE) {
      const read = readString(text, i + 1);
      value = read.value;
      i = read.next;
    } else if (code === MINUS || isDigit(code)) {
      const next = numberEnd(text, i);
      value = Number(text.slice(i, next));
      i = next;
    } else if (text.startsWith('true', i)) {
      value = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      value = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      value = null;
      i += 4;
    } else {
      throw new Stop(i, i >= end ? 'the text ends where a value was expected' : `expected a value, found ${shown(text, i)}`);
    }

    // A value is complete: put it in its container, then read what follows it, closing containers as they end.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        i = skipSpace(text, i);
        if (i < end && !more) throw new Stop(i, `expected the end of the text after the JSON value, found ${shown(text, i)}`);
        return { value, start, end: i };
      }
      store(frame, value, stack, lines, options);
      i = skipSpace(text, i);
      const next = text.charCodeAt(i);
      if (next === COMMA) {
        i = skipSpace(text, i + 1);
        if (!frame.isArray) readKey(frame);
        break;
      }
      if (next === (frame.isArray ? CLOSE_BRACKET : CLOSE_BRACE)) {
        i += 1;
        stack.pop();
        value = frame.container;
        continue;
      }
      throw new Stop(
        i,
        `expected "," or "${frame.isArray ? ']' : '}'}" after ${frame.isArray ? 'an array element' : `the value of "${clip(frame.key)}"`}, found ${shown(text, i)}`,
      );
    }
  }
}

function clip(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}…` : key;
}

/** Puts a value read into its array or object, noting a key given twice. */
function store(frame: Frame, value: unknown, stack: readonly Frame[], lines: LineIndex, options: JsonReadOptions): void {
  if (frame.isArray) {
    const array = frame.container as unknown[];
    (frame.places as number[] | undefined)?.push(frame.valueOffset);
    array.push(value);
    return;
  }
  const object = frame.container as Record<string, unknown>;
  const { key } = frame;
  if (Object.hasOwn(object, key)) {
    options.onDuplicate?.({ key, path: pathTo(stack, stack.length - 1), ...lines.at(frame.keyOffset) });
  }
  const places = frame.places as Map<string, { key: number; value: number }> | undefined;
  if (places !== undefined) places.set(key, { key: places.get(key)?.key ?? frame.keyOffset, value: frame.valueOffset });
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** The path of the container at `depth` of the stack (0 = the root). */
function pathTo(stack: readonly Frame[], depth: number): JsonPath {
  const path: (string | number)[] = [];
  for (let level = 0; level < depth; level += 1) {
    const frame = stack[level];
    if (frame === undefined) break;
    path.push(frame.isArray ? (frame.container as unknown[]).length : frame.key);
  }
  return path;
}

/** Reads a string whose opening quote is just before `at`; returns its value and the offset after the closing quote. */
function readString(text: string, at: number): { value: string; next: number } {
  let i = at;
  let from = at;
  let value = '';
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return { value: value + text.slice(from, i), next: i + 1 };
    if (code === BACKSLASH) {
      value += text.slice(from, i);
      const escape = text.charCodeAt(i + 1);
      switch (escape) {
        case QUOTE:
          value += '"';
          break;
        case BACKSLASH:
          value += '\\';
          break;
        case 0x2f:
          value += '/';
          break;
        case 0x62:
          value += '\b';
          break;
        case 0x66:
          value += '\f';
          break;
        case 0x6e:
          value += '\n';
          break;
        case 0x72:
          value += '\r';
          break;
        case 0x74:
          value += '\t';
          break;
        case 0x75: {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Stop(i, 'a \\u escape needs four hexadecimal digits');
          value += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          throw new Stop(i, i + 1 >= text.length ? 'the text ends inside a string' : `${shown(text, i + 1)} cannot follow a backslash in a string`);
      }
      i += 2;
      from = i;
      continue;
    }
    if (code < 0x20 || Number.isNaN(code)) {
      throw new Stop(i, Number.isNaN(code) ? 'the text ends inside a string: a closing quote is missing' : `${shown(text, i)} must be escaped inside a string`);
    }
    i += 1;
  }
}

/** The offset just after the number that starts at `at`, checked against JSON's grammar. */
function numberEnd(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === MINUS) i += 1;
  const first = text.charCodeAt(i);
  if (first === ZERO) {
    i += 1;
    if (isDigit(text.charCodeAt(i))) throw new Stop(i, 'a number may not start with 0 followed by more digits');
  } else if (isDigit(first)) {
    while (isDigit(text.charCodeAt(i))) i += 1;
  } else {
    throw new Stop(i, `expected a digit, found ${shown(text, i)}`);
  }
  if (text.charCodeAt(i) === 0x2e) {
    i += 1;
    if (!isDigit(text.charCodeAt(i))) throw new Stop(i, `expected a digit after the decimal point, found ${shown(text, i)}`);
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  const exponent = text.charCodeAt(i);
  if (exponent === 0x65 || exponent === 0x45) {
    i += 1;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === MINUS) i += 1;
    if (!isDigit(text.charCodeAt(i))) throw new Stop(i, `expected a digit in the exponent, found ${shown(text, i)}`);
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  return i;
}

/** The place of the value at `path` (or of its key), walking the recorded places from the root. */
function positionIn(
  root: unknown,
  rootOffset: number,
  placesOf: WeakMap<object, Places> | undefined,
  lines: LineIndex,
  path: JsonPath,
  key: string | undefined,
): JsonPosition | undefined {
  let node = root;
  let offset = rootOffset;
  const segments = key === undefined ? path : [...path, key];
  for (let index = 0; index < segments.length && placesOf !== undefined; index += 1) {
    if (node === null || typeof node !== 'object') break;
    const places = placesOf.get(node);
    const segment = segments[index];
    if (places === undefined || segment === undefined) break;
    if (Array.isArray(places)) {
      if (typeof segment !== 'number') break;
      const at = places[segment];
      if (at === undefined) break;
      offset = at;
      node = (node as unknown[])[segment];
    } else {
      const entry = places.get(String(segment));
      if (entry === undefined) break;
      const isKey = key !== undefined && index === segments.length - 1;
      offset = isKey ? entry.key : entry.value;
      node = (node as Record<string, unknown>)[String(segment)];
    }
  }
  return lines.at(offset);
}
