import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { CliIo } from './io.js';

/** The CLI's input and output on the real file system and process streams. */
export const nodeIo: CliIo = {
  readText: (path) => {
    if (statSync(path).isDirectory()) throw new Error(`${path} is a directory, not a file`);
    return readFileSync(path, 'utf8');
  },
  writeText: (path, text) => writeFileSync(path, text, 'utf8'),
  makeDir: (path) => {
    mkdirSync(path, { recursive: true });
  },
  exists: (path) => existsSync(path),
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  now: () => Date.now(),
};
