import { deepFreeze } from '../internal/freeze.js';
import { referenceFramework110Data } from './reference-1.1.0.generated.js';
import type { Framework } from './schema.js';

/**
 * Our reference framework, "What makes an effective Cancer Alliance?", in its current version, 1.1.0: thirteen themes
 * (T1 to T13), each with what good looks like, five Conditions of Success and five Enabling Factors, rated on a
 * five-level scale with a target of 4. Themes 1 to 8 are how the alliance works; themes 9 to 13 the areas of care it
 * leads (earlier diagnosis, faster diagnosis and treatment, inequalities, personalised care, the workforce).
 *
 * It is our own text, not NHS England's: the official wording is not public (see `provenance`). It is compiled
 * from `framework-data/effective-cancer-alliance-1.1.0.yaml` at build time, validated, and deeply frozen; loading it
 * needs no YAML parser and no file system. Rounds answered on the version before (1.0.0, eight themes) score on
 * that version: `referenceFrameworks['1.0.0']`.
 *
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework } from 'cancer-alliance-framework';
 * effectiveCancerAllianceFramework.version; // '1.1.0'
 * effectiveCancerAllianceFramework.themes.map((theme) => theme.title);
 * effectiveCancerAllianceFramework.provenance.status; // 'reference'
 * ```
 * @category Framework
 */
export const effectiveCancerAllianceFramework: Framework = deepFreeze(referenceFramework110Data) as unknown as Framework;
