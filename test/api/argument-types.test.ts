import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from 'cancer-alliance-framework';
import * as analysisEntry from 'cancer-alliance-framework/analysis';
import * as assessmentEntry from 'cancer-alliance-framework/assessment';
import * as frameworkEntry from 'cancer-alliance-framework/framework';
import * as programmeEntry from 'cancer-alliance-framework/programme';
import * as reportEntry from 'cancer-alliance-framework/report';
import * as schemasEntry from 'cancer-alliance-framework/schemas';
import * as xlsxEntry from 'cancer-alliance-framework/xlsx';
import * as surveyjsEntry from 'cancer-alliance-framework/surveyjs';
import { ValidationError, type AssessmentRound, type Framework, type OutcomeSeries } from 'cancer-alliance-framework';
import {
  agreeAction,
  createDeliveryPlan,
  createFundingAgreement,
  organisationsAt,
  proposeAction,
  proposeChange,
  recordQuarterlyReview,
  signDeliveryPlan,
  signFundingAgreement,
  submitDeliveryPlan,
  submitFundingAgreement,
  type ActorInput,
} from 'cancer-alliance-framework/programme';
import { generateSyntheticAnswers, generateSyntheticOutcomes, scoreAnswers } from 'cancer-alliance-framework/assessment';
import { buildReports } from 'cancer-alliance-framework/report';
import { effectiveCancerAllianceFramework, itemsOf, scaleOf } from 'cancer-alliance-framework/framework';

// Programmer errors, export by export. Every function of every entry point, given a wrong value (null, undefined, a
// string, an empty object) for any one of its arguments, the others valid, either returns, or throws (or rejects
// with) a ValidationError of its area, or a TypeError or RangeError whose message starts with its own name and a
// colon: never a raw "Cannot read properties of null" from deep inside. The exports are walked, so that a function
// added to an entry point without a row in the table below fails here.

const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'cancer-alliance-framework': root,
  'cancer-alliance-framework/framework': frameworkEntry,
  'cancer-alliance-framework/programme': programmeEntry,
  'cancer-alliance-framework/assessment': assessmentEntry,
  'cancer-alliance-framework/analysis': analysisEntry,
  'cancer-alliance-framework/report': reportEntry,
  'cancer-alliance-framework/schemas': schemasEntry,
  'cancer-alliance-framework/xlsx': xlsxEntry,
  'cancer-alliance-framework/surveyjs': surveyjsEntry,
};

// ---- Valid arguments, built once through the public API ----

const framework: Framework = effectiveCancerAllianceFramework;
const firstItem = itemsOf(framework)[0]!.item;
const scale = scaleOf(framework);
const on = new Date(2023, 5, 1);
const alliances = organisationsAt(on).alliances.slice(0, 6);
const organisations = alliances.map((alliance) => ({ id: alliance.id, regionId: alliance.regionId }));
const answers = generateSyntheticAnswers({ framework, organisations, seed: 7 });
const scores = scoreAnswers(answers, { framework });
const organisationScore = scores.organisations[0]!;
const outcomes: OutcomeSeries = {
  name: 'Synthetic FDS',
  values: generateSyntheticOutcomes({ framework, organisations, seed: 7 }).map(({ organisationId, value }) => ({ organisationId, value })),
};
const earlier: AssessmentRound = { label: '2022/23', date: '2022-06-30', financialYear: '2022/23', scores };
const later: AssessmentRound = { label: '2023/24', date: '2023-06-30', financialYear: '2023/24', scores };
const reports = buildReports(scores, { framework });
const allianceId = 'peninsula';
const csv = `organisation_id,respondent_id,item_id,answer\n${allianceId},r1,${firstItem.id},${scale.levels[0]!.value}\n`;
const json = JSON.stringify([{ organisationId: allianceId, respondentId: 'r1', itemId: firstItem.id, answer: scale.levels[0]!.value }]);
const surveyJsResults = JSON.stringify([{ id: 'r1', data: { organisation: allianceId, T1_C1: scale.levels[0]!.value } }]);
const workbook = xlsxEntry.exportAnswersTemplateXlsx(framework, { rows: 2 });

const data = (file: string) => readFileSync(fileURLToPath(new URL(`../../framework-data/${file}`, import.meta.url)), 'utf8');
const frameworkYaml = data('effective-cancer-alliance-1.1.0.yaml');
const organisationsYaml = data('organisations.yaml');
const programmeYaml = data('programme-2019.yaml');

const day = (year: number, month: number, date: number) => new Date(year, month, date, 12);
const managingDirector = { roleId: 'alliance-managing-director', allianceId } as const satisfies ActorInput;
const chair = { roleId: 'alliance-chair', allianceId } as const satisfies ActorInput;
const southWestDirector = { roleId: 'regional-director', regionId: 'Y58' } as const satisfies ActorInput;
const southWestTeam = { roleId: 'regional-team', regionId: 'Y58' } as const satisfies ActorInput;
const nationalDirector = { roleId: 'national-cancer-director' } as const satisfies ActorInput;
const nationalTeam = { roleId: 'national-team' } as const satisfies ActorInput;
const cdg = { roleId: 'cancer-delivery-group' } as const satisfies ActorInput;

const createPlan = { allianceId, financialYear: '2023/24', by: managingDirector, at: day(2023, 3, 3) };
const draftPlan = createDeliveryPlan(createPlan);
const submitPlan = { by: managingDirector, at: day(2023, 3, 20) };
const submittedPlan = submitDeliveryPlan(draftPlan, submitPlan);
const signPlan = { by: southWestDirector, at: day(2023, 4, 2) };
const signedOffPlan = signDeliveryPlan(signDeliveryPlan(submittedPlan, signPlan), { by: nationalDirector, at: day(2023, 4, 3) });
const changePlan = { significance: 'minor', description: 'Correct a typing error', by: managingDirector, at: day(2023, 8, 1) } as const;
const changedPlan = proposeChange(signedOffPlan, { ...changePlan, significance: 'significant' });
const agreePlanChange = { changeId: changedPlan.changes[0]!.id, by: cdg, at: day(2023, 8, 20) };

const createAgreement = { allianceId, financialYear: '2023/24', amount: 1_000_000, by: southWestTeam, at: day(2023, 3, 3) };
const draftAgreement = createFundingAgreement(createAgreement);
const submitAgreement = { by: southWestTeam, at: day(2023, 3, 10) };
const submittedAgreement = submitFundingAgreement(draftAgreement, submitAgreement);
const signAgreement = { by: southWestTeam, at: day(2023, 3, 11) };
const signedOffAgreement = [
  { by: nationalDirector, at: day(2023, 3, 12) },
  { by: chair, at: day(2023, 3, 13) },
].reduce((agreement, step) => signFundingAgreement(agreement, step), signFundingAgreement(submittedAgreement, signAgreement));
const review = { quarter: 'Q1', assessment: 'not-delivering', summary: 'Opening slipped', by: southWestTeam, at: day(2023, 6, 20) } as const;
const reviewed = recordQuarterlyReview(signedOffAgreement, review);
const propose = { quarter: 'Q1', kind: 'hold-back-funding', amount: 250_000, description: 'Hold back Q3', by: southWestTeam, at: day(2023, 6, 21) } as const;
const proposed = proposeAction(reviewed, propose);
const agree = { actionId: 'A1', by: cdg, at: day(2023, 7, 1) };
const agreed = agreeAction(proposed, agree);
const holdBack = { actionId: 'A1', by: nationalTeam, at: day(2023, 7, 2) };

const changeChart = { title: 't', description: 'd', rows: [{ id: 'T1', label: 'T1', change: 0.5, interval: { low: 0.1, high: 0.9 }, clear: true }] };
const barrierChart = { title: 't', description: 'd', bars: [{ id: 'T1.E1', label: 'T1.E1', sharing: 1, scored: 2, prevalence: 0.5 }] };
const heatmapChart = {
  title: 't',
  description: 'd',
  min: 0,
  max: 3,
  columns: [{ id: 'S1', label: 'S1' }],
  rows: [{ id: 'a', label: 'A', cells: [{ value: 2, insufficient: false, belowTarget: false }] }],
};
const radarChart = { title: 't', description: 'd', axes: ['A', 'B', 'C'].map((id) => ({ id, label: id, min: 1, max: 5 })), series: [{ name: 's', values: [1, 2, 3] }] };

/**
 * Valid arguments of every function, one row each: every declared parameter given (optional ones as `undefined`
 * or a valid value). A function exported by an entry point without a row here fails the test.
 */
const VALID: Readonly<Record<string, () => readonly unknown[]>> = {
  // Framework
  parseFramework: () => [frameworkYaml, { file: 'f.yaml' }],
  safeParseFramework: () => [frameworkYaml, { file: 'f.yaml' }],
  lintFramework: () => [framework, { roles: null }],
  findItem: () => [framework, firstItem.id],
  findTheme: () => [framework, 'T1'],
  itemsOf: () => [framework, { themeId: 'T1' }],
  scaleOf: () => [framework, 'T1'],
  levelOf: () => [scale, scale.levels[0]!.value],
  nearestLevelOf: () => [scale, 1.4],
  scaleRangeOf: () => [scale],
  diffFrameworks: () => [framework, framework],
  // Answers and scores
  parseAnswersCsv: () => [csv, { framework }],
  safeParseAnswersCsv: () => [csv, { framework }],
  parseAnswersJson: () => [json, { framework }],
  safeParseAnswersJson: () => [json, { framework }],
  parseAnswersStream: () => [[csv], { framework }],
  scoreAnswers: () => [answers, { framework }],
  scoreAnswersCsv: () => [csv, { framework }],
  scoreAnswersStream: () => [[csv], { framework }],
  scoringSql: () => [framework, { dialect: 'ansi' }],
  buildSurveyInstrument: () => [framework],
  exportAnswersTemplateCsv: () => [framework, { layout: 'long' }],
  generateSyntheticAnswers: () => [{ framework, organisations: organisations.slice(0, 2), seed: 1 }],
  generateSyntheticOutcomes: () => [{ framework, organisations: organisations.slice(0, 2), seed: 1 }],
  // Analysis
  analyseGaps: () => [organisationScore, { framework }],
  analyseNeeds: () => [organisationScore, { framework }],
  analyseNationalPosition: () => [scores, { framework }],
  analyseBarriers: () => [scores, { framework }],
  analyseOutcomes: () => [scores, { framework, outcomes }],
  analyseNational: () => [scores, { framework }],
  compareRounds: () => [earlier, later, undefined],
  resolveTarget: () => [allianceId, 'T1', { framework }],
  parseOutcomes: () => [outcomes, { maxIssues: 10 }],
  safeParseOutcomes: () => [outcomes, { maxIssues: 10 }],
  parseOutcomesCsv: () => ['organisation_id,value\nwessex,70\n', { name: 'FDS' }],
  safeParseOutcomesCsv: () => ['organisation_id,value\nwessex,70\n', { name: 'FDS' }],
  // Reports
  buildReports: () => [scores, { framework }],
  buildNationalReport: () => [scores, { framework }],
  buildAllianceReport: () => [scores, { framework, organisationId: organisationScore.organisationId }],
  renderMarkdown: () => [reports.national],
  renderHtml: () => [reports.national, undefined],
  exportCsv: () => [reports, { table: 'scores' }],
  csvColumnsOf: () => ['scores'],
  exportJson: () => [reports.national],
  renderBarrierChart: () => [barrierChart, undefined],
  renderChangeChart: () => [changeChart, undefined],
  renderHeatmapChart: () => [heatmapChart, undefined],
  renderRadarChart: () => [radarChart, undefined],
  // Workbooks
  parseAnswersXlsx: () => [workbook, { framework }],
  safeParseAnswersXlsx: () => [workbook, { framework }],
  scoreAnswersXlsx: () => [workbook, { framework }],
  exportReportXlsx: () => [reports],
  exportAnswersTemplateXlsx: () => [framework, { rows: 2 }],
  // SurveyJS
  buildSurveyJsDefinition: () => [framework, { respondentGroups: ['clinical'] }],
  parseSurveyJsResults: () => [surveyJsResults, { framework }],
  safeParseSurveyJsResults: () => [surveyJsResults, { framework }],
  scoreSurveyJsResults: () => [surveyJsResults, { framework }],
  // Programme: data files
  parseOrganisations: () => [organisationsYaml, { file: 'o.yaml' }],
  safeParseOrganisations: () => [organisationsYaml, { file: 'o.yaml' }],
  parseRuleSet: () => [programmeYaml, { file: 'p.yaml' }],
  safeParseRuleSet: () => [programmeEntry.programme2019, undefined],
  // Programme: organisations, roles, accountability
  organisationsAt: () => [on, undefined],
  findAlliance: () => [allianceId, undefined],
  findAllianceByOnsCode: () => ['E56000035', undefined],
  findIcb: () => ['QVV', { date: on }],
  findRegion: () => ['Y58', undefined],
  regionOf: () => [allianceId, undefined],
  alliancesOfIcb: () => ['QVV', on, undefined],
  regionsOf: () => ['wessex', { date: on }],
  successorsOf: () => ['frimley-icb', undefined],
  standardsAt: () => [on, { measure: 'fds-28-day' }],
  findRole: () => ['regional-team', undefined],
  responsibilitiesOf: () => ['regional-team', undefined],
  searchResponsibilities: () => ['funding', undefined],
  describeActor: () => [southWestDirector, undefined],
  accountabilityChainOf: () => [allianceId, undefined],
  requiredSignatoriesOf: () => ['delivery-plan', allianceId, undefined],
  // Programme: the NHS calendar
  financialYearOf: () => [on],
  financialQuarterOf: () => [on],
  isFinancialYear: () => ['2023/24'],
  parseFinancialYear: () => ['2023/24'],
  startOfFinancialYear: () => ['2023/24'],
  endOfFinancialYear: () => ['2023/24'],
  startOfFinancialQuarter: () => ['2023/24', 'Q1'],
  endOfFinancialQuarter: () => ['2023/24', 'Q1'],
  assurancePeriodsOf: () => ['2023/24'],
  // Programme: governance steps
  createDeliveryPlan: () => [createPlan, undefined],
  submitDeliveryPlan: () => [draftPlan, submitPlan, undefined],
  signDeliveryPlan: () => [submittedPlan, signPlan],
  proposeChange: () => [signedOffPlan, changePlan, undefined],
  agreeChange: () => [changedPlan, agreePlanChange, undefined],
  createFundingAgreement: () => [createAgreement, undefined],
  submitFundingAgreement: () => [draftAgreement, submitAgreement, undefined],
  signFundingAgreement: () => [submittedAgreement, signAgreement],
  recordQuarterlyReview: () => [signedOffAgreement, review, undefined],
  proposeAction: () => [reviewed, propose, undefined],
  agreeAction: () => [proposed, agree, undefined],
  holdBackFunding: () => [agreed, holdBack, undefined],
};

const BAD: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['undefined', undefined],
  ["'x'", 'x'],
  ['{}', {}],
];

// ---- The walk ----

type Callable = (...args: unknown[]) => unknown;

function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/** Every function exported by an entry point, once by name, with the entries that export it. */
function exportedFunctions(): Map<string, { readonly fn: Callable; readonly entries: string[] }> {
  const found = new Map<string, { fn: Callable; entries: string[] }>();
  for (const [entry, module] of Object.entries(ENTRIES)) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue; // data: the reference framework, the schemas, the roles, ...
      if (isClass(value) && (value as { prototype: unknown }).prototype instanceof Error) continue; // the error classes
      const seen = found.get(name);
      if (seen && seen.fn !== value) throw new Error(`${name} names two different functions (${seen.entries[0]} and ${entry})`);
      if (seen) seen.entries.push(entry);
      else found.set(name, { fn: value as Callable, entries: [entry] });
    }
  }
  return found;
}

/** What was wrong with how a call failed, or null when it returned or failed as it should. */
function judge(name: string, error: unknown): string | null {
  if (error instanceof ValidationError) return null;
  if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(`${name}: `)) return null;
  const type = error instanceof Error ? error.constructor.name : typeof error;
  return `${type}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

/** Calls a function and judges the way it returned, threw or rejected. */
async function outcomeOf(name: string, fn: Callable, args: readonly unknown[]): Promise<string | null> {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    return judge(name, error);
  }
  if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
    try {
      await (result as PromiseLike<unknown>);
    } catch (error) {
      return judge(name, error);
    }
  }
  return null;
}

const functions = exportedFunctions();

describe('the walk', () => {
  it('covers every entry point: each src/<area>/index.ts but the CLI and internals', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const areas = readdirSync(src, { withFileTypes: true })
      .filter((dirent) => dirent.isDirectory() && existsSync(`${src}${dirent.name}/index.ts`) && !['cli', 'internal'].includes(dirent.name))
      .map((dirent) => `cancer-alliance-framework/${dirent.name}`);
    expect(Object.keys(ENTRIES).sort()).toEqual(['cancer-alliance-framework', ...areas].sort());
  });

  it('has a row of valid arguments for every exported function, and none for a function not exported', () => {
    expect([...functions.keys()].filter((name) => !(name in VALID)).sort()).toEqual([]);
    expect(
      Object.keys(VALID)
        .filter((name) => !functions.has(name))
        .sort(),
    ).toEqual([]);
  });

  it('gives each function all its declared parameters', () => {
    const short = [...functions].filter(([name, { fn }]) => (VALID[name]?.() ?? []).length < fn.length).map(([name]) => name);
    expect(short).toEqual([]);
  });
});

describe.each([...functions.keys()].sort())('%s', (name) => {
  const { fn } = functions.get(name)!;

  it('returns normally with its valid arguments (the row is right)', { timeout: 60_000 }, async () => {
    const args = VALID[name]?.() ?? [];
    let failure: string | null = null;
    try {
      const result = fn(...args);
      if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') await (result as PromiseLike<unknown>);
    } catch (error) {
      failure = error instanceof Error ? `${error.constructor.name}: ${error.message.split('\n')[0]}` : String(error);
    }
    expect(failure).toBeNull();
  });

  it('refuses a wrong value in any argument with a ValidationError, or a TypeError/RangeError naming it', { timeout: 60_000 }, async () => {
    const valid = VALID[name]?.() ?? [];
    const failures: string[] = [];
    for (let position = 0; position < Math.max(valid.length, 1); position++) {
      for (const [label, bad] of BAD) {
        const args = [...valid];
        args[position] = bad;
        const failure = await outcomeOf(name, fn, args);
        if (failure !== null) failures.push(`argument ${position + 1} = ${label}: ${failure}`);
      }
      // An options object's framework, the option most often wrong (a file name, YAML text, a promise).
      const options = valid[position];
      if (options !== null && typeof options === 'object' && !Array.isArray(options) && 'framework' in options) {
        for (const [label, bad] of BAD) {
          const args = [...valid];
          args[position] = { ...options, framework: bad };
          const failure = await outcomeOf(name, fn, args);
          if (failure !== null) failures.push(`argument ${position + 1}.framework = ${label}: ${failure}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
