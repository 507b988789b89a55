// The bounds every reader keeps to, whatever its input: how many issues it lists, and how deep it lets data nest.

/** The most issues a reader lists in one call unless told otherwise (`options.maxIssues`). */
export const DEFAULT_MAX_ISSUES = 1_000;

/**
 * The deepest nesting of lists and maps a reader accepts in YAML or JSON text. The data files nest 8 levels at most
 * and an answer 2; far deeper input is refused up front, before any parser that recurses can meet it, so that it
 * ends in the same typed error every time instead of a stack overflow that depends on the stack left.
 */
export const MAX_DEPTH = 100;

/**
 * Keeps the first `max` of a stream of issues and counts them all, so that a reader lists a bounded number of issues
 * while its counts stay exact. The kept list is the caller's to read.
 */
export class IssueCap<T> {
  /** The issues kept: the first `max` added. */
  readonly kept: T[] = [];
  /** How many were added, kept or not. */
  total = 0;

  constructor(readonly max: number) {}

  /** Counts an issue, and keeps it while there is room. */
  add(issue: T): void {
    this.total += 1;
    if (this.kept.length < this.max) this.kept.push(issue);
  }

  /** Counts an issue without keeping it (once full, so that the issue need not even be made). */
  count(): void {
    this.total += 1;
  }

  /**
   * The issues kept, in the order given by `order`, then, when some were only counted, the issue `tooMany` makes to
   * say how many: the list a reader returns or throws.
   */
  listed(order: ((a: T, b: T) => number) | undefined, tooMany: (more: number, max: number) => T): T[] {
    const list = order === undefined ? [...this.kept] : [...this.kept].sort(order);
    if (this.more > 0) list.push(tooMany(this.more, this.max));
    return list;
  }

  /** Whether there is no more room: further issues are only counted. */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** How many were counted but not kept. */
  get more(): number {
    return this.total - this.kept.length;
  }
}

/**
 * Reads `options.maxIssues`: a whole number of at least 1, or the default. A programmer error otherwise: a RangeError
 * whose message starts with the function's name.
 */
export function maxIssuesOf(fn: string, value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_ISSUES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${fn}: options.maxIssues must be a whole number of at least 1 (the most issues listed), got ${typeof value === 'number' ? String(value) : typeof value}`);
  }
  return value;
}
