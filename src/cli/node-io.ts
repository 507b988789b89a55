import { closeSync, existsSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { version } from '../../package.json';
import { DEFAULT_MAX_BYTES, EXIT, InputTooLargeError, type CliIo } from './io.js';
import { writeOutputFolder } from './output-folder.js';
import { visible } from './terminal.js';
import { COMMAND } from './usage.js';
import { decodeUtf8 } from './utf8.js';

/** How much is read at a time from a device or a pipe, whose size is not known. */
const CHUNK_BYTES = 1024 * 1024;

/** Reads one chunk; a pipe opened without blocking that has nothing yet is waited for, 10 ms at a time. */
function readChunk(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/**
 * Reads at most `maxBytes` bytes of a file, a device or a pipe, and throws `InputTooLargeError` as soon as there is
 * one more: the limit holds while reading, so that /dev/zero or an endless pipe costs `maxBytes` of memory at most.
 */
function readBytes(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const status = fstatSync(fd);
    if (status.isDirectory()) throw new Error(`${path} is a directory, not a file`);
    if (status.isFile() && status.size > maxBytes) throw new InputTooLargeError(path, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // A file is read in one go when its size is known (and again, should it have grown); anything else by chunks.
    let want = status.isFile() ? status.size + 1 : CHUNK_BYTES;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const got = readChunk(fd, chunk);
      if (got === 0) break;
      chunks.push(got === chunk.length ? chunk : chunk.subarray(0, got));
      total += got;
      want = CHUNK_BYTES;
    }
    if (total > maxBytes) throw new InputTooLargeError(path, maxBytes);
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

type StreamName = 'standard output' | 'standard error';

/** The streams that have failed, in order. */
const failed: StreamName[] = [];

const REASONS: Readonly<Record<string, string>> = {
  EPIPE: 'the program reading it has closed it',
  ENOSPC: 'no space left on the device',
  EBADF: 'it is not open for writing',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  if (code !== undefined && reason !== undefined) return `${code}, ${reason}`;
  return error instanceof Error ? error.message : String(error);
}

/** A failed stream: the exit code becomes 5, one line says so on standard error while it can be written, and later writes to the stream are dropped. */
function streamFailed(name: StreamName, error: unknown): void {
  if (failed.includes(name)) return;
  failed.push(name);
  process.exitCode = EXIT.streams;
  if (!failed.includes('standard error')) process.stderr.write(`${visible(`${COMMAND}: cannot write to ${name} (${describe(error)}).`)}\n`);
}

/**
 * Listens for errors of standard output and standard error (EPIPE when the reader has gone, ENOSPC on a full disk,
 * EBADF when the descriptor is not open for writing), which Node reports after the write, as an 'error' event that
 * would otherwise end the process with a stack. main.ts calls it once, before the run.
 */
export function watchStreams(): void {
  process.stdout.on('error', (error) => streamFailed('standard output', error));
  process.stderr.on('error', (error) => streamFailed('standard error', error));
}

/** Whether standard output or standard error has failed during the run. */
export function streamsHaveFailed(): boolean {
  return failed.length > 0;
}

/** The CLI's input and output on the real file system and process streams. */
export const nodeIo: CliIo = {
  // Strictly: bytes that are not UTF-8 are refused with their place, never turned into U+FFFD.
  readText: (path, maxBytes = DEFAULT_MAX_BYTES) => decodeUtf8(readBytes(path, maxBytes), path),
  readBytes: (path, maxBytes = DEFAULT_MAX_BYTES) => readBytes(path, maxBytes),
  writeFile: (path, data) => writeFileSync(path, data),
  writeReports: (out, files) => writeOutputFolder(out, files, version),
  exists: (path) => existsSync(path),
  stdout: (text) => {
    if (!failed.includes('standard output')) process.stdout.write(text);
  },
  stderr: (text) => {
    if (!failed.includes('standard error')) process.stderr.write(text);
  },
  now: () => Date.now(),
  stderrIsTerminal: process.stderr.isTTY,
};
