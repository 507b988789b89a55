import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

/** The YAML of a version of the reference framework. */
export const referenceYaml = (version: '1.0.0' | '1.1.0'): string => readRepoFile(`framework-data/effective-cancer-alliance-${version}.yaml`);
export const sevenThemesYaml = (): string => readRepoFile('test/framework/fixtures/seven-themes.yaml');

/** A minimal valid framework file, small enough to read in a test, with lines numbered from 1. */
export const minimalYaml = `id: tiny
version: 1.0.0
title: Tiny
provenance:
  author: Tests
  status: draft
  statement: A tiny framework.
idPatterns:
  theme: '^T[0-9]+$'
  conditionOfSuccess: '^{theme}\\.C[0-9]+$'
  enablingFactor: '^{theme}\\.E[0-9]+$'
scales:
  - id: three
    title: Three levels
    levels:
      - { value: 1, label: Low, descriptor: Low. }
      - { value: 2, label: Mid, descriptor: Mid. }
      - { value: 3, label: High, descriptor: High. }
defaultTarget: 2
themes:
  - id: T1
    title: One
    whatGoodLooksLike: Good.
    supportedBy: [regional-team]
    conditionsOfSuccess:
      - id: T1.C1
        text: A behaviour.
      - id: T1.C2
        text: Another behaviour.
    enablingFactors:
      - id: T1.E1
        text: An enabler.
        enables: [T1.C1]
`;
