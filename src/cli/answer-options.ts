import type { AnswerSpellings, OrganisationsOption } from 'cancer-alliance-framework/assessment';
import { parse as parseYaml } from 'yaml';
import { EXIT, type CliFiles } from './io.js';
import { fail, readFile, type Outcome } from './inputs.js';

/** The answers options the CLI's flags give: `--organisations`, `--spellings`. */
export interface AnswerFlags {
  /** `--organisations`: `programme`, `any`, or the path of a list; undefined for the default. */
  readonly organisations: string | undefined;
  /** `--spellings <file>`; undefined when not given. */
  readonly spellings: string | undefined;
}

/** The library options that `--organisations` and `--spellings` stand for. */
export interface AnswerSettings {
  readonly organisations?: OrganisationsOption;
  readonly spellings?: AnswerSpellings;
}

/** Reads a JSON or YAML file (by its name: .json is JSON, anything else YAML, which JSON is too) as a value. */
function readData(io: CliFiles, path: string, what: string, maxBytes: number | null): Outcome<unknown> {
  const text = readFile(io, path, what, maxBytes);
  if (!text.ok) return text;
  try {
    return { ok: true, value: /\.json$/i.test(path) ? (JSON.parse(text.value) as unknown) : (parseYaml(text.value, { maxAliasCount: 100 }) as unknown) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(EXIT.invalidData, `Cannot read the ${what} "${path}": ${reason}.`, '  hint: Write it as JSON or YAML; docs/cli.md shows an example.');
  }
}

const ANSWERS = new Set(['dont-know', 'not-applicable']);

/**
 * Reads the files that `--organisations` and `--spellings` name. An organisations file is a list of ids, or of
 * `{ id, name }`; a spellings file maps each spelling to a level's value, `dont-know` or `not-applicable`.
 */
export function loadAnswerSettings(io: CliFiles, flags: AnswerFlags, maxBytes: number | null): Outcome<AnswerSettings> {
  const settings: { organisations?: OrganisationsOption; spellings?: AnswerSpellings } = {};
  if (flags.organisations === 'programme' || flags.organisations === 'any') settings.organisations = flags.organisations;
  else if (flags.organisations !== undefined) {
    const read = readData(io, flags.organisations, '--organisations file', maxBytes);
    if (!read.ok) return read;
    const list = read.value;
    const valid =
      Array.isArray(list) &&
      list.every(
        (entry: unknown) =>
          (typeof entry === 'string' && entry.trim() !== '') ||
          (entry !== null &&
            typeof entry === 'object' &&
            typeof (entry as { id?: unknown }).id === 'string' &&
            ['string', 'undefined'].includes(typeof (entry as { name?: unknown }).name)),
      );
    if (!valid) {
      return fail(
        EXIT.invalidData,
        `The --organisations file "${flags.organisations}" is not a list of organisations.`,
        '  hint: Give a list of ids (["north", "south"]) or of { id, name } objects, in JSON or YAML; or --organisations any to accept any id.',
      );
    }
    settings.organisations = list as OrganisationsOption;
  }
  if (flags.spellings !== undefined) {
    const read = readData(io, flags.spellings, '--spellings file', maxBytes);
    if (!read.ok) return read;
    const table = read.value;
    const valid =
      table !== null &&
      typeof table === 'object' &&
      !Array.isArray(table) &&
      Object.entries(table).every(([spelling, answer]) => spelling.trim() !== '' && ((typeof answer === 'number' && Number.isFinite(answer)) || ANSWERS.has(answer as string)));
    if (!valid) {
      return fail(
        EXIT.invalidData,
        `The --spellings file "${flags.spellings}" is not a table of spellings.`,
        '  hint: Map each spelling to a level\'s value, dont-know or not-applicable, e.g. {"Bit unsure": "dont-know", "Sometimes": 3}, in JSON or YAML.',
      );
    }
    settings.spellings = table as AnswerSpellings;
  }
  return { ok: true, value: settings };
}
