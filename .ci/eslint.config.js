// The linter's configuration: typescript-eslint's strictest type-aware rule sets over every TypeScript file of the
// repository (src, test, bench, examples, .ci), read through tsconfig.json's program. Run it with `npm run lint`.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // .ci/consumer/ is type-checked against dist/ by its own tsconfigs (npm run check:consumer).
    ignores: ['dist/', 'docs/api/', 'coverage/', 'reports/', '.stryker-tmp/', 'src/**/*.generated.ts', '.ci/consumer/'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('..', import.meta.url)) },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers are written into messages everywhere (`row ${row}`); the rule still refuses objects, null and undefined.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // This rule and non-nullable-type-assertion-style contradict each other (typescript-eslint says to use one): an index
      // known to be in range under noUncheckedIndexedAccess is written `x!`, which claims less than `x as T`.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // STYLE.md writes every options parameter `options?: XOptions | undefined`, which this rule would shorten; it still
      // refuses duplicates in intersections.
      '@typescript-eslint/no-duplicate-type-constituents': ['error', { ignoreUnions: true }],
      // `(row) => rows.push(row)` and `() => fn()` in expect(...).toThrow() read as they mean; a void in any other place is refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Each function has an options type of its own (STYLE.md), named even when it adds nothing to the one it extends.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // A name that starts with `_` is unused on purpose: a key left out of a rest (`{ drop: _drop, ...rest }`), a skipped element.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests: fixtures may be empty or synchronous async generators (a stream with nothing in it, or that never waits).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Type tests: each `@ts-expect-error` line is a call that must not compile, so its types are unresolved on purpose,
    // and expectTypeOf(...) chains are expressions checked by the compiler, not statements that do something.
    files: ['test/**/*.test-d.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // The scripts written in JavaScript (.ci/*.mjs, this file) are outside the TypeScript program: plain rules only.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
