// Writes test/build/bundle-budgets.json from the built package: each export of each entry point bundled alone for the
// browser (test/build/bundles.ts), its budget the gzip size measured now plus 10%, and the parser libraries in it
// (for the functions that parse and the schemas). The reasons written in the table are kept. Run after `npm run
// build` when a change moves a size on purpose, and commit the table with the change: `npx tsx .ci/bundle-budgets.ts`.
import { writeFileSync } from 'node:fs';
import { BUDGETS_FILE, budgetFor, bundleEveryExport, distProblem, mayHoldParsers, readBudgets, type Budget } from '../test/build/bundles.js';

const problem = distProblem();
if (problem !== undefined) throw new Error(problem);

let old: ReturnType<typeof readBudgets> = {};
try {
  old = readBudgets();
} catch {
  // No table yet: every reason is to be written.
}

const table: Record<string, Record<string, Budget>> = {};
for (const bundle of await bundleEveryExport()) {
  const previous = old[bundle.entry]?.[bundle.name];
  const entry: { gzip: number; parsers?: readonly string[]; why?: string } = { gzip: budgetFor(bundle.gzip) };
  if (mayHoldParsers(bundle.name) && bundle.libraries.length > 0) entry.parsers = bundle.libraries;
  if (previous?.why !== undefined) entry.why = previous.why;
  (table[bundle.entry] ??= {})[bundle.name] = entry as Budget;
}
const $comment =
  'Budgets of a browser bundle of each export of each entry point alone (esbuild, minified, gzip level 9, bytes): the size measured when set plus 10%, so that growth shows. `parsers` names the parser libraries an export may hold (only functions that parse, and the schemas); `why` says why a large one is large. Checked by test/build/bundle-budgets.test.ts; rewritten by `npx tsx .ci/bundle-budgets.ts` (reasons kept).';
// One line per export, so that a change to one budget is one line of the diff.
const lines = Object.entries(table).map(
  ([entry, exports]) =>
    `  ${JSON.stringify(entry)}: {\n${Object.entries(exports)
      .map(([name, budget]) => `    ${JSON.stringify(name)}: ${JSON.stringify(budget).replaceAll('":', '": ').replaceAll(',"', ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`)
      .join(',\n')}\n  }`,
);
writeFileSync(BUDGETS_FILE, `{\n  "$comment": ${JSON.stringify($comment)},\n${lines.join(',\n')}\n}\n`);
process.stdout.write(`wrote ${BUDGETS_FILE}\n`);
