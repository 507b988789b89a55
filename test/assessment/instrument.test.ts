import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/assessment/ingest-csv.js';
import { exportAnswersTemplateCsv, buildSurveyInstrument } from '../../src/assessment/instrument.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { FrameworkSchema } from '../../src/framework/schema.js';
import { isDeepFrozen } from '../helpers/frozen.js';
import { referenceFramework, sevenThemeFramework, thawedCopy } from './fixtures/frameworks.js';

const framework = referenceFramework();

describe('buildSurveyInstrument: the reference framework', () => {
  const instrument = buildSurveyInstrument(framework);

  it('names the framework', () => {
    expect(instrument.framework).toEqual({ id: framework.id, version: framework.version, title: framework.title });
  });

  it('asks one question per item, numbered 1 to 80, theme by theme, conditions before enablers', () => {
    expect(instrument.questionCount).toBe(80);
    expect(instrument.themes.map((theme) => theme.themeId)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    const questions = instrument.themes.flatMap((theme) => theme.questions);
    expect(questions.map((question) => question.number)).toEqual(Array.from({ length: 80 }, (_, index) => index + 1));
    expect(questions.map((question) => question.itemId)).toEqual(itemsOf(framework).map((ref) => ref.item.id));
    expect(instrument.themes[0]?.questions.map((question) => `${question.itemId}:${question.kind}`)).toEqual([
      'T1.C1:condition',
      'T1.C2:condition',
      'T1.C3:condition',
      'T1.C4:condition',
      'T1.C5:condition',
      'T1.E1:enabler',
      'T1.E2:enabler',
      'T1.E3:enabler',
      'T1.E4:enabler',
      'T1.E5:enabler',
    ]);
    expect(questions[0]?.text).toBe(framework.themes[0]?.conditionsOfSuccess[0]?.text);
  });

  it('introduces each theme by its "what good looks like" statement', () => {
    instrument.themes.forEach((theme, index) => {
      expect(theme.title).toBe(framework.themes[index]?.title);
      expect(theme.whatGoodLooksLike).toBe(framework.themes[index]?.whatGoodLooksLike);
    });
  });

  it("gives each question its scale's labels and descriptors and the two answers that do not score", () => {
    const scale = instrument.themes[0]?.questions[0]?.scale;
    expect(scale?.id).toBe('maturity-5');
    expect(scale?.levels.map((level) => `${level.value} ${level.label}`)).toEqual(['1 Not started', '2 Emerging', '3 Developing', '4 Maturing', '5 Thriving']);
    expect(scale?.levels.every((level) => level.descriptor.length > 0)).toBe(true);
    expect(scale?.dontKnow.label).toBe("Don't know");
    expect(scale?.notApplicable.label).toBe('Not applicable');
    expect(instrument.answerChoices).toHaveLength(1);
    expect(instrument.answerChoices[0]?.choices.map((choice) => choice.answer)).toEqual([1, 2, 3, 4, 5, 'dont-know', 'not-applicable']);
    expect(instrument.answerChoices[0]?.choices[5]?.spellings).toEqual(['DK', "Don't know", 'dont-know']);
  });

  it('carries blank CSV templates in both layouts', () => {
    expect(instrument.csvTemplates).toEqual({ long: exportAnswersTemplateCsv(framework, { layout: 'long' }), wide: exportAnswersTemplateCsv(framework, { layout: 'wide' }) });
  });

  it('is deeply frozen and survives JSON', () => {
    expect(isDeepFrozen(instrument)).toBe(true);
    expect(JSON.parse(JSON.stringify(instrument))).toEqual(instrument);
  });

  it('neither changes nor freezes the framework it is given', () => {
    const copy = thawedCopy(framework);
    const before = JSON.stringify(copy);
    buildSurveyInstrument(copy);
    expect(JSON.stringify(copy)).toBe(before);
    expect(Object.isFrozen(copy.scales[0])).toBe(false);
  });

  it('throws TypeError naming the function for a value that is not a framework', () => {
    expect(() => buildSurveyInstrument({} as never)).toThrow(/^buildSurveyInstrument: framework/);
  });
});

describe('buildSurveyInstrument: seven themes, four levels, two scales', () => {
  const seven = sevenThemeFramework();
  const instrument = buildSurveyInstrument(seven);

  it('asks one question per item, with each theme on its own scale', () => {
    expect(instrument.themes).toHaveLength(7);
    expect(instrument.questionCount).toBe(15);
    expect(instrument.themes[6]?.questions.map((question) => question.scale.id)).toEqual(['stars', 'stars']);
    expect(instrument.themes[0]?.questions[0]?.scale.levels.map((level) => level.value)).toEqual([0, 1, 2, 3]);
    expect(instrument.answerChoices.map((choices) => choices.scaleId)).toEqual(['four', 'stars']);
    expect(instrument.answerChoices[0]?.choices[4]).toMatchObject({ answer: 'dont-know', label: 'Not sure', spellings: ['DK', 'Not sure', "Don't know", 'dont-know'] });
  });

  it('shares one scale object between the questions on it', () => {
    const [first, second] = instrument.themes[0]?.questions ?? [];
    expect(first?.scale).toBe(second?.scale);
  });
});

describe('exportAnswersTemplateCsv', () => {
  it('writes the long template: the header and one row per item with only item_id filled in, CRLF', () => {
    const text = exportAnswersTemplateCsv(framework, { layout: 'long' });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('organisation_id,respondent_id,respondent_group,item_id,answer,comment');
    expect(lines[1]).toBe(',,,T1.C1,,');
    expect(lines[80]).toBe(',,,T8.E5,,');
    expect(lines).toHaveLength(82);
    expect(lines[81]).toBe('');
  });

  it('writes the wide template: a header with every item id', () => {
    const text = exportAnswersTemplateCsv(framework, { layout: 'wide' });
    expect(text.endsWith('\r\n')).toBe(true);
    const header = text.trimEnd().split(',');
    expect(header.slice(0, 3)).toEqual(['organisation_id', 'respondent_id', 'respondent_group']);
    expect(header.slice(3)).toEqual(itemsOf(framework).map((ref) => ref.item.id));
  });

  it('reads back as RFC 4180 CSV with CRLF line ends', () => {
    const rows = Papa.parse<string[]>(exportAnswersTemplateCsv(framework, { layout: 'long' }), { newline: '\r\n' }).data;
    expect(rows[1]).toEqual(['', '', '', 'T1.C1', '', '']);
  });

  it('reads back: a blank template gives no answers; a filled one gives the answers', () => {
    const blankWide = parseAnswersCsv(exportAnswersTemplateCsv(framework, { layout: 'wide' }), { framework, organisations: 'any' });
    expect(blankWide.layout).toBe('wide');
    expect(blankWide.accounting.rowsRead).toBe(0);

    const filledLong = exportAnswersTemplateCsv(framework, { layout: 'long' })
      .split('\r\n')
      .map((line, index) => (index === 0 || line === '' ? line : line.replace(/^,,,([^,]+),,$/, `org-a,r1,,$1,${index <= 3 ? 'DK' : ''},`)))
      .join('\r\n');
    const long = parseAnswersCsv(filledLong, { framework, organisations: 'any' });
    expect(long.issues).toEqual([]);
    expect(long.answers.map((answer) => answer.itemId)).toEqual(['T1.C1', 'T1.C2', 'T1.C3']);
    expect(long.accounting).toMatchObject({ rowsRead: 80, rowsAccepted: 80, answersAccepted: 3, cellsBlank: 77, cellsIgnored: 0 });

    const wide = parseAnswersCsv(`${exportAnswersTemplateCsv(framework, { layout: 'wide' })}org-a,r1,core,${Array(80).fill('3').join(',')}\r\n`, {
      framework,
      organisations: 'any',
    });
    expect(wide.answers).toHaveLength(80);
  });

  it('neither changes nor freezes the framework it is given', () => {
    const copy = thawedCopy(framework);
    const before = JSON.stringify(copy);
    expect(exportAnswersTemplateCsv(copy, { layout: 'long' })).toBe(exportAnswersTemplateCsv(framework, { layout: 'long' }));
    expect(JSON.stringify(copy)).toBe(before);
    expect(Object.isFrozen(copy.themes)).toBe(false);
  });

  it('works for a framework of seven themes', () => {
    const seven = sevenThemeFramework();
    expect(exportAnswersTemplateCsv(seven, { layout: 'wide' }).trimEnd().split(',').slice(3)).toEqual(itemsOf(seven).map((ref) => ref.item.id));
  });

  it('throws RangeError naming the function for an unknown layout', () => {
    expect(() => exportAnswersTemplateCsv(framework, { layout: 'tall' as never })).toThrow(/^exportAnswersTemplateCsv: options.layout/);
  });

  it('keeps the scale of a hand-built framework that has no defaults written', () => {
    const minimal = FrameworkSchema.parse({
      id: 'two-items',
      version: '1.0.0',
      title: 'Two items',
      provenance: { author: 'Tests', status: 'draft', statement: 'Tiny.' },
      scales: [
        {
          id: 'yes-no',
          title: 'Yes or no',
          levels: [
            { value: 0, label: 'No', descriptor: 'No.' },
            { value: 1, label: 'Yes', descriptor: 'Yes.' },
          ],
        },
      ],
      defaultTarget: 1,
      themes: [{ id: 'only', title: 'Only', whatGoodLooksLike: 'Good.', conditionsOfSuccess: [{ id: 'only-c', text: 'A.' }], enablingFactors: [{ id: 'only-e', text: 'B.' }] }],
    });
    const instrument = buildSurveyInstrument(minimal);
    expect(instrument.answerChoices[0]?.choices.map((choice) => choice.label)).toEqual(['No', 'Yes', "Don't know", 'Not applicable']);
    const result = parseAnswersCsv('organisation_id,respondent_id,only-c,only-e\nx,r1,yes,no\n', { framework: minimal });
    expect(result.answers.map((answer) => answer.answer)).toEqual([1, 0]);
  });
});
