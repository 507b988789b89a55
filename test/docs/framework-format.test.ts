import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffFrameworks, itemsOf, lintFramework, parseFramework, referenceFrameworkMappings, referenceFrameworks, type Framework } from '../../src/framework/index.js';
import { FrameworkMappingSchema } from '../../src/schemas/index.js';
import { minimalYaml } from '../framework/helpers.js';

const guide = readFileSync(new URL('../../docs/framework-format.md', import.meta.url), 'utf8');

/** The text block that follows a marker comment in the guide. */
function blockAfter(marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!match) throw new Error(`docs/framework-format.md has no text block after <!-- ${marker} -->`);
  return match[1]!;
}

/** The rows of the Markdown table that follows a marker comment in the guide, each as its cells. */
function tableAfter(marker: string): string[][] {
  const match = new RegExp(`<!-- ${marker} -->\\n((?:\\|.*\\n)+)`).exec(guide);
  if (!match) throw new Error(`docs/framework-format.md has no table after <!-- ${marker} -->`);
  return match[1]!
    .trimEnd()
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** A framework of one theme whose Conditions of Success have the given texts, with one enabler. */
function withConditions(texts: readonly string[]): Framework {
  const items = texts.map((text, i) => `      - id: T1.C${i + 1}\n        text: ${JSON.stringify(text)}\n`).join('');
  const enabler = '      - id: T1.E1\n        text: "An enabler."\n';
  return parseFramework(minimalYaml.replace(/ {4}conditionsOfSuccess:\n[\s\S]*$/, `    conditionsOfSuccess:\n${items}    enablingFactors:\n${enabler}`));
}

describe('docs/framework-format.md', () => {
  const v100 = referenceFrameworks['1.0.0'];
  const v110 = referenceFrameworks['1.1.0'];

  it('diffFrameworks(1.0.0, 1.1.0) is what docs/framework-format.md shows', () => {
    const diff = diffFrameworks(v100, v110);
    const newThemes = new Set(diff.themes.added.map((theme) => theme.id as string));
    const addedInOldThemes = diff.items.added.filter((item) => !newThemes.has(item.themeId));
    const addedInNewThemes = diff.items.added.length - addedInOldThemes.length;
    const shared = itemsOf(v100).filter((ref) => itemsOf(v110).some((other) => other.item.id === ref.item.id));
    const unchanged = shared.filter((ref) => !diff.items.reworded.some((change) => change.id === ref.item.id)).map((ref) => ref.item.id);
    const changes = [...new Set(diff.themes.changed.map((theme) => theme.changes.join(', ')))];
    const lines = [
      `${diff.from.id} ${diff.from.version} -> ${diff.to.version} (identical: ${String(diff.identical)})`,
      `themes added (${diff.themes.added.length}): ${diff.themes.added.map((theme) => `${theme.id} ${theme.title}`).join('; ')}`,
      `themes removed (${diff.themes.removed.length}):${diff.themes.removed.map((theme) => ` ${theme.id}`).join('')}`,
      `themes changed (${diff.themes.changed.length}): ${diff.themes.changed.map((theme) => theme.id).join(', ')} (${changes.join('; ')})`,
      `items added (${diff.items.added.length}): ${addedInOldThemes.map((item) => item.id).join(' ')}, and the ${addedInNewThemes} items of T9 to T13`,
      `items removed (${diff.items.removed.length}): ${diff.items.removed.map((item) => item.id).join(' ')}`,
      `items reworded (${diff.items.reworded.length}): every other item of 1.0.0 but ${unchanged.join(' and ')}, which are unchanged`,
      `items otherwise changed (${diff.items.otherwiseChanged.length}):`,
    ];
    expect(blockAfter('diff-1.0.0-to-1.1.0')).toBe(`${lines.join('\n')}\n`);
    // Every other item of 1.0.0: the shared ids less the unchanged ones.
    expect(diff.items.reworded.length + unchanged.length).toBe(shared.length);
    const t1c5 = diff.items.reworded.find((change) => change.id === 'T1.C5')!;
    expect(guide.replace(/\s+/g, ' ')).toContain(`from "${t1c5.before.text}" to "${t1c5.after.text}"`);
  });

  it('the five items the diff shows as removed and added are the moved ones of the mapping, and the counts hold', () => {
    const mapping = referenceFrameworkMappings['1.0.0 to 1.1.0'];
    const diff = diffFrameworks(v100, v110);
    const moved = diff.items.removed.filter((item) => mapping.itemMapping[item.id] !== null).map((item) => `${item.id} is ${String(mapping.itemMapping[item.id])}`);
    expect(moved).toEqual(['T3.C2 is T10.C1', 'T3.C3 is T9.C2', 'T3.E3 is T10.E1', 'T6.C2 is T9.C1', 'T6.C3 is T11.C1']);
    expect(mapping.continuity.moved).toEqual(['T3.C2', 'T3.C3', 'T3.E3', 'T6.C2', 'T6.C3']);
    const prose = guide.replace(/\s+/g, ' ');
    for (const line of moved) expect(prose).toContain(line);
  });

  it('the item rules give on 1.0.0 the counts the guide states, and none on 1.1.0', () => {
    const warnings = lintFramework(v100).filter((issue) => issue.severity === 'warning');
    expect(warnings).toHaveLength(78);
    expect(warnings.filter((issue) => issue.code === 'double-barrelled-item')).toHaveLength(71);
    expect(guide).toContain('the rules give 78 warnings over 80 items');
    expect(guide).toContain('an "and" or "or" in 71 of the 80 items');
    expect(lintFramework(v110)).toEqual([]);
  });

  it('every example of the item rules gives the warnings the guide shows', () => {
    const rows = tableAfter('item-rule-examples');
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const shown = new Set<string>();
    for (const [rule, conditions, warnings] of rows) {
      const texts = [...conditions!.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
      expect(texts.length, rule).toBeGreaterThan(0);
      const expected = warnings === 'none' ? [] : [...warnings!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
      // The texts of a row are the conditions of one theme.
      const issues = lintFramework(withConditions(texts));
      expect(
        issues.map((issue) => issue.message),
        rule,
      ).toEqual(expected);
      expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
      const code = /^`([a-z-]+)`/.exec(rule!)?.[1];
      if (code !== undefined) {
        expect(
          issues.map((issue) => issue.code),
          rule,
        ).toContain(code);
        shown.add(code);
      }
    }
    // Every item rule has an example.
    expect([...shown].sort()).toEqual(['double-barrelled-item', 'long-item', 'near-duplicate-items', 'outside-control', 'repeated-concept']);
  });

  it('the mapping example is part of the bundled mapping', () => {
    const match = /<!-- mapping-example -->\n```yaml\n([\s\S]*?)```/.exec(guide);
    const example = FrameworkMappingSchema.parse(parse(match![1]!));
    const bundled = referenceFrameworkMappings['1.0.0 to 1.1.0'];
    expect(example.from).toEqual(bundled.from);
    expect(example.to).toEqual(bundled.to);
    for (const [id, target] of Object.entries(example.themeMapping)) expect(bundled.themeMapping[id]).toBe(target);
    for (const [id, target] of Object.entries(example.itemMapping)) expect(bundled.itemMapping[id], id).toBe(target);
    for (const id of example.newThemes) expect(bundled.newThemes).toContain(id);
    for (const id of example.newItems) expect(bundled.newItems).toContain(id);
    for (const [kind, ids] of Object.entries(example.continuity)) for (const id of ids) expect(bundled.continuity[kind as keyof typeof bundled.continuity], id).toContain(id);
    // Every item the example maps has its continuity, and a null target exactly for the kinds without a successor.
    const kindOf = new Map(Object.entries(example.continuity).flatMap(([kind, ids]) => ids.map((id) => [id, kind] as const)));
    for (const [id, target] of Object.entries(example.itemMapping)) expect(['dropped', 'merged', 'split'].includes(kindOf.get(id) ?? '')).toBe(target === null);
    // An unknown key is an error.
    expect(FrameworkMappingSchema.safeParse({ ...example, notes: 'x' }).success).toBe(false);
  });
});
