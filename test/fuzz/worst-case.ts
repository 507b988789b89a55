import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  effectiveCancerAllianceFramework as framework,
  safeParseAnswersCsv,
  safeParseAnswersJson,
  safeParseFramework,
  safeParseOutcomes,
  safeParseOutcomesCsv,
  scoreAnswersCsv,
} from '../../src/index.js';
import { parseAnswersStream } from '../../src/assessment/index.js';
import { safeParseOrganisations, safeParseRuleSet } from '../../src/programme/index.js';

// The worst-case generator of issue 13: for every reader, the input shapes that made one slow, throw a stack overflow
// or answer differently twice (many keys, keys given twice, long lists of invalid entries, many themes or items, deep
// nesting, many issues, many columns, huge cells, CR line ends), each made at any size `n`. The bounds test
// (bounds.test.ts) times each at two sizes; the same-output test calls each reader twice on each.

function repoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

const FRAMEWORK_YAML = repoFile('framework-data/effective-cancer-alliance-1.0.0.yaml');
const ORGANISATIONS_YAML = repoFile('framework-data/organisations.yaml');
const PROGRAMME_YAML = repoFile('framework-data/programme-2019.yaml');
const RULE_SET = parse(PROGRAMME_YAML) as Record<string, unknown>;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** One reader's run on one input: what it returns (a result, or the error it threw), synchronously or not. */
export type Read = () => unknown;

/** A hostile shape for one reader: a name and the input at size `n` (about `n` keys, entries, rows or levels). */
export interface WorstCase {
  readonly reader: string;
  readonly shape: string;
  /** The read of the input of size n. The input is built once, outside the timing. */
  readonly at: (n: number) => Read;
  /** The size timed as the large one: the input is then near the reader's default size limit, or far past real data. */
  readonly n: number;
}

function answersCsv(rows: readonly string[]): string {
  return `organisation_id,respondent_id,item_id,answer\n${rows.join('\n')}\n`;
}

async function* chunksOf(text: string): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += 65_536) yield text.slice(at, at + 65_536);
}

function frameworkWith(n: number, shape: string): string {
  switch (shape) {
    case 'a long enables list of invalid ids':
      return FRAMEWORK_YAML.replace(
        'enables: [T1.C1]',
        `enables: [${range(n)
          .map((i) => `"!${i}"`)
          .join(', ')}]`,
      );
    case 'a map of many unknown keys':
      return `${FRAMEWORK_YAML}extra:\n${range(n)
        .map((i) => `  k${i}: 1`)
        .join('\n')}\n`;
    case 'keys given twice, many times':
      return `${FRAMEWORK_YAML}${range(n)
        .map(() => 'title: again')
        .join('\n')}\n`;
    case 'many themes, each with problems':
      return `${FRAMEWORK_YAML}${range(n)
        .map((i) => `  - id: X${i}\n    title: t\n    scale: nope`)
        .join('\n')}\n`;
    case 'deep nesting':
      return `id: x\ntitle: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    case 'JSON text with a long list of invalid ids':
      return JSON.stringify({ ...(parse(FRAMEWORK_YAML) as object), extra: range(n).map((i) => ({ [`k${i}`]: [i] })) });
    case 'CR-only line ends':
      return frameworkWith(n, 'a map of many unknown keys').replace(/\n/g, '\r');
    default:
      throw new Error(shape);
  }
}

const FRAMEWORK_SHAPES = [
  ['a long enables list of invalid ids', 100_000],
  ['a map of many unknown keys', 60_000],
  ['keys given twice, many times', 60_000],
  ['many themes, each with problems', 20_000],
  ['deep nesting', 400_000],
  ['JSON text with a long list of invalid ids', 40_000],
  ['CR-only line ends', 60_000],
] as const;

/** Every reader and every shape. */
export const WORST_CASES: readonly WorstCase[] = [
  ...FRAMEWORK_SHAPES.map(([shape, n]): WorstCase => ({
    reader: 'parseFramework',
    shape,
    n,
    at: (size) => {
      const text = frameworkWith(size, shape);
      return () => safeParseFramework(text, { maxBytes: Number.MAX_SAFE_INTEGER });
    },
  })),
  {
    reader: 'parseOrganisations',
    shape: 'a long list of invalid alliances',
    n: 100_000,
    at: (size) => {
      const text = ORGANISATIONS_YAML.replace(
        /\nalliances:\n/,
        `\nalliances:\n${range(size)
          .map((i) => `  - ${i}`)
          .join('\n')}\n`,
      );
      return () => safeParseOrganisations(text, { maxBytes: Number.MAX_SAFE_INTEGER });
    },
  },
  {
    reader: 'parseRuleSet',
    shape: 'a map of many keys, some given twice',
    n: 60_000,
    at: (size) => {
      const text = `${PROGRAMME_YAML}extra:\n${range(size)
        .map((i) => `  k${i % (size / 2)}: 1`)
        .join('\n')}\n`;
      return () => safeParseRuleSet(text, { maxBytes: Number.MAX_SAFE_INTEGER });
    },
  },
  {
    reader: 'parseRuleSet',
    shape: 'long lists of invalid rules',
    n: 100_000,
    at: (size) => {
      const input = { ...RULE_SET, roles: range(size).map((i) => ({ id: i })) };
      return () => safeParseRuleSet(input);
    },
  },
  {
    reader: 'parseAnswersCsv',
    shape: 'many rejected rows',
    n: 200_000,
    at: (size) => {
      const text = answersCsv(range(size).map((i) => `org,r${i},NOPE.${i},3`));
      return () => safeParseAnswersCsv(text, { framework });
    },
  },
  {
    reader: 'parseAnswersCsv',
    shape: 'many columns, each an issue',
    n: 200_000,
    at: (size) => {
      const text = `organisation_id,respondent_id,T1.C1,${range(size)
        .map((i) => `x${i}`)
        .join(',')}\norg,r1,3\n`;
      return () => safeParseAnswersCsv(text, { framework });
    },
  },
  {
    reader: 'parseAnswersCsv',
    shape: 'ids differing only in case, each a warning',
    n: 100_000,
    at: (size) => {
      const text = answersCsv(range(size).map((i) => `org,${i % 2 === 0 ? 'r' : 'R'}${i >> 1},T1.C1,3`));
      return () => safeParseAnswersCsv(text, { framework });
    },
  },
  {
    reader: 'parseAnswersJson',
    shape: 'many answers with a key given twice',
    n: 100_000,
    at: (size) => {
      const text = `[${range(size)
        .map((i) => `{"organisationId":"org","respondentId":"r${i}","itemId":"T1.C1","answer":3,"answer":4}`)
        .join(',')}]`;
      return () => safeParseAnswersJson(text, { framework });
    },
  },
  {
    reader: 'parseAnswersJson',
    shape: 'deep nesting',
    n: 1_000_000,
    at: (size) => {
      const text = `${'['.repeat(size)}${']'.repeat(size)}`;
      return () => safeParseAnswersJson(text, { framework });
    },
  },
  {
    reader: 'parseAnswersStream',
    shape: 'many rejected rows, in chunks',
    n: 200_000,
    at: (size) => {
      const text = answersCsv(range(size).map((i) => `org,r${i},T1.C1,nine`));
      return () => parseAnswersStream(chunksOf(text), { framework });
    },
  },
  {
    reader: 'scoreAnswersCsv',
    shape: 'many respondents, half rejected',
    n: 100_000,
    at: (size) => {
      const text = answersCsv(range(size).map((i) => `org${i % 21},r${i},T1.C${(i % 5) + 1},${i % 2 === 0 ? 3 : 'x'}`));
      return () => scoreAnswersCsv(text, { framework });
    },
  },
  {
    reader: 'parseOutcomes',
    shape: 'many invalid values',
    n: 200_000,
    at: (size) => {
      const input = { name: 'm', values: range(size).map((i) => ({ organisationId: i % 3 === 0 ? '' : `o${i % 1_000}`, value: i % 2 === 0 ? 'x' : 1 })) };
      return () => safeParseOutcomes(input);
    },
  },
  {
    reader: 'parseOutcomesCsv',
    shape: 'many invalid rows',
    n: 200_000,
    at: (size) => {
      const text = `organisation_id,value\n${range(size)
        .map((i) => `o${i % 1_000},x`)
        .join('\n')}\n`;
      return () => safeParseOutcomesCsv(text, { name: 'm' });
    },
  },
];
