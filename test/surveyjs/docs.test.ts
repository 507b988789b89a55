import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceFrameworks } from '../../src/framework/index.js';

// The examples are answered on the reference framework 1.0.0 (eight themes, 80 items).
const framework = referenceFrameworks['1.0.0'];
import { parseSurveyJsResults } from '../../src/surveyjs/index.js';

// The worked example of docs/survey-data.md §14, read from the guide itself, number for number.

const guide = readFileSync(new URL('../../docs/survey-data.md', import.meta.url), 'utf8');

function example(name: string): string {
  const marker = `<!-- surveyjs-example: ${name} -->\n\`\`\`json\n`;
  const start = guide.indexOf(marker);
  if (start === -1) throw new Error(`docs/survey-data.md has no example "${name}"`);
  const body = start + marker.length;
  return guide.slice(body, guide.indexOf('```', body));
}

const GM = 'greater-manchester';

describe('docs/survey-data.md §14: SurveyJS results', () => {
  it('reads the worked example to its five answers, two issues and accounting', () => {
    const result = parseSurveyJsResults(example('results'), { framework });
    expect(result.answers).toEqual([
      { organisationId: GM, respondentId: '1', respondentGroup: 'core team', itemId: 'T1.C1', answer: 3 },
      { organisationId: GM, respondentId: '1', respondentGroup: 'core team', itemId: 'T1.C2', answer: 'dont-know', comment: 'New in post' },
      { organisationId: GM, respondentId: 'r2', itemId: 'T1.C1', answer: 'not-applicable' },
      { organisationId: GM, respondentId: 'r2', itemId: 'T1.C3', answer: 4 },
      { organisationId: GM, respondentId: 'r3', itemId: 'T1.C2', answer: 2 },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.location.path, issue.location.row])).toEqual([
      ['unknown-item', [2, 'startedAt'], undefined],
      ['value-outside-scale', [2, 'T1_C1'], 3],
    ]);
    // 3 results × (80 items + 1 unknown key) = 243 cells = 5 answers + 2 rejected + 236 blank; no column set aside.
    expect(result.accounting).toEqual({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0, cellsRead: 243, answersAccepted: 5, cellsRejected: 2, cellsBlank: 236, cellsIgnored: 0 });
  });
});
