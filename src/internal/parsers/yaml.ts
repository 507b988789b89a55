// `#parsers/yaml` for bundlers and for runtimes other than Node: yaml, imported as usual (./contract.ts says why).
import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, Parser } from 'yaml';
import type { YamlLibrary } from './contract.js';

/** The yaml functions the package uses. */
export function yamlLibrary(): YamlLibrary {
  return { Composer, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, Parser };
}
