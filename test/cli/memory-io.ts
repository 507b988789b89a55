import { DEFAULT_MAX_BYTES, InputTooLargeError, OutputError, joinPath, type CliIo } from '../../src/cli/io.js';

/** Everything a run did, for assertions. */
export interface MemoryIo extends CliIo {
  /** Files by path: the inputs given, and everything written as text. */
  readonly files: Map<string, string>;
  /** Files by path given or written as bytes (workbooks). */
  readonly binaries: Map<string, Uint8Array>;
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
  /** Whether standard error is a terminal (as `process.stderr.isTTY`). Default false. */
  readonly stderrIsTerminal?: boolean;
}

const encoder = new TextEncoder();

/** An in-memory file system and streams for running the CLI in tests. */
export function memoryIo(initial: Readonly<Record<string, string | Uint8Array>> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const files = new Map<string, string>();
  const binaries = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(initial)) {
    if (typeof data === 'string') files.set(path, data);
    else binaries.set(path, data);
  }
  const dirs = new Set<string>();
  const written: string[] = [];
  let stdout = '';
  let stderr = '';
  let clock = options.start ?? Date.UTC(2024, 5, 1, 12);
  const blocked = (path: string) => options.unwritable !== undefined && (path === options.unwritable || path.startsWith(`${options.unwritable}/`));
  return {
    files,
    binaries,
    dirs,
    written,
    stderrIsTerminal: options.stderrIsTerminal ?? false,
    out: () => stdout,
    err: () => stderr,
    readText: (path, maxBytes = DEFAULT_MAX_BYTES) => {
      if (options.unreadable?.includes(path)) throw new Error(`EACCES: permission denied, open '${path}'`);
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      if (encoder.encode(text).length > maxBytes) throw new InputTooLargeError(path, maxBytes);
      return text;
    },
    readBytes: (path, maxBytes = DEFAULT_MAX_BYTES) => {
      if (options.unreadable?.includes(path)) throw new Error(`EACCES: permission denied, open '${path}'`);
      const text = files.get(path);
      const bytes = binaries.get(path) ?? (text === undefined ? undefined : encoder.encode(text));
      if (bytes === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      if (bytes.length > maxBytes) throw new InputTooLargeError(path, maxBytes);
      return bytes;
    },
    writeFile: (path, data) => {
      if (blocked(path)) throw new Error(`EROFS: read-only file system, open '${path}'`);
      if (typeof data === 'string') files.set(path, data);
      else binaries.set(path, data);
      written.push(path);
    },
    // All or nothing, as on disk: a folder or file that cannot be written fails the run before anything is kept.
    writeReports: (out, outputs) => {
      const folders = [out, ...new Set(outputs.flatMap((file) => (file.path.includes('/') ? [joinPath(out, file.path.slice(0, file.path.lastIndexOf('/')))] : [])))];
      const paths = outputs.map((file) => joinPath(out, file.path));
      const refused = [...folders, ...paths].find(blocked);
      if (refused !== undefined) throw new OutputError(`Cannot write "${refused}": EROFS: read-only file system.`, 'Choose another --out folder.');
      for (const folder of folders) dirs.add(folder);
      outputs.forEach((file, index) => {
        if (typeof file.text === 'string') files.set(paths[index]!, file.text);
        else binaries.set(paths[index]!, file.text);
        written.push(paths[index]!);
      });
      return [];
    },
    exists: (path) => files.has(path) || binaries.has(path) || dirs.has(path) || (options.unreadable?.includes(path) ?? false),
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
