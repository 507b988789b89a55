import { z } from 'zod';
import { ItemIdSchema } from '../framework/schema.js';

/** Id of an assessed organisation (for the Cancer Programme, an alliance id such as `greater-manchester`). */
export const OrganisationIdSchema = z
  .string()
  .trim()
  .min(1, 'organisation id must not be empty')
  .max(200, 'organisation id must be at most 200 characters')
  .brand<'OrganisationId'>();
/** Id of one respondent within an organisation's survey. */
export const RespondentIdSchema = z.string().trim().min(1, 'respondent id must not be empty').max(200, 'respondent id must be at most 200 characters').brand<'RespondentId'>();

/**
 * Id of an assessed organisation, e.g. `greater-manchester`: a trimmed string of 1 to 200 characters.
 *
 * @category Assessment
 */
export type OrganisationId = z.output<typeof OrganisationIdSchema>;
/**
 * Id of one respondent within an organisation's survey: a trimmed string of 1 to 200 characters.
 *
 * @category Assessment
 */
export type RespondentId = z.output<typeof RespondentIdSchema>;

/**
 * An answer to one item: a value of the item's scale, or one of the two non-scoring answers.
 * A missing answer has no record at all; it is never written as an answer.
 */
export const AnswerValueSchema = z.union([z.number(), z.literal('dont-know'), z.literal('not-applicable')]);
/**
 * An answer to one item: a value of the item's scale, `'dont-know'` or `'not-applicable'`.
 *
 * @category Assessment
 */
export type AnswerValue = z.output<typeof AnswerValueSchema>;

/** One respondent's answer to one item. */
export const AnswerSchema = z
  .strictObject({
    /** The organisation assessed. */
    organisationId: OrganisationIdSchema,
    /** The respondent, within the organisation. */
    respondentId: RespondentIdSchema,
    /** The respondent's group (core team, partner, clinical, …), when known. */
    respondentGroup: z.string().trim().min(1).max(200).optional(),
    /** The item answered: a Condition of Success or an Enabling Factor. */
    itemId: ItemIdSchema,
    /** A value of the item's scale, `'dont-know'` or `'not-applicable'`. */
    answer: AnswerValueSchema,
    /** The respondent's comment on the item, when given. */
    comment: z.string().max(10_000).optional(),
  })
  .readonly();
/**
 * One respondent's answer to one item, with the respondent's group and a comment when given.
 *
 * @category Assessment
 */
export type Answer = z.output<typeof AnswerSchema>;
