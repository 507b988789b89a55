import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { gettingStarted } from '../../examples/getting-started.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('docs/getting-started.md', () => {
  it('shows examples/getting-started.ts verbatim', () => {
    const example = read('examples/getting-started.ts');
    const body = example.slice(example.indexOf('import {'), example.indexOf('\nif (import.meta.url'));
    expect(read('docs/getting-started.md')).toContain(body.trim());
  });

  it('runs, and gives what the guide says', { timeout: 60_000 }, () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    const { imported, scores, needs, national, markdown } = gettingStarted();
    expect(lines[0]).toBe('274 rows read = 274 accepted + 0 rejected');
    expect(imported.accounting.rowsRead).toBe(imported.accounting.rowsAccepted + imported.accounting.rowsRejected);
    // Read against the version it was answered on, the sample has no issue: no item of the file is unknown.
    expect(imported.issues).toEqual([]);
    expect(scores.framework).toEqual({ id: 'effective-cancer-alliance', version: '1.0.0' });
    expect(scores.organisations).toHaveLength(21);
    expect(needs.needs.length).toBeGreaterThan(0);
    expect(national.barriers.items.length).toBeGreaterThan(0);
    expect(markdown).toContain('Synthetic sample data');
  });
});
