import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameworkError, parseFramework, safeParseFramework } from '../../src/index.js';
import { minimalYaml, referenceYaml, sevenThemesYaml } from '../framework/helpers.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { check, isJsonSafe } from './answers-invariants.js';
import { mutated } from './mutate.js';
import { FUZZ_TIMEOUT_MS, expectPrototypesClean, fuzz, withoutHanging } from './settings.js';

/** Every input must end in a framework or in a FrameworkError: nothing else may escape. */
function endsWell(text: string): void {
  const result = withoutHanging('safeParseFramework', () => safeParseFramework(text, { file: 'fuzz.yaml' }));
  if (result.success) {
    check(isDeepFrozen(result.data), 'the framework is not deeply frozen');
    check(isJsonSafe(result.data), 'the framework does not survive a JSON round trip');
    check(result.data.themes.length > 0, 'a framework without themes');
  } else {
    check(result.error instanceof FrameworkError, 'not a FrameworkError');
    check(result.error.issues.length > 0, 'a FrameworkError without issues');
    for (const issue of result.error.issues) {
      check(typeof issue.message === 'string' && issue.message.length > 0, () => `an issue without a message: ${JSON.stringify(issue)}`);
      check(issue.location.file === 'fuzz.yaml', () => `an issue without its file: ${JSON.stringify(issue)}`);
      for (const value of [issue.location.line, issue.location.column]) {
        if (value !== undefined) check(Number.isInteger(value) && value >= 1, () => `a line or column below 1: ${JSON.stringify(issue)}`);
      }
    }
  }
}

describe('parseFramework under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('survives arbitrary text', () => {
    fuzz(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), endsWell), 2_000);
    fuzz(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), endsWell), 2_000);
  });

  it('survives arbitrary JSON values', () => {
    fuzz(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => endsWell(JSON.stringify(value))),
      1_500,
    );
  });

  it('survives mutations of a valid small framework', () => {
    fuzz(fc.property(mutated(minimalYaml), endsWell), 6_000);
    expectPrototypesClean();
  });

  it('survives mutations of the seven-theme framework and of the reference framework', () => {
    fuzz(fc.property(mutated(sevenThemesYaml()), endsWell), 1_200);
    fuzz(fc.property(mutated(referenceYaml('1.1.0')), endsWell), 150);
  });

  it('gives the same answer twice for the same text (no hidden state)', () => {
    fuzz(
      fc.property(mutated(minimalYaml), (text) => {
        const first = safeParseFramework(text);
        const second = safeParseFramework(text);
        expect(second.success).toBe(first.success);
        if (first.success && second.success) expect(second.data).toEqual(first.data);
        if (!first.success && !second.success) expect(second.error.issues).toEqual(first.error.issues);
      }),
      500,
    );
  });

  it('parses valid mutations that keep the shape (reworded text) to the same structure', () => {
    const framework = parseFramework(minimalYaml);
    fuzz(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0),
        (words) => {
          const text = minimalYaml.replace('text: A behaviour.', () => `text: ${JSON.stringify(words)}`);
          const parsed = parseFramework(text);
          expect(parsed.themes[0]?.conditionsOfSuccess[0]?.text).toBe(words.trim());
          expect(parsed.themes[0]?.enablingFactors).toEqual(framework.themes[0]?.enablingFactors);
        },
      ),
      500,
    );
  });
});
