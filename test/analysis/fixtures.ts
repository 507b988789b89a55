import type { OrganisationId } from '../../src/assessment/answer.js';
import type { Agreement, AssessmentScores, ItemScore, OrganisationScore, ThemeScore } from '../../src/assessment/score-types.js';
import { itemsOf, nearestLevelOf, scaleOf } from '../../src/framework/lookup.js';
import { FrameworkSchema, type Framework, type FrameworkInput, type ItemId, type ThemeId } from '../../src/framework/schema.js';
import { deepFreeze } from '../../src/internal/freeze.js';

const NO_AGREEMENT: Agreement = { n: 0, sd: null, index: null, low: false };

const PROVENANCE = {
  author: 'test',
  status: 'draft',
  statement: 'A framework made for the analysis tests.',
} as const;

/**
 * The small framework of the hand-worked examples (docs/analysis.md): two themes, each with two
 * Conditions of Success and two Enabling Factors (E1 enables C1, E2 enables C2), a 1..5 scale and a
 * default target of 4.
 */
export const miniFramework: Framework = FrameworkSchema.parse({
  id: 'mini-framework',
  version: '1.0.0',
  title: 'Mini framework',
  provenance: PROVENANCE,
  scales: [
    {
      id: 'five',
      title: 'Five levels',
      levels: [
        { value: 1, label: 'Not started', descriptor: 'Not in place.' },
        { value: 2, label: 'Emerging', descriptor: 'Early.' },
        { value: 3, label: 'Developing', descriptor: 'In parts.' },
        { value: 4, label: 'Maturing', descriptor: 'Established.' },
        { value: 5, label: 'Thriving', descriptor: 'Embedded.' },
      ],
    },
  ],
  defaultTarget: 4,
  themes: [
    {
      id: 'T1',
      title: 'Shared vision and planning',
      whatGoodLooksLike: 'Partners share a clear vision, and an annual plan turns it into deliverables.',
      conditionsOfSuccess: [
        { id: 'T1.C1', text: 'Partners agree a shared vision.' },
        { id: 'T1.C2', text: 'The annual plan has owners and timescales.' },
      ],
      enablingFactors: [
        { id: 'T1.E1', text: 'A written strategy.', enables: ['T1.C1'] },
        { id: 'T1.E2', text: 'An annual planning cycle.', enables: ['T1.C2'] },
      ],
      supportedBy: ['regional-team'],
    },
    {
      id: 'T2',
      title: 'Data and insight',
      whatGoodLooksLike: 'Partners use timely data to find unwarranted variation and act on it.',
      conditionsOfSuccess: [
        { id: 'T2.C1', text: 'Decisions use timely data.' },
        { id: 'T2.C2', text: 'Variation is found and acted on.' },
      ],
      enablingFactors: [
        { id: 'T2.E1', text: 'An analytical team.', enables: ['T2.C1'] },
        { id: 'T2.E2', text: 'A shared dashboard.', enables: ['T2.C2'] },
      ],
      supportedBy: ['national-team', 'regional-team'],
    },
  ],
} satisfies FrameworkInput);

/**
 * A framework of `themes` themes, each with `conditions` conditions and `enablers` enablers (enabler k
 * enables condition k when there is one), on a scale with the given level values.
 */
export function makeFramework(options: {
  readonly themes: number;
  readonly levels: readonly number[];
  readonly target: number;
  readonly conditions?: number;
  readonly enablers?: number;
}): Framework {
  const conditions = options.conditions ?? 2;
  const enablers = options.enablers ?? 2;
  return FrameworkSchema.parse({
    id: 'generated-framework',
    version: '1.0.0',
    title: 'Generated framework',
    provenance: PROVENANCE,
    scales: [
      {
        id: 'scale',
        title: 'Scale',
        levels: options.levels.map((value) => ({ value, label: `Level ${value}`, descriptor: `Level ${value}.` })),
      },
    ],
    defaultTarget: options.target,
    themes: Array.from({ length: options.themes }, (_, t) => ({
      id: `T${t + 1}`,
      title: `Theme ${t + 1}`,
      whatGoodLooksLike: `Good looks like theme ${t + 1}.`,
      conditionsOfSuccess: Array.from({ length: conditions }, (_, c) => ({ id: `T${t + 1}.C${c + 1}`, text: `Condition ${c + 1}.` })),
      enablingFactors: Array.from({ length: enablers }, (_, e) => ({
        id: `T${t + 1}.E${e + 1}`,
        text: `Enabler ${e + 1}.`,
        enables: e < conditions ? [`T${t + 1}.C${e + 1}`] : [],
      })),
      supportedBy: [],
    })),
  } satisfies FrameworkInput);
}

function weightedMean(values: readonly { readonly value: number; readonly weight: number }[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of values) {
    sum += value * weight;
    weights += weight;
  }
  return sum / weights;
}

/**
 * Builds an organisation's scores by hand, the way the scoring engine does: each item's score is given;
 * a theme's score is the weighted mean of its scored items (conditions and enablers separately too),
 * its level the nearest scale level, coverage scored / items, sufficient when coverage >= minCoverage.
 * Item scores not given are unscored. Theme fields can be overridden.
 */
export function makeOrganisationScore(
  framework: Framework,
  organisationId: string,
  itemScores: Readonly<Record<string, number | null>>,
  options?: {
    readonly minCoverage?: number;
    readonly themes?: Readonly<Record<string, Partial<ThemeScore>>>;
  },
): OrganisationScore {
  const minCoverage = options?.minCoverage ?? 0.5;
  const items: ItemScore[] = itemsOf(framework).map((ref) => {
    const score = itemScores[ref.item.id] ?? null;
    const level = score === null ? null : nearestLevelOf(scaleOf(framework, ref.theme.id), score).value;
    return {
      itemId: ref.item.id,
      themeId: ref.theme.id,
      kind: ref.kind,
      n: score === null ? 0 : 1,
      score,
      mean: score,
      median: score,
      sd: null,
      min: score,
      max: score,
      dontKnow: 0,
      notApplicable: 0,
      respondents: score === null ? 0 : 1,
      missing: score === null ? 1 : 0,
      level,
      unscoredReason: score === null ? 'missing' : null,
      agreement: NO_AGREEMENT,
    };
  });
  const themes: ThemeScore[] = framework.themes.map((theme) => {
    const refs = itemsOf(framework).filter((ref) => ref.theme.id === theme.id);
    const scored = refs
      .map((ref) => ({ ref, value: itemScores[ref.item.id] ?? null }))
      .filter((entry): entry is { ref: (typeof refs)[number]; value: number } => entry.value !== null);
    const of = (kind?: 'condition' | 'enabler') =>
      weightedMean(scored.filter((entry) => kind === undefined || entry.ref.kind === kind).map((entry) => ({ value: entry.value, weight: entry.ref.item.weight })));
    const score = of();
    const coverage = scored.length / refs.length;
    const base: ThemeScore = {
      themeId: theme.id,
      score,
      conditionsScore: of('condition'),
      enablersScore: of('enabler'),
      level: score === null ? null : nearestLevelOf(scaleOf(framework, theme.id), score).value,
      scoredItems: scored.length,
      items: refs.length,
      coverage,
      sufficient: coverage >= minCoverage,
      agreement: NO_AGREEMENT,
      respondentScores: [],
    };
    return { ...base, ...(options?.themes?.[theme.id] ?? {}) };
  });
  return deepFreeze({
    kind: 'organisation-score',
    method: {
      id: 'caf-default',
      version: '1.0.0',
      options: { itemStatistic: 'mean', minCoverage, minGroupSize: 3, minRespondents: 1, lowAgreementBelow: 0.5, maxGroupDifferences: 10 },
    },
    framework: { id: framework.id, version: framework.version },
    organisationId: organisationId as OrganisationId,
    respondents: 1,
    answers: items.filter((item) => item.score !== null).length,
    unscoredReason: null,
    items,
    themes,
    groups: [],
    groupDifferences: [],
  } satisfies OrganisationScore);
}

/** Item scores per theme as [C1, C2, E1, E2] rows, for the mini framework (null = unscored). */
export function miniItems(rows: Readonly<Record<'T1' | 'T2', readonly (number | null)[]>>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const themeId of ['T1', 'T2'] as const) {
    const [c1, c2, e1, e2] = rows[themeId];
    out[`${themeId}.C1`] = c1 ?? null;
    out[`${themeId}.C2`] = c2 ?? null;
    out[`${themeId}.E1`] = e1 ?? null;
    out[`${themeId}.E2`] = e2 ?? null;
  }
  return out;
}

/** Wraps organisation scores as AssessmentScores (in organisation id order, as the scoring engine gives them). */
export function makeAssessmentScores(framework: Framework, organisations: readonly OrganisationScore[]): AssessmentScores {
  const first = organisations[0];
  return deepFreeze({
    kind: 'assessment-scores',
    method: first?.method ?? {
      id: 'caf-default',
      version: '1.0.0',
      options: { itemStatistic: 'mean', minCoverage: 0.5, minGroupSize: 3, minRespondents: 1, lowAgreementBelow: 0.5, maxGroupDifferences: 10 },
    },
    framework: { id: framework.id, version: framework.version },
    organisations: [...organisations].sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0)),
  } satisfies AssessmentScores);
}

/** A deep copy made through JSON, to check that results are JSON-safe. */
export function jsonRoundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type { ItemId, ThemeId };
