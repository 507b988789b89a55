import schema from '../../framework-data/framework.schema.json';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The JSON Schema (draft 2020-12) of a framework file, as shipped in `framework-data/framework.schema.json`: point an
 * editor's YAML or JSON language server at it for completion and checks while writing a framework. It is made from
 * `FrameworkSchema` at build time; `parseFramework` checks more than it can say (ids that must be unique, links
 * between items), so a file it passes may still have problems that `parseFramework` reports.
 *
 * @example
 * ```ts
 * import { frameworkJsonSchema } from 'cancer-alliance-framework/schemas';
 * frameworkJsonSchema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Schemas
 */
export const frameworkJsonSchema: { readonly $schema: string; readonly [key: string]: unknown } = deepFreeze(schema);
