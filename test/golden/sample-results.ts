// Every result the library computes from the bundled synthetic sample, as one JSON-ready object: the
// imports' accounting and issues, the scores of both rounds (respondent groups included), every analysis
// and the report models. test/golden/golden.test.ts compares it with sample.golden.json, so that no number,
// field or order changes by accident. Regenerate the file, after a change made on purpose and described in
// a changeset, with: UPDATE_GOLDEN=1 npm run test:unit -- test/golden
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyseBarriers,
  analyseGaps,
  analyseNational,
  analyseNationalPosition,
  analyseNeeds,
  analyseOutcomes,
  buildReports,
  compareRounds,
  parseAnswersCsv,
  parseOutcomes,
  scoreAnswers,
} from 'cancer-alliance-framework';
import { referenceFrameworks } from 'cancer-alliance-framework/framework';
import { SAMPLE_FRAMEWORK_VERSION } from '../../examples/sample/sample.js';

// The sample's rounds were answered on the reference framework 1.0.0, and score on it: the golden file holds its numbers.
const framework = referenceFrameworks[SAMPLE_FRAMEWORK_VERSION];

const sample = (name: string) => fileURLToPath(new URL(`../../examples/sample/${name}`, import.meta.url));

function outcomesOf(text: string) {
  const values = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [organisationId, value] = line.split(',');
      return { organisationId: organisationId!, value: Number(value) };
    });
  return parseOutcomes({ name: 'Synthetic FDS-like measure', unit: '%', values });
}

export function sampleResults() {
  const earlierImport = parseAnswersCsv(readFileSync(sample('answers-2022-23.csv'), 'utf8'), { framework, file: 'answers-2022-23.csv' });
  const laterImport = parseAnswersCsv(readFileSync(sample('answers-2023-24.csv'), 'utf8'), { framework, file: 'answers-2023-24.csv' });
  const outcomes = outcomesOf(readFileSync(sample('outcomes-synthetic.csv'), 'utf8'));
  const earlierScores = scoreAnswers(earlierImport.answers, { framework });
  const laterScores = scoreAnswers(laterImport.answers, { framework });
  const earlier = { label: '2022/23', date: '2023-03-31', financialYear: '2022/23', scores: earlierScores };
  const later = { label: '2023/24', date: '2024-03-31', financialYear: '2023/24', scores: laterScores };
  const context = { framework };
  return {
    imports: [earlierImport, laterImport].map(({ layout, accounting, issues }) => ({ layout, accounting, issues })),
    scores: { earlier: earlierScores, later: laterScores },
    // One organisation scored from the answers of one export: Greater Manchester's, as scoreAnswers gives it.
    oneOrganisation: scoreAnswers(laterImport.answers, { framework }).organisations.find((score) => score.organisationId === 'greater-manchester'),
    gaps: laterScores.organisations.map((score) => analyseGaps(score, context)),
    needs: laterScores.organisations.map((score) => analyseNeeds(score, { framework, peers: laterScores })),
    nationalPosition: analyseNationalPosition(laterScores, context),
    sharedBarriers: analyseBarriers(laterScores, context),
    association: analyseOutcomes(laterScores, { ...context, outcomes }),
    change: compareRounds(earlier, later),
    national: analyseNational(laterScores, context),
    reports: buildReports(laterScores, { framework, round: { label: '2023/24', date: '2024-03-31', financialYear: '2023/24' }, previous: earlier, outcomes, synthetic: true }),
  };
}
