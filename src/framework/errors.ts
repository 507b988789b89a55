import { describeDataFileIssue, isDataFileIssue, type DataFileIssueData } from '../internal/data-file-issues.js';
import { freezeIssue, ValidationError, type IssueLocation } from '../internal/error.js';

/**
 * The kind of an id that a framework declares a pattern for, as `idPatterns` names it.
 *
 * @category Framework
 */
export type IdPatternKind = 'theme' | 'conditionOfSuccess' | 'enablingFactor';

/**
 * What went wrong in a framework file, without its wording: one union member per `code`, each with the data of
 * its kind (the problems every data file can have are {@link DataFileIssueData}). docs/framework-format.md lists every code with what to do.
 *
 * @category Framework
 */
export type FrameworkIssueData =
  | DataFileIssueData
  | {
      /** Two scales, two themes, two items, or an item and a theme share an id. */
      readonly code: 'duplicate-id';
      /** What the id names. */
      readonly kind: 'scale' | 'theme' | 'item';
      /** The id. */
      readonly id: string;
      /** The path to the first use of the id, e.g. `["themes", 0, "conditionsOfSuccess", 0]`. */
      readonly firstPath: readonly (string | number)[];
      /**
       * When the two ids differ in case only (`T1.C1`, `t1.c1`): the first one. Survey answers name items in any
       * case, so such ids cannot be told apart.
       */
      readonly firstId?: string | undefined;
    }
  | {
      /** An enabler's `enables` names no Condition of Success. */
      readonly code: 'dangling-enables';
      /** The enabling factor's id. */
      readonly enablerId: string;
      /** The id it names. */
      readonly targetId: string;
    }
  | {
      /** An enabler's `enables` names a condition of another theme. */
      readonly code: 'enables-other-theme';
      /** The enabling factor's id. */
      readonly enablerId: string;
      /** The condition's id. */
      readonly targetId: string;
      /** The theme the condition belongs to. */
      readonly targetThemeId: string;
    }
  | {
      /** A theme has no Conditions of Success. */
      readonly code: 'no-conditions';
      /** The theme's id. */
      readonly themeId: string;
    }
  | {
      /** A theme has no Enabling Factors. */
      readonly code: 'no-enablers';
      /** The theme's id. */
      readonly themeId: string;
    }
  | {
      /** Two levels of a scale share a value. */
      readonly code: 'duplicate-scale-value';
      /** The scale's id. */
      readonly scaleId: string;
      /** The value given twice. */
      readonly value: number;
    }
  | {
      /** Two levels of a scale share a label, in any case. */
      readonly code: 'duplicate-scale-label';
      /** The scale's id. */
      readonly scaleId: string;
      /** The second label, as written. */
      readonly label: string;
    }
  | {
      /** The levels of a scale are not listed lowest value first. */
      readonly code: 'scale-not-ascending';
      /** The scale's id. */
      readonly scaleId: string;
      /** The levels' values, in the order listed. */
      readonly values: readonly number[];
    }
  | {
      /** `defaultScale` or a theme's `scale` names no scale. */
      readonly code: 'unknown-scale';
      /** The scale id given. */
      readonly scaleId: string;
      /** The ids of the scales declared. */
      readonly known: readonly string[];
    }
  | {
      /** `defaultTarget` is not a level of the default scale. */
      readonly code: 'target-outside-scale';
      /** The target given. */
      readonly target: number;
      /** The default scale's id. */
      readonly scaleId: string;
      /** The scale's values, lowest first. */
      readonly values: readonly number[];
    }
  | {
      /** A declared id pattern is not a regular expression, or one that can take exponential time. */
      readonly code: 'invalid-id-pattern';
      /** Which pattern. */
      readonly kind: IdPatternKind;
      /** The pattern as declared. */
      readonly pattern: string;
      /** Why it cannot be used. */
      readonly detail: string;
    }
  | {
      /** An id does not match its declared pattern. */
      readonly code: 'id-pattern';
      /** What the id names. */
      readonly kind: IdPatternKind;
      /** The id. */
      readonly id: string;
      /** The pattern it was checked against (for items, with `{theme}` replaced by the theme's id). */
      readonly pattern: string;
    }
  | {
      /** A theme's `supportedBy` names a role not in `options.roles`. */
      readonly code: 'unknown-role';
      /** The role id given. */
      readonly roleId: string;
      /** The role ids allowed (`options.roles`). */
      readonly known: readonly string[];
    }
  | {
      /** A `supportedBy` entry names a responsibility that is not one of `options.responsibilities`. */
      readonly code: 'unknown-responsibility';
      /** The entry's role id. */
      readonly roleId: string;
      /** The responsibility id given. */
      readonly responsibilityId: string;
    }
  | {
      /** A `supportedBy` entry names a responsibility that is neither about its role nor names it. */
      readonly code: 'responsibility-not-of-role';
      /** The entry's role id. */
      readonly roleId: string;
      /** The responsibility id given. */
      readonly responsibilityId: string;
      /** The ids of the responsibilities that are about the role or name it, in the order given. */
      readonly known: readonly string[];
    }
  | {
      /** A `supportedBy` entry offers as help a responsibility in `options.notHelp` (a sanction, an assurance or sign-off duty, an accountability note). */
      readonly code: 'responsibility-not-help';
      /** The entry's role id. */
      readonly roleId: string;
      /** The responsibility id given. */
      readonly responsibilityId: string;
    }
  | {
      /** Warning: an item asks two or more things at once (a double-barrelled question). */
      readonly code: 'double-barrelled-item';
      /** The item's id. */
      readonly itemId: string;
      /**
       * What joins the questions: `two-actions` ("and" or "or" before a verb), `two-criteria` (before a preposition or
       * an adverb: "on time and within budget"), `list` (three or more things, after a comma), `two-objects` (any other
       * "and" or "or" outside a proper name), or `two-sentences` (two sentences, or two question marks).
       */
      readonly form: DoubleBarrelledForm;
      /** The words around what joins them, as written, e.g. `"the year and changes course"`. */
      readonly excerpt: string;
    }
  | {
      /** Warning: an item has more words than a respondent takes in at a glance. */
      readonly code: 'long-item';
      /** The item's id. */
      readonly itemId: string;
      /** Its words (runs of characters between white space). */
      readonly words: number;
      /** The most words an item should have (25). */
      readonly max: number;
    }
  | {
      /** Warning: two items of the same kind share so many uncommon words that they may ask the same thing. */
      readonly code: 'near-duplicate-items';
      /** The later item's id (the issue's place). */
      readonly itemId: string;
      /** The earlier item's id. */
      readonly otherItemId: string;
      /** The weight of the shared words over the weight of the lighter item's words, 0 to 1, to two decimals. */
      readonly overlap: number;
      /** The content words the two items share, in the earlier item's order (a name of several words counts as one). */
      readonly sharedWords: readonly string[];
    }
  | {
      /** Warning: two or more items of the same kind carry one of the ideas known to be asked twice. */
      readonly code: 'repeated-concept';
      /** The idea, e.g. `change course on the evidence`. */
      readonly concept: string;
      /** The items that carry it, in framework order; the issue is placed at the second. */
      readonly itemIds: readonly string[];
    }
  | {
      /** Warning: an item rates what others decide: sign-off or approval by another body, or a body of the internal 2019 rules. */
      readonly code: 'outside-control';
      /** The item's id. */
      readonly itemId: string;
      /** The words that name the other body or its approval, as written, e.g. `signed off by`. */
      readonly phrase: string;
    };

/**
 * How a double-barrelled item joins its questions (the `form` of a `double-barrelled-item` warning).
 *
 * @category Framework
 */
export type DoubleBarrelledForm = 'two-actions' | 'two-criteria' | 'list' | 'two-objects' | 'two-sentences';

/**
 * The code of a framework issue, e.g. `'duplicate-id'`.
 *
 * @category Framework
 */
export type FrameworkIssueCode = FrameworkIssueData['code'];

/**
 * One problem found in a framework file: what (`code` and its data), a message saying what is wrong, a hint saying
 * what to do, and where (the YAML line and column, the id path and the enclosing id).
 *
 * @category Framework
 */
export type FrameworkIssue = FrameworkIssueData & {
  /**
   * `error`: the framework cannot be used as it is, and `parseFramework` refuses it. `warning`: a fault of an item's
   * wording that a person should look at (the item rules); the framework loads, and only `lintFramework` reports it.
   */
  readonly severity: 'error' | 'warning';
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it was found. */
  readonly location: IssueLocation;
};

const ID_KIND_NAMES: Readonly<Record<IdPatternKind, string>> = {
  theme: 'theme',
  conditionOfSuccess: 'Condition of Success',
  enablingFactor: 'Enabling Factor',
};

const DOUBLE_BARRELLED: Readonly<Record<DoubleBarrelledForm, string>> = {
  'two-actions': 'two actions',
  'two-criteria': 'two criteria',
  list: 'a list',
  'two-objects': 'two things',
  'two-sentences': 'two sentences',
};

/** The codes of the item rules: warnings, which `parseFramework` does not raise. Every other code is an error. */
const WARNINGS: ReadonlySet<FrameworkIssueCode> = new Set<FrameworkIssueCode>([
  'double-barrelled-item',
  'long-item',
  'near-duplicate-items',
  'repeated-concept',
  'outside-control',
]);

/** Every message and hint about a framework file is written here, from the issue's data. */
function describe(data: FrameworkIssueData): { readonly message: string; readonly hint: string } {
  if (isDataFileIssue(data)) return describeDataFileIssue(data, { file: 'a framework file', guide: 'docs/framework-format.md' });
  switch (data.code) {
    case 'duplicate-id':
      return data.firstId === undefined
        ? {
            message: `the ${data.kind} id "${data.id}" is used twice (first at ${data.firstPath.join('.')})`,
            hint: `Give each ${data.kind} its own id.`,
          }
        : {
            message: `the ${data.kind} id "${data.id}" differs only in case from "${data.firstId}" (at ${data.firstPath.join('.')})`,
            hint: `Give each ${data.kind} an id of its own, not only in case: survey answers may write ids in any case.`,
          };
    case 'dangling-enables':
      return {
        message: `enabling factor "${data.enablerId}" enables "${data.targetId}", which is not a Condition of Success in this framework`,
        hint: 'Fix the id, or remove it from enables.',
      };
    case 'enables-other-theme':
      return {
        message: `enabling factor "${data.enablerId}" enables "${data.targetId}", which is in another theme (${data.targetThemeId})`,
        hint: 'Link an enabling factor only to Conditions of Success of its own theme.',
      };
    case 'no-conditions':
      return {
        message: `theme "${data.themeId}" has no Conditions of Success`,
        hint: 'Add at least one Condition of Success to the theme.',
      };
    case 'no-enablers':
      return {
        message: `theme "${data.themeId}" has no Enabling Factors`,
        hint: 'Add at least one Enabling Factor to the theme.',
      };
    case 'duplicate-scale-value':
      return {
        message: `scale "${data.scaleId}" has two levels with the value ${data.value}`,
        hint: 'Give each level of the scale its own value.',
      };
    case 'duplicate-scale-label':
      return {
        message: `scale "${data.scaleId}" has two levels labelled "${data.label}"`,
        hint: 'Give each level of the scale its own label (labels are compared ignoring case).',
      };
    case 'scale-not-ascending':
      return {
        message: `the levels of scale "${data.scaleId}" are not listed lowest value first (${data.values.join(', ')})`,
        hint: 'List the levels of the scale lowest value first.',
      };
    case 'unknown-scale':
      return {
        message: `there is no scale "${data.scaleId}"`,
        hint: `Use one of: ${data.known.join(', ')}.`,
      };
    case 'target-outside-scale':
      return {
        message: `the default target ${data.target} is not a level of scale "${data.scaleId}"`,
        hint: `Use one of: ${data.values.join(', ')}.`,
      };
    case 'invalid-id-pattern':
      return {
        message: `the id pattern "${data.kind}" is not a valid regular expression (${data.detail})`,
        hint: 'Fix the pattern: a regular expression that does not repeat a group which itself repeats or alternates.',
      };
    case 'id-pattern':
      return {
        message: `the ${ID_KIND_NAMES[data.kind]} id "${data.id}" does not match the declared pattern ${data.pattern}`,
        hint: 'Rename it, or change the pattern in idPatterns.',
      };
    case 'unknown-role':
      return {
        message: `"${data.roleId}" is not a programme role`,
        hint: `Use one of: ${data.known.join(', ')}.`,
      };
    case 'unknown-responsibility':
      return {
        message: `"${data.responsibilityId}" is not a responsibility statement of the programme`,
        hint: `Fix the id: name a statement about the role "${data.roleId}" or one that names it.`,
      };
    case 'responsibility-not-of-role':
      return {
        message: `the responsibility "${data.responsibilityId}" is neither about the role "${data.roleId}" nor names it`,
        hint: data.known.length === 0 ? `The role "${data.roleId}" has no statement: name the role alone, or another role.` : `Use one of: ${data.known.join(', ')}.`,
      };
    case 'responsibility-not-help':
      return {
        message: `the responsibility "${data.responsibilityId}" is a sanction, an assurance or sign-off duty or an accountability note, not help`,
        hint: `Name a statement by which "${data.roleId}" supports alliances, or leave the role out of supportedBy.`,
      };
    case 'double-barrelled-item':
      return {
        message: `item "${data.itemId}" asks more than one thing (${DOUBLE_BARRELLED[data.form]}: ${data.excerpt})`,
        hint: 'Ask one thing per item: keep the main question and move the other to an item of its own, or drop it.',
      };
    case 'long-item':
      return {
        message: `item "${data.itemId}" has ${data.words} words, more than ${data.max}`,
        hint: 'Shorten it: move examples and lists to the theme\'s "what good looks like".',
      };
    case 'near-duplicate-items':
      return {
        message: `items "${data.otherItemId}" and "${data.itemId}" may ask the same thing (they share ${data.sharedWords.join(', ')}; overlap ${Math.round(data.overlap * 100)}%)`,
        hint: 'Merge them if they do; if they do not, word them so that the difference is plain.',
      };
    case 'repeated-concept':
      return {
        message: `items ${data.itemIds.map((id) => `"${id}"`).join(', ')} each ask about "${data.concept}"`,
        hint: 'Ask about it once, in the theme it belongs to, and take it out of the others.',
      };
    case 'outside-control':
      return {
        message: `item "${data.itemId}" rates what others decide ("${data.phrase}")`,
        hint: 'Ask what the alliance itself does or has, e.g. that it prepares the plan, not that another body signs it off.',
      };
  }
  return { message: 'unknown issue', hint: '' };
}

/**
 * Builds a frozen issue from its data and where it was found, writing its message and hint. Internal: issues reach
 * users through errors and {@link lintFramework}.
 */
export function frameworkIssue(data: FrameworkIssueData, location: IssueLocation = {}): FrameworkIssue {
  const { message, hint } = describe(data);
  const severity = WARNINGS.has(data.code) ? 'warning' : 'error';
  return freezeIssue({ ...data, severity, message, hint, location: { ...location } });
}

/**
 * The error {@link parseFramework} throws when a framework file cannot be used.
 * Its `issues` list every problem found, each with its YAML line and column and its id path.
 *
 * @example
 * ```ts
 * try {
 *   parseFramework('id: x', { file: 'x.yaml' });
 * } catch (error) {
 *   if (error instanceof FrameworkError) error.issues.map((issue) => issue.code);
 * }
 * ```
 * @category Framework
 */
export class FrameworkError extends ValidationError<FrameworkIssue> {
  /** Always `'FrameworkError'`. */
  override readonly name = 'FrameworkError';
}

/** The summary line of a {@link FrameworkError}: the file (when named) and how many problems it has. */
export function frameworkSummary(file: string | undefined, count: number): string {
  return `${file ?? 'The framework file'} is not a valid framework: ${count} problem${count === 1 ? '' : 's'}`;
}
