// Compiles framework-data/effective-cancer-alliance.yaml into a TypeScript module, so that the reference
// framework loads with no YAML parser and no file system at run time, and writes the JSON Schema of
// framework files from the zod schema. Run with `npm run generate`; CI fails if the outputs are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { parseFramework } from '../src/framework/parse.js';
import { FrameworkSchema } from '../src/framework/schema.js';
import { programme2019Data } from '../src/programme/programme-2019.generated.js';

const source = 'framework-data/effective-cancer-alliance.yaml';
const framework = parseFramework(readFileSync(source, 'utf8'), { file: source, roles: programme2019Data().roles.map((role) => role.id) });

writeFileSync(
  'src/framework/reference.generated.ts',
  `// Generated from ${source} by .ci/generate-framework.ts. Do not edit: run \`npm run generate\`.
import type { FrameworkInput } from './schema.js';

export const referenceFrameworkData = ${JSON.stringify(framework, null, 2)} as const satisfies FrameworkInput;
`,
);

const jsonSchema = {
  ...z.toJSONSchema(FrameworkSchema, { io: 'input', target: 'draft-2020-12' }),
  $id: 'https://unpkg.com/cancer-alliance-framework/framework-data/framework.schema.json',
  title: 'Cancer Alliance framework file',
  description:
    'A self-assessment framework for cancer-alliance-framework: themes with what good looks like, Conditions of Success and Enabling Factors, rating scales and a default target. Generated from the zod schema; do not edit.',
};
writeFileSync('framework-data/framework.schema.json', `${JSON.stringify(jsonSchema, null, 2)}\n`);
