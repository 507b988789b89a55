// How the data files' schemas make their lists and records. The public schemas use zod's own `z.array` and
// `z.record`; the readers of untrusted files (parseFramework, the programme parsers) build the same schemas with the
// reading kit below, whose lists and records check their elements in chunks and hand every problem straight to the
// reading in progress. zod gathers the issues of a nested value by spreading them into its parent's list
// (`push(...issues)`) at every level, so that a list of some 130,000 bad entries overflows the stack; the reading
// kit keeps every such list short (at most one chunk's issues), and lets the reading cap and count them.
import { z } from 'zod';
import { lazy } from './lazy.js';
import { MAX_DEPTH } from './limits.js';

/** The keys and indexes from the root of the data to a value. */
export type DataPath = readonly (string | number)[];

/** How a schema makes its lists and records. */
export interface SchemaKit {
  /** A list of `element`, with at least `min` elements when given (`message` says so when it is not). */
  readonly list: <T extends z.ZodType>(element: T, min?: number, message?: string) => z.ZodArray<T>;
  /** A record whose keys match `key` and whose values match `value`. */
  readonly record: <K extends z.core.$ZodRecordKey & z.ZodType, V extends z.ZodType>(key: K, value: V) => z.ZodRecord<K, V>;
}

/** zod's own lists and records: the public schemas. */
export const PLAIN_KIT: SchemaKit = {
  list: (element, min, message) => (min === undefined ? z.array(element) : z.array(element).min(min, message)),
  record: (key, value) => z.record(key, value),
};

/** The elements (or entries) a reading list (or record) checks at once with zod: its issues are at most this many times an element's. */
const CHUNK = 1_000;

/** A sign, put in zod's issues, that a reading list or record found problems in its elements and reported them. */
const REPORTED = 'reported-by-reading-kit';

/** The reading in progress: where problems found inside lists and records go. */
interface Reading {
  /** Reports the zod issues of a chunk of a list or record whose own path is `path`. */
  readonly report: (path: DataPath, issues: readonly z.core.$ZodIssue[]) => void;
  /** The path of an array or object of the data being read, found by identity. */
  readonly pathOf: (container: object) => DataPath;
  /** Whether no more issues are wanted, only counted: their paths need not be found. */
  readonly full: () => boolean;
  /** Counts problems that are not wanted as issues. */
  readonly count: (problems: number) => void;
}

let active: Reading | undefined;
/** Whether a list is counting its bad elements (with zod's validate), so that lists inside them do not count again. */
let counting = false;

function reading(): Reading {
  if (active === undefined) throw new Error('internal error: a reading schema was used outside readData');
  return active;
}

/** Moves each issue of a chunk to its element's index in the whole list (or leaves a record's key as it is). */
function shifted(issues: readonly z.core.$ZodIssue[], start: number): z.core.$ZodIssue[] {
  if (start === 0) return [...issues];
  return issues.map((issue) => {
    const [first, ...rest] = issue.path;
    return typeof first === 'number' ? { ...issue, path: [first + start, ...rest] } : issue;
  });
}

/**
 * Counts the elements that fail `isValid`, and adds them to the reading's count, unless an enclosing list is
 * counting already (a bad element of it counts once, however many bad elements it holds itself).
 */
function countBad<E>(elements: readonly E[], isValid: (element: E) => boolean): number {
  const outer = counting;
  counting = true;
  let bad = 0;
  try {
    for (const element of elements) if (!isValid(element)) bad += 1;
  } finally {
    counting = outer;
  }
  if (!outer && bad > 0) reading().count(bad);
  return bad;
}

/** Marks the list or record as failed, so that its parent's refinements do not run on its unchecked elements. */
function markFailed(context: z.core.$RefinementCtx): void {
  context.addIssue({ code: 'custom', message: REPORTED, params: { [REPORTED]: true } });
}

/** Whether a zod issue is the sign left by a reading list or record, not a problem of its own. */
function isReportedSign(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.params as Record<string, unknown> | undefined)?.[REPORTED] === true;
}

function readingList<T extends z.ZodType>(element: T, min?: number, message?: string): z.ZodArray<T> {
  const whole = z.array(element);
  const schema = z.unknown().transform((items, context) => {
    if (!Array.isArray(items)) {
      context.addIssue({ code: 'invalid_type', expected: 'array', input: items });
      return z.NEVER;
    }
    if (min !== undefined && items.length < min) {
      context.addIssue({ code: 'too_small', origin: 'array', minimum: min, inclusive: true, input: items, ...(message === undefined ? {} : { message }) });
      return z.NEVER;
    }
    const out: unknown[] = [];
    let failed = false;
    for (let start = 0; start < items.length; start += CHUNK) {
      const chunk: unknown[] = items.slice(start, start + CHUNK);
      if (reading().full()) {
        // Only counted from here on, and cheaply: one problem per element that has any (zod's validate stops at an
        // element's first problem and makes no issue objects). The parse fails anyway, so the values do not matter.
        const bad = countBad(chunk, (value) => element.validate(value));
        failed ||= bad > 0;
        for (const value of chunk) out.push(value);
        continue;
      }
      const result = whole.safeParse(chunk);
      if (result.success) {
        for (const value of result.data as unknown[]) out.push(value);
        continue;
      }
      failed = true;
      const { report, pathOf, full } = reading();
      report(full() ? [] : pathOf(items), full() ? result.error.issues : shifted(result.error.issues, start));
      for (const value of chunk) out.push(value);
    }
    if (failed) markFailed(context);
    return out;
  });
  // The reading list parses to what the plain one does (an array of the element's output), but it is a pipe, not a
  // ZodArray: the schemas only make it readonly, optional or defaulted, which every zod type can be.
  return schema as unknown as z.ZodArray<T>;
}

function readingRecord<K extends z.core.$ZodRecordKey & z.ZodType, V extends z.ZodType>(key: K, value: V): z.ZodRecord<K, V> {
  const whole = z.record(key, value);
  const schema = z.unknown().transform((input, context) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      context.addIssue({ code: 'invalid_type', expected: 'record', input });
      return z.NEVER;
    }
    const entries = Object.entries(input);
    const out: Record<string, unknown> = {};
    let failed = false;
    for (let start = 0; start < entries.length; start += CHUNK) {
      const slice = entries.slice(start, start + CHUNK);
      const chunk = Object.fromEntries(slice);
      if (reading().full()) {
        const bad = countBad(slice, ([name, item]) => key.validate(name) && value.validate(item));
        failed ||= bad > 0;
        Object.assign(out, chunk);
        continue;
      }
      const result = whole.safeParse(chunk);
      if (result.success) {
        Object.assign(out, result.data);
        continue;
      }
      failed = true;
      const { report, pathOf, full } = reading();
      report(full() ? [] : pathOf(input), result.error.issues);
      Object.assign(out, chunk);
    }
    if (failed) markFailed(context);
    return out;
  });
  return schema as unknown as z.ZodRecord<K, V>;
}

/** The readers' kit: lists and records that report their elements' problems to the reading in progress. */
export const READING_KIT: SchemaKit = { list: readingList, record: readingRecord };

/**
 * Makes a schema builder that builds its schema once per kit, on first use: `schema()` is the public schema,
 * `schema(READING_KIT)` the readers' one.
 */
export function kitted<T>(build: (kit: SchemaKit) => T): (kit?: SchemaKit) => T {
  const plain = lazy(() => build(PLAIN_KIT));
  const forReading = lazy(() => build(READING_KIT));
  return (kit = PLAIN_KIT) => (kit === PLAIN_KIT ? plain() : forReading());
}

/** The parent of each array and object of the data, found by one walk, so that a container's path is a few steps away. */
function parentsOf(data: unknown): WeakMap<object, { readonly parent: object; readonly key: string | number }> {
  const parents = new WeakMap<object, { readonly parent: object; readonly key: string | number }>();
  if (data === null || typeof data !== 'object') return parents;
  const stack: { readonly node: object; readonly depth: number }[] = [{ node: data, depth: 0 }];
  const seen = new WeakSet<object>([data]);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    // No schema of the data files reaches below MAX_DEPTH; what lies deeper is never checked by a list or record.
    if (depth >= MAX_DEPTH) continue;
    const keys: (string | number)[] = Array.isArray(node) ? Array.from(node.keys()) : Object.keys(node);
    for (const key of keys) {
      const child: unknown = (node as Record<string | number, unknown>)[key];
      if (child === null || typeof child !== 'object' || seen.has(child)) continue;
      seen.add(child);
      parents.set(child, { parent: node, key });
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return parents;
}

/** One problem of the data as a zod issue with its full path from the root. */
export type DataIssue = z.core.$ZodIssue;

/** Where {@link readData} hands the problems it finds. */
export interface DataIssueSink {
  /** Whether no more issues are wanted: from then on they are only counted, and not even made. */
  readonly full: () => boolean;
  /** Takes one issue, with its full path. */
  readonly add: (issue: DataIssue) => void;
  /** Counts problems that are not wanted as issues. */
  readonly count: (problems: number) => void;
}

/** How many problems a zod issue stands for: one per unknown key, else one. */
function problemsIn(issue: z.core.$ZodIssue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
}

/**
 * Checks data against a schema built with {@link READING_KIT}, handing each zod issue, with its full path, to the
 * sink (the problems inside lists and records as they are found, then the rest). Returns the parsed data when there
 * was no issue, else `undefined`.
 */
export function readData<T>(schema: z.ZodType<T>, data: unknown, sink: DataIssueSink): { readonly data: T } | undefined {
  let parents: WeakMap<object, { readonly parent: object; readonly key: string | number }> | undefined;
  let problems = 0;
  const pathOf = (container: object): DataPath => {
    parents ??= parentsOf(data);
    const path: (string | number)[] = [];
    for (let step = parents.get(container); step !== undefined; step = parents.get(step.parent)) path.push(step.key);
    return path.reverse();
  };
  const take = (issues: readonly z.core.$ZodIssue[], path: DataPath | undefined): void => {
    for (const issue of issues) {
      if (isReportedSign(issue)) continue;
      const count = problemsIn(issue);
      problems += count;
      if (sink.full()) sink.count(count);
      else sink.add(path === undefined ? issue : { ...issue, path: [...path, ...issue.path] });
    }
  };
  const previous = active;
  const count = (more: number): void => {
    problems += more;
    sink.count(more);
  };
  active = { report: (path, issues) => take(issues, path), pathOf, full: sink.full, count };
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(data);
  } finally {
    active = previous;
  }
  if (!result.success) take(result.error.issues, undefined);
  return result.success && problems === 0 ? { data: result.data } : undefined;
}
