import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assessment/answer.js';
import { scoreAnswers } from '../../src/assessment/score.js';
import type { AssessmentScores } from '../../src/assessment/score-types.js';
import type { Framework } from '../../src/framework/schema.js';
import { itemsOf } from '../../src/framework/lookup.js';
import { mulberry32 } from '../../src/internal/random.js';
import { buildReports } from '../../src/report/build.js';
import { makeFramework } from '../assessment/score-fixtures.js';

// Issue 13 (fault 3) and issue 17: building the reports must grow linearly with the framework. Each look-up of a
// theme, a distribution, a target or a barrier inside a loop over themes (or regions, or organisations) is a Map
// built once; a `find` there made buildReports quadratic in the number of themes. Times on a shared 2-core machine
// are noisy, so each size is timed a few times (the fastest counts) and the bound is generous: linear growth is 4×
// for 4× the themes, quadratic 16×; the test allows 6×.

/** Four organisations of two respondents answering every item, at random on 1..5 (target 5: every theme a need). */
function scoresOf(framework: Framework): AssessmentScores {
  const random = mulberry32(17);
  const answers: Answer[] = [];
  const items = itemsOf(framework);
  for (const organisationId of ['org-a', 'org-b', 'org-c', 'org-d']) {
    for (const respondentId of ['r1', 'r2']) {
      for (const ref of items) {
        answers.push({ organisationId, respondentId, itemId: ref.item.id, answer: 1 + Math.floor(random() * 5) } as Answer);
      }
    }
  }
  return scoreAnswers(answers, { framework });
}

/** The fastest of `runs` builds of every report for a framework of `themes` themes, in ms. */
function fastestBuild(themes: number, runs: number): number {
  const framework = makeFramework({ themes, conditions: 1, enablers: 1, levels: [1, 2, 3, 4, 5] });
  const scores = scoresOf(framework);
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const set = buildReports(scores, { framework, synthetic: true });
    fastest = Math.min(fastest, performance.now() - started);
    expect(set.national.themes).toHaveLength(themes);
  }
  return fastest;
}

describe('buildReports grows linearly with the number of themes', () => {
  it('takes at most about 6 times as long for 4 times the themes (1,250 → 5,000 themes)', () => {
    fastestBuild(200, 2); // warm-up: compiled code for both sizes
    // Up to three tries, so that a busy machine's pause in one try does not fail the test: a quadratic build (about
    // 16×) fails every try, a linear one (about 4×) passes at the first try on a quiet machine.
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 3 && !ratios.some((ratio) => ratio <= 6); attempt++) {
      const small = fastestBuild(1250, 3);
      const large = fastestBuild(5000, 2);
      ratios.push(large / small);
    }
    expect(Math.min(...ratios), `ratios of the tries: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`).toBeLessThanOrEqual(6);
  }, 600_000);
});
