import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('what the package imports', () => {
  it('imports each date-fns function by its own path, never the date-fns barrel', () => {
    // Node loads the barrel `date-fns` (some 250 modules) in about 80 ms on a 2-core machine, and the nine functions
    // the package uses, by their paths, in about 25 ms: that difference is paid on every cold start (bench/README.md).
    const barrel = sourceFiles(src)
      .filter((path) => readFileSync(path, 'utf8').includes("from 'date-fns'"))
      .map((path) => relative(src, path));
    expect(barrel).toEqual([]);
  });
});
