// `#parsers/yaml` for Node's ES modules: yaml, loaded when first asked for (./contract.ts says why).
import { createRequire } from 'node:module';
import type { YamlLibrary } from './contract.js';

const require = createRequire(import.meta.url);
let library: YamlLibrary | undefined;

/** The yaml functions the package uses, loaded on the first call. */
export function yamlLibrary(): YamlLibrary {
  return (library ??= require('yaml') as YamlLibrary);
}
