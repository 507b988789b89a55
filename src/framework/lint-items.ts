// The item rules of lintFramework: warnings about the wording of survey items (docs/framework-format.md, "Item
// rules"). They are heuristics over English text, so they warn and never refuse a framework: a person reads each
// warning and decides. The word lists and thresholds were set on the reference frameworks 1.0.0 (whose known faults
// they find) and 1.1.0 (which passes them all); re-check them on the next framework.
import type { DoubleBarrelledForm, FrameworkIssueData } from './errors.js';
import type { Framework } from './schema.js';

type Path = readonly (string | number)[];

/** A warning found by an item rule, with its place. */
export interface ItemFinding {
  readonly data: FrameworkIssueData;
  readonly path: Path;
  readonly id: string;
}

/** The most words an item should have. */
export const MAX_ITEM_WORDS = 25;
/** Two items are near-duplicates when the weighted overlap of their content words is at least this... */
export const NEAR_DUPLICATE_OVERLAP = 0.4;
/** ...and they share at least this many content words. */
export const NEAR_DUPLICATE_SHARED = 3;

interface Item {
  readonly id: string;
  readonly text: string;
  readonly kind: 'condition' | 'enabler';
  readonly path: Path;
}

function itemsIn(framework: Framework): Item[] {
  const items: Item[] = [];
  framework.themes.forEach((theme, t) => {
    theme.conditionsOfSuccess.forEach((item, i) => items.push({ id: item.id, text: item.text, kind: 'condition', path: ['themes', t, 'conditionsOfSuccess', i, 'text'] }));
    theme.enablingFactors.forEach((item, i) => items.push({ id: item.id, text: item.text, kind: 'enabler', path: ['themes', t, 'enablingFactors', i, 'text'] }));
  });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Two questions in one
// ---------------------------------------------------------------------------------------------

/** Verbs (and their forms) that, after "and" or "or", start a second action: "reviews progress and changes course". */
// prettier-ignore
const VERBS = new Set([
  'agree', 'agrees', 'take', 'takes', 'carry', 'carries', 'change', 'changes', 'act', 'acts', 'adopt', 'adopts', 'allocate',
  'allocates', 'apply', 'applies', 'ask', 'asks', 'build', 'builds', 'challenge', 'challenges', 'check', 'checks', 'choose',
  'chooses', 'close', 'closes', 'decide', 'decides', 'deliver', 'delivers', 'describe', 'describes', 'develop', 'develops',
  'discuss', 'discusses', 'evaluate', 'evaluates', 'find', 'finds', 'fund', 'funds', 'give', 'gives', 'hold', 'holds',
  'improve', 'improves', 'involve', 'involves', 'keep', 'keeps', 'lead', 'leads', 'learn', 'learns', 'link', 'links', 'make',
  'makes', 'manage', 'manages', 'meet', 'meets', 'monitor', 'monitors', 'move', 'moves', 'plan', 'plans', 'publish',
  'publishes', 'raise', 'raises', 'receive', 'receives', 'record', 'records', 'redirect', 'redirects', 'reflect', 'reflects',
  'refine', 'refines', 'report', 'reports', 'resolve', 'resolves', 'review', 'reviews', 'run', 'runs', 'scale', 'scales',
  'set', 'sets', 'share', 'shares', 'shape', 'shapes', 'sign', 'signs', 'speak', 'speaks', 'spread', 'spreads', 'stop',
  'stops', 'support', 'supports', 'sustain', 'sustains', 'tackle', 'tackles', 'target', 'targets', 'test', 'tests', 'track',
  'tracks', 'turn', 'turns', 'update', 'updates', 'use', 'uses', 'work', 'works', 'write', 'writes', 'acted', 'agreed',
  'taken', 'changed', 'recorded', 'shared', 'reviewed', 'signed', 'published',
  // Auxiliaries: "and is heard", "and has".
  'is', 'are', 'has', 'have', 'can', 'will', 'be', 'then', 'gets', 'get',
]);

/** Prepositions that, after "and" or "or", start a second criterion: "on time and within budget". */
const PREPOSITIONS = new Set(['within', 'under', 'on', 'in', 'at', 'without', 'by', 'through', 'before', 'after', 'to']);

/** Adverbs skipped after "and" or "or"; one or more of them alone is a second criterion: "openly and constructively". */
const ADVERBS = new Set(['then', 'openly', 'promptly', 'regularly', 'quickly', 'directly', 'also', 'jointly', 'consistently', 'constructively']);

const bare = (token: string | undefined): string => (token ?? '').replace(/[^\p{L}\p{N}]/gu, '');
const lowerWord = (token: string | undefined): string => (token ?? '').toLowerCase().replace(/[^a-z-]/g, '');

/**
 * How an item joins two questions, or null when it asks one. Each "and", "or", "and/or", "as well as" or "&" is read
 * in turn, except one between two capitalised words (a proper name: "Managing Director and Chief Medical Officer")
 * or two numbers ("stage 1 or 2"); the word after it (past any adverbs) says what it joins.
 */
function joined(text: string): { readonly form: DoubleBarrelledForm; readonly excerpt: string } | null {
  const tokens = text
    .replace(/\bas well as\b/gi, 'and')
    .replace(/\s&\s/g, ' and ')
    .split(/\s+/)
    .filter((token) => token !== '');
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] ?? '').toLowerCase().replace(/[^a-z/]/g, '');
    if (word !== 'and' && word !== 'or' && word !== 'and/or') continue;
    const before = bare(tokens[i - 1]);
    const after = bare(tokens[i + 1]);
    if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) continue;
    if (/^\p{N}/u.test(before) && /^\p{N}/u.test(after)) continue;
    let next = i + 1;
    while (next < tokens.length && ADVERBS.has(lowerWord(tokens[next]))) next++;
    const following = lowerWord(tokens[next]);
    const excerpt = tokens.slice(Math.max(0, i - 2), i + 3).join(' ');
    const afterComma = tokens.slice(Math.max(0, i - 4), i).some((token) => token.endsWith(','));
    const form: DoubleBarrelledForm = VERBS.has(following) ? 'two-actions' : PREPOSITIONS.has(following) || next > i + 1 ? 'two-criteria' : afterComma ? 'list' : 'two-objects';
    return { form, excerpt };
  }
  const sentences = text.split(/[.!?]\s+(?=\p{Lu})/u).length;
  const questions = text.split('?').length - 1;
  if (sentences >= 2 || questions >= 2) return { form: 'two-sentences', excerpt: text.length > 60 ? `${text.slice(0, 57)}...` : text };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Near-duplicates
// ---------------------------------------------------------------------------------------------

/** Words too common to say what an item is about. Words of fewer than four letters are dropped anyway. */
// prettier-ignore
const STOP_WORDS = new Set([
  'about', 'across', 'after', 'also', 'alliance', 'alliances', 'among', 'being', 'been', 'before', 'both', 'cancer', 'could',
  'does', 'done', 'each', 'every', 'from', 'have', 'including', 'into', 'made', 'make', 'makes', 'more', 'most', 'much',
  'only', 'other', 'others', 'ours', 'over', 'same', 'should', 'some', 'such', 'than', 'that', 'their', 'them', 'then',
  'there', 'these', 'they', 'this', 'those', 'through', 'under', 'upon', 'very', 'well', 'were', 'what', 'when', 'where',
  'which', 'while', 'whole', 'will', 'with', 'within', 'without', 'would', 'your', 'uses', 'used',
]);

/** Words that name a framework's furniture (plans, teams, leads, areas) rather than what an item asks about. */
// prettier-ignore
const FURNITURE = new Set([
  'work', 'works', 'team', 'teams', 'core', 'named', 'lead', 'leads', 'main', 'type', 'types', 'part', 'parts', 'area', 'areas',
  'year', 'years', 'yearly', 'regular', 'regularly',
]);

/**
 * Abbreviations spelt out, and names of several words made one word (shown as the name), so that "ICB" meets
 * "integrated care board" and a shared job title counts as one shared word, not three.
 */
const NAMES: readonly (readonly [pattern: RegExp, word: string, shown: string])[] = [
  [/\bICBs?\b/g, 'integratedcareboard', 'integrated care board'],
  [/\bICSs?\b/g, 'integratedcaresystem', 'integrated care system'],
  [/\bintegrated care boards?\b/gi, 'integratedcareboard', 'integrated care board'],
  [/\bintegrated care systems?\b/gi, 'integratedcaresystem', 'integrated care system'],
  [/\bChief Medical Officers?\b/gi, 'chiefmedicalofficer', 'Chief Medical Officer'],
  [/\bManaging Directors?\b/gi, 'managingdirector', 'Managing Director'],
  [/\bBoard Chairs?\b/gi, 'boardchair', 'Board Chair'],
  [/\bFaster Diagnosis Standard\b/gi, 'fasterdiagnosisstandard', 'Faster Diagnosis Standard'],
  [/\bprimary care networks?\b/gi, 'primarycarenetwork', 'primary care network'],
];

const SHOWN = new Map(NAMES.map(([, word, shown]) => [word, shown]));

/** Two words match when the shorter begins the longer: "plan" matches "planning". */
function wordsMatch(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** The content words of an item, each once (words that match an earlier one are the same word), in text order. */
function contentWords(text: string): string[] {
  const named = NAMES.reduce((result, [pattern, word]) => result.replace(pattern, ` ${word} `), text);
  const words: string[] = [];
  for (const word of named.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 4 || STOP_WORDS.has(word) || FURNITURE.has(word)) continue;
    if (words.some((kept) => wordsMatch(kept, word))) continue;
    words.push(word);
  }
  return words;
}

/**
 * Pairs of items of the same kind (an enabler shares words with the conditions it enables by design) whose content
 * words overlap: each word weighs its rarity in the framework, ln(items / items that use it), so that words every
 * theme uses count for little; the overlap is the weight of the shared words over the weight of the lighter item.
 */
function nearDuplicates(items: readonly Item[]): ItemFinding[] {
  const words = items.map((item) => contentWords(item.text));
  const rarity = new Map<string, number>();
  const weightOf = (word: string): number => {
    let weight = rarity.get(word);
    if (weight === undefined) {
      const using = words.filter((list) => list.some((other) => wordsMatch(word, other))).length;
      weight = Math.log(items.length / Math.max(1, using));
      rarity.set(word, weight);
    }
    return weight;
  };
  const weigh = (list: readonly string[]) => list.reduce((sum, word) => sum + weightOf(word), 0);
  const findings: ItemFinding[] = [];
  for (let b = 1; b < items.length; b++) {
    const later = items[b]!;
    const laterWords = words[b]!;
    for (let a = 0; a < b; a++) {
      const earlier = items[a]!;
      if (earlier.kind !== later.kind) continue;
      const earlierWords = words[a]!;
      const shared = earlierWords.filter((word) => laterWords.some((other) => wordsMatch(word, other)));
      if (shared.length < NEAR_DUPLICATE_SHARED) continue;
      const lighter = Math.min(weigh(earlierWords), weigh(laterWords));
      const overlap = lighter > 0 ? weigh(shared) / lighter : 0;
      if (overlap < NEAR_DUPLICATE_OVERLAP) continue;
      findings.push({
        data: {
          code: 'near-duplicate-items',
          itemId: later.id,
          otherItemId: earlier.id,
          overlap: Math.round(overlap * 100) / 100,
          sharedWords: shared.map((word) => SHOWN.get(word) ?? word),
        },
        path: later.path,
        id: later.id,
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Repeated ideas and what the alliance does not control
// ---------------------------------------------------------------------------------------------

/**
 * Ideas that reviews found asked in several items in other words, which word overlap misses. Extend the list when a
 * review finds another.
 */
const CONCEPTS: readonly { readonly concept: string; readonly pattern: RegExp }[] = [
  {
    concept: 'change course on the evidence',
    pattern: /chang\w* (course|its approach|direction)|stops? or redirects?|stop, change|what to (continue|stop)|stops? funding|redirects? funding/i,
  },
  {
    concept: "the alliance plan in partners' plans",
    pattern: /plans? reflected in|reflect\w* the alliance['’]s (cancer )?plan|route for planning/i,
  },
];

function repeatedConcepts(items: readonly Item[]): ItemFinding[] {
  const findings: ItemFinding[] = [];
  for (const { concept, pattern } of CONCEPTS) {
    for (const kind of ['condition', 'enabler'] as const) {
      const carrying = items.filter((item) => item.kind === kind && pattern.test(item.text));
      const second = carrying[1];
      if (second === undefined) continue;
      findings.push({ data: { code: 'repeated-concept', concept, itemIds: carrying.map((item) => item.id) }, path: second.path, id: second.id });
    }
  }
  return findings;
}

/** Sign-off or approval by another body, or the bodies of the internal 2019 rules. */
const OUTSIDE_CONTROL = /signed off by|sign(?:ed)?[- ]off|approved by|agreed by the (?!alliance)|Regional Director|National Cancer Director|Cancer Delivery Group|\bCDG\b/i;

// ---------------------------------------------------------------------------------------------

/** Every warning of the item rules, item by item in framework order, then near-duplicates, then repeated ideas. */
export function lintItems(framework: Framework): ItemFinding[] {
  const items = itemsIn(framework);
  const findings: ItemFinding[] = [];
  for (const item of items) {
    const at = (data: FrameworkIssueData) => findings.push({ data, path: item.path, id: item.id });
    const join = joined(item.text);
    if (join !== null) at({ code: 'double-barrelled-item', itemId: item.id, ...join });
    const words = item.text.split(/\s+/).filter((word) => word !== '').length;
    if (words > MAX_ITEM_WORDS) at({ code: 'long-item', itemId: item.id, words, max: MAX_ITEM_WORDS });
    const control = OUTSIDE_CONTROL.exec(item.text);
    if (control !== null) at({ code: 'outside-control', itemId: item.id, phrase: control[0] });
  }
  return [...findings, ...nearDuplicates(items), ...repeatedConcepts(items)];
}
