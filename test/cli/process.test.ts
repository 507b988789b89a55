import { closeSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticAnswers } from '../../src/assessment/synthetic.js';
import { EXIT, MARKER_FILE } from '../../src/cli/io.js';
import { effectiveCancerAllianceFramework as framework } from '../../src/framework/reference.js';
import { longCsv } from '../../examples/sample/sample.js';
import { bundleCli, root, runChild, type Ended } from './child.js';

// The command in child processes, on the real file system, under the faults of issue 13: interrupted writing,
// streams that cannot be written, links in the output folder, paths that cannot be made, inputs that never end.
// Each case must end with its documented exit code (docs/cli.md) within 5 s, wall clock, on a busy machine: a run
// of the bundled command on a small input takes a few tenths of a second, so the bound is far from a typical run.

const BOUND_MS = 5_000;

let folder = '';
let cli = '';
/** Small answers: two alliances, a few respondents. */
let small = '';

const sample = (name: string) => join(root, 'examples/sample', name);

/** Every file under a folder, by path, with its text; a link is shown as `-> target`, so that it cannot pass for a file. */
function snapshot(top: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string, relative: string) => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      const name = relative === '' ? entry : `${relative}/${entry}`;
      const status = lstatSync(full);
      if (status.isSymbolicLink()) files.set(name, `-> ${readlinkSync(full)}`);
      else if (status.isDirectory()) walk(full, name);
      else files.set(name, readFileSync(full, 'utf8'));
    }
  };
  walk(top, '');
  return files;
}

/** The same files with the same texts, compared by a short key so that a failure names what differs. */
function sameSet(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
}

/** Standard error without the progress lines, which a slow run prints (each ends with an ellipsis). */
function withoutProgress(stderr: string): string {
  return stderr
    .split(/(?<=\n)/)
    .filter((line) => !line.endsWith('…\n'))
    .join('');
}

function withinBound(ended: Ended): void {
  expect(ended.ms, `took ${Math.round(ended.ms)} ms`).toBeLessThan(BOUND_MS);
}

/** The report of the small answers into `out`. */
function reportSmall(out: string, ...more: string[]): Promise<Ended> {
  return runChild(cli, ['report', small, '--round', '2023/24', '--out', out, ...more]);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'caf-process-'));
  cli = await bundleCli(folder);
  const organisations = [
    { id: 'wessex', regionId: 'Y59' },
    { id: 'peninsula', regionId: 'Y58' },
  ];
  small = join(folder, 'small.csv');
  writeFileSync(small, longCsv(generateSyntheticAnswers({ framework, organisations, seed: 3, respondents: { min: 3, max: 4 } })));
}, 120_000);

afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

describe('SIGINT while report runs', () => {
  // Two different complete sets: P, the reports of the first round (the previous output), and N, the new reports.
  const previousArgs = ['report', sample('answers-2022-23.csv'), '--round', '2022/23', '--progress'];
  const newArgs = ['report', sample('answers-2023-24.csv'), '--round', '2023/24', '--progress'];

  it('never leaves a partial or empty output over 24 runs interrupted at random moments: the previous reports, the new ones, or none', async () => {
    const reference = join(folder, 'reference');
    mkdirSync(reference);
    const p = join(reference, 'p');
    const n = join(reference, 'n');
    expect((await runChild(cli, [...previousArgs, '--out', p])).code).toBe(EXIT.ok);
    const phase = { writingStarted: 0 };
    const timed = await runChild(cli, [...newArgs, '--out', n], {
      onStderr: (text) => {
        if (text.includes('Writing ')) phase.writingStarted = performance.now();
      },
    });
    const ended = performance.now();
    expect(timed.code).toBe(EXIT.ok);
    const previous = snapshot(p);
    const next = snapshot(n);
    expect(next.size).toBe(51); // 50 reports and the marker
    expect(sameSet(previous, next)).toBe(false);
    for (const [path, text] of [...previous, ...next]) expect(text.length, path).toBeGreaterThan(0);
    // The writing phase as measured (at least 50 ms, so that the runs aimed at it have room), and the whole run.
    const writeMs = Math.max(50, ended - phase.writingStarted);
    const totalMs = timed.ms;

    const parent = join(folder, 'sigint');
    mkdirSync(parent);
    const out = join(parent, 'reports');
    let interrupted = 0;
    let interruptedWhileWriting = 0;
    let keptPrevious = 0;
    for (let runIndex = 0; runIndex < 24; runIndex += 1) {
      // Every fourth run starts with no output folder; the others with the previous reports in place.
      rmSync(out, { recursive: true, force: true });
      const fromNothing = runIndex % 4 === 3;
      if (!fromNothing) cpSync(p, out, { recursive: true });
      // Odd runs are interrupted at a random moment of the writing phase (or just after it), even runs at any moment.
      const aimed = runIndex % 2 === 1;
      const delay = Math.random() * (aimed ? 1.3 * writeMs : totalMs);
      // Set by the callbacks, while the child runs.
      const state: { timer: NodeJS.Timeout | undefined; writing: boolean } = { timer: undefined, writing: false };
      const result = await runChild(cli, [...newArgs, '--out', out], {
        onSpawn: (child) => {
          if (!aimed) state.timer = setTimeout(() => child.kill('SIGINT'), delay);
        },
        onStderr: (text, child) => {
          if (!text.includes('Writing ') || state.writing) return;
          state.writing = true;
          if (aimed) state.timer = setTimeout(() => child.kill('SIGINT'), delay);
        },
      });
      clearTimeout(state.timer);
      const { writing } = state;
      const what = `run ${runIndex} (${aimed ? 'aimed at the writing' : 'anywhere'}, SIGINT after ${Math.round(delay)} ms): ${result.signal ?? `exit ${result.code}`}`;
      if (result.signal === 'SIGINT') {
        interrupted += 1;
        if (writing) interruptedWhileWriting += 1;
      } else {
        expect(result.code, what).toBe(EXIT.ok);
      }
      if (existsSync(out)) {
        const found = snapshot(out);
        const complete = sameSet(found, next) || (!fromNothing && sameSet(found, previous));
        expect(complete, `${what}: ${out} holds ${found.size} files, neither the previous set nor the new one`).toBe(true);
        if (writing && result.signal === 'SIGINT' && sameSet(found, previous)) keptPrevious += 1;
      } else {
        // No output: right when there was none before; otherwise only if the run was killed between the two renames
        // of the swap, when both complete sets lie beside the folder (docs/cli.md).
        const beside = readdirSync(parent).map((entry) => snapshot(join(parent, entry)));
        const swapping = beside.some((set) => sameSet(set, previous)) && beside.some((set) => sameSet(set, next));
        expect(fromNothing || swapping, `${what}: ${out} is missing`).toBe(true);
      }
    }
    // Not vacuous: runs were interrupted, and some of them while the files were being written.
    expect(interrupted).toBeGreaterThanOrEqual(4);
    expect(interruptedWhileWriting).toBeGreaterThanOrEqual(1);
    expect(keptPrevious).toBeGreaterThanOrEqual(1);

    // A run to the end puts the new reports in place and removes what the interrupted runs left beside them.
    const last = await runChild(cli, [...newArgs, '--out', out]);
    expect(last.code).toBe(EXIT.ok);
    expect(sameSet(snapshot(out), next)).toBe(true);
    expect(readdirSync(parent)).toEqual(['reports']);
  }, 600_000);
});

describe('standard output and standard error that cannot be written', { timeout: 60_000 }, () => {
  it('ends validate with exit code 5 and one line, never a stack, when standard output is /dev/full', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const ended = await runChild(cli, ['validate', small], { stdio: ['ignore', full, 'pipe'] });
      expect(ended.code).toBe(EXIT.streams);
      expect(ended.stderr).toBe('cancer-alliance-framework: cannot write to standard output (ENOSPC, no space left on the device).\n');
      withinBound(ended);
    } finally {
      closeSync(full);
    }
  });

  it('ends report with exit code 5 when standard output is /dev/full, the reports written whole', async () => {
    const full = openSync('/dev/full', 'w');
    const out = join(folder, 'full-stdout');
    try {
      const ended = await runChild(cli, ['report', small, '--round', '2023/24', '--out', out], { stdio: ['ignore', full, 'pipe'] });
      expect(ended.code).toBe(EXIT.streams);
      expect(withoutProgress(ended.stderr)).toBe('cancer-alliance-framework: cannot write to standard output (ENOSPC, no space left on the device).\n');
      expect(snapshot(out).has(MARKER_FILE)).toBe(true);
      withinBound(ended);
    } finally {
      closeSync(full);
    }
  });

  it('ends with exit code 5 and says nothing more when standard error is /dev/full', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const ended = await runChild(cli, ['report', small, '--round', '2023/24', '--out', join(folder, 'full-stderr'), '--progress'], { stdio: ['ignore', 'pipe', full] });
      expect(ended.code).toBe(EXIT.streams);
      expect(ended.stdout).toContain('Wrote 12 files');
      withinBound(ended);
    } finally {
      closeSync(full);
    }
  });

  it('ends with exit code 5 when the program reading standard output has closed the pipe (EPIPE)', async () => {
    const ended = await runChild(cli, ['validate', small], { onSpawn: (child) => child.stdout?.destroy() });
    expect(ended.code).toBe(EXIT.streams);
    expect(ended.stderr).toBe('cancer-alliance-framework: cannot write to standard output (EPIPE, the program reading it has closed it).\n');
    withinBound(ended);
  });

  it('ends with exit code 5 when standard output is open only for reading (EBADF)', async () => {
    const readOnly = openSync('/dev/null', 'r');
    try {
      const ended = await runChild(cli, ['validate', small], { stdio: ['ignore', readOnly, 'pipe'] });
      expect(ended.code).toBe(EXIT.streams);
      expect(ended.stderr).toBe('cancer-alliance-framework: cannot write to standard output (EBADF, it is not open for writing).\n');
      withinBound(ended);
    } finally {
      closeSync(readOnly);
    }
  });

  it('ends with the command’s own exit code when standard output is closed (>&-): Node puts /dev/null in its place', async () => {
    const valid = await runChild(cli, ['validate', small], { command: ['sh', '-c', 'exec "$0" "$@" >&-', process.execPath, cli] });
    expect(valid.code).toBe(EXIT.ok);
    expect(valid.stderr).toBe('');
    withinBound(valid);
    const invalid = await runChild(cli, ['validate', join(root, 'package.json')], { command: ['sh', '-c', 'exec "$0" "$@" >&-', process.execPath, cli] });
    expect(invalid.code).toBe(EXIT.invalidData);
    withinBound(invalid);
  });
});

describe('links in the output folder', { timeout: 60_000 }, () => {
  it('replaces the reports without following a link planted among them: the files it points to stay as they were', async () => {
    const out = join(folder, 'planted');
    expect((await reportSmall(out)).code).toBe(EXIT.ok);
    const reference = snapshot(out);
    const victims = join(folder, 'victims');
    mkdirSync(victims);
    writeFileSync(join(victims, 'secret.txt'), 'not to be overwritten\n');
    mkdirSync(join(victims, 'folder'));
    writeFileSync(join(victims, 'folder', 'kept.txt'), 'kept\n');
    // A report replaced by a link to a file outside, and the data folder by a link to a folder outside.
    rmSync(join(out, 'alliances', 'wessex.html'));
    symlinkSync(join(victims, 'secret.txt'), join(out, 'alliances', 'wessex.html'));
    rmSync(join(out, 'data'), { recursive: true });
    symlinkSync(join(victims, 'folder'), join(out, 'data'));
    const before = snapshot(victims);

    const ended = await reportSmall(out);
    expect(withoutProgress(ended.stderr)).toBe('');
    expect(ended.code).toBe(EXIT.ok);
    expect(sameSet(snapshot(victims), before)).toBe(true);
    expect(lstatSync(join(out, 'alliances', 'wessex.html')).isFile()).toBe(true);
    expect(lstatSync(join(out, 'data')).isDirectory()).toBe(true);
    expect(sameSet(snapshot(out), reference)).toBe(true);
    withinBound(ended);
  });

  it('refuses an --out that is a link (exit code 4), leaving what it points to as it was', async () => {
    const target = join(folder, 'link-target');
    expect((await reportSmall(target)).code).toBe(EXIT.ok);
    const before = snapshot(target);
    const link = join(folder, 'link');
    symlinkSync(target, link);
    const ended = await reportSmall(link);
    expect(ended.code).toBe(EXIT.unwritable);
    expect(ended.stderr).toContain(`Cannot write "${link}": it is a symbolic link, and this command never writes through a link it did not make.`);
    expect(sameSet(snapshot(target), before)).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    withinBound(ended);
  });

  it('refuses a folder holding files it did not write (exit code 4), and leaves them', async () => {
    const mine = join(folder, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'my notes\n');
    const ended = await reportSmall(mine);
    expect(ended.code).toBe(EXIT.unwritable);
    expect(ended.stderr).toContain('the folder holds files that this command did not write');
    expect([...snapshot(mine)]).toEqual([['notes.txt', 'my notes\n']]);
    withinBound(ended);
  });
});

describe('paths that cannot be made, and inputs that never end', { timeout: 60_000 }, () => {
  it('ends promptly with exit code 4 for an --out under /proc, whose folders take no new folders', async () => {
    for (const out of ['/proc/caf-x', '/proc/caf-x/y/z']) {
      const ended = await reportSmall(out);
      expect(ended.code, out).toBe(EXIT.unwritable);
      expect(ended.stderr).toContain('the folder "/proc" takes no new folders (ENOENT)');
      withinBound(ended);
    }
  });

  it('ends promptly with exit code 1 for /dev/zero, reading no more than the limit', async () => {
    const validate = await runChild(cli, ['validate', '/dev/zero']);
    expect(validate.code).toBe(EXIT.invalidData);
    expect(validate.stderr).toContain('Cannot read the file to validate "/dev/zero": it holds more than the 52,428,800 bytes (50 MiB) allowed by default; reading stopped there.');
    expect(validate.stderr).toContain('--max-bytes');
    withinBound(validate);
    const out = join(folder, 'zero');
    const report = await runChild(cli, ['report', '/dev/zero', '--out', out, '--max-bytes', '1MB']);
    expect(report.code).toBe(EXIT.invalidData);
    expect(report.stderr).toContain('it holds more than the 1,000,000 bytes allowed by --max-bytes');
    expect(existsSync(out)).toBe(false);
    withinBound(report);
  });

  it('ends promptly with exit code 1 for a pipe that never ends (`yes | … validate /dev/stdin`)', async () => {
    // A real pipe from the shell: Node's own 'pipe' stdio is a socket, which /dev/stdin cannot open again.
    const ended = await runChild(cli, ['validate', '/dev/stdin', '--max-bytes', '2MiB'], { command: ['sh', '-c', 'yes | exec "$0" "$@"', process.execPath, cli] });
    expect(ended.code).toBe(EXIT.invalidData);
    expect(ended.stderr).toContain('Cannot read the file to validate "/dev/stdin": it holds more than the 2,097,152 bytes allowed by --max-bytes; reading stopped there.');
    withinBound(ended);
  });
});
