import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MARKER_FILE, OutputError } from '../../src/cli/io.js';
import { MAX_NEW_FOLDERS, writeOutputFolder } from '../../src/cli/output-folder.js';

// writeOutputFolder on the real file system, in this process: what it makes, what it replaces, what it refuses,
// and that a failure leaves the folder as it was with nothing made beside it. The same under SIGINT and the other
// faults, run as a whole command in child processes, is in process.test.ts.

const top = mkdtempSync(join(tmpdir(), 'caf-output-'));
let folder = '';
let counter = 0;
afterAll(() => rmSync(top, { recursive: true, force: true }));
beforeEach(() => {
  counter += 1;
  folder = join(top, `case-${counter}`);
  mkdirSync(folder);
});

const FILES = [
  { path: 'index.html', text: '<!doctype html><p>national</p>\n' },
  { path: 'alliances/wessex.html', text: '<!doctype html><p>wessex</p>\n' },
  { path: 'data/scores.csv', text: 'organisation_id,theme_id,score\r\nwessex,T1,3\r\n' },
];

/** Every file under a folder by path (links shown as links), and nothing else. */
function tree(path: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(path).sort()) {
    const full = join(path, entry);
    const status = lstatSync(full);
    if (status.isSymbolicLink()) found[prefix + entry] = 'a link';
    else if (status.isDirectory()) Object.assign(found, tree(full, `${prefix}${entry}/`));
    else found[prefix + entry] = readFileSync(full, 'utf8');
  }
  return found;
}

function refusal(run: () => unknown): OutputError {
  try {
    run();
  } catch (error) {
    if (error instanceof OutputError) return error;
    throw error;
  }
  throw new Error('no OutputError was thrown');
}

describe('writeOutputFolder', () => {
  it('writes every file and the marker into a new folder, making the folders above it, and leaves nothing beside it', () => {
    const out = join(folder, 'a', 'b', 'reports');
    expect(writeOutputFolder(out, FILES, '1.2.3')).toEqual([]);
    const written = tree(out);
    expect(Object.keys(written)).toEqual([MARKER_FILE, 'alliances/wessex.html', 'data/scores.csv', 'index.html']);
    for (const file of FILES) expect(written[file.path]).toBe(file.text);
    expect(JSON.parse(written[MARKER_FILE] ?? '')).toEqual({ writtenBy: 'cancer-alliance-framework', version: '1.2.3', complete: true, files: FILES.map((file) => file.path) });
    expect(readdirSync(join(folder, 'a', 'b'))).toEqual(['reports']);
  });

  it('replaces reports it wrote before, and an empty folder, whole', () => {
    const out = join(folder, 'reports');
    writeOutputFolder(out, [...FILES, { path: 'alliances/gone.html', text: 'an organisation no longer reported\n' }], '1.0.0');
    writeOutputFolder(out, FILES, '1.0.1');
    expect(Object.keys(tree(out))).toEqual([MARKER_FILE, 'alliances/wessex.html', 'data/scores.csv', 'index.html']);
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    writeOutputFolder(empty, FILES, '1.0.0');
    expect(tree(empty)[MARKER_FILE]).toContain('"complete": true');
    expect(readdirSync(folder).sort()).toEqual(['empty', 'reports']);
  });

  it('removes the leftovers of interrupted runs beside the folder, but no link and nothing else', () => {
    const out = join(folder, 'reports');
    for (const name of ['reports.tmp-0123456789ab', 'reports.old-ba9876543210']) {
      mkdirSync(join(folder, name, 'alliances'), { recursive: true });
      writeFileSync(join(folder, name, 'alliances', 'half.html'), '<!doctype html><p>half');
    }
    mkdirSync(join(folder, 'elsewhere'));
    symlinkSync(join(folder, 'elsewhere'), join(folder, 'reports.tmp-aaaaaaaaaaaa'));
    mkdirSync(join(folder, 'reports.tmp-mine'));
    mkdirSync(join(folder, 'other.tmp-0123456789ab'));
    const notes = writeOutputFolder(out, FILES, '1.0.0');
    expect(notes).toEqual([`Note: removed 2 folders left beside ${out} by a run that was interrupted: reports.old-ba9876543210, reports.tmp-0123456789ab.`]);
    expect(readdirSync(folder).sort()).toEqual(['elsewhere', 'other.tmp-0123456789ab', 'reports', 'reports.tmp-aaaaaaaaaaaa', 'reports.tmp-mine']);
  });

  it('refuses a link, a file, a folder of other files, or one whose marker is a link, and leaves each as it was', () => {
    const target = join(folder, 'target');
    writeOutputFolder(target, FILES, '1.0.0');
    const before = tree(target);
    symlinkSync(target, join(folder, 'link'));
    expect(refusal(() => writeOutputFolder(join(folder, 'link'), FILES, '2.0.0')).message).toMatch(
      /it is a symbolic link, and this command never writes through a link it did not make\.$/,
    );
    expect(tree(target)).toEqual(before);
    writeFileSync(join(folder, 'file'), 'a file\n');
    expect(refusal(() => writeOutputFolder(join(folder, 'file'), FILES, '1.0.0')).message).toMatch(/it is a file, not a folder\.$/);
    mkdirSync(join(folder, 'mine'));
    writeFileSync(join(folder, 'mine', 'notes.txt'), 'mine\n');
    expect(refusal(() => writeOutputFolder(join(folder, 'mine'), FILES, '1.0.0')).message).toMatch(/the folder holds files that this command did not write/);
    mkdirSync(join(folder, 'fake'));
    symlinkSync(join(target, MARKER_FILE), join(folder, 'fake', MARKER_FILE));
    expect(refusal(() => writeOutputFolder(join(folder, 'fake'), FILES, '1.0.0')).message).toMatch(/the folder holds files that this command did not write/);
    expect(refusal(() => writeOutputFolder('/', FILES, '1.0.0')).message).toMatch(/the root folder cannot be the output folder/);
    expect(refusal(() => writeOutputFolder(process.cwd(), FILES, '1.0.0')).message).toMatch(/it is the current folder or a folder above it/);
    expect(readdirSync(folder).sort()).toEqual(['fake', 'file', 'link', 'mine', 'target']);
  });

  it('leaves the previous reports, and nothing beside them, when a file cannot be written', () => {
    const out = join(folder, 'reports');
    writeOutputFolder(out, FILES, '1.0.0');
    const before = tree(out);
    // A name too long for the file system, and a file written twice (the second is refused: files are made with O_EXCL).
    for (const bad of [`alliances/${'x'.repeat(300)}.html`, 'data/scores.csv']) {
      const error = refusal(() => writeOutputFolder(out, [...FILES, { path: bad, text: 'x' }], '2.0.0'));
      expect(error.message).toMatch(/^Cannot write ".*": (EEXIST|ENAMETOOLONG): /);
      expect(error.untouched).toBe(true);
      expect(tree(out)).toEqual(before);
      expect(readdirSync(folder)).toEqual(['reports']);
    }
  });

  it('removes the folders it made above --out when it fails, and makes at most MAX_NEW_FOLDERS of them', () => {
    const error = refusal(() => writeOutputFolder(join(folder, 'new', 'deeper', 'reports'), [{ path: `a/b/${'c'.repeat(300)}.html`, text: 'x' }], '1.0.0'));
    expect(error.message).toMatch(/^Cannot write ".*\/a\/b\/c+\.html": ENAMETOOLONG/);
    expect(existsSync(join(folder, 'new'))).toBe(false);
    const deep = join(folder, ...Array.from({ length: MAX_NEW_FOLDERS + 1 }, (_, index) => `level-${index}`), 'reports');
    expect(refusal(() => writeOutputFolder(deep, FILES, '1.0.0')).message).toMatch(new RegExp(`it would need more than ${MAX_NEW_FOLDERS} new folders above it\\.$`));
    expect(readdirSync(folder)).toEqual([]);
    const file = join(folder, 'file');
    writeFileSync(file, 'x');
    expect(refusal(() => writeOutputFolder(join(file, 'reports'), FILES, '1.0.0')).message).toMatch(/is a file, not a folder\.$/);
  });
});
