/**
 * `report --targets <file>`: targets other than the framework's default, read from a JSON or YAML file
 *
 * ```yaml
 * default: 3.5            # every alliance on every theme
 * themes: { T1: 4, T7: 3 } # a theme for every alliance
 * regions: { Y56: 4 }     # every theme of the alliances of a region
 * alliances:
 *   wessex: 4.5           # every theme of one alliance
 *   peninsula: { default: 3.5, T2: 4.5 }  # one alliance: all its themes, and one theme
 * ```
 *
 * and turned into the library's `TargetSpec` (the most specific target applies; docs/analysis.md). Each problem
 * names the file, its line and the key, with a "did you mean" for a theme, region or alliance id that is not known.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { scaleOf, scaleRangeOf, type Framework } from 'cancer-alliance-framework/framework';
import type { TargetSpec } from 'cancer-alliance-framework/analysis';
import { organisations } from 'cancer-alliance-framework/programme';
import { EXIT, type CliFiles } from './io.js';
import { fail, readFile, type Outcome } from './inputs.js';
import { suggestionOf } from './suggest.js';

const TOP_KEYS = ['default', 'themes', 'regions', 'alliances'] as const;

/** The lowest and highest level a target may take: within the scale of the theme, or of every theme when it applies to all. */
function rangeOf(framework: Framework, themeId: string | null): { readonly min: number; readonly max: number } {
  const ranges = (themeId === null ? framework.themes.map((theme) => theme.id) : [themeId]).map((id) => scaleRangeOf(scaleOf(framework, id)));
  return { min: Math.max(...ranges.map((range) => range.min)), max: Math.min(...ranges.map((range) => range.max)) };
}

/** A plain object keyed by ids, whatever they are (an id may be `__proto__`). */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Reads `--targets <file>` and checks it against the framework, the alliances of the answers and the regions of
 * the programme: every key known, every target a number within the scale of the themes it applies to.
 *
 * @param alliances - The organisation ids of the answers: an alliance named in the file must be one of them.
 */
export function loadTargets(io: CliFiles, path: string, framework: Framework, alliances: readonly string[], maxBytes: number | null): Outcome<TargetSpec> {
  const text = readFile(io, path, '--targets file', maxBytes);
  if (!text.ok) return text;
  const lineCounter = new LineCounter();
  const document = parseDocument(text.value, { lineCounter, uniqueKeys: true });
  const hint = '  hint: Write the targets as JSON or YAML, e.g. {"default": 4, "themes": {"T1": 3.5}, "alliances": {"wessex": {"T2": 4.5}}}; docs/cli.md shows more.';
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = error.linePos?.[0].line;
    return fail(EXIT.invalidData, `The --targets file "${path}"${line === undefined ? '' : `, line ${line}`}: ${error.message.split('\n')[0] ?? ''}`, hint);
  }
  const problems: string[] = [];
  const where = (node: YamlNode | null | undefined, key: string) => {
    const line = node?.range === undefined || node.range === null ? undefined : lineCounter.linePos(node.range[0]).line;
    return `${path}${line === undefined ? '' : `, line ${line}`}, ${key}`;
  };
  const themeIds: readonly string[] = framework.themes.map((theme) => theme.id);
  const regionIds: readonly string[] = organisations.regions.map((region) => region.id);

  const numberAt = (node: unknown, key: string, themeId: string | null): number | null => {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${where(node as YamlNode | null, key)}: a target must be a number, e.g. 4; found ${isScalar(node) ? JSON.stringify(node.value) : 'a list or a table'}.`);
      return null;
    }
    const { min, max } = rangeOf(framework, themeId);
    if (value < min || value > max) {
      problems.push(
        `${where(node as YamlNode, key)}: the target ${value} is outside the scale (${min} to ${max}${themeId === null ? ', the scale of every theme' : ` for ${themeId}`}).`,
      );
      return null;
    }
    return value;
  };
  /** The entries of a table, or a problem when it is not one. */
  const entriesOf = (node: unknown, key: string): readonly { readonly key: string; readonly keyNode: YamlNode; readonly value: unknown }[] | null => {
    if (!isMap(node)) {
      problems.push(`${where(node as YamlNode | null, key)}: expected a table of ids and targets.`);
      return null;
    }
    return node.items.map((pair) => {
      const keyNode = pair.key as YamlNode;
      return { key: String(isScalar(keyNode) ? keyNode.value : keyNode), keyNode, value: pair.value };
    });
  };
  const unknown = (keyNode: YamlNode, key: string, what: string, known: readonly string[], extra = '') =>
    problems.push(`${where(keyNode, key)}: ${what}.${extra}${suggestionOf(key.split('.').pop() ?? key, known)}`);

  const spec: {
    national?: number;
    byTheme?: Record<string, number>;
    byRegion?: Record<string, number>;
    byOrganisation?: Record<string, number>;
    byOrganisationTheme?: Record<string, Record<string, number>>;
  } = {};
  const top = entriesOf(document.contents, 'the file');
  if (top === null) return fail(EXIT.invalidData, `The --targets file "${path}" is not a table of targets.`, ...problems.map((p) => `  ${p}`), hint);
  for (const entry of top) {
    switch (entry.key) {
      case 'default': {
        const value = numberAt(entry.value, 'default', null);
        if (value !== null) spec.national = value;
        break;
      }
      case 'themes':
        for (const theme of entriesOf(entry.value, 'themes') ?? []) {
          if (!themeIds.includes(theme.key)) {
            unknown(theme.keyNode, `themes.${theme.key}`, `"${theme.key}" is not a theme of ${framework.id} ${framework.version}`, themeIds);
            continue;
          }
          const value = numberAt(theme.value, `themes.${theme.key}`, theme.key);
          if (value !== null) (spec.byTheme ??= record())[theme.key] = value;
        }
        break;
      case 'regions':
        for (const region of entriesOf(entry.value, 'regions') ?? []) {
          const id = region.key.toUpperCase();
          if (!regionIds.includes(id)) {
            unknown(
              region.keyNode,
              `regions.${region.key}`,
              `"${region.key}" is not the ODS code of an NHS England region`,
              regionIds,
              ` The regions are ${regionIds.join(', ')}.`,
            );
            continue;
          }
          const value = numberAt(region.value, `regions.${region.key}`, null);
          if (value !== null) (spec.byRegion ??= record())[id] = value;
        }
        break;
      case 'alliances':
        for (const alliance of entriesOf(entry.value, 'alliances') ?? []) {
          if (!alliances.includes(alliance.key)) {
            unknown(alliance.keyNode, `alliances.${alliance.key}`, `"${alliance.key}" is not an organisation of the answers`, alliances);
            continue;
          }
          if (!isMap(alliance.value)) {
            const value = numberAt(alliance.value, `alliances.${alliance.key}`, null);
            if (value !== null) (spec.byOrganisation ??= record())[alliance.key] = value;
            continue;
          }
          for (const theme of entriesOf(alliance.value, `alliances.${alliance.key}`) ?? []) {
            const key = `alliances.${alliance.key}.${theme.key}`;
            if (theme.key === 'default') {
              const value = numberAt(theme.value, key, null);
              if (value !== null) (spec.byOrganisation ??= record())[alliance.key] = value;
            } else if (!themeIds.includes(theme.key)) {
              unknown(theme.keyNode, key, `"${theme.key}" is not a theme of ${framework.id} ${framework.version} (nor "default")`, [...themeIds, 'default']);
            } else {
              const value = numberAt(theme.value, key, theme.key);
              if (value !== null) ((spec.byOrganisationTheme ??= record())[alliance.key] ??= record())[theme.key] = value;
            }
          }
        }
        break;
      default:
        unknown(entry.keyNode, entry.key, `"${entry.key}" is not a key of a targets file; the keys are ${TOP_KEYS.join(', ')}`, TOP_KEYS);
    }
  }
  if (problems.length > 0) {
    return fail(
      EXIT.invalidData,
      `The --targets file "${path}" has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:`,
      ...problems.map((p) => `  ${p}`),
      hint,
    );
  }
  return { ok: true, value: spec };
}
