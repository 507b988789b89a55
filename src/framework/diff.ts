import { deepFreeze } from '../internal/freeze.js';
import { checkFramework, itemsOf, type ItemKind, type ItemRef } from './lookup.js';
import type { Framework, FrameworkId, ItemId, ThemeId } from './schema.js';

/** An item as a diff shows it. */
export interface DiffItem {
  readonly id: ItemId;
  readonly themeId: ThemeId;
  readonly kind: ItemKind;
  readonly text: string;
}

/** An item whose text, theme, kind or weight changed between two versions. */
export interface ChangedItem {
  readonly id: ItemId;
  readonly before: DiffItem & { readonly weight: number };
  readonly after: DiffItem & { readonly weight: number };
  /** What changed: any of `text`, `theme`, `kind`, `weight`. */
  readonly changes: readonly ('text' | 'theme' | 'kind' | 'weight')[];
}

/** A theme whose title or "what good looks like" statement changed. */
export interface ChangedTheme {
  readonly id: ThemeId;
  readonly changes: readonly ('title' | 'whatGoodLooksLike')[];
  readonly before: { readonly title: string; readonly whatGoodLooksLike: string };
  readonly after: { readonly title: string; readonly whatGoodLooksLike: string };
}

/** What changed between two versions of a framework, matched by id. */
export interface FrameworkDiff {
  readonly from: { readonly id: FrameworkId; readonly version: string };
  readonly to: { readonly id: FrameworkId; readonly version: string };
  readonly themes: {
    readonly added: readonly { readonly id: ThemeId; readonly title: string }[];
    readonly removed: readonly { readonly id: ThemeId; readonly title: string }[];
    readonly changed: readonly ChangedTheme[];
  };
  readonly items: {
    readonly added: readonly DiffItem[];
    readonly removed: readonly DiffItem[];
    /** Items whose text changed, with or without other changes. */
    readonly reworded: readonly ChangedItem[];
    /** Items whose theme, kind or weight changed but not their text. */
    readonly otherwiseChanged: readonly ChangedItem[];
  };
  /** True when nothing above changed. */
  readonly identical: boolean;
}

function view(ref: ItemRef): DiffItem & { readonly weight: number } {
  return { id: ref.item.id, themeId: ref.theme.id, kind: ref.kind, text: ref.item.text, weight: ref.item.weight };
}

function plain(ref: ItemRef): DiffItem {
  return { id: ref.item.id, themeId: ref.theme.id, kind: ref.kind, text: ref.item.text };
}

/**
 * Compares two versions of a framework: the themes and items added, removed and reworded, matched by id.
 * Text is compared after folding runs of white space, so re-wrapping a line in YAML is not a rewording.
 *
 * @param a - The earlier version.
 * @param b - The later version.
 * @returns The differences, in the order of `b` (removed ones in the order of `a`).
 * @example
 * ```ts
 * const edited = parseFramework(yamlText); // your own edition of the reference framework
 * const diff = diffFrameworks(effectiveCancerAllianceFramework, edited);
 * diff.items.reworded.map((change) => change.id);
 * ```
 * @category Framework
 */
export function diffFrameworks(a: Framework, b: Framework): FrameworkDiff {
  checkFramework('diffFrameworks', a, 'a (the earlier framework)');
  checkFramework('diffFrameworks', b, 'b (the later framework)');
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const themesA = new Map(a.themes.map((theme) => [theme.id as string, theme]));
  const themesB = new Map(b.themes.map((theme) => [theme.id as string, theme]));
  const itemsA = new Map(itemsOf(a).map((ref) => [ref.item.id as string, ref]));
  const itemsB = new Map(itemsOf(b).map((ref) => [ref.item.id as string, ref]));

  const changedThemes: ChangedTheme[] = [];
  for (const theme of b.themes) {
    const before = themesA.get(theme.id);
    if (!before) continue;
    const changes: ('title' | 'whatGoodLooksLike')[] = [];
    if (fold(before.title) !== fold(theme.title)) changes.push('title');
    if (fold(before.whatGoodLooksLike) !== fold(theme.whatGoodLooksLike)) changes.push('whatGoodLooksLike');
    if (changes.length > 0) {
      changedThemes.push({
        id: theme.id,
        changes,
        before: { title: before.title, whatGoodLooksLike: before.whatGoodLooksLike },
        after: { title: theme.title, whatGoodLooksLike: theme.whatGoodLooksLike },
      });
    }
  }

  const reworded: ChangedItem[] = [];
  const otherwiseChanged: ChangedItem[] = [];
  for (const [id, after] of itemsB) {
    const before = itemsA.get(id);
    if (!before) continue;
    const changes: ('text' | 'theme' | 'kind' | 'weight')[] = [];
    if (fold(before.item.text) !== fold(after.item.text)) changes.push('text');
    if (before.theme.id !== after.theme.id) changes.push('theme');
    if (before.kind !== after.kind) changes.push('kind');
    if (before.item.weight !== after.item.weight) changes.push('weight');
    if (changes.length === 0) continue;
    const change: ChangedItem = { id: after.item.id, before: view(before), after: view(after), changes };
    (changes.includes('text') ? reworded : otherwiseChanged).push(change);
  }

  const themes = {
    added: b.themes.filter((theme) => !themesA.has(theme.id)).map((theme) => ({ id: theme.id, title: theme.title })),
    removed: a.themes.filter((theme) => !themesB.has(theme.id)).map((theme) => ({ id: theme.id, title: theme.title })),
    changed: changedThemes,
  };
  const items = {
    added: [...itemsB.values()].filter((ref) => !itemsA.has(ref.item.id)).map(plain),
    removed: [...itemsA.values()].filter((ref) => !itemsB.has(ref.item.id)).map(plain),
    reworded,
    otherwiseChanged,
  };
  const identical =
    themes.added.length + themes.removed.length + themes.changed.length === 0 && items.added.length + items.removed.length + reworded.length + otherwiseChanged.length === 0;
  return deepFreeze({
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    themes,
    items,
    identical,
  });
}
