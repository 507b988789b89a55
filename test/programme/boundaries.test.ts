import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/programme';
const files = readdirSync(DIR).filter((file) => file.endsWith('.ts'));

/** The source of a file without its comments (TSDoc examples may show Node usage). */
function code(file: string): string {
  return readFileSync(join(DIR, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

describe('the programme core', () => {
  it('runs in a browser: no fs, path or process', () => {
    for (const file of files) {
      const text = code(file);
      expect(text, file).not.toMatch(/from ['"](?:node:)?(?:fs|path|process|os|url)(?:\/[a-z]+)?['"]/);
      expect(text, file).not.toMatch(/\bprocess\.|\brequire\(/);
    }
  });

  it('imports only from itself, src/internal, src/framework/schema (and the lazy schemas it is built from) and its dependencies (date-fns by function)', () => {
    for (const file of files) {
      const text = code(file);
      const specifiers = [...text.matchAll(/from ['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      for (const specifier of specifiers) {
        const allowed =
          specifier.startsWith('./') ||
          specifier.startsWith('../internal/') ||
          specifier === '../framework/schema.js' ||
          specifier === '../framework/lazy-schema.js' ||
          ['zod', 'yaml'].includes(specifier) ||
          // date-fns by function (test/build/imports.test.ts says why).
          /^date-fns\/[a-zA-Z]+$/.test(specifier);
        expect(allowed, `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
