// `npm test`: runs every gate, one after another, each as its own npm script (so that any of them runs alone with
// `npm run <gate>`). A gate that passes shows nothing; the first that fails shows its whole output and stops the run
// with its exit code. The run ends with one line: how many gates passed and how long it took, or which gate failed.
// In a terminal, one line shows the gate under way and is cleared as the run ends.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** The gates, in order: the static checks, the build, the tests (which need the build), then the package's checks. */
const GATES = ['typecheck', 'lint', 'format:check', 'knip', 'build', 'test:unit', 'check:package', 'check:api', 'check:consumer', 'check:examples', 'size', 'docs', 'smoke'];

const terminal = process.stderr.isTTY;
const started = performance.now();

/** A duration in words: "41 s", "3 min 41 s". */
function took(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Runs one gate; resolves to its exit code and its output (stdout and stderr as they came). */
function runGate(gate) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', gate], {
      env: terminal ? { ...process.env, FORCE_COLOR: '1' } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${error.stack ?? error}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() + (signal ? `\n(ended by ${signal})\n` : '') }));
  });
}

let tests = '';
for (const [index, gate] of GATES.entries()) {
  if (terminal) process.stderr.write(`\r\x1b[Knpm test: ${gate} (${index + 1} of ${GATES.length}), ${took(performance.now() - started)} so far`);
  const { code, output } = await runGate(gate);
  if (terminal) process.stderr.write('\r\x1b[K');
  if (code !== 0) {
    process.stderr.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
    process.stdout.write(`npm test: ${gate} failed (exit code ${code}) after ${took(performance.now() - started)}; ${index} of ${GATES.length} gates passed before it\n`);
    process.exit(code);
  }
  // The unit tests' count, from vitest's closing lines ("Tests  2406 passed (2406)"), for the summary.
  const counted = gate === 'test:unit' ? /Tests\s+(\d+) passed/.exec(stripVTControlCharacters(output)) : null;
  if (counted) tests = ` (${Number(counted[1]).toLocaleString('en-GB')} unit tests among them)`;
}
process.stdout.write(`npm test: ${GATES.length} gates passed in ${took(performance.now() - started)}${tests}\n`);
