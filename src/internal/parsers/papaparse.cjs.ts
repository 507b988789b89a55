// `#parsers/papaparse` for CommonJS: papaparse, loaded when first asked for (./contract.ts says why). Built as
// CommonJS only, so that `require` is CommonJS's own, which bundlers follow too.
import type { CsvLibrary } from './contract.js';

declare const require: (id: string) => unknown;
let library: CsvLibrary | undefined;

/** papaparse, as the package uses it, loaded on the first call. */
export function csvLibrary(): CsvLibrary {
  return (library ??= require('papaparse') as CsvLibrary);
}
