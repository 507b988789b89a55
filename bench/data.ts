/**
 * The benchmark datasets, made deterministically from a seed (mulberry32, src/internal/random.ts): every
 * respondent answers every item of the reference framework, in the wide CSV layout (one row per respondent, one
 * column per item), so that the number of answers is organisations × respondents × 80.
 *
 * - national: the 21 Cancer Alliances of 2022/23 × 40 respondents × 80 items = 67,200 answers (≈ 0.2 MB of CSV);
 * - large: 2,000 organisations × 50 respondents × 80 items = 8,000,000 answers (≈ 17 MB of CSV), as a
 *   programme-wide use or another framework would bring;
 * - scaled, for the scaling table: 1, 4, 16 and 64 times the national size (21 × factor organisations × 40
 *   respondents × 80 items).
 *
 * About 3% of the answers are "DK" (don't know) and 2% "NA" (not applicable); the rest are scale values 1..5,
 * drawn around a latent maturity per organisation, theme and item. No respondent groups (the scoring rows
 * with groups add them, see `withGroups`).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itemsOf } from '../src/framework/lookup.js';
import type { Framework } from '../src/framework/schema.js';
import { mulberry32 } from '../src/internal/random.js';
import { organisationsAt } from '../src/programme/index.js';

/** A benchmark size. */
export type SizeName = 'national' | 'large';

/** The shape of one dataset. */
export interface DatasetSpec {
  readonly size: SizeName;
  readonly organisations: readonly string[];
  readonly respondents: number;
  readonly seed: number;
}

/** The 21 alliances of 2022/23 (the day before the East of England alliances merged). */
export function nationalOrganisations(): readonly string[] {
  return organisationsAt(new Date(2023, 2, 31)).alliances.map((alliance) => alliance.id as string);
}

/** `count` organisation ids `org-0001`, `org-0002`, … */
function syntheticOrganisations(count: number): readonly string[] {
  return Array.from({ length: count }, (_, i) => `org-${String(i + 1).padStart(4, '0')}`);
}

/** The two dataset shapes of the benchmark. */
export function datasetSpec(size: SizeName): DatasetSpec {
  if (size === 'national') return { size, organisations: nationalOrganisations(), respondents: 40, seed: 20240401 };
  return { size, organisations: syntheticOrganisations(2000), respondents: 50, seed: 20240402 };
}

/** The factors of the national size that the scaling table measures. */
export const SCALES = [1, 4, 16, 64] as const;

/**
 * A dataset `factor` times the national size: 21 × factor organisations (`org-0001`, …) of 40 respondents each,
 * 67,200 × factor answers, drawn like the others (its own seed per factor).
 */
export function scaledSpec(factor: number): DatasetSpec {
  return { size: 'national', organisations: syntheticOrganisations(21 * factor), respondents: 40, seed: 20240500 + factor };
}

/** The number of answers of a dataset: every respondent answers every item. */
export function answerCount(spec: DatasetSpec, framework: Framework): number {
  return spec.organisations.length * spec.respondents * itemsOf(framework).length;
}

/** The text of the levels 1..5. */
const LEVELS = ['1', '2', '3', '4', '5'] as const;

/** The respondent id of respondent r (from 0), e.g. `r007`. */
function respondentId(r: number): string {
  return `r${String(r + 1).padStart(3, '0')}`;
}

/**
 * The wide CSV of a dataset: `organisation_id,respondent_id,T1.C1,...,T8.E5`, then one row per respondent.
 * Values are `1`..`5`, `DK` or `NA`; the same spec always gives the same text.
 */
export function wideCsv(spec: DatasetSpec, framework: Framework): string {
  const items = itemsOf(framework);
  const random = mulberry32(spec.seed);
  const parts: string[] = [`organisation_id,respondent_id,${items.map((ref) => ref.item.id).join(',')}\n`];
  const themeCount = framework.themes.length;
  const itemOffset = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) itemOffset[i] = (random() - 0.5) * 0.8;
  const themeOffset = new Float64Array(themeCount);
  const cells: string[] = new Array<string>(items.length + 2);
  for (const organisation of spec.organisations) {
    const base = 1.6 + random() * 2.4;
    for (let t = 0; t < themeCount; t++) themeOffset[t] = (random() - 0.5) * 1.2;
    cells[0] = organisation;
    for (let r = 0; r < spec.respondents; r++) {
      const personal = (random() - 0.5) * 0.8;
      cells[1] = respondentId(r);
      for (let i = 0; i < items.length; i++) {
        const draw = random();
        if (draw < 0.03) cells[i + 2] = 'DK';
        else if (draw < 0.05) cells[i + 2] = 'NA';
        else {
          const latent = base + themeOffset[items[i]!.themeIndex]! + itemOffset[i]! + personal + (random() - 0.5) * 1.6;
          cells[i + 2] = LEVELS[Math.min(5, Math.max(1, Math.round(latent))) - 1]!;
        }
      }
      parts.push(`${cells.join(',')}\n`);
    }
  }
  return parts.join('');
}

/** A dataset written to a file in the system's temporary folder. */
export interface DatasetFile {
  readonly spec: DatasetSpec;
  readonly path: string;
  readonly bytes: number;
  readonly answers: number;
}

/** The folder the benchmark writes its CSV files to (never the repository). */
export function benchFolder(): string {
  const folder = join(tmpdir(), 'caf-bench');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Writes a dataset's wide CSV to the temporary folder (again each time, so a stale file is never used). */
export function writeDataset(size: SizeName, framework: Framework): DatasetFile {
  return writeSpec(datasetSpec(size), `answers-${size}-wide.csv`, framework);
}

/** Writes the dataset `factor` times the national size (see `scaledSpec`). */
export function writeScaled(factor: number, framework: Framework): DatasetFile {
  return writeSpec(scaledSpec(factor), `answers-national-x${factor}-wide.csv`, framework);
}

function writeSpec(spec: DatasetSpec, name: string, framework: Framework): DatasetFile {
  const path = join(benchFolder(), name);
  writeFileSync(path, wideCsv(spec, framework), 'utf8');
  return { spec, path, bytes: statSync(path).size, answers: answerCount(spec, framework) };
}

/** The group of respondent r when a scoring row adds respondent groups: three groups, dealt in turn. */
export const GROUPS = ['clinical', 'core-team', 'partner'] as const;

/**
 * The same answers with respondent groups: each respondent in one of three groups by their number (r001 in the
 * first, r002 in the second, ...), as frozen new answers in a frozen array, as ingestion returns them.
 */
export function withGroups<T extends { readonly respondentId: string }>(answers: readonly T[]): readonly (T & { readonly respondentGroup: string })[] {
  return Object.freeze(answers.map((answer) => Object.freeze({ ...answer, respondentGroup: GROUPS[Number(answer.respondentId.slice(1)) % GROUPS.length]! })));
}
