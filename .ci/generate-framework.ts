// Compiles the reference frameworks (framework-data/effective-cancer-alliance-<version>.yaml) and the mapping between
// them into TypeScript modules, so that they load with no YAML parser and no file system at run time, and writes the
// JSON Schema of framework files from the zod schema. Run with `npm run generate`; CI fails if the outputs are stale.
//
// Each framework is checked against the bundled programme (its roles, its responsibility statements, and the
// statements never offered as help) and must pass; the current reference must also pass the item rules of
// lintFramework with no warning, and the mapping must join the two versions exactly (src/framework/mapping-check.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { nonHelpResponsibilityIds } from '../src/analysis/programme-links.js';
import { lintFramework } from '../src/framework/lint.js';
import { mappingProblems } from '../src/framework/mapping-check.js';
import { parseFramework } from '../src/framework/parse.js';
import { FrameworkMappingSchema, FrameworkSchema } from '../src/framework/schema.js';
import { programme2019Data } from '../src/programme/programme-2019.generated.js';
import { bundledResponsibilities } from '../src/programme/roles.js';

const programme = { roles: programme2019Data().roles.map((role) => role.id), responsibilities: bundledResponsibilities(), notHelp: nonHelpResponsibilityIds };

function load(version: string) {
  const source = `framework-data/effective-cancer-alliance-${version}.yaml`;
  return { source, framework: parseFramework(readFileSync(source, 'utf8'), { file: source, ...programme }) };
}

function write(module: string, source: string, name: string, type: string, value: unknown): void {
  writeFileSync(
    `src/framework/${module}`,
    `// Generated from ${source} by .ci/generate-framework.ts. Do not edit: run \`npm run generate\`.
import type { ${type} } from './schema.js';

export const ${name} = ${JSON.stringify(value, null, 2)} as const satisfies ${type};
`,
  );
}

const v100 = load('1.0.0');
const v110 = load('1.1.0');
const warnings = lintFramework(v110.framework).filter((issue) => issue.severity === 'warning');
if (warnings.length > 0) {
  throw new Error(`${v110.source}, the current reference, has item warnings:\n${warnings.map((issue) => `  ${issue.location.id ?? ''}: ${issue.message}`).join('\n')}`);
}
write('reference-1.0.0.generated.ts', v100.source, 'referenceFramework100Data', 'FrameworkInput', v100.framework);
write('reference-1.1.0.generated.ts', v110.source, 'referenceFramework110Data', 'FrameworkInput', v110.framework);

const mappingSource = 'framework-data/mapping-1.0.0-to-1.1.0.yaml';
const mapping = FrameworkMappingSchema.parse(parse(readFileSync(mappingSource, 'utf8')));
const problems = mappingProblems(mapping, v100.framework, v110.framework);
if (problems.length > 0) throw new Error(`${mappingSource} does not join 1.0.0 and 1.1.0:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
write('mapping-1.0.0-to-1.1.0.generated.ts', mappingSource, 'referenceMapping100To110Data', 'FrameworkMappingInput', mapping);

const jsonSchema = {
  ...z.toJSONSchema(FrameworkSchema, { io: 'input', target: 'draft-2020-12' }),
  $id: 'https://unpkg.com/cancer-alliance-framework/framework-data/framework.schema.json',
  title: 'Cancer Alliance framework file',
  description:
    'A self-assessment framework for cancer-alliance-framework: themes with what good looks like, Conditions of Success and Enabling Factors, rating scales and a default target. Generated from the zod schema; do not edit.',
};
writeFileSync('framework-data/framework.schema.json', `${JSON.stringify(jsonSchema, null, 2)}\n`);
