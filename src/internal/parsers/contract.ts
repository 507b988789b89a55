// What the package uses of its YAML parser library, yaml, which it reaches through the package's own import map
// (`#parsers/yaml` in package.json "imports") so that Node loads it only when a function first parses YAML, while
// bundlers and browsers import it as usual (CSV is split by the package itself, src/internal/csv.ts):
//
// | file                          | taken by                                        | loads the library          |
// | ----------------------------- | ----------------------------------------------- | -------------------------- |
// | yaml.ts                       | bundlers ("module" condition), other runtimes   | with an ordinary import    |
// | yaml.node.ts                  | Node's ES modules ("node" condition)            | on first use (createRequire) |
// | yaml.cjs.ts                   | CommonJS ("require" condition)                  | on first use (require)     |
//
// In Node, yaml is CommonJS whichever way it is loaded (its "node" condition is its CommonJS build), so loading it
// with require gives the very module an import would: there is no second copy. Each file exports the
// same function; the tests and `npm start` (tsx) resolve `#parsers/*` to the first kind, through tsconfig.json.
import type { Composer, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, Parser } from 'yaml';

/** The part of yaml the package uses. */
export interface YamlLibrary {
  readonly Composer: typeof Composer;
  readonly isAlias: typeof isAlias;
  readonly isMap: typeof isMap;
  readonly isScalar: typeof isScalar;
  readonly isSeq: typeof isSeq;
  readonly Lexer: typeof Lexer;
  readonly LineCounter: typeof LineCounter;
  readonly Parser: typeof Parser;
}
