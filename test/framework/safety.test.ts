import { describe, expect, it } from 'vitest';
import { FrameworkError, parseFramework, safeParseFramework } from '../../src/index.js';
import { minimalYaml } from './helpers.js';

function codesOf(text: string, options?: Parameters<typeof safeParseFramework>[1]): readonly string[] {
  const result = safeParseFramework(text, options);
  if (result.success) throw new Error('expected the framework to be refused');
  return result.error.issues.map((issue) => issue.code);
}

describe('untrusted YAML', () => {
  it('refuses an alias bomb (a billion laughs) with a clear error', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const result = safeParseFramework(bomb, { file: 'bomb.yaml' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        {
          code: 'alias-limit',
          severity: 'error',
          max: 100,
          message: 'the YAML uses more than 100 aliases, which looks like an alias bomb',
          hint: 'Write the values out in full, or raise the maxAliasCount option if you trust the file.',
          location: { file: 'bomb.yaml' },
        },
      ]);
    }
  });

  it('allows a few aliases', () => {
    const text = minimalYaml.replace('title: One', 'title: &t One').replace('    whatGoodLooksLike: Good.', '    whatGoodLooksLike: *t');
    expect(parseFramework(text).themes[0]?.whatGoodLooksLike).toBe('One');
  });

  it('refuses an oversized document before parsing it', () => {
    expect(codesOf(`${minimalYaml}# ${'x'.repeat(2_000_000)}\n`)).toEqual(['too-large']);
    expect(safeParseFramework(minimalYaml, { maxBytes: 100 }).success).toBe(false);
  });

  it('refuses deep nesting with a syntax or shape error, without overflowing the stack', { timeout: 60_000 }, () => {
    const depth = 100_000;
    expect(() => parseFramework('['.repeat(depth) + ']'.repeat(depth))).toThrow(FrameworkError);
    const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(() => parseFramework(block)).toThrow(FrameworkError);
  });

  it('reports __proto__ and constructor keys as unknown and pollutes nothing', () => {
    const text = minimalYaml.replace('title: Tiny\n', 'title: Tiny\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n');
    const result = safeParseFramework(text, { file: 'evil.yaml' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.message, issue.location.line])).toEqual([
        ['unknown key "__proto__"', 4],
        ['unknown key "constructor"', 6],
      ]);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses YAML tags that would build other types', () => {
    expect(codesOf(minimalYaml.replace('title: Tiny', 'title: !!binary aGVsbG8='))).toEqual(['schema']);
  });

  it('refuses a document that is not a mapping', () => {
    expect(codesOf('- a\n- b\n')).toEqual(['schema']);
    expect(codesOf('')).toEqual(['schema']);
  });
});
