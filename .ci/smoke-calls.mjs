// One real call per entry point of the package, the same in Node (ESM and CJS) and in the browser bundle: each takes
// the entry's module and returns a short text that the smoke test compares with what it expects. Plain JavaScript
// with no Node API, so that the browser bundle can hold it. Used by .ci/smoke-node.mjs and .ci/smoke.mjs.

/** The entry points, by `exports` subpath. */
export const ENTRIES = ['.', './framework', './programme', './assessment', './analysis', './report', './xlsx', './surveyjs', './schemas'];

/** What each call gives when the package works. */
export const EXPECTED = {
  '.': 'framework 13 themes; csv 2 answers, 1 organisation scored; json 1 answer',
  './framework': 'T1.E1 enabler; 5 levels; versions 1.0.0 (8 themes) 1.1.0 (13 themes); T3.C3 is T9.C2',
  './programme': '2023/24 2024/25 Q4',
  './assessment': '130 questions; a long template of 131 lines',
  './analysis': 'national position of 1 organisation(s)',
  './report': 'report set of 1 alliance report(s); markdown starts "#"',
  './xlsx': 'the template read back: 0 answers, 0 issues',
  './surveyjs': 'a definition of 14 pages read back: 2 answers, 0 issues',
  './schemas': 'FrameworkSchema accepts the reference framework; JSON Schema 2020-12',
};

const CSV = 'organisation_id,respondent_id,item_id,answer\nwessex,r1,T1.C1,3\nwessex,r2,T1.C1,Emerging\n';

/** The calls, by entry point; `root` is the root entry, for the framework that the other calls need. */
export const CALLS = {
  '.': (lib) => {
    const framework = lib.parseFramework(JSON.stringify(lib.effectiveCancerAllianceFramework));
    const scored = lib.scoreAnswersCsv(CSV, { framework });
    const json = lib.parseAnswersJson(JSON.stringify([{ organisationId: 'wessex', respondentId: 'r1', itemId: 'T1.C1', answer: 4 }]), { framework });
    return `framework ${framework.themes.length} themes; csv ${lib.parseAnswersCsv(CSV, { framework }).answers.length} answers, ${scored.scores.organisations.length} organisation scored; json ${json.answers.length} answer`;
  },
  './framework': (lib) =>
    `T1.E1 ${lib.findItem(lib.effectiveCancerAllianceFramework, 'T1.E1').kind}; ${lib.scaleOf(lib.effectiveCancerAllianceFramework).levels.length} levels; versions ${Object.entries(
      lib.referenceFrameworks,
    )
      .map(([version, framework]) => `${version} (${framework.themes.length} themes)`)
      .join(' ')}; T3.C3 is ${lib.referenceFrameworkMappings['1.0.0 to 1.1.0'].itemMapping['T3.C3']}`,
  './programme': (lib) => `${lib.financialYearOf(new Date(2024, 2, 31))} ${lib.financialYearOf(new Date(2024, 3, 1))} ${lib.financialQuarterOf(new Date(2024, 0, 15))}`,
  './assessment': (lib, root) =>
    `${lib.buildSurveyInstrument(root.effectiveCancerAllianceFramework).questionCount} questions; a long template of ${
      lib.exportAnswersTemplateCsv(root.effectiveCancerAllianceFramework, { layout: 'long' }).split('\r\n').filter(Boolean).length
    } lines`,
  './analysis': (lib, root) => {
    const framework = root.effectiveCancerAllianceFramework;
    const scores = root.scoreAnswersCsv(CSV, { framework }).scores;
    return `national position of ${lib.analyseNationalPosition(scores, { framework }).organisations} organisation(s)`;
  },
  './report': (lib, root) => {
    const framework = root.effectiveCancerAllianceFramework;
    const reports = lib.buildReports(root.scoreAnswersCsv(CSV, { framework }).scores, { framework, synthetic: true });
    return `report set of ${reports.alliances.length} alliance report(s); markdown starts "${lib.renderMarkdown(reports.national).slice(0, 1)}"`;
  },
  './xlsx': (lib, root) => {
    const framework = root.effectiveCancerAllianceFramework;
    const read = lib.parseAnswersXlsx(lib.exportAnswersTemplateXlsx(framework), { framework });
    return `the template read back: ${read.answers.length} answers, ${read.issues.length} issues`;
  },
  './surveyjs': (lib, root) => {
    const framework = root.effectiveCancerAllianceFramework;
    const definition = lib.buildSurveyJsDefinition(framework);
    const read = lib.parseSurveyJsResults(JSON.stringify([{ id: 'r1', data: { organisation: 'wessex', T1_C1: 3, T1_C2: 'dont-know' } }]), { framework });
    return `a definition of ${definition.pages.length} pages read back: ${read.answers.length} answers, ${read.issues.length} issues`;
  },
  './schemas': (lib, root) =>
    `FrameworkSchema ${lib.FrameworkSchema.safeParse(root.effectiveCancerAllianceFramework).success ? 'accepts' : 'refuses'} the reference framework; JSON Schema ${lib.frameworkJsonSchema.$schema.includes('2020-12') ? '2020-12' : lib.frameworkJsonSchema.$schema}`,
};

/**
 * Checks the modules of every entry point: each exports something, and the call gives what is expected. Returns the
 * problems found (none when all is well) and each entry's sorted runtime names.
 */
export function checkEntries(modules) {
  const problems = [];
  const names = {};
  for (const entry of ENTRIES) {
    const lib = modules[entry];
    names[entry] = Object.keys(lib ?? {}).sort();
    if (names[entry].length === 0) {
      problems.push(`${entry}: exports nothing`);
      continue;
    }
    try {
      const got = CALLS[entry](lib, modules['.']);
      if (got !== EXPECTED[entry]) problems.push(`${entry}: the call gave "${got}", expected "${EXPECTED[entry]}"`);
    } catch (error) {
      problems.push(`${entry}: the call threw ${error?.stack ?? error}`);
    }
  }
  return { problems, names };
}
