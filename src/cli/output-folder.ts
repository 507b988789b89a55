/**
 * Writing the reports on the real file system, all or nothing (docs/cli.md, "Atomic, safe output").
 *
 * 1. `--out` is checked without following links: a symbolic link is refused; so is a file, and a folder that holds
 *    anything but reports written by this command (which carry MARKER_FILE); an empty folder is fine.
 * 2. The folders above `--out` are made when missing, one level at a time (at most MAX_NEW_FOLDERS): Node 20's
 *    recursive mkdir loops forever where a folder exists but allows no new ones (/proc).
 * 3. Every file is written into a new folder beside it, `<out>.tmp-<random>`, made by this run: each file is created
 *    with O_EXCL (`wx`: never through a link, never over a file), written whole and flushed to the disk (fsync), the
 *    marker last; then the folders are flushed.
 * 4. The swap: the previous `<out>` is renamed to `<out>.old-<random>`, the new folder to `<out>`, and the old one is
 *    removed (its links are removed, never followed). Between the two renames (microseconds) `<out>` does not exist:
 *    a run killed there leaves both complete sets beside it, which the next run cleans up.
 * 5. Leftovers of earlier runs that were killed (`<out>.tmp-*`, `<out>.old-*`, folders, not links) are removed once
 *    the new reports are in place.
 *
 * A run that fails removes what it made; a run that is killed (Ctrl-C) leaves `<out>` as it was, or complete.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { MARKER_FILE, OutputError, joinPath, type OutputFile } from './io.js';

/** The most folders above `--out` that one run makes. */
export const MAX_NEW_FOLDERS = 32;

const HINT = 'Choose another --out folder, or check that you may write there and that the disk has room.';

/** The part of a Node error message that says what went wrong, without the call and the path: `ENOSPC: no space left on device`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return /^[A-Z][A-Z0-9_]*: [^,]*/.exec(error.message)?.[0] ?? error.message;
}

/** Why a folder could not be made: ENOENT where the folder above exists means it takes no new folders (/proc, /sys). */
function mkdirReasonOf(error: unknown, path: string): string {
  const parent = dirname(path);
  if (codeOf(error) === 'ENOENT' && statusOf(parent) !== null) return `the folder "${parent}" takes no new folders (ENOENT)`;
  return reasonOf(error);
}

function codeOf(error: unknown): unknown {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/** The file's status, without following a link; null when nothing is there. */
function statusOf(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
    throw error;
  }
}

/** A random suffix for the folders this run makes: 12 hex digits. */
function suffix(): string {
  return randomBytes(6).toString('hex');
}

/** Flushes a folder's entries to the disk; file systems that cannot (Windows, some network disks) are let be. */
function syncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Not every system can fsync a folder; the files themselves were flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a new file whole and flushes it: `wx` creates it, and fails if anything (a file, a link) is there. */
function writeNewFile(path: string, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const fd = openSync(path, 'wx', 0o666);
  try {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes the folder and the missing folders above it, one level at a time; returns those it made, deepest last.
 * A folder that cannot be made ends it at once.
 */
function makeFolders(folder: string, shown: string): string[] {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const status = statusOf(current);
    if (status !== null) {
      if (!status.isDirectory() && !(status.isSymbolicLink() && isFolderThroughLink(current))) {
        throw new OutputError(`Cannot write "${shown}": "${current}" is a file, not a folder.`, HINT);
      }
      break;
    }
    missing.unshift(current);
    if (missing.length > MAX_NEW_FOLDERS) {
      throw new OutputError(`Cannot write "${shown}": it would need more than ${MAX_NEW_FOLDERS} new folders above it.`, HINT);
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const made: string[] = [];
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      removeFolders(made);
      throw new OutputError(`Cannot make the folder "${path}" for "${shown}": ${mkdirReasonOf(error, path)}.`, HINT);
    }
    made.push(path);
  }
  return made;
}

/** Whether a link leads to a folder (the folders above `--out` may be reached through links; `--out` itself not). */
function isFolderThroughLink(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Removes empty folders this run made, deepest first; one that is not empty any more is left. */
function removeFolders(made: readonly string[]): void {
  for (const path of [...made].reverse()) {
    try {
      rmdirSync(path);
    } catch {
      return;
    }
  }
}

/** Whether a folder holds reports written by this command: its marker is a file (not a link). */
function holdsReports(folder: string): boolean {
  return statusOf(join(folder, MARKER_FILE))?.isFile() === true;
}

/** Checks `--out` before anything is made: what is there now, and whether it may be replaced. */
function existingOutput(target: string, shown: string): 'none' | 'replace' {
  const cwd = process.cwd();
  if (dirname(target) === target) throw new OutputError(`Cannot write "${shown}": the root folder cannot be the output folder.`, HINT);
  if (cwd === target || cwd.startsWith(target + sep)) {
    throw new OutputError(
      `Cannot write "${shown}": it is the current folder or a folder above it, and the reports replace their folder whole.`,
      'Give a folder of its own, e.g. --out reports.',
    );
  }
  const status = statusOf(target);
  if (status === null) return 'none';
  if (status.isSymbolicLink()) {
    throw new OutputError(
      `Cannot write "${shown}": it is a symbolic link, and this command never writes through a link it did not make.`,
      'Give the folder the link points to, or another folder.',
    );
  }
  if (!status.isDirectory()) throw new OutputError(`Cannot write "${shown}": it is a file, not a folder.`, HINT);
  if (readdirSync(target).length > 0 && !holdsReports(target)) {
    throw new OutputError(
      `Cannot write "${shown}": the folder holds files that this command did not write, and the reports replace their folder whole.`,
      `Give a new or empty folder, or one that holds reports written before (with its ${MARKER_FILE}).`,
    );
  }
  return 'replace';
}

/**
 * After the previous reports were moved aside and the new ones could not take their place: the previous ones are
 * put back. Should that fail too, the error says where both sets are.
 */
function putBack(old: string, target: string, temporary: string, shown: string, cause: unknown): void {
  try {
    renameSync(old, target);
  } catch {
    throw new OutputError(
      `Cannot write "${shown}": ${reasonOf(cause)}; the previous reports are in "${old}" and the new ones, complete, in "${temporary}".`,
      `Rename either folder to "${target}".`,
      false,
    );
  }
}

/** What the marker says: that the folder holds a complete set of reports, and which files. */
function markerText(files: readonly OutputFile[], version: string): string {
  return `${JSON.stringify({ writtenBy: 'cancer-alliance-framework', version, complete: true, files: files.map((file) => file.path) }, null, 2)}\n`;
}

/** Removes the leftovers of runs that were killed: `<name>.tmp-*` and `<name>.old-*` folders (never links) beside `<out>`. */
function removeLeftovers(parent: string, name: string, keep: ReadonlySet<string>): string[] {
  const pattern = /^(.*)\.(?:tmp|old)-[0-9a-f]{12}$/;
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (pattern.exec(entry)?.[1] !== name || keep.has(entry)) continue;
    const path = join(parent, entry);
    if (statusOf(path)?.isDirectory() !== true) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(entry);
    } catch {
      // Left for the next run.
    }
  }
  return removed;
}

/**
 * Writes the reports into `out`, all or nothing (see the top of this file), and returns notes for standard error.
 *
 * @param out - The output folder, as given with `--out`.
 * @param files - The files, by path inside the folder (`alliances/wessex.html`); the folders are those the paths name.
 * @param version - The package's version, for the marker.
 * @returns Notes for standard error: leftovers removed, an old folder that could not be removed.
 * @throws OutputError when the reports cannot be written; `out` is then as it was.
 */
export function writeOutputFolder(out: string, files: readonly OutputFile[], version: string): readonly string[] {
  const target = resolve(out);
  const parent = dirname(target);
  const name = basename(target);
  const before = existingOutput(target, out);
  const madeAbove = makeFolders(parent, out);

  let temporary = '';
  for (let attempt = 0; temporary === ''; attempt += 1) {
    const candidate = join(parent, `${name}.tmp-${suffix()}`);
    try {
      mkdirSync(candidate);
      temporary = candidate;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST' || attempt >= 4) {
        removeFolders(madeAbove);
        throw new OutputError(`Cannot write "${out}": cannot make a folder beside it: ${mkdirReasonOf(error, candidate)}.`, HINT);
      }
    }
  }

  let current = out;
  let old: string | null = null;
  try {
    // Every folder the paths name, each after the one above it.
    const folders = [
      ...new Set(
        files.flatMap((file) => {
          const parts = file.path.split('/').slice(0, -1);
          return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
        }),
      ),
    ];
    for (const folder of folders) {
      current = joinPath(out, folder);
      mkdirSync(join(temporary, folder));
    }
    for (const file of [...files, { path: MARKER_FILE, text: markerText(files, version) }]) {
      current = joinPath(out, file.path);
      writeNewFile(join(temporary, file.path), file.text);
    }
    for (const folder of folders) syncFolder(join(temporary, folder));
    syncFolder(temporary);

    current = out;
    if (before === 'replace') {
      old = join(parent, `${name}.old-${suffix()}`);
      renameSync(target, old);
      try {
        renameSync(temporary, target);
      } catch (error) {
        putBack(old, target, temporary, out, error);
        old = null;
        throw error;
      }
    } else {
      renameSync(temporary, target);
    }
    syncFolder(parent);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    try {
      rmSync(temporary, { recursive: true, force: true });
    } catch {
      // Removed by the next run (a leftover).
    }
    removeFolders(madeAbove);
    throw new OutputError(`Cannot write "${current}": ${reasonOf(error)}.`, HINT);
  }

  const notes: string[] = [];
  if (old !== null) {
    try {
      rmSync(old, { recursive: true, force: true });
    } catch (error) {
      notes.push(`Note: the previous reports were moved to "${old}" but could not be removed (${reasonOf(error)}); remove that folder.`);
    }
  }
  const removed = removeLeftovers(parent, name, new Set(old === null ? [] : [basename(old)]));
  if (removed.length > 0)
    notes.push(`Note: removed ${removed.length === 1 ? 'a folder' : `${removed.length} folders`} left beside ${out} by a run that was interrupted: ${removed.join(', ')}.`);
  return notes;
}
