// What the package uses of its two parser libraries, yaml and papaparse, which it reaches through the package's own
// import map (`#parsers/yaml`, `#parsers/papaparse` in package.json "imports") so that Node loads them only when a
// function first parses YAML or CSV, while bundlers and browsers import them as usual:
//
// | file                          | taken by                                        | loads the library          |
// | ----------------------------- | ----------------------------------------------- | -------------------------- |
// | yaml.ts, papaparse.ts         | bundlers ("module" condition), other runtimes   | with an ordinary import    |
// | yaml.node.ts, papaparse.node.ts | Node's ES modules ("node" condition)          | on first use (createRequire) |
// | yaml.cjs.ts, papaparse.cjs.ts | CommonJS ("require" condition)                  | on first use (require)     |
//
// In Node both libraries are CommonJS whichever way they are loaded (yaml's "node" condition is its CommonJS build),
// so loading them with require gives the very module an import would: there is no second copy. Each file exports the
// same function; the tests and `npm start` (tsx) resolve `#parsers/*` to the first kind, through tsconfig.json.
import type { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** The part of yaml the package uses. */
export interface YamlLibrary {
  readonly isMap: typeof isMap;
  readonly isPair: typeof isPair;
  readonly isScalar: typeof isScalar;
  readonly isSeq: typeof isSeq;
  readonly LineCounter: typeof LineCounter;
  readonly parseDocument: typeof parseDocument;
}

/** One row as papaparse's `step` callback gives it, with what the package reads of it. */
export interface CsvStep {
  readonly data: string[];
  readonly errors: readonly { readonly code: string }[];
  readonly meta: { readonly cursor: number };
}

/**
 * The part of papaparse the package uses: `parse` of a string, row by row, with a fixed configuration. Written here
 * rather than taken from @types/papaparse, whose declarations bring in Node's (`/// <reference types="node" />`),
 * which the core must compile without (tsconfig.core.json).
 */
export interface CsvLibrary {
  parse(
    input: string,
    config: {
      readonly delimiter: string;
      readonly newline: '\n';
      readonly quoteChar: '"';
      readonly escapeChar: '"';
      readonly header: false;
      readonly dynamicTyping: false;
      readonly skipEmptyLines: false;
      readonly step: (results: CsvStep) => void;
    },
  ): void;
}
