import { describe, expect, it } from 'vitest';
import { lintFramework, parseFramework, referenceFrameworks, type Framework, type FrameworkIssue } from '../../src/framework/index.js';
import { minimalYaml } from './helpers.js';

/** A framework of one theme whose conditions (and enablers) have the given texts. */
function withItems(conditions: readonly string[], enablers: readonly string[] = ['An enabler.']): Framework {
  const items = (kind: 'C' | 'E', texts: readonly string[]) => texts.map((text, i) => `      - id: T1.${kind}${i + 1}\n        text: ${JSON.stringify(text)}\n`).join('');
  const text = minimalYaml.replace(/ {4}conditionsOfSuccess:\n[\s\S]*$/, `    conditionsOfSuccess:\n${items('C', conditions)}    enablingFactors:\n${items('E', enablers)}`);
  return parseFramework(text);
}

const warningsOf = (framework: Framework): FrameworkIssue[] => lintFramework(framework).filter((issue) => issue.severity === 'warning');
const codesOf = (framework: Framework) => warningsOf(framework).map((issue) => [issue.code, issue.location.id]);
const one = (text: string) => warningsOf(withItems([text]));

describe('item rules: warnings about the wording of items', () => {
  it('double-barrelled-item: "and" or "or" before a verb joins two actions', () => {
    expect(one('The board challenges openly and agrees actions.')).toEqual([
      {
        code: 'double-barrelled-item',
        severity: 'warning',
        itemId: 'T1.C1',
        form: 'two-actions',
        excerpt: 'challenges openly and agrees actions.',
        message: 'item "T1.C1" asks more than one thing (two actions: challenges openly and agrees actions.)',
        hint: 'Ask one thing per item: keep the main question and move the other to an item of its own, or drop it.',
        location: { path: ['themes', 0, 'conditionsOfSuccess', 0, 'text'], id: 'T1.C1' },
      },
    ]);
    expect(one('The alliance stops or redirects funding.')[0]).toMatchObject({ form: 'two-actions' });
    expect(one('The alliance leads the work and is heard.')[0]).toMatchObject({ form: 'two-actions' });
  });

  it('double-barrelled-item: before a preposition or after an adverb, two criteria; after a comma, a list; otherwise two things', () => {
    expect(one('Funded projects deliver on time and within budget.')[0]).toMatchObject({ form: 'two-criteria', excerpt: 'on time and within budget.' });
    expect(one('Partners raise concerns directly and constructively.')[0]).toMatchObject({ form: 'two-criteria' });
    expect(one('Analysts interpret waiting times, stage and outcome data.')[0]).toMatchObject({ form: 'list' });
    expect(one('The alliance involves patients and carers.')[0]).toMatchObject({ form: 'two-objects' });
    expect(one('The alliance involves patients & carers.')[0]).toMatchObject({ form: 'two-objects' });
    expect(one('The alliance involves patients as well as carers.')[0]).toMatchObject({ form: 'two-objects' });
  });

  it('double-barrelled-item: two sentences, or two questions', () => {
    expect(one('Do you agree a plan? Do partners sign it?')[0]).toMatchObject({ form: 'two-sentences' });
    expect(one('The alliance has a plan. Partners use it.')[0]).toMatchObject({ form: 'two-sentences' });
  });

  it('double-barrelled-item: not inside a proper name or between two numbers, nor in one question', () => {
    expect(one('Regular use of the Cancer Alliance Data, Evaluation and Analysis Service (CADEAS).')).toEqual([]);
    expect(one('The share of cancers diagnosed at stage 1 or 2.')).toEqual([]);
    expect(one('The Board Chair, Managing Director and Chief Medical Officer work as one leadership team.')).toEqual([]);
    expect(one('Does the alliance publish its plan?')).toEqual([]);
  });

  it('long-item: more than 25 words', () => {
    const words = (n: number) => `The alliance ${Array.from({ length: n - 3 }, (_, i) => `word${i}`).join(' ')} plan.`;
    expect(one(words(25))).toEqual([]);
    expect(one(words(26))).toMatchObject([{ code: 'long-item', itemId: 'T1.C1', words: 26, max: 25, message: 'item "T1.C1" has 26 words, more than 25' }]);
    expect(one(words(36))).toMatchObject([{ code: 'long-item', words: 36 }]);
  });

  it('outside-control: sign-off or approval by others, or the bodies of the internal 2019 rules', () => {
    expect(one('A plan signed off by the Regional Director.')).toMatchObject([
      { code: 'outside-control', itemId: 'T1.C1', phrase: 'signed off by', message: 'item "T1.C1" rates what others decide ("signed off by")' },
    ]);
    expect(one('A reporting route through the Cancer Delivery Group.')).toMatchObject([{ code: 'outside-control', phrase: 'Cancer Delivery Group' }]);
    expect(one('A plan approved by the region.')).toMatchObject([{ code: 'outside-control', phrase: 'approved by' }]);
    expect(one('Criteria agreed by the alliance board.')).toEqual([]);
  });

  it('near-duplicate-items: items of one kind sharing at least 3 uncommon words, with an overlap of at least 40%', () => {
    const framework = withItems([
      'Integrated care board leaders see the alliance plan reflected in their system plans.',
      'The alliance agrees with each ICB how its system plans deliver the alliance plan.',
      'The alliance tracks waiting times.',
      'The alliance involves people affected by cancer.',
      'The alliance shares its analysis with partners.',
    ]);
    // "ICB" is spelt out before comparing, and a name of several words counts as one word; "plans" is "plan". The
    // content words: T1.C1 integrated care board, leaders, plan, reflected, system; T1.C2 agrees, integrated care
    // board, system, plans, deliver. Over the six items (five conditions and the enabler), a word that two items use
    // weighs ln(6 / 2) = 1.10, one that one item uses ln(6) = 1.79. Each item weighs 3 × 1.10 + 2 × 1.79 = 6.88;
    // the three shared words weigh 3 × 1.10 = 3.30; the overlap is 3.30 / 6.88 = 0.48, at least 0.40.
    expect(warningsOf(framework)).toEqual([
      {
        code: 'near-duplicate-items',
        severity: 'warning',
        itemId: 'T1.C2',
        otherItemId: 'T1.C1',
        overlap: 0.48,
        sharedWords: ['integrated care board', 'plan', 'system'],
        message: 'items "T1.C1" and "T1.C2" may ask the same thing (they share integrated care board, plan, system; overlap 48%)',
        hint: 'Merge them if they do; if they do not, word them so that the difference is plain.',
        location: { path: ['themes', 0, 'conditionsOfSuccess', 1, 'text'], id: 'T1.C2' },
      },
    ]);
    const pair = withItems([
      'The alliance adopts proven practice from other alliances quickly.',
      'Clinical leaders adopt proven practice in every provider.',
      'The alliance tracks waiting times.',
    ]);
    expect(warningsOf(pair)).toMatchObject([{ code: 'near-duplicate-items', itemId: 'T1.C2', otherItemId: 'T1.C1', sharedWords: ['adopts', 'proven', 'practice'] }]);
    // Two shared words are not enough, whatever the overlap.
    expect(codesOf(withItems(['The alliance adopts proven methods.', 'Clinical leaders adopt proven tools.', 'The alliance tracks waiting times.']))).toEqual([]);
    // An enabler may share words with a condition by design: items are compared with items of their own kind.
    expect(codesOf(withItems(['The alliance adopts proven practice quickly.', 'The alliance tracks waiting times.'], ['Time to adopt proven practice, every quarter.']))).toEqual(
      [],
    );
  });

  it('repeated-concept: an idea known to be asked twice, in two items of one kind', () => {
    const framework = withItems(['The alliance reviews progress and changes course when the evidence says so.', 'The alliance stops funding a project that is not delivering.']);
    expect(warningsOf(framework).filter((issue) => issue.code === 'repeated-concept')).toEqual([
      {
        code: 'repeated-concept',
        severity: 'warning',
        concept: 'change course on the evidence',
        itemIds: ['T1.C1', 'T1.C2'],
        message: 'items "T1.C1", "T1.C2" each ask about "change course on the evidence"',
        hint: 'Ask about it once, in the theme it belongs to, and take it out of the others.',
        location: { path: ['themes', 0, 'conditionsOfSuccess', 1, 'text'], id: 'T1.C2' },
      },
    ]);
    expect(codesOf(withItems(['The alliance stops funding a project that is not delivering.'], ['Stage reviews, with the power to stop funding.']))).toEqual([]);
  });

  it('are warnings: parseFramework accepts the framework, and lintFramework lists them after the errors', () => {
    const framework = parseFramework(minimalYaml.replace('text: A behaviour.', 'text: The board challenges openly and agrees actions.'));
    expect(lintFramework(framework).map((issue) => [issue.code, issue.severity])).toEqual([['double-barrelled-item', 'warning']]);
    expect(lintFramework({ ...framework, defaultTarget: 7 }).map((issue) => [issue.code, issue.severity])).toEqual([
      ['target-outside-scale', 'error'],
      ['double-barrelled-item', 'warning'],
    ]);
  });
});

describe('item rules on the reference frameworks', () => {
  it('1.1.0 has no warning', () => {
    expect(warningsOf(referenceFrameworks['1.1.0'])).toEqual([]);
  });

  it('1.0.0: every fault the outside review named that the rules can see, and the rest of its compound items', () => {
    const byCode = new Map<string, string[]>();
    for (const issue of warningsOf(referenceFrameworks['1.0.0'])) {
      const key = issue.code === 'double-barrelled-item' ? `${issue.code} ${issue.form}` : issue.code;
      byCode.set(key, [...(byCode.get(key) ?? []), issue.location.id ?? '']);
    }
    expect(Object.fromEntries(byCode)).toEqual({
      'double-barrelled-item two-objects': [
        ...['T1.C1', 'T1.C3', 'T1.C4', 'T1.E2', 'T2.C3', 'T2.E2', 'T2.E3', 'T2.E5', 'T3.C1', 'T3.C3', 'T3.E1', 'T3.E2', 'T3.E3', 'T3.E4', 'T3.E5', 'T4.C3'],
        ...['T4.E1', 'T4.E2', 'T4.E5', 'T5.C1', 'T5.C2', 'T5.C4', 'T5.E1', 'T7.C5', 'T7.E3', 'T7.E4', 'T7.E5', 'T8.C3', 'T8.E2', 'T8.E4', 'T8.E5'],
      ],
      'double-barrelled-item list': [
        ...['T1.C2', 'T1.E1', 'T1.E3', 'T1.E4', 'T2.C2', 'T2.C5', 'T2.E1', 'T2.E4', 'T3.C4', 'T4.C1', 'T4.E4', 'T5.E2'],
        ...['T5.E3', 'T6.C3', 'T6.E1', 'T6.E2', 'T6.E3', 'T6.E4', 'T6.E5', 'T7.C2', 'T7.E2', 'T8.C1', 'T8.E3'],
      ],
      'double-barrelled-item two-actions': ['T1.C5', 'T2.C1', 'T2.C4', 'T3.C5', 'T4.C2', 'T5.C5', 'T5.E5', 'T6.C4', 'T7.C3', 'T7.C4', 'T8.C4', 'T8.C5', 'T8.E1'],
      'outside-control': ['T1.E4', 'T2.E5'],
      'double-barrelled-item two-criteria': ['T4.C4', 'T4.C5', 'T5.C3', 'T6.C5'],
      // T3.C1 repeats T1.C3 (named by the review); T8.C2 repeats T4.C4 ("adopt proven practice"); T8.E3 shares
      // T2.E2's list of job titles, a false alarm that a person dismisses.
      'near-duplicate-items': ['T3.C1', 'T8.C2', 'T8.E3'],
      'repeated-concept': ['T5.C5', 'T3.C1'],
    });
    const named = ['T1.E4', 'T2.C4', 'T4.C2', 'T5.C3', 'T6.C5', 'T7.C4', 'T1.C3', 'T3.C1', 'T1.C5', 'T5.C5', 'T6.C4', 'T8.C5', 'T2.E5'];
    const flagged = new Set(
      warningsOf(referenceFrameworks['1.0.0']).flatMap((issue) => [
        issue.location.id ?? '',
        ...(issue.code === 'repeated-concept' ? issue.itemIds : issue.code === 'near-duplicate-items' ? [issue.otherItemId] : []),
      ]),
    );
    expect(named.filter((id) => !flagged.has(id))).toEqual([]);
    const repeated = warningsOf(referenceFrameworks['1.0.0']).filter((issue): issue is Extract<FrameworkIssue, { code: 'repeated-concept' }> => issue.code === 'repeated-concept');
    expect(repeated.map((issue) => [issue.concept, issue.itemIds])).toEqual([
      ['change course on the evidence', ['T1.C5', 'T5.C5', 'T6.C4', 'T8.C5']],
      ["the alliance plan in partners' plans", ['T1.C3', 'T3.C1']],
    ]);
  });
});
