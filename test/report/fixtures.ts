import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreAnswers, type ScoringOptions } from '../../src/assessment/score.js';
import type { Answer, AnswerValue } from '../../src/assessment/answer.js';
import type { AssessmentScores } from '../../src/assessment/score-types.js';
import { FrameworkSchema, type Framework } from '../../src/framework/schema.js';
import { itemsOf, scaleOf, scaleRangeOf } from '../../src/framework/lookup.js';
import { mulberry32 } from '../../src/internal/random.js';

/** The reference framework 1.0.0 (eight themes), read from its YAML. */
export function referenceFramework(): Framework {
  const path = fileURLToPath(new URL('../../framework-data/effective-cancer-alliance-1.0.0.yaml', import.meta.url));
  return FrameworkSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

/** A small framework with 7 themes, each with 2 conditions and 2 enablers, rated 0..3 (4 levels), target 2. */
export function sevenThemeFramework(firstTitle = 'Seven theme 1'): Framework {
  const themes = Array.from({ length: 7 }, (_, t) => {
    const id = `S${t + 1}`;
    return {
      id,
      title: t === 0 ? firstTitle : `Seven theme ${t + 1}`,
      whatGoodLooksLike: `Good looks like ${t + 1}.`,
      conditionsOfSuccess: [
        { id: `${id}.C1`, text: `Condition one of ${id}` },
        { id: `${id}.C2`, text: `Condition two of ${id}` },
      ],
      enablingFactors: [
        { id: `${id}.E1`, text: `Enabler one of ${id}`, enables: [`${id}.C1`] },
        { id: `${id}.E2`, text: `Enabler two of ${id}`, enables: [`${id}.C2`] },
      ],
    };
  });
  return FrameworkSchema.parse({
    id: 'seven-themes',
    version: '0.1.0',
    title: 'A seven-theme test framework',
    provenance: { author: 'Tests', status: 'draft', statement: 'Made up for tests.' },
    scales: [
      {
        id: 'four',
        title: 'Four levels',
        levels: [
          { value: 0, label: 'None', descriptor: 'Nothing yet.' },
          { value: 1, label: 'Some', descriptor: 'Some of it.' },
          { value: 2, label: 'Most', descriptor: 'Most of it.' },
          { value: 3, label: 'All', descriptor: 'All of it.' },
        ],
      },
    ],
    defaultTarget: 2,
    themes,
  });
}

export interface SampleOptions {
  readonly organisations: readonly string[];
  readonly respondents?: number;
  readonly seed?: number;
  /** Organisation id to a shift of its answers, in scale steps. */
  readonly shift?: Readonly<Record<string, number>>;
}

/** Deterministic answers: each respondent answers every item near the organisation's level, some "don't know". */
export function sampleAnswers(framework: Framework, options: SampleOptions): Answer[] {
  const random = mulberry32(options.seed ?? 7);
  const answers: Answer[] = [];
  const items = itemsOf(framework);
  const groups = ['Clinical', 'Managerial', 'Partner'];
  options.organisations.forEach((organisationId, o) => {
    const respondents = options.respondents ?? 6;
    for (let r = 0; r < respondents; r += 1) {
      const group = groups[r % 3]!;
      for (const ref of items) {
        const { min, max } = scaleRangeOf(scaleOf(framework, ref.theme.id));
        const base = min + ((o * 0.37 + ref.themeIndex * 0.21) % 1) * (max - min) + (options.shift?.[organisationId] ?? 0);
        const draw = random();
        let answer: AnswerValue;
        if (draw < 0.04) answer = 'dont-know';
        else answer = Math.max(min, Math.min(max, Math.round(base + (random() - 0.5) * 2)));
        answers.push({
          organisationId: organisationId as Answer['organisationId'],
          respondentId: `${organisationId}-r${r + 1}` as Answer['respondentId'],
          respondentGroup: group,
          itemId: ref.item.id,
          answer,
        });
      }
    }
  });
  return answers;
}

/** Scores of a sample. */
export function sampleScores(framework: Framework, options: SampleOptions): AssessmentScores {
  return scoreAnswers(sampleAnswers(framework, options), { framework });
}

/** Twelve alliance ids of the programme model. */
export const ALLIANCES = [
  'cheshire-and-merseyside',
  'east-midlands',
  'greater-manchester',
  'humber-and-north-yorkshire',
  'kent-and-medway',
  'northern',
  'peninsula',
  'swag',
  'surrey-and-sussex',
  'thames-valley',
  'wessex',
  'west-midlands',
] as const;

/**
 * Scores where every respondent of an organisation gives the same answer to every item: the
 * organisation's theme and item scores all equal that answer.
 */
export function uniformScores(framework: Framework, answersByOrganisation: Readonly<Record<string, number>>, respondents = 3, options?: ScoringOptions): AssessmentScores {
  const answers: Answer[] = [];
  for (const [organisationId, value] of Object.entries(answersByOrganisation)) {
    for (let r = 0; r < respondents; r += 1) {
      for (const ref of itemsOf(framework)) {
        answers.push({
          organisationId: organisationId as Answer['organisationId'],
          respondentId: `${organisationId}-r${r + 1}` as Answer['respondentId'],
          respondentGroup: r === 0 ? 'Clinical' : 'Managerial',
          itemId: ref.item.id,
          answer: value,
        });
      }
    }
  }
  return scoreAnswers(answers, { framework, ...options });
}

/** Every heading level of an HTML page, in order. */
export function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
}

/** The names of every attribute of every tag of an HTML or SVG text (quoted values are skipped whole). */
export function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[A-Za-z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    for (const attribute of (tag[1] ?? '').matchAll(/\s+([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) names.push((attribute[1] ?? '').toLowerCase());
  }
  return names;
}
