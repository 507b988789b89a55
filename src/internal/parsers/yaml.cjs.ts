// `#parsers/yaml` for CommonJS: yaml, loaded when first asked for (./contract.ts says why). Built as CommonJS only, so
// that `require` is CommonJS's own, which bundlers follow too.
import type { YamlLibrary } from './contract.js';

declare const require: (id: string) => unknown;
let library: YamlLibrary | undefined;

/** The yaml functions the package uses, loaded on the first call. */
export function yamlLibrary(): YamlLibrary {
  return (library ??= require('yaml') as YamlLibrary);
}
