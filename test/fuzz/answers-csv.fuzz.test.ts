import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersError, effectiveCancerAllianceFramework, parseAnswersStream, safeParseAnswersCsv, scoreAnswersCsv, scoreAnswers, scoreAnswersStream } from '../../src/index.js';
import { itemsOf } from '../../src/framework/index.js';
import type { Framework, ParseAnswersCsvOptions } from '../../src/index.js';
import { fixture, sevenThemeFramework } from '../assessment/fixtures/frameworks.js';
import { checkResult } from './answers-invariants.js';
import { CELL_POOL, csvishText, longLayoutCsv, randomCsv, wideLayoutCsv } from './csv-inputs.js';
import { mutated } from './mutate.js';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, expectPrototypesClean, fuzz, withoutHanging } from './settings.js';

const reference = effectiveCancerAllianceFramework;
const referenceItems = itemsOf(reference).map((ref) => ref.item.id as string);
const seven = sevenThemeFramework();
const sevenItems = itemsOf(seven).map((ref) => ref.item.id as string);

/** Options that change how a text is read: the layout, the known organisations, the delimiter, a small size limit. */
const optionsArbitrary: fc.Arbitrary<Omit<ParseAnswersCsvOptions, 'framework'>> = fc.record(
  {
    layout: fc.constantFrom('auto', 'long', 'wide'),
    organisations: fc.constantFrom(['greater-manchester', 'wessex'], ['__proto__', 'constructor'], [], ['Wessex', 'wessex']),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    maxBytes: fc.constantFrom(1, 200, 5_000),
  },
  { requiredKeys: [] },
);

/** Every text must end in a frozen import whose accounting adds up, or in an AnswersError: nothing else escapes. */
function endsWell(text: string, framework: Framework = reference, options: Omit<ParseAnswersCsvOptions, 'framework'> = {}): void {
  const result = withoutHanging('safeParseAnswersCsv', () => safeParseAnswersCsv(text, { ...options, framework, file: 'fuzz.csv' }));
  checkResult(result, framework, 'fuzz.csv');
}

/** Small valid CSVs of the reference framework, long and wide, written the ways survey tools write them. */
const longSeed = [
  'organisation_id,respondent_id,respondent_group,item_id,answer,comment',
  'greater-manchester,r1,core team,T1.C1,3,',
  'greater-manchester,r1,,T1.C2,Emerging,"Early days, but started"',
  'greater-manchester,r1,,T1.E1,DK,',
  'greater-manchester,r2,partner,T1.C1,4,',
  'greater-manchester,r2,,T1.C2,N/A,',
  'wessex,r1,,T1.C1,5,"He said ""yes"""',
  'wessex,r1,,T2.C1,3 - Developing,',
  '',
].join('\r\n');
const wideSeed = [
  'organisation_id,respondent_id,respondent_group,T1.C1,T1.C2,T1.E1,comment:T1.C1,T2.C1 Partners agree',
  'greater-manchester,r1,core team,3,Emerging,DK,"fine, thanks",2',
  'greater-manchester,r2,partner, 4 ,n/a,5,,',
  'wessex,r1,,1,1,1,,',
  '',
].join('\n');
const sevenSeed = [
  'organisation,respondent,group,question,response',
  'club,r1,core,purpose-c1,2',
  'club,r1,,purpose-c2,Not sure',
  'club,r2,,purpose-c1,0',
  'club,r2,,people-e1,Four stars',
  '',
].join('\n');

describe('parseAnswersCsv under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('survives arbitrary text', () => {
    fuzz(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => endsWell(text)),
      3_000,
    );
    fuzz(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => endsWell(text)),
      3_000,
    );
    fuzz(
      fc.property(csvishText, (text) => endsWell(text)),
      4_000,
    );
  });

  it('survives CSVs of random rows of nasty cells, with every option', () => {
    fuzz(
      fc.property(randomCsv, (text) => endsWell(text)),
      6_000,
    );
    fuzz(
      fc.property(randomCsv, optionsArbitrary, (text, options) => endsWell(text, reference, options)),
      2_000,
    );
    fuzz(
      fc.property(randomCsv, (text) => endsWell(text, seven)),
      1_500,
    );
  });

  it('survives well-formed long and wide CSVs whose cells break the rules', () => {
    fuzz(
      fc.property(longLayoutCsv(referenceItems), optionsArbitrary, (text, options) => endsWell(text, reference, options)),
      3_000,
    );
    fuzz(
      fc.property(wideLayoutCsv(referenceItems), optionsArbitrary, (text, options) => endsWell(text, reference, options)),
      3_000,
    );
    fuzz(
      fc.property(longLayoutCsv(sevenItems), (text) => endsWell(text, seven)),
      1_000,
    );
    fuzz(
      fc.property(wideLayoutCsv(sevenItems), (text) => endsWell(text, seven)),
      1_000,
    );
  });

  it('survives mutations of valid long, wide and Excel CSVs', () => {
    fuzz(
      fc.property(mutated(longSeed), (text) => endsWell(text)),
      3_000,
    );
    fuzz(
      fc.property(mutated(wideSeed), (text) => endsWell(text)),
      3_000,
    );
    fuzz(
      fc.property(mutated(fixture('answers-long.csv')), (text) => endsWell(text)),
      1_500,
    );
    fuzz(
      fc.property(mutated(fixture('answers-wide.csv')), (text) => endsWell(text)),
      1_500,
    );
    fuzz(
      fc.property(mutated(fixture('answers-excel.csv')), (text) => endsWell(text)),
      1_500,
    );
    fuzz(
      fc.property(mutated(sevenSeed), (text) => endsWell(text, seven)),
      1_000,
    );
  });

  it('reads the same text the same way every time, and pollutes nothing', () => {
    fuzz(
      fc.property(fc.oneof(randomCsv, longLayoutCsv(referenceItems), mutated(wideSeed)), (text) => {
        const first = safeParseAnswersCsv(text, { framework: reference });
        const second = safeParseAnswersCsv(text, { framework: reference });
        expect(second).toEqual(first);
      }),
      500,
    );
    expectPrototypesClean();
  });

  it('keeps a valid file valid whatever nasty text its comments hold', () => {
    fuzz(
      fc.property(fc.array(fc.constantFrom(...CELL_POOL), { minLength: 3, maxLength: 3 }), (comments) => {
        const quoted = comments.map((comment) => `"${comment.replace(/"/g, '""')}"`);
        const text = `organisation_id,respondent_id,item_id,answer,comment\nwessex,r1,T1.C1,3,${quoted[0]}\nwessex,r1,T1.C2,DK,${quoted[1]}\nwessex,r2,T1.C1,1,${quoted[2]}\n`;
        const result = safeParseAnswersCsv(text, { framework: reference });
        expect(result.success).toBe(true);
        if (!result.success) return;
        expect(result.data.accounting.rowsRead).toBe(3);
        const tooLong = comments.filter((comment) => comment.trim().length > 10_000).length;
        expect(result.data.accounting.rowsRejected).toBe(tooLong);
        expect(result.data.answers.map((answer) => answer.comment ?? '')).toEqual(comments.map((comment) => comment.trim()).filter((comment) => comment.length <= 10_000));
      }),
      1_000,
    );
  });

  it('scores every text as parseAnswersCsv then scoreAnswers do, or refuses it with the same AnswersError (scoreAnswersCsv)', () => {
    const agrees = (text: string, framework: Framework = reference, options: Omit<ParseAnswersCsvOptions, 'framework'> = {}): void => {
      const all = { ...options, framework, file: 'fuzz.csv' };
      const read = safeParseAnswersCsv(text, all);
      if (!read.success) {
        expect(() => scoreAnswersCsv(text, all)).toThrow(AnswersError);
        try {
          scoreAnswersCsv(text, all);
        } catch (error) {
          expect((error as AnswersError).issues).toEqual(read.error.issues);
        }
        return;
      }
      const scored = withoutHanging('scoreAnswersCsv', () => scoreAnswersCsv(text, all));
      const { answers, ...rest } = read.data;
      expect(scored).toEqual({ ...rest, scores: scoreAnswers(answers, { framework }) });
    };
    fuzz(
      fc.property(randomCsv, optionsArbitrary, (text, options) => agrees(text, reference, options)),
      1_000,
    );
    fuzz(
      fc.property(longLayoutCsv(referenceItems), optionsArbitrary, (text, options) => agrees(text, reference, options)),
      1_000,
    );
    fuzz(
      fc.property(wideLayoutCsv(referenceItems), (text) => agrees(text)),
      1_000,
    );
    fuzz(
      fc.property(mutated(longSeed), (text) => agrees(text)),
      1_000,
    );
    fuzz(
      fc.property(mutated(fixture('answers-excel.csv')), (text) => agrees(text)),
      500,
    );
    fuzz(
      fc.property(wideLayoutCsv(sevenItems), (text) => agrees(text, seven)),
      500,
    );
  });

  it('reads text in chunks exactly as it reads it whole, however it is cut (parseAnswersStream, scoreAnswersStream)', async () => {
    const agrees = async (text: string, cuts: readonly number[], options: Omit<ParseAnswersCsvOptions, 'framework'> = {}): Promise<void> => {
      const all = { ...options, framework: reference, file: 'fuzz.csv' };
      const chunks: string[] = [];
      let from = 0;
      for (const cut of [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)) {
        chunks.push(text.slice(from, cut));
        from = cut;
      }
      chunks.push(text.slice(from));
      const whole = safeParseAnswersCsv(text, all);
      if (!whole.success) {
        await expect(parseAnswersStream(chunks, all)).rejects.toThrow(AnswersError);
        const error = await parseAnswersStream(chunks, all).catch((caught: unknown) => caught);
        // The size limit trips as the text arrives, on the chunk that crosses it, so its byte count may be smaller.
        if (whole.error.issues[0]?.code !== 'too-large') expect((error as AnswersError).issues).toEqual(whole.error.issues);
        return;
      }
      expect(await parseAnswersStream(chunks, all)).toEqual(whole.data);
      const { answers, ...rest } = whole.data;
      expect(await scoreAnswersStream(chunks, all)).toEqual({ ...rest, scores: scoreAnswers(answers, { framework: reference }) });
    };
    const cuts = fc.array(fc.nat(), { maxLength: 10 });
    await fc.assert(fc.asyncProperty(randomCsv, cuts, optionsArbitrary, agrees), { seed: FUZZ_SEED, numRuns: 500 });
    await fc.assert(
      fc.asyncProperty(mutated(longSeed), cuts, (text, at) => agrees(text, at)),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(fixture('answers-excel.csv')), cuts, (text, at) => agrees(text, at)),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
    // A "\r\n" cut between its two halves is one line end, not two.
    await agrees(wideSeed.replaceAll('\n', '\r\n'), [wideSeed.indexOf('\n') + 1]);
  });
});
