// What a browser bundle of one export of the built package weighs, and which parser libraries it holds: the
// measurement behind test/build/bundle-budgets.test.ts and .ci/bundle-budgets.ts (which writes the budgets).
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The repository's root folder (the package imports itself there by its name, from dist/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package's entry points as `exports` names them, without the `./package.json` and data files. */
export const ENTRIES = ['.', './framework', './programme', './assessment', './analysis', './report', './xlsx', './surveyjs', './schemas'] as const;
export type Entry = (typeof ENTRIES)[number];

/** The import specifier of an entry point: `cancer-alliance-framework` or `cancer-alliance-framework/<area>`. */
export function specifierOf(entry: Entry): string {
  return entry === '.' ? 'cancer-alliance-framework' : `cancer-alliance-framework/${entry.slice(2)}`;
}

/**
 * A string that each library's code holds, in its own words, and that minifying keeps (a string literal, never an
 * identifier): a bundle holds the library exactly when it holds its marker. Checked against bundles of the
 * libraries alone by the test.
 */
export const MARKERS = {
  // zod's core names each schema class by a string, `$constructor("$ZodType", …)`; every schema kind inits $ZodType.
  zod: '$ZodType',
  // yaml's parse errors are `new YAMLParseError(…)`, which calls `super('YAMLParseError', …)`.
  yaml: 'YAMLParseError',
  // papaparse is one object: its delimiter guesser's error code is in every bundle that holds any of it.
  papaparse: 'UndetectableDelimiter',
} as const;
export type Library = keyof typeof MARKERS;

/** One export bundled alone: its gzip size and the parser libraries in it. */
export interface ExportBundle {
  readonly entry: Entry;
  readonly name: string;
  /** Minified bytes, before compression. */
  readonly minified: number;
  /** Bytes after gzip (level 9). */
  readonly gzip: number;
  /** The libraries whose marker the bundle holds. */
  readonly libraries: readonly Library[];
}

/**
 * The runtime names an entry point of the built ES modules exports (types leave nothing at runtime), read from the
 * file in dist/ itself (the tests' resolver maps the package's name to src/).
 */
export async function runtimeNames(entry: Entry): Promise<readonly string[]> {
  const file = entry === '.' ? 'index.js' : `${entry.slice(2)}.js`;
  const module = (await import(pathToFileURL(join(ROOT, 'dist', file)).href)) as Record<string, unknown>;
  return Object.keys(module).sort();
}

/** The libraries whose marker a piece of code holds. */
export function librariesIn(code: string): Library[] {
  return (Object.keys(MARKERS) as Library[]).filter((library) => code.includes(MARKERS[library]));
}

const VIRTUAL = 'bundle-one-export';

/** Entry points `<entry>\0<name>` that each re-export one name of one entry point of the package. */
function oneExportPlugin(): Plugin {
  return {
    name: VIRTUAL,
    setup(builder) {
      builder.onResolve({ filter: /^bundle-one-export:/ }, (args) => ({ path: args.path.slice(VIRTUAL.length + 1), namespace: VIRTUAL }));
      builder.onLoad({ filter: /.*/, namespace: VIRTUAL }, (args) => {
        const [entry, name] = args.path.split('\0') as [Entry, string];
        return { contents: `export { ${name} } from '${specifierOf(entry)}';`, resolveDir: ROOT, loader: 'js' };
      });
    },
  };
}

/**
 * Bundles some exports, each alone, as a browser bundle of `export { name } from '<entry>'` (esbuild, minified,
 * ES module, platform browser), in one esbuild build with one entry point per export and no code splitting, so that
 * each output is exactly the bundle of that export alone.
 */
async function bundleBatch(items: readonly { readonly entry: Entry; readonly name: string }[]): Promise<ExportBundle[]> {
  const result = await build({
    entryPoints: items.map(({ entry, name }, index) => ({ in: `${VIRTUAL}:${entry}\0${name}`, out: `e${index}` })),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    splitting: false,
    platform: 'browser',
    format: 'esm',
    write: false,
    outdir: '/virtual-out',
    logLevel: 'silent',
    plugins: [oneExportPlugin()],
  });
  const byName = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  return items.map(({ entry, name }, index) => {
    const bytes = byName.get(`/virtual-out/e${index}.js`);
    if (bytes === undefined) throw new Error(`no bundle for ${name} of ${entry}`);
    const code = Buffer.from(bytes).toString('utf8');
    return { entry, name, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, libraries: librariesIn(code) };
  });
}

/** Bundles every runtime export of every entry point alone, in batches run side by side. */
export async function bundleEveryExport(batchSize = 24): Promise<ExportBundle[]> {
  const items: { entry: Entry; name: string }[] = [];
  for (const entry of ENTRIES) for (const name of await runtimeNames(entry)) items.push({ entry, name });
  const batches: (typeof items)[] = [];
  for (let start = 0; start < items.length; start += batchSize) batches.push(items.slice(start, start + batchSize));
  const results: ExportBundle[] = [];
  const lanes = Math.max(1, Math.min(4, availableParallelism()));
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        results.push(...(await bundleBatch(batch)));
      }
    }),
  );
  return results.sort((a, b) => ENTRIES.indexOf(a.entry) - ENTRIES.indexOf(b.entry) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Bundles a library alone (minified, browser): the check that its marker survives minifying. */
export async function bundleLibrary(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** One export's line in the committed table: its budget, the parser libraries it may hold, and why it is large. */
export interface Budget {
  /** The most bytes its bundle may weigh after gzip: the size measured when it was set, plus about 10%. */
  readonly gzip: number;
  /** The libraries it holds because it parses (none when left out). */
  readonly parsers?: readonly Library[];
  /** Why it weighs what it does, for the large ones. */
  readonly why?: string;
}

/** The committed budgets: entry → name → budget. */
export type BudgetTable = Readonly<Record<string, Readonly<Record<string, Budget>>>>;

/** Where the committed table is. */
export const BUDGETS_FILE = fileURLToPath(new URL('./bundle-budgets.json', import.meta.url));

/** The committed budget table, test/build/bundle-budgets.json (its `$comment` aside). */
export function readBudgets(): BudgetTable {
  const { $comment: _, ...table } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Record<string, unknown>;
  return table as BudgetTable;
}

/** A budget: the measured size plus 10%, rounded up to 10 bytes. */
export function budgetFor(gzip: number): number {
  return Math.ceil((gzip * 1.1) / 10) * 10;
}

/**
 * Whether an export may hold a parser library at all: the functions that read untrusted text (`parseX`,
 * `safeParseX`, `scoreAnswersCsv`, which reads CSV text) and the zod schemas of /schemas. Everything else parses
 * nothing, and must bundle none of zod, yaml and papaparse.
 */
export function mayHoldParsers(name: string): boolean {
  return /^(?:safeP|p)arse[A-Z]/.test(name) || name === 'scoreAnswersCsv' || name.endsWith('Schema');
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
}

/** Why dist/ cannot be measured (missing, or older than what it is built from), or undefined when it can. */
export function distProblem(): string | undefined {
  const built = ['index.js', 'index.cjs', 'parsers/yaml.js'].map((file) => join(ROOT, 'dist', file));
  if (!built.every((path) => existsSync(path))) return 'dist/ is missing: run `npm run build` first';
  const builtAt = Math.min(...built.map((path) => statSync(path).mtimeMs));
  const sources = ['src', 'framework-data', 'package.json', 'tsup.config.ts'].map((path) => join(ROOT, path));
  const stale = sources.filter((path) => newest(path) > builtAt).map((path) => path.slice(ROOT.length));
  return stale.length > 0 ? `dist/ is older than ${stale.join(', ')}: run \`npm run build\` first` : undefined;
}
