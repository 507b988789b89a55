/**
 * `npx tsx bench/surveyjs-refusals.ts`: how long the SurveyJS results reader takes to refuse each hostile input of
 * test/surveyjs/hostile.ts (the issue's promise: within a second). Each is run 7 times after one warm-up; the table
 * gives the median and the slowest, in ms, and the code of the refusal. It runs the sources (src/).
 */
import { effectiveCancerAllianceFramework as framework } from '../src/index.js';
import { safeParseSurveyJsResults } from '../src/surveyjs/index.js';
import { hostileResults } from '../test/surveyjs/hostile.js';

const RUNS = 7;
const rows: string[] = ['| input | outcome | median ms | slowest ms |', '| --- | --- | ---: | ---: |'];
for (const hostile of hostileResults()) {
  let outcome = '';
  const work = () => {
    const result = safeParseSurveyJsResults(hostile.input, { framework });
    const issue = result.success ? undefined : result.error.issues[0];
    outcome = issue === undefined ? 'READ (not refused!)' : issue.code === 'invalid-surveyjs-results' ? `${issue.code} (${issue.problem})` : issue.code;
  };
  work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${hostile.name} | ${outcome} | ${times[RUNS >> 1]!.toFixed(1)} | ${times[RUNS - 1]!.toFixed(1)} |`);
}
process.stdout.write(`${rows.join('\n')}\n`);
