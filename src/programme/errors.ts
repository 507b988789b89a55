import { formatIssues, type IssueLocation } from '../internal/error.js';
import type { ArtefactKind } from './schema.js';

/**
 * The facts of one problem, without its message: a union on `code`.
 *
 * @category Programme
 */
export type ProgrammeIssueData =
  // Data files
  | {
      /** Why the step or the data was refused. */
      readonly code: 'too-large';
      /** The length of the text. */
      readonly length: number;
      /** The limit. */
      readonly max: number;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'alias-limit';
      /** The most aliases a document may expand. */
      readonly max: number;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'yaml-syntax';
      /** What is wrong. */
      readonly detail: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'schema';
      /** What is wrong. */
      readonly detail: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'duplicate-id';
      /** What kind of thing the id names. */
      readonly kind: string;
      /** The id concerned. */
      readonly id: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-reference';
      /** What kind of thing the id names. */
      readonly kind: string;
      /** The id concerned. */
      readonly id: string;
      /** What refers to it. */
      readonly from: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'invalid-period';
      /** The id concerned. */
      readonly id: string;
      /** The first day. */
      readonly validFrom: string;
      /** The last day. */
      readonly validTo: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'inconsistent-data';
      /** The id concerned. */
      readonly id: string;
      /** What is wrong. */
      readonly detail: string;
    }
  // References in a step
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-alliance';
      /** The alliance id. */
      readonly allianceId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-role';
      /** The role id. */
      readonly roleId: string;
      /** The role ids that exist. */
      readonly known: readonly string[];
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-region';
      /** The region id. */
      readonly regionId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'alliance-not-in-force';
      /** The alliance id. */
      readonly allianceId: string;
      /** The financial year. */
      readonly financialYear: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'rule-set-not-in-force';
      /** The rule set id. */
      readonly ruleSetId: string;
      /** The day (ISO date). */
      readonly date: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'rule-set-mismatch';
      /** What was needed. */
      readonly expected: string;
      /** What was given. */
      readonly actual: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'out-of-order';
      /** When the step was dated (ISO). */
      readonly at: string;
      /** When the record's last step was dated (ISO). */
      readonly previous: string;
    }
  // Who may act
  | {
      /** Why the step or the data was refused. */
      readonly code: 'not-permitted';
      /** The role id. */
      readonly roleId: string;
      /** The step, in words. */
      readonly step: string;
      /** The roles that may take it. */
      readonly allowed: readonly string[];
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'wrong-region';
      /** The role id. */
      readonly roleId: string;
      /** What was needed. */
      readonly expected: string;
      /** What was given. */
      readonly actual?: string | undefined;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'wrong-alliance';
      /** The role id. */
      readonly roleId: string;
      /** What was needed. */
      readonly expected: string;
      /** What was given. */
      readonly actual?: string | undefined;
    }
  // Sign-off
  | {
      /** Why the step or the data was refused. */
      readonly code: 'not-a-signatory';
      /** The role id. */
      readonly roleId: string;
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
      /** The required signatories. */
      readonly required: readonly string[];
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'not-submitted';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'already-submitted';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'already-signed-off';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'duplicate-signature';
      /** The role id. */
      readonly roleId: string;
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'not-signed-off';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  // Changes
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-change';
      /** The change id. */
      readonly changeId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'change-already-in-effect';
      /** The change id. */
      readonly changeId: string;
    }
  // Assurance
  | {
      /** Why the step or the data was refused. */
      readonly code: 'duplicate-review';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'quarter-not-started';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
      /** When the step was dated (ISO). */
      readonly at: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'no-review';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'review-shows-delivering';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'unknown-action';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'action-already-agreed';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'action-not-agreed';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'not-a-funding-action';
      /** The action id. */
      readonly actionId: string;
      /** What kind of thing the id names. */
      readonly kind: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'funding-already-held-back';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** Why the step or the data was refused. */
      readonly code: 'exceeds-funding';
      /** The action id. */
      readonly actionId: string;
      /** The whole pounds the action would hold back. */
      readonly amount: number;
      /** The whole pounds still available. */
      readonly available: number;
    };

/**
 * The code of a programme issue, saying why a step or a data file was refused.
 *
 * @category Programme
 */
export type ProgrammeIssueCode = ProgrammeIssueData['code'];

/**
 * One problem: its facts (a union member on `code`), a message saying what is wrong and what to do,
 * and where it was found.
 *
 * @category Programme
 */
export type ProgrammeIssue = ProgrammeIssueData & {
  /** What is wrong and what to do, for people to read. */
  readonly message: string;
  /** Where it was found: the file, line and column of a data file, or the record's id for a step. */
  readonly location: IssueLocation;
};

const list = (values: readonly string[]): string => (values.length === 0 ? '(none)' : values.join(', '));

const ARTEFACT_NAMES: Readonly<Record<ArtefactKind, string>> = {
  'delivery-plan': 'delivery plan',
  'funding-agreement': 'funding agreement',
};

/** Every message about the programme model is written here, from the issue's facts. */
function messageOf(issue: ProgrammeIssueData): string {
  switch (issue.code) {
    case 'too-large':
      return `the text is ${issue.length} characters, more than the limit of ${issue.max}; split it or raise maxBytes if you trust it`;
    case 'alias-limit':
      return `the YAML uses more than ${issue.max} aliases, which looks like an alias bomb; write the values out in full`;
    case 'yaml-syntax':
      return `YAML syntax error: ${issue.detail}`;
    case 'schema':
      return issue.detail;
    case 'duplicate-id':
      return `the ${issue.kind} id "${issue.id}" is used twice; give each ${issue.kind} its own id`;
    case 'unknown-reference':
      return `${issue.from} refers to the ${issue.kind} "${issue.id}", which is not in the data; fix the id or add the ${issue.kind}`;
    case 'invalid-period':
      return `"${issue.id}" ends (${issue.validTo}) before it starts (${issue.validFrom}); fix validFrom or validTo`;
    case 'inconsistent-data':
      return `"${issue.id}": ${issue.detail}`;
    case 'unknown-alliance':
      return `there is no Cancer Alliance "${issue.allianceId}"; use an id from organisationsAt(date).alliances`;
    case 'unknown-role':
      return `"${issue.roleId}" is not a programme role; use one of: ${list(issue.known)}`;
    case 'unknown-region':
      return `there is no NHS England region "${issue.regionId}"; use an ODS region code such as "Y56"`;
    case 'alliance-not-in-force':
      return `the Cancer Alliance "${issue.allianceId}" is not in force in ${issue.financialYear}; use the alliance in force that year`;
    case 'rule-set-not-in-force':
      return `the rule set "${issue.ruleSetId}" is not in force on ${issue.date}; pass the rule set in force then as options.ruleSet`;
    case 'rule-set-mismatch':
      return `this record was made under the rule set "${issue.expected}" but the step was given "${issue.actual}"; pass the record's own rule set as options.ruleSet`;
    case 'out-of-order':
      return `the step is dated ${issue.at}, before the record's last step (${issue.previous}); steps are recorded in time order`;
    case 'not-permitted':
      return `the role "${issue.roleId}" may not ${issue.step}; under this rule set only ${list(issue.allowed)} may`;
    case 'wrong-region':
      return issue.actual === undefined
        ? `"${issue.roleId}" must name its region; this step needs the ${issue.roleId} of region ${issue.expected}`
        : `"${issue.roleId}" of region ${issue.actual} acts for another region; this step needs the ${issue.roleId} of region ${issue.expected}`;
    case 'wrong-alliance':
      return issue.actual === undefined
        ? `"${issue.roleId}" must name its alliance; this step needs the ${issue.roleId} of "${issue.expected}"`
        : `"${issue.roleId}" of "${issue.actual}" acts for another alliance; this step needs the ${issue.roleId} of "${issue.expected}"`;
    case 'not-a-signatory':
      return `"${issue.roleId}" does not sign a ${ARTEFACT_NAMES[issue.artefact]}; the signatories are: ${list(issue.required)}`;
    case 'not-submitted':
      return `the ${ARTEFACT_NAMES[issue.artefact]} has not been submitted; submit it before it is signed`;
    case 'already-submitted':
      return `the ${ARTEFACT_NAMES[issue.artefact]} has already been submitted`;
    case 'already-signed-off':
      return `the ${ARTEFACT_NAMES[issue.artefact]} is already signed off; propose a change instead`;
    case 'duplicate-signature':
      return `the ${ARTEFACT_NAMES[issue.artefact]} already has the signature of "${issue.roleId}"; each signatory signs once`;
    case 'not-signed-off':
      return `the ${ARTEFACT_NAMES[issue.artefact]} is not signed off yet; finish its sign-off first`;
    case 'unknown-change':
      return `there is no change "${issue.changeId}" on this plan; use an id from plan.changes`;
    case 'change-already-in-effect':
      return `change "${issue.changeId}" is already in effect; nothing to agree`;
    case 'duplicate-review':
      return `${issue.financialYear} ${issue.quarter} has already been reviewed; each quarter is reviewed once`;
    case 'quarter-not-started':
      return `${issue.financialYear} ${issue.quarter} has not started on ${issue.at}; review a quarter once it has begun`;
    case 'no-review':
      return `there is no review of ${issue.financialYear} ${issue.quarter}; record the quarter's review before proposing actions`;
    case 'review-shows-delivering':
      return `the review of ${issue.financialYear} ${issue.quarter} found the alliance delivering; actions are proposed only where it is not`;
    case 'unknown-action':
      return `there is no action "${issue.actionId}"; use an id from agreement.actions`;
    case 'action-already-agreed':
      return `action "${issue.actionId}" is already agreed`;
    case 'action-not-agreed':
      return `action "${issue.actionId}" has not been agreed; funding is held back only by an action the agreeing body has agreed`;
    case 'not-a-funding-action':
      return `action "${issue.actionId}" is a "${issue.kind}" action, not "hold-back-funding"; only such an action holds back funding`;
    case 'funding-already-held-back':
      return `the funding of action "${issue.actionId}" has already been held back`;
    case 'exceeds-funding':
      return `action "${issue.actionId}" would hold back £${issue.amount}, more than the £${issue.available} still available under the agreement`;
  }
}

/**
 * Builds an issue from its facts and where it was found, writing its message.
 *
 * @param data - The issue's facts.
 * @param location - Where it was found.
 * @returns The issue, with its message.
 */
export function programmeIssue(data: ProgrammeIssueData, location: IssueLocation = {}): ProgrammeIssue {
  return Object.freeze({ ...data, message: messageOf(data), location: Object.freeze({ ...location }) }) as ProgrammeIssue;
}

/**
 * The error the programme model throws when a governance step is refused or a data file is invalid.
 * Its `issues` say why, each with a `code`.
 *
 * @example
 * ```ts
 * try {
 *   createDeliveryPlan({
 *     allianceId: 'swag',
 *     financialYear: '2023/24',
 *     by: { roleId: 'regional-director', regionId: 'Y58' },
 *     at: new Date(2023, 3, 3),
 *   });
 * } catch (error) {
 *   if (error instanceof ProgrammeError) error.issues.map((issue) => issue.code); // ['not-permitted']
 * }
 * ```
 * @category Programme
 */
export class ProgrammeError extends Error {
  /** Every problem found. */
  readonly issues: readonly ProgrammeIssue[];

  /**
   * @param issues - The problems, at least one.
   * @param summary - The first line of the message.
   */
  constructor(issues: readonly ProgrammeIssue[], summary = 'The step was refused') {
    super(formatIssues(`${summary}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues));
    this.name = 'ProgrammeError';
    this.issues = Object.freeze([...issues]);
  }
}
