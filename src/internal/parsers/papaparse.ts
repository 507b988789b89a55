// `#parsers/papaparse` for bundlers and for runtimes other than Node: papaparse, imported as usual (./contract.ts
// says why).
import Papa from 'papaparse';
import type { CsvLibrary } from './contract.js';

/** papaparse, as the package uses it. */
export function csvLibrary(): CsvLibrary {
  return Papa as unknown as CsvLibrary;
}
