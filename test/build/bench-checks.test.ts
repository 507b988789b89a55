import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distProblem } from './bundles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the benchmark', () => {
  it('starts: its checks of equal results hold at national size (npm run bench -- --only checks)', { timeout: 180_000 }, () => {
    // Nothing else runs the bench, so a change to what the readers return once stopped it before any timing.
    const problem = distProblem();
    if (problem !== undefined) throw new Error(problem);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--only', 'checks'], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Check (national)'))).toHaveLength(3);
  });
});
