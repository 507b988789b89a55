import { z } from 'zod';
import { RoleIdSchema } from '../framework/schema.js';
import { AllianceIdSchema, ChangeSignificanceSchema, FinancialYearSchema, IcbIdSchema, QuarterSchema, RegionIdSchema, RuleSetIdSchema } from './schema.js';

const text = z.string().trim().min(1, 'must not be empty');

/**
 * A person or body acting in a programme role: the role, and where it acts (the region of a regional
 * role, the alliance of an alliance role, the ICB of a system or organisation), with an optional
 * personal name. Signatories are actors.
 *
 * @example
 * ```ts
 * const director = ActorSchema.parse({ roleId: 'regional-director', regionId: 'Y58', name: 'A. Director' });
 * ```
 * @category Programme
 */
export const ActorSchema = z
  .strictObject({
    /** The role the actor acts in. */
    roleId: RoleIdSchema,
    /** The region, for a regional role. */
    regionId: RegionIdSchema.optional(),
    /** The alliance, for an alliance role. */
    allianceId: AllianceIdSchema.optional(),
    /** The ICB, for a system or organisation role. */
    icbId: IcbIdSchema.optional(),
    /** The person's or body's own name, if wanted. */
    name: text.optional(),
  })
  .readonly();
/**
 * A person or body acting in a role.
 *
 * @category Programme
 */
export type Actor = z.output<typeof ActorSchema>;
/**
 * An actor as a caller writes it, with plain strings for ids.
 *
 * @category Programme
 */
export type ActorInput = z.input<typeof ActorSchema>;
/**
 * A signatory: an actor who signs an artefact.
 *
 * @category Programme
 */
export type Signatory = Actor;

/**
 * A role resolved for a place: the role, the region, alliance or ICB it acts for, and a title such as
 * "Regional Director, South West". Required signatories and accountability chains are parties.
 *
 * @example
 * ```ts
 * PartySchema.parse({ roleId: 'national-cancer-director', title: 'National Cancer Director' });
 * ```
 * @category Programme
 */
export const PartySchema = z
  .strictObject({
    /** The role. */
    roleId: RoleIdSchema,
    /** A title for people, e.g. "Regional Director, South West". */
    title: text,
    /** The region, for a regional role. */
    regionId: RegionIdSchema.optional(),
    /** The alliance, for an alliance role. */
    allianceId: AllianceIdSchema.optional(),
    /** The ICB, for a system or organisation role. */
    icbId: IcbIdSchema.optional(),
  })
  .readonly();
/**
 * A role resolved for a place.
 *
 * @category Programme
 */
export type Party = z.output<typeof PartySchema>;

/**
 * A signature on an artefact: who signed, and when.
 *
 * @example
 * ```ts
 * SignatureSchema.parse({ signatory: { roleId: 'national-cancer-director' }, at: new Date(2023, 4, 2) });
 * ```
 * @category Programme
 */
export const SignatureSchema = z
  .strictObject({
    /** Who signed. */
    signatory: ActorSchema,
    /** When. */
    at: z.date(),
  })
  .readonly();
/**
 * A signature on an artefact: who signed, and when.
 *
 * @category Programme
 */
export type Signature = z.output<typeof SignatureSchema>;

/**
 * What a regional team found in a quarter's review: delivering against the funding agreement, at risk, or not delivering.
 *
 * @example
 * ```ts
 * DeliveryAssessmentSchema.parse('not-delivering');
 * ```
 * @category Programme
 */
export const DeliveryAssessmentSchema = z.literal(['delivering', 'at-risk', 'not-delivering']);
/**
 * What a quarterly review found: delivering, at risk or not delivering.
 *
 * @category Programme
 */
export type DeliveryAssessment = z.output<typeof DeliveryAssessmentSchema>;

/**
 * The kind of an assurance action: holding back funding (with an amount), asking for a recovery plan, or another action.
 *
 * @example
 * ```ts
 * ActionKindSchema.parse('hold-back-funding');
 * ```
 * @category Programme
 */
export const ActionKindSchema = z.literal(['hold-back-funding', 'recovery-plan', 'other']);
/**
 * The kind of an assurance action.
 *
 * @category Programme
 */
export type ActionKind = z.output<typeof ActionKindSchema>;

const step = {
  /** Who did it. */
  by: ActorSchema,
  /** When. */
  at: z.date(),
};
const what = <K extends string>(kind: K) => ({
  /** What was done. */
  kind: z.literal(kind),
});
const changeRef = {
  /** The change, e.g. `C1`. */
  changeId: text,
};
const significanceRef = {
  /** Significant or minor. */
  significance: ChangeSignificanceSchema,
};
const versionRef = {
  /** The plan version it made. */
  version: z.number().int(),
};
const reviewRef = {
  /** The quarter reviewed. */
  quarter: QuarterSchema,
  /** What the review found. */
  assessment: DeliveryAssessmentSchema,
};
const actionRef = {
  /** The action, e.g. `A1`. */
  actionId: text,
};
const amountRef = {
  /** The whole pounds held back. */
  amount: z.number().int().positive(),
};

/**
 * One entry in a record's history: what was done (`kind`), by whom and when.
 *
 * @example
 * ```ts
 * plan.history.map((entry) => `${entry.kind} by ${entry.by.roleId}`);
 * ```
 * @category Programme
 */
export const HistoryEntrySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...what('created'), ...step }),
    z.strictObject({ ...what('submitted'), ...step }),
    z.strictObject({ ...what('signed'), ...step }),
    z.strictObject({ ...what('signed-off'), ...step }),
    z.strictObject({ ...what('change-proposed'), ...changeRef, ...significanceRef, ...step }),
    z.strictObject({ ...what('change-agreed'), ...changeRef, ...step }),
    z.strictObject({ ...what('change-in-effect'), ...changeRef, ...versionRef, ...step }),
    z.strictObject({ ...what('review-recorded'), ...reviewRef, ...step }),
    z.strictObject({ ...what('action-proposed'), ...actionRef, ...step }),
    z.strictObject({ ...what('action-agreed'), ...actionRef, ...step }),
    z.strictObject({ ...what('funding-held-back'), ...actionRef, ...amountRef, ...step }),
  ])
  .readonly();
/**
 * One entry in a record's history.
 *
 * @category Programme
 */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

const changeBase = {
  /** The change's id, e.g. `C1`. */
  id: text,
  /** Significant or minor. */
  significance: ChangeSignificanceSchema,
  /** What changes. */
  description: text,
  /** Who proposed it. */
  proposedBy: ActorSchema,
  /** When it was proposed. */
  proposedAt: z.date(),
};

/**
 * A change to a signed-off delivery plan: awaiting agreement, or in effect (from the plan version it made).
 *
 * @example
 * ```ts
 * plan.changes.filter((change) => change.status === 'awaiting-agreement');
 * ```
 * @category Programme
 */
export const PlanChangeSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      /** Awaiting agreement. */
      status: z.literal('awaiting-agreement'),
      ...changeBase,
    }),
    z.strictObject({
      /** In effect. */
      status: z.literal('in-effect'),
      ...changeBase,
      /** Who agreed it, when agreement was needed. */
      agreedBy: ActorSchema.optional(),
      /** When it was agreed. */
      agreedAt: z.date().optional(),
      /** When it took effect. */
      effectiveAt: z.date(),
      /** The plan version it made. */
      version: z.number().int().min(2),
    }),
  ])
  .readonly();
/**
 * A change to a delivery plan.
 *
 * @category Programme
 */
export type PlanChange = z.output<typeof PlanChangeSchema>;

const signedArtefact = {
  /** The alliance. */
  allianceId: AllianceIdSchema,
  /** The alliance's region, when the record was made. */
  regionId: RegionIdSchema,
  /** The financial year, e.g. `2023/24`. */
  financialYear: FinancialYearSchema,
  /** The rule set the record was made under. */
  ruleSetId: RuleSetIdSchema,
  /** Draft, submitted or signed off. */
  status: z.literal(['draft', 'submitted', 'signed-off']),
  /** Who must sign, resolved for the alliance when the record was made. */
  requiredSignatories: z.array(PartySchema).readonly(),
  /** The signatures so far. */
  signatures: z.array(SignatureSchema).readonly(),
  /** Who did what, and when, oldest first. */
  history: z.array(HistoryEntrySchema).readonly(),
};

/**
 * Where an artefact is in its sign-off: `draft`, `submitted` (open for signatures) or `signed-off`.
 *
 * @category Programme
 */
export type SignOffStatus = 'draft' | 'submitted' | 'signed-off';

/**
 * An alliance's delivery plan for a financial year, with its signatures, changes and history.
 *
 * @example
 * ```ts
 * plan.status; // 'draft' | 'submitted' | 'signed-off'
 * ```
 * @category Programme
 */
export const DeliveryPlanSchema = z
  .strictObject({
    /** Always `delivery-plan`. */
    kind: z.literal('delivery-plan'),
    ...signedArtefact,
    /** A short description of the plan. */
    summary: text.optional(),
    /** 1, raised by each change that takes effect. */
    version: z.number().int().min(1),
    /** Changes proposed since sign-off. */
    changes: z.array(PlanChangeSchema).readonly(),
  })
  .readonly();
/**
 * A delivery plan.
 *
 * @category Programme
 */
export type DeliveryPlan = z.output<typeof DeliveryPlanSchema>;

/**
 * A regional team's review of a quarter of an alliance's delivery against its funding agreement.
 *
 * @example
 * ```ts
 * agreement.reviews.map((review) => `${review.quarter}: ${review.assessment}`);
 * ```
 * @category Programme
 */
export const QuarterlyReviewSchema = z
  .strictObject({
    /** The financial year. */
    financialYear: FinancialYearSchema,
    /** The quarter reviewed. */
    quarter: QuarterSchema,
    /** What the review found. */
    assessment: DeliveryAssessmentSchema,
    /** What the review found, in words. */
    summary: text,
    /** Who recorded it. */
    by: ActorSchema,
    /** When. */
    at: z.date(),
  })
  .readonly();
/**
 * A quarterly review.
 *
 * @category Programme
 */
export type QuarterlyReview = z.output<typeof QuarterlyReviewSchema>;

const actionBase = {
  /** The action's id, e.g. `A1`. */
  id: text,
  /** The quarter whose review prompted it. */
  quarter: QuarterSchema,
  /** The kind of action. */
  kind: ActionKindSchema,
  /** For holding back funding: the whole pounds. */
  amount: z.number().int().positive().optional(),
  /** What is to be done. */
  description: text,
  /** Who proposed it. */
  proposedBy: ActorSchema,
  /** When. */
  proposedAt: z.date(),
};
const agreed = {
  /** Who agreed it. */
  agreedBy: ActorSchema,
  /** When. */
  agreedAt: z.date(),
};

/**
 * An action proposed after a quarter's review: `proposed`, then `agreed` by the agreeing body, then
 * (for holding back funding) `applied`.
 *
 * @example
 * ```ts
 * agreement.actions.filter((action) => action.status === 'proposed');
 * ```
 * @category Programme
 */
export const AssuranceActionSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      /** Proposed, not yet agreed. */
      status: z.literal('proposed'),
      ...actionBase,
    }),
    z.strictObject({
      /** Agreed. */
      status: z.literal('agreed'),
      ...actionBase,
      ...agreed,
    }),
    z.strictObject({
      /** Agreed and applied (funding held back). */
      status: z.literal('applied'),
      ...actionBase,
      ...agreed,
      /** Who applied it. */
      appliedBy: ActorSchema,
      /** When. */
      appliedAt: z.date(),
    }),
  ])
  .readonly();
/**
 * An assurance action.
 *
 * @category Programme
 */
export type AssuranceAction = z.output<typeof AssuranceActionSchema>;

/**
 * An alliance's funding agreement for a financial year: the amount (whole pounds), its signatures, the
 * quarterly reviews against it, the actions proposed and agreed, and the funding held back.
 *
 * @example
 * ```ts
 * agreement.amount - agreement.heldBack; // funding still available
 * ```
 * @category Programme
 */
export const FundingAgreementSchema = z
  .strictObject({
    /** Always `funding-agreement`. */
    kind: z.literal('funding-agreement'),
    ...signedArtefact,
    /** The funding provided, in whole pounds. */
    amount: z.number().int().nonnegative(),
    /** The funding held back so far by agreed actions, in whole pounds. */
    heldBack: z.number().int().nonnegative(),
    /** The quarterly reviews, in order. */
    reviews: z.array(QuarterlyReviewSchema).readonly(),
    /** The actions proposed after reviews. */
    actions: z.array(AssuranceActionSchema).readonly(),
  })
  .readonly();
/**
 * A funding agreement.
 *
 * @category Programme
 */
export type FundingAgreement = z.output<typeof FundingAgreementSchema>;
