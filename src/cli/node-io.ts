import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { CliIo } from './io.js';
import { decodeUtf8 } from './utf8.js';

/** The CLI's input and output on the real file system and process streams. */
export const nodeIo: CliIo = {
  readText: (path) => {
    if (statSync(path).isDirectory()) throw new Error(`${path} is a directory, not a file`);
    // Strictly: bytes that are not UTF-8 are refused with their place, never turned into U+FFFD.
    return decodeUtf8(readFileSync(path), path);
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
