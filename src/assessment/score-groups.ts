import type { ScoringIndex, UnitScores } from './score-statistics.js';
import type { GroupDifference } from './score-types.js';

// Differences between respondent groups (docs/scoring.md, "Group differences"). Internal.

/** The differences of an organisation with fewer than two groups to compare (or none asked for). */
const NO_DIFFERENCES: readonly GroupDifference[] = Object.freeze([]);

/** An unsuppressed group with its scores; groups come in name order. */
export interface ScoredGroup {
  readonly name: string;
  readonly scores: UnitScores;
}

interface Candidate {
  readonly difference: number;
  readonly theme: number;
  /** -1 for the theme itself, else the item's index in survey order. */
  readonly item: number;
  /** The pair's place when pairs are listed in name order. */
  readonly pair: number;
  readonly higherGroup: string;
  readonly lowerGroup: string;
  readonly higherScore: number;
  readonly lowerScore: number;
}

function byRank(a: Candidate, b: Candidate): number {
  return b.difference - a.difference || a.theme - b.theme || a.item - b.item || a.pair - b.pair;
}

/**
 * The first `max` candidates in rank order, in O(C log max) time: a heap holds the best `max` seen so far, with the
 * worst of them on top.
 */
function largest(candidates: Candidate[], max: number): Candidate[] {
  if (candidates.length <= max) return candidates.sort(byRank);
  const heap: Candidate[] = [];
  // In this heap a parent ranks after (is worse than) its children.
  const worse = (a: Candidate, b: Candidate): boolean => byRank(a, b) > 0;
  const down = (from: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (const candidate of candidates) {
    if (heap.length < max) {
      heap.push(candidate);
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (heap.length > 0 && byRank(candidate, heap[0]!) < 0) {
      heap[0] = candidate;
      down(0);
    }
  }
  return heap.sort(byRank);
}

/**
 * The largest differences between groups, at each theme and item where both groups of a pair have a score.
 * Largest first; ties by theme order, then item order (the theme before its items), then the pair's names.
 * When two scores are equal, the group first in name order is called the higher.
 */
export function groupDifferences(index: ScoringIndex, groups: readonly ScoredGroup[], max: number): readonly GroupDifference[] {
  if (max === 0 || groups.length < 2) return NO_DIFFERENCES;
  const candidates: Candidate[] = [];
  let pair = 0;
  for (let g = 0; g < groups.length; g++) {
    for (let h = g + 1; h < groups.length; h++, pair++) {
      const a = groups[g]!;
      const b = groups[h]!;
      for (let t = 0; t < index.themeCount; t++) {
        const theme = index.themes[t]!;
        const add = (item: number, scoreA: number | null, scoreB: number | null): void => {
          if (scoreA === null || scoreB === null) return;
          const aHigher = scoreA >= scoreB;
          const higherScore = aHigher ? scoreA : scoreB;
          const lowerScore = aHigher ? scoreB : scoreA;
          const difference = higherScore - lowerScore;
          candidates.push({
            difference,
            theme: t,
            item,
            pair,
            higherGroup: aHigher ? a.name : b.name,
            lowerGroup: aHigher ? b.name : a.name,
            higherScore,
            lowerScore,
          });
        };
        add(-1, a.scores.themes[t]!.score, b.scores.themes[t]!.score);
        for (let i = theme.start; i < theme.end; i++) add(i, a.scores.items[i]!.score, b.scores.items[i]!.score);
      }
    }
  }
  const kept = largest(candidates, max);
  return Object.freeze(
    kept.map((candidate): GroupDifference =>
      Object.freeze({
        themeId: index.themes[candidate.theme]!.id,
        itemId: candidate.item < 0 ? null : index.itemIds[candidate.item]!,
        higherGroup: candidate.higherGroup,
        lowerGroup: candidate.lowerGroup,
        higherScore: candidate.higherScore,
        lowerScore: candidate.lowerScore,
        difference: candidate.difference,
      }),
    ),
  );
}
