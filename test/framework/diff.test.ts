import { describe, expect, it } from 'vitest';
import { diffFrameworks, parseFramework } from '../../src/framework/index.js';
import { minimalYaml } from './helpers.js';

describe('diffFrameworks', () => {
  const before = parseFramework(minimalYaml);

  it('finds nothing between a framework and itself', () => {
    const diff = diffFrameworks(before, before);
    expect(diff.identical).toBe(true);
    expect(diff.items).toEqual({ added: [], removed: [], reworded: [], otherwiseChanged: [] });
  });

  it('finds items added, removed and reworded, and themes retitled', () => {
    const after = parseFramework(
      minimalYaml
        .replace('version: 1.0.0', 'version: 1.1.0')
        .replace('title: One', 'title: One, renamed')
        .replace('text: Another behaviour.', 'text: A different behaviour.')
        .replace('      - id: T1.E1\n        text: An enabler.\n        enables: [T1.C1]\n', '      - id: T1.E2\n        text: A new enabler.\n'),
    );
    const diff = diffFrameworks(before, after);
    expect(diff.from).toEqual({ id: 'tiny', version: '1.0.0' });
    expect(diff.to).toEqual({ id: 'tiny', version: '1.1.0' });
    expect(diff.identical).toBe(false);
    expect(diff.themes.changed.map((change) => [change.id, change.changes])).toEqual([['T1', ['title']]]);
    expect(diff.items.added).toEqual([{ id: 'T1.E2', themeId: 'T1', kind: 'enabler', text: 'A new enabler.' }]);
    expect(diff.items.removed).toEqual([{ id: 'T1.E1', themeId: 'T1', kind: 'enabler', text: 'An enabler.' }]);
    expect(diff.items.reworded).toEqual([
      {
        id: 'T1.C2',
        before: { id: 'T1.C2', themeId: 'T1', kind: 'condition', text: 'Another behaviour.', weight: 1 },
        after: { id: 'T1.C2', themeId: 'T1', kind: 'condition', text: 'A different behaviour.', weight: 1 },
        changes: ['text'],
      },
    ]);
    expect(Object.isFrozen(diff.items.reworded[0])).toBe(true);
  });

  it('treats re-wrapped text as unchanged and reports a weight change apart', () => {
    const after = parseFramework(minimalYaml.replace('text: A behaviour.', 'text: "A   behaviour."\n        weight: 2'));
    const diff = diffFrameworks(before, after);
    expect(diff.items.reworded).toEqual([]);
    expect(diff.items.otherwiseChanged.map((change) => [change.id, change.changes])).toEqual([['T1.C1', ['weight']]]);
  });
});
