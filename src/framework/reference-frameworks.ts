import { deepFreeze } from '../internal/freeze.js';
import { referenceFramework100Data } from './reference-1.0.0.generated.js';
import { effectiveCancerAllianceFramework } from './reference.js';
import type { Framework } from './schema.js';

/**
 * Every version of our reference framework, "What makes an effective Cancer Alliance?", by version: `'1.0.0'` (eight
 * themes, 80 items; the version every round before 1.1.0 was answered on, the bundled sample's among them) and `'1.1.0'` (thirteen themes,
 * 130 items; the current one, which is also `effectiveCancerAllianceFramework`). Score a round on the version it was
 * answered on; compare rounds across versions with `referenceFrameworkMappings`. Each is compiled from
 * `framework-data/effective-cancer-alliance-<version>.yaml` and deeply frozen.
 *
 * @example
 * ```ts
 * import { referenceFrameworks } from 'cancer-alliance-framework/framework';
 * referenceFrameworks['1.0.0'].themes.length; // 8
 * referenceFrameworks['1.1.0'] === effectiveCancerAllianceFramework; // true
 * scoreAnswers(answers, { framework: referenceFrameworks['1.0.0'] }); // answers given on 1.0.0
 * ```
 * @category Framework
 */
export const referenceFrameworks: { readonly '1.0.0': Framework; readonly '1.1.0': Framework } = deepFreeze({
  '1.0.0': referenceFramework100Data as unknown as Framework,
  '1.1.0': effectiveCancerAllianceFramework,
});
