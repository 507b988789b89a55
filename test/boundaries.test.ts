import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The house's one rule for imports (STYLE.md): areas import one way, each only from itself and the areas below it,
// and only the CLI touches Node. This test reads every import of every file in src/ (static, dynamic and type-only
// imports, re-exports, `import('...')` types, `require` and triple-slash references) and checks each against it.

const root = fileURLToPath(new URL('../', import.meta.url));
const src = join(root, 'src');

/**
 * The areas from the bottom up: each may import itself and the areas before it, never one after it. The entry
 * barrels (src/index.ts and src/schemas/) gather names from every area for the package's entry points, so they sit
 * above the core; only the CLI, at the top, may import them.
 */
const LAYERS = ['internal', 'framework', 'programme', 'assessment', 'analysis', 'report', 'xlsx', 'surveyjs', 'entry', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

/** The area of a path inside src/ (`framework/parse.ts`, `index.ts`), or null for a folder that has no place yet. */
function layerOf(pathInSrc: string): Layer | null {
  const [first, ...rest] = pathInSrc.split('/');
  if (rest.length === 0 || first === 'schemas') return 'entry';
  return (LAYERS as readonly string[]).includes(first ?? '') && first !== 'entry' ? (first as Layer) : null;
}

/** One import of a file: what it names, how (for the message), and its line. */
interface Import {
  readonly specifier: string;
  readonly form: string;
  readonly line: number;
}

/** Every module a TypeScript source names, in any form, comments and strings apart. */
function importsOf(text: string, fileName = 'file.ts'): Import[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: string, form: string, position: number) => found.push({ specifier, form, line: file.getLineAndCharacterOfPosition(position).line + 1 });
  for (const reference of file.referencedFiles) add(reference.fileName, '/// <reference path>', reference.pos);
  for (const reference of file.typeReferenceDirectives) add(reference.fileName, '/// <reference types>', reference.pos);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword : node.isTypeOnly;
      add(node.moduleSpecifier.text, `${ts.isImportDeclaration(node) ? 'import' : 'export'}${typeOnly ? ' type' : ''}`, node.getStart());
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteralLike(expression)) add(expression.text, 'import = require', node.getStart());
    } else if (ts.isImportTypeNode(node)) {
      const literal = ts.isLiteralTypeNode(node.argument) ? node.argument.literal : null;
      if (literal !== null && ts.isStringLiteral(literal)) add(literal.text, "import('...') type", node.getStart());
    } else if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamic || required) {
        if (argument !== undefined && ts.isStringLiteralLike(argument)) add(argument.text, dynamic ? 'import()' : 'require()', node.getStart());
        // A module named at run time cannot be checked: a reason to refuse it.
        else add('<computed>', dynamic ? 'import()' : 'require()', node.getStart());
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The globals through which code reaches Node without importing it. */
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'module']);

/** Where a source uses a Node global (`process.env`, `Buffer.from`, `require.resolve`...), by line. */
function nodeGlobalsOf(text: string): { readonly name: string; readonly line: number }[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { name: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    // Only a free use counts: `process.env`, `process(…)`; not a property or key named `process`.
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ((ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) ||
        ts.isQualifiedName(parent) ||
        ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) ||
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent);
      const used = ts.isPropertyAccessExpression(parent) || ts.isCallExpression(parent) || ts.isElementAccessExpression(parent);
      if (!isName && used) found.push({ name: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const dependencies = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {});

/** The package a bare specifier names (`date-fns/format` → `date-fns`, `@scope/name/x` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * The Node loader of the YAML parser (src/internal/parsers/*.node.ts, *.cjs.ts): host glue, taken only by Node through
 * the package's import map, so it may reach Node as the CLI does.
 */
const isNodeGlue = (fileInSrc: string): boolean => /^internal\/parsers\/[\w-]+\.(node|cjs)\.ts$/.test(fileInSrc);

/** What is wrong with one import of a file in src/ (its path relative to src/), or null when nothing is. */
function problemOf(fileInSrc: string, specifier: string): string | null {
  const from = layerOf(fileInSrc);
  if (from === null) return `${fileInSrc} is in a folder with no place in the order of areas (${LAYERS.join(' → ')}); give it one in this test`;
  if (specifier === '<computed>') return 'names its module at run time, which no check (nor bundler) can follow; name it with a string';
  if (nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0] ?? '')) {
    return from === 'cli' || isNodeGlue(fileInSrc) ? null : `imports the Node built-in "${specifier}": only src/cli may touch Node; the core runs in a browser too`;
  }
  // The package's own import map: the YAML parser's loader, chosen per host (src/internal/parsers/contract.ts).
  if (specifier.startsWith('#parsers/')) return from === 'internal' ? null : `imports "${specifier}": only src/internal reaches the parsers' loaders`;
  // The CLI uses the package as its users do, by its name, so that the package's code is not shipped twice.
  if (specifier === 'cancer-alliance-framework' || specifier.startsWith('cancer-alliance-framework/')) {
    return from === 'cli' ? null : `imports "${specifier}": only the CLI imports the package by its name`;
  }
  if (!specifier.startsWith('.')) {
    // DEFLATE is for workbooks alone: the other entry points never carry it.
    if (packageOf(specifier) === 'fflate' && from !== 'xlsx') return `imports "${specifier}": only src/xlsx reaches fflate, so that no other entry point carries it`;
    return dependencies.includes(packageOf(specifier)) ? null : `imports "${specifier}", which is not a dependency in package.json (the package never imports itself by name)`;
  }
  if (from === 'cli') {
    const inCli = relative(src, join(src, dirname(fileInSrc), specifier))
      .split(sep)
      .join('/');
    if (!inCli.startsWith('cli/') && inCli !== '../package.json') {
      return `imports src/${inCli}: the CLI imports the package by its name ("cancer-alliance-framework" and its subpaths), never its sources, so that no code ships twice`;
    }
  }
  const target = relative(src, join(src, dirname(fileInSrc), specifier))
    .split(sep)
    .join('/');
  if (target.startsWith('../')) {
    // Files outside src/ that the build inlines: the framework file's JSON Schema (src/schemas/ exports it) and the
    // package's version (the CLI's --version).
    const inlined = (/^\.\.\/framework-data\/[\w.-]+\.json$/.test(target) && from === 'entry') || (target === '../package.json' && from === 'cli');
    return inlined ? null : `imports ${target}, outside src/`;
  }
  const to = layerOf(target);
  if (to === null) return `imports src/${target}, a folder with no place in the order of areas`;
  // The workbooks are loaded through their own subpath only, so that the root entry's size and import cost stay put.
  if (to === 'xlsx' && from === 'entry')
    return `imports src/${target}: the root entry does not carry the workbook code; it is reached through cancer-alliance-framework/xlsx alone`;
  if (to === 'surveyjs' && from === 'entry')
    return `imports src/${target}: the root entry does not carry the SurveyJS code; it is reached through cancer-alliance-framework/surveyjs alone`;
  return LAYERS.indexOf(to) <= LAYERS.indexOf(from) ? null : `imports src/${target}: ${from} may not import ${to}, which sits above it (${LAYERS.join(' → ')})`;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

const files = sourceFiles(src).map((path) => ({ path: relative(src, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));

describe('the boundaries between areas', { timeout: 60_000 }, () => {
  it('reads every form of import, and none in comments or strings', () => {
    const text = [
      '/// <reference types="node" />',
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "import './d.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "export * from './g.js';",
      "import h = require('./h.js');",
      "type I = import('./i.js').I;",
      "const j = await import('./j.js');",
      "const k = require('./k.js');",
      'const l = await import(`./l.js`);',
      'const m = await import(name);',
      "// import x from './comment.js';",
      "/** @example import y from 'node:fs'; */",
      'const s = "import z from \'./string.js\'";',
    ].join('\n');
    expect(importsOf(text).map((entry) => `${entry.form} ${entry.specifier}`)).toEqual([
      '/// <reference types> node',
      'import ./a.js',
      'import type ./b.js',
      'import ./c.js',
      'import ./d.js',
      'export ./e.js',
      'export type ./f.js',
      'export ./g.js',
      'import = require ./h.js',
      "import('...') type ./i.js",
      'import() ./j.js',
      'require() ./k.js',
      'import() ./l.js',
      'import() <computed>',
    ]);
  });

  it('tells an import down from one up, and the core from the CLI', () => {
    expect(problemOf('programme/role-ids.ts', '../framework/schema.js')).toBeNull();
    expect(problemOf('framework/parse.ts', '../programme/role-ids.js')).toMatch(/^imports src\/programme\/role-ids\.js: framework may not import programme/);
    expect(problemOf('report/model.ts', '../analysis/gaps.js')).toBeNull();
    expect(problemOf('analysis/gaps.ts', '../report/model.js')).toMatch(/analysis may not import report/);
    expect(problemOf('internal/freeze.ts', '../framework/schema.js')).toMatch(/internal may not import framework/);
    expect(problemOf('report/build.ts', '../index.js')).toMatch(/report may not import entry/);
    expect(problemOf('report/build.ts', '../cli/io.js')).toMatch(/report may not import cli/);
    expect(problemOf('xlsx/report.ts', '../report/csv.js')).toBeNull();
    expect(problemOf('xlsx/read.ts', '../assessment/ingest-core.js')).toBeNull();
    expect(problemOf('report/csv.ts', '../xlsx/writer.js')).toMatch(/report may not import xlsx/);
    expect(problemOf('assessment/errors.ts', '../xlsx/errors.js')).toMatch(/assessment may not import xlsx/);
    expect(problemOf('xlsx/zip.ts', 'fflate')).toBeNull();
    expect(problemOf('index.ts', './xlsx/index.js')).toMatch(/root entry/);
    expect(problemOf('index.ts', './surveyjs/index.js')).toMatch(/root entry/);
    expect(problemOf('surveyjs/read.ts', '../assessment/ingest-core.js')).toBeNull();
    expect(problemOf('assessment/errors.ts', '../surveyjs/read.js')).toMatch(/assessment may not import surveyjs/);
    expect(problemOf('assessment/ingest-csv.ts', 'fflate')).toMatch(/only src\/xlsx/);
    expect(problemOf('index.ts', './report/index.js')).toBeNull();
    expect(problemOf('index.ts', './cli/main.js')).toMatch(/entry may not import cli/);
    expect(problemOf('schemas/index.ts', '../programme/schema.js')).toBeNull();
    expect(problemOf('schemas/framework-json-schema.ts', '../../framework-data/framework.schema.json')).toBeNull();
    expect(problemOf('cli/main.ts', '../index.js')).toMatch(/by its name/);
    expect(problemOf('cli/main.ts', 'cancer-alliance-framework/programme')).toBeNull();
    expect(problemOf('cli/main.ts', './run.js')).toBeNull();
    expect(problemOf('internal/yaml.ts', '#parsers/yaml')).toBeNull();
    expect(problemOf('framework/parse.ts', '#parsers/yaml')).toMatch(/only src\/internal/);
    expect(problemOf('internal/parsers/yaml.node.ts', 'node:module')).toBeNull();
    expect(problemOf('cli/run.ts', '../../package.json')).toBeNull();
    expect(problemOf('report/html.ts', '../../package.json')).toMatch(/outside src/);
    expect(problemOf('cli/node-io.ts', 'node:fs')).toBeNull();
    for (const specifier of ['node:fs', 'fs', 'fs/promises', 'path', 'process', 'node:url']) {
      expect(problemOf('assessment/stream.ts', specifier), specifier).toMatch(/Node built-in/);
    }
    expect(problemOf('programme/calendar.ts', 'date-fns/format')).toBeNull();
    expect(problemOf('framework/parse.ts', 'cancer-alliance-framework')).toMatch(/only the CLI/);
    expect(problemOf('widgets/x.ts', './y.js')).toMatch(/no place in the order/);
    expect(nodeGlobalsOf('const a = process.env.X; const b = { process: 1 }; b.process; Buffer.from("x"); require.resolve("y");').map((use) => use.name)).toEqual([
      'process',
      'Buffer',
      'require',
    ]);
  });

  it('holds for every import of every file in src/: each area imports only itself and the areas below it', { timeout: 60_000 }, () => {
    expect(files.length).toBeGreaterThan(90);
    expect(new Set(files.map((file) => layerOf(file.path)))).toEqual(new Set(LAYERS));
    const problems = files.flatMap((file) =>
      importsOf(file.text, file.path).flatMap((entry) => {
        const problem = problemOf(file.path, entry.specifier);
        return problem === null ? [] : [`src/${file.path}:${entry.line} (${entry.form}) ${problem}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('keeps Node out of the core: no process, Buffer or require outside src/cli', { timeout: 60_000 }, () => {
    const uses = files
      .filter((file) => layerOf(file.path) !== 'cli' && !isNodeGlue(file.path))
      .flatMap((file) => nodeGlobalsOf(file.text).map((use) => `src/${file.path}:${use.line} uses ${use.name}`));
    expect(uses).toEqual([]);
  });
});
