/**
 * Shorter names for crowded places (a chart's row labels, long lists of names): the ending most names
 * share, such as " Cancer Alliance", is left off, and the caption says so.
 */

/**
 * The ending, starting at a word, that at least half of the names (and at least two) share, and that
 * leaves something of each of them; the longest such ending, or null when there is none.
 * `commonSuffix(['Wessex Cancer Alliance', 'Peninsula Cancer Alliance', 'RM Partners'])` is `' Cancer Alliance'`.
 */
export function commonSuffix(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of new Set(names)) {
    for (let index = name.indexOf(' '); index > 0; index = name.indexOf(' ', index + 1)) {
      const ending = name.slice(index);
      if (ending.trim().length > 0) counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(names.length / 2));
  let best: string | null = null;
  for (const [ending, count] of counts) {
    if (count >= needed && (best === null || ending.length > best.length)) best = ending;
  }
  return best;
}

/** A name without the given ending, when it ends with it and something is left; else the name. */
export function withoutSuffix(name: string, suffix: string | null): string {
  if (suffix === null || !name.endsWith(suffix)) return name;
  const short = name.slice(0, name.length - suffix.length).trim();
  return short.length > 0 ? short : name;
}
