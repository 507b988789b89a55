// The getting-started guide's example, whole: docs/getting-started.md shows this file, and
// test/docs/getting-started.test.ts runs it. Run it yourself with: npx tsx examples/getting-started.ts
import { readFileSync } from 'node:fs';
import { analyseNational, buildReports, analyseNeeds, parseAnswersCsv, renderMarkdown, scoreAnswers } from 'cancer-alliance-framework';
import { referenceFrameworks } from 'cancer-alliance-framework/framework';

// Score a round on the version of the reference framework it was answered on. The sample's 2023/24 round was
// answered on 1.0.0; a round answered on the current version takes effectiveCancerAllianceFramework (1.1.0).
const framework = referenceFrameworks['1.0.0'];

export function gettingStarted(csvPath = 'examples/sample/answers-2023-24.csv') {
  // 1. Read a survey export. Every row is accepted or reported, and the counts add up.
  const imported = parseAnswersCsv(readFileSync(csvPath, 'utf8'), { framework, file: csvPath });
  const { rowsRead, rowsAccepted, rowsRejected } = imported.accounting;
  console.log(`${rowsRead} rows read = ${rowsAccepted} accepted + ${rowsRejected} rejected`);
  for (const issue of imported.issues) console.log(issue.message);

  // 2. Score every alliance in one pass: items, themes, agreement, respondent groups.
  const scores = scoreAnswers(imported.answers, { framework });
  const manchester = scores.organisations.find((score) => score.organisationId === 'greater-manchester');
  if (!manchester) throw new Error('the sample has Greater Manchester');
  for (const theme of manchester.themes) {
    console.log(theme.themeId, theme.score?.toFixed(2), theme.sufficient ? '' : '(insufficient evidence)');
  }

  // 3. Its development needs, most urgent first, with who can help.
  const needs = analyseNeeds(manchester, { framework, peers: scores });
  for (const need of needs.needs) console.log(need.themeId, need.band, need.position);

  // 4. The national position and the barriers alliances share.
  const national = analyseNational(scores, { framework });
  console.log(`${national.barriers.items.length} common barriers`);

  // 5. The reports, as data and as Markdown (renderHtml gives a standalone page).
  const reports = buildReports(scores, { framework, synthetic: true });
  const markdown = renderMarkdown(reports.national);
  return { imported, scores, needs, national, markdown };
}

if (import.meta.url === `file://${process.argv[1]}`) gettingStarted();
