// Feeds a JavaScript file to a Node REPL (node:repl) line by line, as a person pasting it would, and prints what the
// REPL printed. Each line is written once the REPL shows its prompt again ("> ", or "... " inside an unfinished
// expression), so that a line that awaits is finished before the next one comes. Run in the folder where the package
// is installed (the REPL's `import()` resolves from there): node feed-repl.mjs snippet.js. Used by
// test/docs/snippets.test.ts, which looks for "Uncaught" and "Invalid REPL keyword" in what this prints.
import { readFileSync } from 'node:fs';
import repl from 'node:repl';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

const lines = readFileSync(process.argv[2], 'utf8').replace(/\n$/, '').split('\n');
const input = new PassThrough();
const output = new PassThrough();
let printed = '';
output.on('data', (chunk) => {
  printed += chunk;
});
// As `node` starts its own REPL: in the global context (so a Date made in the REPL is a Date to the package).
const server = repl.start({ input, output, prompt: '> ', terminal: false, useColors: false, useGlobal: true });

/** Resolves once the REPL waits for a line: its output ends with a prompt. */
async function prompted() {
  while (!printed.endsWith('> ') && !printed.endsWith('... ')) await sleep(5);
}

for (const line of lines) {
  await prompted();
  const before = printed.length;
  input.write(`${line}\n`);
  // The REPL answers every line with something (a value, an error, or a prompt): wait for it.
  while (printed.length === before) await sleep(5);
}
await prompted();
server.close();
process.stdout.write(printed);
