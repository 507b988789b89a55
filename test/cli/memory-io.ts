import type { CliIo } from '../../src/cli/io.js';

/** Everything a run did, for assertions. */
export interface MemoryIo extends CliIo {
  /** Files by path: the inputs given, and everything written. */
  readonly files: Map<string, string>;
  /** Directories made. */
  readonly dirs: Set<string>;
  /** Paths written, in order. */
  readonly written: string[];
  out(): string;
  err(): string;
}

export interface MemoryIoOptions {
  /** The clock: each call to now() advances it by this many milliseconds. Default 0 (a fast run). */
  readonly tick?: number;
  /** Start time, ms since 1970. Default 2024-06-01T12:00:00Z. */
  readonly start?: number;
  /** Paths whose reading throws (as an unreadable file would). */
  readonly unreadable?: readonly string[];
  /** Writing under this folder throws (as a read-only disk would). */
  readonly unwritable?: string;
}

/** An in-memory file system and streams for running the CLI in tests. */
export function memoryIo(initial: Readonly<Record<string, string>> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const files = new Map(Object.entries(initial));
  const dirs = new Set<string>();
  const written: string[] = [];
  let stdout = '';
  let stderr = '';
  let clock = options.start ?? Date.UTC(2024, 5, 1, 12);
  const blocked = (path: string) => options.unwritable !== undefined && (path === options.unwritable || path.startsWith(`${options.unwritable}/`));
  return {
    files,
    dirs,
    written,
    out: () => stdout,
    err: () => stderr,
    readText: (path) => {
      if (options.unreadable?.includes(path)) throw new Error(`EACCES: permission denied, open '${path}'`);
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    writeText: (path, text) => {
      if (blocked(path)) throw new Error(`EROFS: read-only file system, open '${path}'`);
      files.set(path, text);
      written.push(path);
    },
    makeDir: (path) => {
      if (blocked(path)) throw new Error(`EROFS: read-only file system, mkdir '${path}'`);
      dirs.add(path);
    },
    exists: (path) => files.has(path) || dirs.has(path) || (options.unreadable?.includes(path) ?? false),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => {
      const value = clock;
      clock += options.tick ?? 0;
      return value;
    },
  };
}
