import { deepFreeze } from '../internal/freeze.js';
import { referenceFrameworkData } from './reference.generated.js';
import type { Framework } from './schema.js';

/**
 * Our reference framework, "What makes an effective Cancer Alliance?": eight themes (T1 to T8), each with what good
 * looks like, five Conditions of Success and five Enabling Factors, rated on a five-level scale with a target of 4.
 *
 * It is our own text, not NHS England's: the official wording is not public (see `provenance`). It is compiled
 * from `framework-data/effective-cancer-alliance.yaml` at build time, validated, and deeply frozen; loading it
 * needs no YAML parser and no file system.
 *
 * @example
 * ```ts
 * import { effectiveCancerAllianceFramework } from 'cancer-alliance-framework';
 * effectiveCancerAllianceFramework.themes.map((theme) => theme.title);
 * effectiveCancerAllianceFramework.provenance.status; // 'reference'
 * ```
 * @category Framework
 */
export const effectiveCancerAllianceFramework: Framework = deepFreeze(referenceFrameworkData) as unknown as Framework;
