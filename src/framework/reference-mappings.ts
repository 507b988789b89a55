import { deepFreeze } from '../internal/freeze.js';
import { referenceMapping100To110Data } from './mapping-1.0.0-to-1.1.0.generated.js';
import type { FrameworkMapping } from './schema.js';

/**
 * How the items and themes of one version of the reference framework continue in the next, by the two versions:
 * `'1.0.0 to 1.1.0'`. Each maps every earlier theme and item to its successor, or to null when nothing continues it
 * (`themeMapping`, `itemMapping`: give them to `compareRounds` or `buildReports` to compare a round answered on 1.0.0
 * with one answered on 1.1.0), lists the themes and items that are new, and says how each earlier item continues
 * (`continuity`): the same question (`same`), its main question only (`narrowed`), the same subject asked as what the
 * alliance does (`reframed`), in another theme (`moved`), or not at all (`dropped`, `merged`, `split`). Compiled from
 * `framework-data/mapping-1.0.0-to-1.1.0.yaml`, checked against both versions, and deeply frozen.
 *
 * @example
 * ```ts
 * import { compareRounds } from 'cancer-alliance-framework';
 * import { referenceFrameworkMappings } from 'cancer-alliance-framework/framework';
 * const { itemMapping, themeMapping } = referenceFrameworkMappings['1.0.0 to 1.1.0'];
 * compareRounds(earlier, later, { itemMapping, themeMapping }); // earlier scored on 1.0.0, later on 1.1.0
 * ```
 * @category Framework
 */
export const referenceFrameworkMappings: { readonly '1.0.0 to 1.1.0': FrameworkMapping } = deepFreeze({
  '1.0.0 to 1.1.0': referenceMapping100To110Data as unknown as FrameworkMapping,
});
