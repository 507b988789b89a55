/** Levenshtein distance of two texts, or `limit` when it is at least that. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}

/**
 * The candidate nearest to `text` when one is near enough to be a likely slip: at most a third of the text's length
 * away (and at least 2 edits allowed), by edit distance; the first of equally near ones. Both sides are compared as
 * given: fold them first.
 */
export function nearest<T>(text: string, candidates: Iterable<readonly [key: string, value: T]>): T | undefined {
  let best: T | undefined;
  let bestDistance = Math.max(2, Math.floor(text.length / 3)) + 1;
  for (const [key, value] of candidates) {
    const distance = editDistance(text, key, bestDistance);
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}
