import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real command (src/cli/main.ts through tsx) in a child process. */
function command(...args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the cancer-alliance-framework process', () => {
  it('sets the exit code of the process and writes to its streams', () => {
    const version = command('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const missing = command('report', 'no-such-file.csv', '--out', 'never-written');
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('Cannot find the answers file "no-such-file.csv"');
    expect(missing.stdout).toBe('');
    const usage = command('frobnicate');
    expect(usage.status).toBe(2);
    const invalid = command('validate', 'package.json');
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(/^package\.json: /);
  }, 60_000);
});
