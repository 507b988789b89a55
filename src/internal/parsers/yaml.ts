// `#parsers/yaml` for bundlers and for runtimes other than Node: yaml, imported as usual (./contract.ts says why).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { YamlLibrary } from './contract.js';

/** The yaml functions the package uses. */
export function yamlLibrary(): YamlLibrary {
  return { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument };
}
