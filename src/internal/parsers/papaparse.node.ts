// `#parsers/papaparse` for Node's ES modules: papaparse, loaded when first asked for (./contract.ts says why).
import { createRequire } from 'node:module';
import type { CsvLibrary } from './contract.js';

const require = createRequire(import.meta.url);
let library: CsvLibrary | undefined;

/** papaparse, as the package uses it, loaded on the first call. */
export function csvLibrary(): CsvLibrary {
  return (library ??= require('papaparse') as CsvLibrary);
}
