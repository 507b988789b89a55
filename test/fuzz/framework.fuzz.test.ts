import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameworkError, parseFramework, safeParseFramework } from '../../src/index.js';
import { minimalYaml, referenceYaml, sevenThemesYaml } from '../framework/helpers.js';
import { mutated } from './mutate.js';

/** Every input must end in a framework or in a FrameworkError: nothing else may escape. */
function endsWell(text: string): void {
  const result = safeParseFramework(text, { file: 'fuzz.yaml' });
  if (result.success) {
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(result.data.themes.length).toBeGreaterThan(0);
  } else {
    expect(result.error).toBeInstanceOf(FrameworkError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.location.file).toBe('fuzz.yaml');
    }
  }
}

describe('parseFramework under fuzzing', { timeout: 180_000 }, () => {
  it('survives arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), endsWell), { numRuns: 5_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), endsWell), { numRuns: 5_000 });
  });

  it('survives arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => endsWell(JSON.stringify(value) ?? 'null')), { numRuns: 3_000 });
  });

  it('survives mutations of a valid small framework', () => {
    fc.assert(fc.property(mutated(minimalYaml), endsWell), { numRuns: 15_000 });
  });

  it('survives mutations of the seven-theme framework and of the reference framework', () => {
    fc.assert(fc.property(mutated(sevenThemesYaml()), endsWell), { numRuns: 3_000 });
    fc.assert(fc.property(mutated(referenceYaml()), endsWell), { numRuns: 500 });
  });

  it('gives the same answer twice for the same text (no hidden state)', () => {
    fc.assert(
      fc.property(mutated(minimalYaml), (text) => {
        const first = safeParseFramework(text);
        const second = safeParseFramework(text);
        expect(second.success).toBe(first.success);
        if (first.success && second.success) expect(second.data).toEqual(first.data);
        if (!first.success && !second.success) expect(second.error.issues).toEqual(first.error.issues);
      }),
      { numRuns: 1_000 },
    );
  });

  it('parses valid mutations that keep the shape (reworded text) to the same structure', () => {
    const framework = parseFramework(minimalYaml);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0), (words) => {
        const text = minimalYaml.replace('text: A behaviour.', () => `text: ${JSON.stringify(words)}`);
        const parsed = parseFramework(text);
        expect(parsed.themes[0]?.conditionsOfSuccess[0]?.text).toBe(words.trim());
        expect(parsed.themes[0]?.enablingFactors).toEqual(framework.themes[0]?.enablingFactors);
      }),
      { numRuns: 1_000 },
    );
  });
});
