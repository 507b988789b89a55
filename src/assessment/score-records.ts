import type { ItemKind } from '../framework/lookup.js';
import { keepLayout } from '../internal/kept-layouts.js';
import type { ItemId, ThemeId } from '../framework/schema.js';
import type { Agreement, ItemScore, ThemeScore, UnscoredReason } from './score-types.js';

// The frozen records of a scoring result (item scores, theme scores, agreements), made in one of two ways that give
// the same plain objects: the same keys in the same order, Object.prototype as prototype, frozen. Internal.
//
// Why two: V8 watches what survives of the objects each object literal makes, and once most of them outlive a full
// young generation it makes that literal's objects in the old generation from then on, for the rest of the process
// (allocation-site pretenuring; the decision is never undone). That is right for a large call, whose result is tens
// of megabytes kept: nothing is copied through the young generation. It is wrong for every later small call, whose
// records then die in the old generation: each collection of the young generation walks the old records' pointers
// to the young numbers they hold, and full collections come often. Measured on 5 December 2026 on a shared 2-core
// machine, the scoring step after reading (21 organisations, 67,200 answers; medians of 3,000 calls): 0.73 ms in a fresh
// process, 1.0 to 1.1 ms once an earlier call had made V8 pretenure the literals' records, and 0.73 to 0.76 ms either
// way with records made by constructors, which V8 never pretenures. At 2,000 organisations (CPU time, fastest of 13
// runs) the same step took 113 to 130 ms with pretenured literals and 181 to 197 ms with constructors. So a call makes
// its records by literal when its result is large (`recordsFor`), and by constructor otherwise: the literals only ever
// see large calls, and the constructors keep small calls in the young generation.

/** Item scores from which a call makes its records by literal: about 16 MB of records, a full young generation. */
const LITERAL_FROM = 50_000;

/** How a call makes its records: the fields of each record in order, as the constructors below take them. */
export interface RecordMaker {
  agreement(...fields: Parameters<typeof AgreementRecord>): Agreement;
  item(...fields: Parameters<typeof ItemRecord>): ItemScore;
  theme(...fields: Parameters<typeof ThemeRecord>): ThemeScore;
}

/** Records made by object literals (pretenured by V8 once it sees them survive). */
const byLiteral: RecordMaker = {
  agreement: (n, sd, index, low) => Object.freeze({ n, sd, index, low }),
  item: (itemId, themeId, kind, n, score, mean, median, sd, min, max, dontKnow, notApplicable, respondents, missing, level, unscoredReason, agreement) =>
    Object.freeze({ itemId, themeId, kind, n, score, mean, median, sd, min, max, dontKnow, notApplicable, respondents, missing, level, unscoredReason, agreement }),
  theme: (themeId, score, conditionsScore, enablersScore, level, scoredItems, items, coverage, sufficient, agreement, respondentScores) =>
    Object.freeze({ themeId, score, conditionsScore, enablersScore, level, scoredItems, items, coverage, sufficient, agreement, respondentScores }),
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// Constructors whose objects are plain: their prototype is Object.prototype, as an object literal's is. Function
// declarations, because a class's prototype cannot be replaced.
function AgreementRecord(this: Writable<Agreement>, n: number, sd: number | null, index: number | null, low: boolean): void {
  this.n = n;
  this.sd = sd;
  this.index = index;
  this.low = low;
}
AgreementRecord.prototype = Object.prototype;

function ItemRecord(
  this: Writable<ItemScore>,
  itemId: ItemId,
  themeId: ThemeId,
  kind: ItemKind,
  n: number,
  score: number | null,
  mean: number | null,
  median: number | null,
  sd: number | null,
  min: number | null,
  max: number | null,
  dontKnow: number,
  notApplicable: number,
  respondents: number,
  missing: number,
  level: number | null,
  unscoredReason: UnscoredReason | null,
  agreement: Agreement,
): void {
  this.itemId = itemId;
  this.themeId = themeId;
  this.kind = kind;
  this.n = n;
  this.score = score;
  this.mean = mean;
  this.median = median;
  this.sd = sd;
  this.min = min;
  this.max = max;
  this.dontKnow = dontKnow;
  this.notApplicable = notApplicable;
  this.respondents = respondents;
  this.missing = missing;
  this.level = level;
  this.unscoredReason = unscoredReason;
  this.agreement = agreement;
}
ItemRecord.prototype = Object.prototype;

function ThemeRecord(
  this: Writable<ThemeScore>,
  themeId: ThemeId,
  score: number | null,
  conditionsScore: number | null,
  enablersScore: number | null,
  level: number | null,
  scoredItems: number,
  items: number,
  coverage: number,
  sufficient: boolean,
  agreement: Agreement,
  respondentScores: readonly number[],
): void {
  this.themeId = themeId;
  this.score = score;
  this.conditionsScore = conditionsScore;
  this.enablersScore = enablersScore;
  this.level = level;
  this.scoredItems = scoredItems;
  this.items = items;
  this.coverage = coverage;
  this.sufficient = sufficient;
  this.agreement = agreement;
  this.respondentScores = respondentScores;
}
ThemeRecord.prototype = Object.prototype;

const NewAgreement = AgreementRecord as unknown as new (...fields: Parameters<typeof AgreementRecord>) => Agreement;
const NewItem = ItemRecord as unknown as new (...fields: Parameters<typeof ItemRecord>) => ItemScore;
const NewTheme = ThemeRecord as unknown as new (...fields: Parameters<typeof ThemeRecord>) => ThemeScore;

/** Records made by constructors (never pretenured: they stay in the young generation, where a small call's die). */
const byConstructor: RecordMaker = {
  agreement: (n, sd, index, low) => Object.freeze(new NewAgreement(n, sd, index, low)),
  item: (itemId, themeId, kind, n, score, mean, median, sd, min, max, dontKnow, notApplicable, respondents, missing, level, unscoredReason, agreement) =>
    Object.freeze(new NewItem(itemId, themeId, kind, n, score, mean, median, sd, min, max, dontKnow, notApplicable, respondents, missing, level, unscoredReason, agreement)),
  theme: (themeId, score, conditionsScore, enablersScore, level, scoredItems, items, coverage, sufficient, agreement, respondentScores) =>
    Object.freeze(new NewTheme(themeId, score, conditionsScore, enablersScore, level, scoredItems, items, coverage, sufficient, agreement, respondentScores)),
};

// One record of each kind by each maker, kept for as long as the module is loaded (kept-layouts.ts): a frozen record's
// layout is held only by frozen records, so once a call's results are gone a full collection would throw away the
// compiled code that makes them. Made first, these records give each field its most general representation from the
// start (null where a number may be missing, a fraction where a number may be one), so that no later record changes
// their layout.
for (const maker of [byLiteral, byConstructor]) {
  const agreement = maker.agreement(2, null, null, false);
  keepLayout(agreement);
  keepLayout(maker.item('' as ItemId, '' as ThemeId, 'condition', 0, null, null, null, null, null, null, 0, 0, 0, 0, null, null, agreement));
  keepLayout(maker.theme('' as ThemeId, null, null, null, null, 0, 0, 0.5, false, agreement, Object.freeze([])));
}

/** How a call that scores `units` sets of respondents (organisations and groups) of `items` items makes its records. */
export function recordsFor(units: number, items: number): RecordMaker {
  return units * items >= LITERAL_FROM ? byLiteral : byConstructor;
}
