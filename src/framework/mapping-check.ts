// The checks of a framework mapping against the two frameworks it joins, run by .ci/generate-framework.ts on the
// bundled mapping (which then refuses to write it) and by the tests. Not exported by the package.
import { itemsOf } from './lookup.js';
import type { Framework, FrameworkMapping } from './schema.js';

const KINDS_WITHOUT_SUCCESSOR = ['dropped', 'merged', 'split'] as const;

/**
 * What is wrong with a mapping from `from` to `to`, one sentence each; empty when nothing is. Every earlier theme
 * and item is mapped, to a later one or to null; every target exists and is used once; the new themes and items are
 * exactly the later ones nothing maps to; `continuity` names every earlier item once, null exactly for `dropped`,
 * `merged` and `split`, and `moved` exactly where an item's theme changes; and no earlier id that is retired is
 * used again in the later version for another question.
 */
export function mappingProblems(mapping: FrameworkMapping, from: Framework, to: Framework): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(problem);
  if (mapping.from.id !== from.id || mapping.from.version !== from.version) say(`from is ${mapping.from.id} ${mapping.from.version}, not ${from.id} ${from.version}`);
  if (mapping.to.id !== to.id || mapping.to.version !== to.version) say(`to is ${mapping.to.id} ${mapping.to.version}, not ${to.id} ${to.version}`);

  const check = (what: string, map: Readonly<Record<string, string | null>>, earlier: readonly string[], later: readonly string[], declaredNew: readonly string[]) => {
    const laterSet = new Set(later);
    for (const id of earlier) if (!Object.hasOwn(map, id)) say(`${what} ${id} of ${from.version} is not mapped`);
    const earlierSet = new Set(earlier);
    const used = new Map<string, string>();
    for (const [id, target] of Object.entries(map)) {
      if (!earlierSet.has(id)) say(`${what} ${id} is mapped, but ${from.version} has no such ${what}`);
      if (target === null) continue;
      if (!laterSet.has(target)) say(`${what} ${id} is mapped to ${target}, which ${to.version} does not have`);
      const other = used.get(target);
      if (other !== undefined) say(`${what}s ${other} and ${id} are both mapped to ${target}`);
      used.set(target, id);
    }
    const unmapped = later.filter((id) => !used.has(id));
    const missing = unmapped.filter((id) => !declaredNew.includes(id));
    const extra = declaredNew.filter((id) => used.has(id) || !laterSet.has(id));
    if (missing.length > 0) say(`no ${what} of ${from.version} is mapped to ${missing.join(', ')}, which the new ${what}s do not list`);
    if (extra.length > 0) say(`the new ${what}s list ${extra.join(', ')}, which ${extra.length === 1 ? 'is' : 'are'} mapped to or not in ${to.version}`);
  };
  check(
    'theme',
    mapping.themeMapping,
    from.themes.map((theme) => theme.id),
    to.themes.map((theme) => theme.id),
    mapping.newThemes,
  );
  const earlierItems = itemsOf(from);
  const laterItems = itemsOf(to);
  check(
    'item',
    mapping.itemMapping,
    earlierItems.map((ref) => ref.item.id),
    laterItems.map((ref) => ref.item.id),
    mapping.newItems,
  );

  const kindOf = new Map<string, string>();
  for (const [kind, ids] of Object.entries(mapping.continuity)) {
    for (const id of ids) {
      const other = kindOf.get(id);
      if (other !== undefined) say(`continuity lists ${id} as both ${other} and ${kind}`);
      kindOf.set(id, kind);
    }
  }
  const themeOfLater = new Map(laterItems.map((ref) => [ref.item.id as string, ref.theme.id as string]));
  for (const ref of earlierItems) {
    const id = ref.item.id;
    const kind = kindOf.get(id);
    const target = mapping.itemMapping[id];
    if (kind === undefined) {
      say(`continuity does not say how ${id} continues`);
      continue;
    }
    const withoutSuccessor = (KINDS_WITHOUT_SUCCESSOR as readonly string[]).includes(kind);
    if (withoutSuccessor !== (target === null)) say(`${id} is ${kind} in continuity but mapped to ${target ?? 'null'}`);
    const targetTheme = target === null || target === undefined ? undefined : themeOfLater.get(target);
    if (targetTheme !== undefined && (targetTheme !== ref.theme.id) !== (kind === 'moved')) {
      say(`${id} is ${kind} in continuity but mapped to ${String(target)} in theme ${targetTheme}`);
    }
    if (target !== undefined && target !== id && themeOfLater.has(id)) say(`${id} is retired but ${to.version} uses the id ${id} again`);
  }
  for (const id of kindOf.keys()) if (!earlierItems.some((ref) => ref.item.id === id)) say(`continuity lists ${id}, which ${from.version} does not have`);
  return problems;
}
