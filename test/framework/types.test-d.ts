import { describe, expectTypeOf, it } from 'vitest';
import type { Framework, ItemId, SafeParseResult, Theme, ThemeId, FrameworkError } from '../../src/index.js';
import { effectiveCancerAllianceFramework, findItem, safeParseFramework } from '../../src/index.js';

describe('framework types', () => {
  it('are read-only all the way down', () => {
    expectTypeOf(effectiveCancerAllianceFramework.themes).toEqualTypeOf<readonly Theme[]>();
    // @ts-expect-error: themes cannot be replaced
    effectiveCancerAllianceFramework.themes = [];
    // @ts-expect-error: a theme's title cannot be changed
    effectiveCancerAllianceFramework.themes[0]!.title = 'x';
  });

  it('brand ids, so a plain string is not an item id', () => {
    expectTypeOf<ItemId>().not.toEqualTypeOf<string>();
    expectTypeOf<ThemeId>().toExtend<string>();
    const id = 'T1.C1';
    // @ts-expect-error: a plain string is not an ItemId
    const itemId: ItemId = id;
    itemId;
  });

  it('give safeParseFramework the result shape zod users know', () => {
    expectTypeOf(safeParseFramework).returns.toEqualTypeOf<SafeParseResult<Framework, FrameworkError>>();
    expectTypeOf(findItem(effectiveCancerAllianceFramework, 'T1.C1')?.kind).toEqualTypeOf<'condition' | 'enabler' | undefined>();
  });
});
