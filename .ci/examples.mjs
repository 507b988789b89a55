// Compiles every TSDoc @example of src/ against the built package, as a user would write it: each example becomes a
// module of its own under .ci/consumer/.examples/ that imports what it uses from the package's entry points by name
// (resolved through the package's exports map to dist/, as .ci/consumer does), with the few free variables examples
// lean on (`framework`, `scores`, `answers`, ...) declared with their types, then all are type-checked with tsc
// (strict, NodeNext). Run after `npm run build`: npm run check:examples. A failing example is reported with the file
// and line of its @example in src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.ci', 'consumer', '.examples');

/** The entry points, root first: a name exported by several is imported from the first. */
const ENTRIES = ['', 'framework', 'programme', 'assessment', 'analysis', 'report', 'xlsx', 'surveyjs', 'schemas'];

/**
 * Free variables the examples use without defining them, with their types (imported from the root or a subpath).
 * An example that defines or imports the name itself keeps its own.
 */
const FREE = {
  framework: ['Framework', ''],
  answers: ['readonly Answer[]', ''],
  scores: ['AssessmentScores', ''],
  score: ['OrganisationScore', ''],
  reports: ['ReportSet', ''],
  report: ['AllianceReport', ''],
  national: ['NationalReport', ''],
  csvText: ['string', ''],
  yamlText: ['string', ''],
  bytes: ['Uint8Array', ''],
  plan: ['DeliveryPlan', 'programme'],
  agreement: ['FundingAgreement', 'programme'],
  outcomes: ['OutcomeSeries', ''],
  scale: ['Scale', ''],
  theme: ['Theme', ''],
  earlier: ['AssessmentRound', ''],
  later: ['AssessmentRound', ''],
  submitted: ['DeliveryPlan', 'programme'],
  signedOff: ['DeliveryPlan', 'programme'],
  changed: ['DeliveryPlan', 'programme'],
  signedAgreement: ['FundingAgreement', 'programme'],
  reviewed: ['FundingAgreement', 'programme'],
  proposed: ['FundingAgreement', 'programme'],
  agreed: ['FundingAgreement', 'programme'],
};

/** The names each built entry declares (runtime and types), from its declaration file. */
function exportsOf(entry) {
  const file = join(root, 'dist', `${entry === '' ? 'index' : entry}.d.ts`);
  try {
    statSync(file);
  } catch {
    return null;
  }
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  return new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []);
}

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.generated.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every ```ts block inside an @example of a doc comment, with where it starts. */
function examplesOf(path) {
  const text = readFileSync(path, 'utf8');
  const found = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^\s*\*\s*@example\b/.test(lines[index])) continue;
    let start = index + 1;
    while (start < lines.length && !/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[start])) {
      if (/^\s*\*\s*@\w/.test(lines[start]) || /\*\//.test(lines[start])) break;
      start += 1;
    }
    if (!/```(ts|typescript)/.test(lines[start] ?? '')) continue;
    const body = [];
    let end = start + 1;
    for (; end < lines.length && !/^\s*\*\s*```\s*$/.test(lines[end]); end += 1) body.push(lines[end].replace(/^\s*\* ?/, ''));
    found.push({ path, line: index + 1, code: body.join('\n') });
    index = end;
  }
  return found;
}

const entryExports = new Map();
for (const entry of ENTRIES) {
  const names = exportsOf(entry);
  if (names !== null) entryExports.set(entry, names);
}
if (!entryExports.has('')) throw new Error('examples: dist/index.d.ts is missing; run npm run build first');

const specifier = (entry) => (entry === '' ? 'cancer-alliance-framework' : `cancer-alliance-framework/${entry}`);

/** The names an example defines itself: imports, declarations and destructured bindings at any depth. */
function definedIn(code) {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = new Set();
  const bind = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const visit = (node) => {
    if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node)) {
      if (node.name) names.add(node.name.text);
    } else if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) {
      bind(node.name);
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * The identifiers an example's code uses, read with the TypeScript parser (so that words in strings and comments, and
 * property names after a dot or before a colon, are not taken for names to import).
 */
function identifiersIn(code) {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node);
      if (!isPropertyName) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
const origins = new Map();
for (const path of sourceFiles(join(root, 'src'))) {
  for (const example of examplesOf(path)) {
    const defined = definedIn(example.code);
    const used = identifiersIn(example.code);
    const imports = new Map();
    for (const name of used) {
      if (defined.has(name)) continue;
      const entry = ENTRIES.find((candidate) => entryExports.get(candidate)?.has(name));
      if (entry === undefined) continue;
      if (!imports.has(entry)) imports.set(entry, new Set());
      imports.get(entry).add(name);
    }
    const declarations = [];
    for (const [name, [type, entry]] of Object.entries(FREE)) {
      if (!used.has(name) || defined.has(name) || ENTRIES.some((candidate) => entryExports.get(candidate)?.has(name))) continue;
      declarations.push(`declare const ${name}: ${type};`);
      for (const typeName of type.match(/\b[A-Z]\w*\b/g) ?? []) {
        if (typeName === 'Uint8Array') continue;
        const from = entryExports.get(entry)?.has(typeName) ? entry : ENTRIES.find((candidate) => entryExports.get(candidate)?.has(typeName));
        if (from === undefined) continue;
        if (!imports.has(from)) imports.set(from, new Set());
        imports.get(from).add(`type ${typeName}`);
      }
    }
    // An example's own imports stay where they are; the others come first.
    const header = [...imports].map(([entry, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier(entry)}';`);
    const name = `e${String(files.length).padStart(3, '0')}.mts`;
    const rel = relative(root, example.path);
    writeFileSync(join(out, name), `// ${rel}:${example.line}\n${header.join('\n')}\n${declarations.join('\n')}\n${example.code}\nexport {};\n`);
    files.push(name);
    origins.set(name, `${rel}:${example.line}`);
  }
}

writeFileSync(
  join(out, 'tsconfig.json'),
  `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        allowUnusedLabels: false,
      },
      files,
    },
    null,
    2,
  )}\n`,
);

try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(out, 'tsconfig.json')], { cwd: out, encoding: 'utf8', stdio: 'pipe' });
  process.stdout.write(`examples: all ${files.length} @example blocks of src/ compile against the built package\n`);
} catch (error) {
  const output = String(error.stdout ?? '') + String(error.stderr ?? '');
  const lines = output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(e\d{3}\.mts)\((\d+),(\d+)\): (.*)$/.exec(line);
      return match ? `${origins.get(match[1])} (example line ${Number(match[2]) - 1}): ${match[4]}` : line;
    });
  const failing = new Set(lines.map((line) => line.split(' (example')[0]));
  process.stderr.write(`examples: ${failing.size} of ${files.length} @example blocks do not compile against the built package:\n${lines.join('\n')}\n`);
  process.exit(1);
}
