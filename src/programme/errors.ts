import { describeDataFileIssue, isDataFileIssue, type DataFileIssueData } from '../internal/data-file-issues.js';
import { freezeIssue, ValidationError, type IssueLocation } from '../internal/error.js';
import type { ArtefactKind } from './schema.js';

/**
 * The facts of one problem, without its message: a union on `code`.
 *
 * @category Programme
 */
export type ProgrammeIssueData =
  // Data files
  | DataFileIssueData
  | {
      /** Two records of a data file share an id. */
      readonly code: 'duplicate-id';
      /** What kind of thing the id names. */
      readonly kind: string;
      /** The id concerned. */
      readonly id: string;
    }
  | {
      /** A record refers to an id that is not in the data. */
      readonly code: 'unknown-reference';
      /** What kind of thing the id names. */
      readonly kind: string;
      /** The id concerned. */
      readonly id: string;
      /** What refers to it. */
      readonly from: string;
    }
  | {
      /** A record ends (`validTo`) before it starts (`validFrom`). */
      readonly code: 'invalid-period';
      /** The id concerned. */
      readonly id: string;
      /** The first day. */
      readonly validFrom: string;
      /** The last day. */
      readonly validTo: string;
    }
  | {
      /** A fact of the programme's data breaks one of its rules of consistency (`reason` says which). */
      readonly code: 'inconsistent-data';
      /** The id concerned. */
      readonly id: string;
      /**
       * `certainty-without-sources`: a fact has a certainty but no sources entry; `sources-without-certainty`: the
       * reverse; `missing-fact`: an entity with predecessors gives them no certainty; `verified-without-address`: a fact
       * marked verified (or a public-source basis) cites no source with an address or the seed;
       * `outside-validity`: a membership or ODS code is dated outside the days of its ICB or alliance;
       * `overlapping-periods`: an ODS code held by two ICB versions at once, or an ICB listed twice at once in one
       * alliance; `succession-dates`: a predecessor does not end the day before its successor starts;
       * `planned-not-after-as-at`: a planned change is expected on or before the data's `asAt`; `quote-not-in-text`: a
       * seed basis quotes words that are not in the statement it cites; `signatories-not-listed`: an artefact's
       * `signedBy` names no roles.
       */
      readonly reason:
        | 'certainty-without-sources'
        | 'sources-without-certainty'
        | 'missing-fact'
        | 'verified-without-address'
        | 'outside-validity'
        | 'overlapping-periods'
        | 'succession-dates'
        | 'planned-not-after-as-at'
        | 'quote-not-in-text'
        | 'signatories-not-listed';
      /** The fact concerned, e.g. `name`, `sources.validity`, `member frimley-icb` or `predecessor frimley-icb`. */
      readonly fact: string;
      /** What was expected, when it helps: the day a predecessor should end, or the ICB already holding the code. */
      readonly expected?: string | undefined;
    }
  // References in a step
  | {
      /** A step names a Cancer Alliance that is not in the data. */
      readonly code: 'unknown-alliance';
      /** The alliance id. */
      readonly allianceId: string;
    }
  | {
      /** A step names a role that the record's rule set does not have. */
      readonly code: 'unknown-role';
      /** The role id. */
      readonly roleId: string;
      /** The role ids that exist. */
      readonly known: readonly string[];
    }
  | {
      /** A step names an NHS England region that is not in the data. */
      readonly code: 'unknown-region';
      /** The region id. */
      readonly regionId: string;
    }
  | {
      /** The alliance is not in force in the financial year of the record. */
      readonly code: 'alliance-not-in-force';
      /** The alliance id. */
      readonly allianceId: string;
      /** The financial year. */
      readonly financialYear: string;
    }
  | {
      /** The rule set is not in force on the day of the step. */
      readonly code: 'rule-set-not-in-force';
      /** The rule set id. */
      readonly ruleSetId: string;
      /** The day (ISO date). */
      readonly date: string;
    }
  | {
      /** The step was given another rule set than the one the record was made under. */
      readonly code: 'rule-set-mismatch';
      /** What was needed. */
      readonly expected: string;
      /** What was given. */
      readonly actual: string;
    }
  | {
      /** The step is dated before the record's last step. */
      readonly code: 'out-of-order';
      /** When the step was dated (ISO). */
      readonly at: string;
      /** When the record's last step was dated (ISO). */
      readonly previous: string;
    }
  // Who may act
  | {
      /** The role may not take this step under the rule set. */
      readonly code: 'not-permitted';
      /** The role id. */
      readonly roleId: string;
      /** The step, in words. */
      readonly step: string;
      /** The roles that may take it. */
      readonly allowed: readonly string[];
    }
  | {
      /** The role acts for another region than the record's, or does not name its region. */
      readonly code: 'wrong-region';
      /** The role id. */
      readonly roleId: string;
      /** What was needed. */
      readonly expected: string;
      /** What was given. */
      readonly actual?: string | undefined;
    }
  | {
      /** The role acts for another alliance than the record's, or does not name its alliance. */
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
      /** The role does not sign this kind of artefact off. */
      readonly code: 'not-a-signatory';
      /** The role id. */
      readonly roleId: string;
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
      /** The required signatories. */
      readonly required: readonly string[];
    }
  | {
      /** The artefact is signed before it is submitted. */
      readonly code: 'not-submitted';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** The artefact is submitted a second time. */
      readonly code: 'already-submitted';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** The artefact is already signed off. */
      readonly code: 'already-signed-off';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** The role has already signed the artefact. */
      readonly code: 'duplicate-signature';
      /** The role id. */
      readonly roleId: string;
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  | {
      /** The step needs the artefact signed off first. */
      readonly code: 'not-signed-off';
      /** The kind of artefact. */
      readonly artefact: ArtefactKind;
    }
  // Changes
  | {
      /** The plan has no change with that id. */
      readonly code: 'unknown-change';
      /** The change id. */
      readonly changeId: string;
    }
  | {
      /** The change is already in effect. */
      readonly code: 'change-already-in-effect';
      /** The change id. */
      readonly changeId: string;
    }
  // Assurance
  | {
      /** The quarter reviewed has not started on the day of the review. */
      readonly code: 'quarter-not-started';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
      /** When the step was dated (ISO). */
      readonly at: string;
    }
  | {
      /** An action needs a review of the quarter, and there is none. */
      readonly code: 'no-review';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
    }
  | {
      /** The latest review of the quarter does not warrant the action. */
      readonly code: 'action-not-warranted';
      /** The financial year. */
      readonly financialYear: string;
      /** The quarter. */
      readonly quarter: string;
      /** What the quarter's latest review found. */
      readonly assessment: string;
      /** The findings after which the rule set lets actions be proposed. */
      readonly required: readonly string[];
    }
  | {
      /** The agreement has no action with that id. */
      readonly code: 'unknown-action';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** The action is already agreed. */
      readonly code: 'action-already-agreed';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** The action has not been agreed. */
      readonly code: 'action-not-agreed';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** The action is not one that holds funding back. */
      readonly code: 'not-a-funding-action';
      /** The action id. */
      readonly actionId: string;
      /** What kind of thing the id names. */
      readonly kind: string;
    }
  | {
      /** The action's funding is already held back. */
      readonly code: 'funding-already-held-back';
      /** The action id. */
      readonly actionId: string;
    }
  | {
      /** Holding the amount back would take more than the funding still available. */
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
 * One problem: its facts (a union member on `code`), a message saying what is wrong, a hint saying what to do, and
 * where it was found.
 *
 * @category Programme
 */
export type ProgrammeIssue = ProgrammeIssueData & {
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it was found: the file, line and column of a data file, or the record's id for a step. */
  readonly location: IssueLocation;
};

const list = (values: readonly string[]): string => (values.length === 0 ? '(none)' : values.join(', '));

const ARTEFACT_NAMES: Readonly<Record<ArtefactKind, string>> = {
  'delivery-plan': 'delivery plan',
  'funding-agreement': 'funding agreement',
};

/** Every message and hint about the programme model is written here, from the issue's facts. */
function describe(issue: ProgrammeIssueData): { readonly message: string; readonly hint: string } {
  if (isDataFileIssue(issue)) return describeDataFileIssue(issue, { file: 'a programme data file', guide: 'docs/programme.md' });
  switch (issue.code) {
    case 'duplicate-id':
      return { message: `the ${issue.kind} id "${issue.id}" is used twice`, hint: `Give each ${issue.kind} its own id.` };
    case 'unknown-reference':
      return {
        message: `${issue.from} refers to the ${issue.kind} "${issue.id}", which is not in the data`,
        hint: `Fix the id, or add the ${issue.kind}.`,
      };
    case 'invalid-period':
      return { message: `"${issue.id}" ends (${issue.validTo}) before it starts (${issue.validFrom})`, hint: 'Fix validFrom or validTo.' };
    case 'inconsistent-data':
      switch (issue.reason) {
        case 'certainty-without-sources':
          return {
            message: `"${issue.id}": the fact "${issue.fact}" has a certainty but no sources entry`,
            hint: `Add sources.${issue.fact} (an empty list if none).`,
          };
        case 'sources-without-certainty':
          return { message: `"${issue.id}": the fact "${issue.fact}" has sources but no certainty`, hint: `Add certainty.${issue.fact}.` };
        case 'missing-fact':
          return { message: `"${issue.id}": the fact "${issue.fact}" has no certainty`, hint: `Add certainty.${issue.fact} and sources.${issue.fact}.` };
        case 'verified-without-address':
          return {
            message: `"${issue.id}": ${issue.fact} is marked verified (or rests on a public source) but cites no source with an address`,
            hint: 'Cite a source with a url (or the seed), or lower the certainty to inferred or unverified.',
          };
        case 'outside-validity':
          return { message: `"${issue.id}": ${issue.fact} is dated outside the days its ICB or alliance is in force`, hint: 'Date it within them.' };
        case 'overlapping-periods':
          return {
            message: `"${issue.id}": ${issue.fact} is held twice on the same days${issue.expected === undefined ? '' : ` (also by "${issue.expected}")`}`,
            hint: 'End one period the day before the other starts.',
          };
        case 'succession-dates':
          return {
            message: `"${issue.id}": ${issue.fact} does not end the day before its successor starts`,
            hint: `End the predecessor on ${issue.expected ?? 'the day before'}.`,
          };
        case 'planned-not-after-as-at':
          return {
            message: `"${issue.id}": a planned change is expected ${issue.expected === undefined ? 'too early' : `on or before the data's asAt (it must be ${issue.expected})`}`,
            hint: 'Record a change in force as new versions of the organisations, or move asAt back.',
          };
        case 'quote-not-in-text':
          return { message: `"${issue.id}": the quote of ${issue.fact} is not in the statement's text`, hint: "Quote the statement's own words." };
        case 'signatories-not-listed':
          return { message: `"${issue.id}": ${issue.fact} names no roles`, hint: 'List the roles whose signatures sign the artefact off.' };
      }
      break;
    case 'unknown-alliance':
      return { message: `there is no Cancer Alliance "${issue.allianceId}"`, hint: 'Use an id from organisationsAt(date).alliances.' };
    case 'unknown-role':
      return { message: `"${issue.roleId}" is not a role of this rule set`, hint: `Use one of: ${list(issue.known)}.` };
    case 'unknown-region':
      return { message: `there is no NHS England region "${issue.regionId}"`, hint: 'Use an ODS region code such as "Y56".' };
    case 'alliance-not-in-force':
      return {
        message: `the Cancer Alliance "${issue.allianceId}" is not in force in ${issue.financialYear}`,
        hint: 'Use the alliance in force that year (organisationsAt(date).alliances).',
      };
    case 'rule-set-not-in-force':
      return {
        message: `the rule set "${issue.ruleSetId}" is not in force on ${issue.date}`,
        hint: 'Pass the rule set in force then as options.ruleSet.',
      };
    case 'rule-set-mismatch':
      return {
        message: `this record was made under the rule set "${issue.expected}" but the step was given "${issue.actual}"`,
        hint: "Pass the record's own rule set as options.ruleSet.",
      };
    case 'out-of-order':
      return {
        message: `the step is dated ${issue.at}, before the record's last step (${issue.previous})`,
        hint: 'Record steps in time order: date this step on or after the last one.',
      };
    case 'not-permitted':
      return {
        message: `the role "${issue.roleId}" may not ${issue.step}`,
        hint: `Under this rule set only ${list(issue.allowed)} may; have one of them take the step.`,
      };
    case 'wrong-region':
      return issue.actual === undefined
        ? { message: `"${issue.roleId}" does not name its region`, hint: `This step needs the ${issue.roleId} of region ${issue.expected}: give regionId "${issue.expected}".` }
        : { message: `"${issue.roleId}" of region ${issue.actual} acts for another region`, hint: `This step needs the ${issue.roleId} of region ${issue.expected}.` };
    case 'wrong-alliance':
      return issue.actual === undefined
        ? { message: `"${issue.roleId}" does not name its alliance`, hint: `This step needs the ${issue.roleId} of "${issue.expected}": give allianceId "${issue.expected}".` }
        : { message: `"${issue.roleId}" of "${issue.actual}" acts for another alliance`, hint: `This step needs the ${issue.roleId} of "${issue.expected}".` };
    case 'not-a-signatory':
      return {
        message: `"${issue.roleId}" does not sign a ${ARTEFACT_NAMES[issue.artefact]}`,
        hint: `Have one of the signatories sign: ${list(issue.required)}.`,
      };
    case 'not-submitted':
      return { message: `the ${ARTEFACT_NAMES[issue.artefact]} has not been submitted`, hint: 'Submit it before it is signed.' };
    case 'already-submitted':
      return { message: `the ${ARTEFACT_NAMES[issue.artefact]} has already been submitted`, hint: 'Nothing to do: a record is submitted once; sign it next.' };
    case 'already-signed-off':
      return { message: `the ${ARTEFACT_NAMES[issue.artefact]} is already signed off`, hint: 'Propose a change instead.' };
    case 'duplicate-signature':
      return {
        message: `the ${ARTEFACT_NAMES[issue.artefact]} already has the signature of "${issue.roleId}"`,
        hint: 'Each signatory signs once; have the other signatories sign.',
      };
    case 'not-signed-off':
      return { message: `the ${ARTEFACT_NAMES[issue.artefact]} is not signed off yet`, hint: 'Finish its sign-off first.' };
    case 'unknown-change':
      return { message: `there is no change "${issue.changeId}" on this plan`, hint: 'Use an id from plan.changes.' };
    case 'change-already-in-effect':
      return { message: `change "${issue.changeId}" is already in effect`, hint: 'Nothing to agree.' };
    case 'quarter-not-started':
      return { message: `${issue.financialYear} ${issue.quarter} has not started on ${issue.at}`, hint: 'Review a quarter once it has begun.' };
    case 'no-review':
      return {
        message: `there is no review of ${issue.financialYear} ${issue.quarter}`,
        hint: "Record the quarter's review before proposing actions.",
      };
    case 'action-not-warranted':
      return {
        message: `the latest review of ${issue.financialYear} ${issue.quarter} found the alliance "${issue.assessment}"`,
        hint: `Under this rule set actions are proposed only where a quarter's latest review found: ${list(issue.required)}.`,
      };
    case 'unknown-action':
      return { message: `there is no action "${issue.actionId}"`, hint: 'Use an id from agreement.actions.' };
    case 'action-already-agreed':
      return { message: `action "${issue.actionId}" is already agreed`, hint: 'Nothing to agree.' };
    case 'action-not-agreed':
      return {
        message: `action "${issue.actionId}" has not been agreed`,
        hint: 'Funding is held back only by an action the agreeing body has agreed: agree the action first.',
      };
    case 'not-a-funding-action':
      return {
        message: `action "${issue.actionId}" is a "${issue.kind}" action, not "hold-back-funding"`,
        hint: 'Only a hold-back-funding action holds back funding.',
      };
    case 'funding-already-held-back':
      return { message: `the funding of action "${issue.actionId}" has already been held back`, hint: 'Nothing to do: funding is held back once per action.' };
    case 'exceeds-funding':
      return {
        message: `action "${issue.actionId}" would hold back £${issue.amount}, more than the £${issue.available} still available under the agreement`,
        hint: 'Hold back at most the funding still available.',
      };
  }
  return { message: 'unknown issue', hint: '' };
}

/**
 * Builds a frozen issue from its facts and where it was found, writing its message and hint.
 *
 * @param data - The issue's facts.
 * @param location - Where it was found.
 * @returns The issue, with its message and hint.
 */
export function programmeIssue(data: ProgrammeIssueData, location: IssueLocation = {}): ProgrammeIssue {
  const { message, hint } = describe(data);
  return freezeIssue({ ...data, message, hint, location: { ...location } });
}

/** The summary line of a {@link ProgrammeError}: what was refused, and how many problems it has. */
export function programmeSummary(what: string, count: number): string {
  return `${what}: ${count} problem${count === 1 ? '' : 's'}`;
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
export class ProgrammeError extends ValidationError<ProgrammeIssue> {
  /** Always `'ProgrammeError'`. */
  override readonly name = 'ProgrammeError';
}
