/**
 * Writes the synthetic sample into examples/sample/: `npm run sample` (or `npx tsx examples/sample/generate.ts`).
 * The files are the same on every run; see README.md in this folder.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSample } from './sample.js';

const folder = dirname(fileURLToPath(import.meta.url));
const { files, workbooks } = buildSample();
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(folder, name), text, 'utf8');
  process.stdout.write(`wrote examples/sample/${name}\n`);
}
for (const [name, bytes] of Object.entries(workbooks)) {
  writeFileSync(join(folder, name), bytes);
  process.stdout.write(`wrote examples/sample/${name}\n`);
}
