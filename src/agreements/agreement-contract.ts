// The supplementary agreement under the Labour Code art. 351.8 and a mentor's pay as the API sees
// them: what the printed agreement may be told, and the pay a mentor has (own or the organization's).
import { z } from 'zod';
import { isoDate, optionalText, versionField } from '../http/common-contract.js';
import { mentorPaySchema } from '../organizations/organization-contract.js';

export const agreementFormats = ['docx', 'pdf'] as const;

/** The term and the date, when the agreement should carry them; without them it has blanks. */
export const agreementQuery = z
  .object({
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    /** The day the agreement is signed. */
    date: isoDate.optional(),
    /** The agreement's number, as the HR office registers it. */
    number: z.string().trim().min(1).max(30).optional(),
  })
  .refine((q) => !q.startsOn || !q.endsOn || q.startsOn <= q.endsOn, { path: ['endsOn'], message: 'v.surveyWindow' });
export type AgreementQuery = z.output<typeof agreementQuery>;

export const mentorPayInSchema = mentorPaySchema.extend({
  version: versionField.optional(),
  reason: optionalText(500),
});
export type MentorPayInput = z.output<typeof mentorPayInSchema>;

export const mentorPayViewSchema = mentorPaySchema
  .extend({
    mentorId: z.uuid(),
    /** `mentor`: the mentor's own pay; `organization`: the organization's setting applies. */
    source: z.enum(['mentor', 'organization']),
    /** The own pay's version (null when there is none). */
    version: z.number().int().nullable(),
  })
  .meta({ id: 'MentorPay' });
export type MentorPayView = z.output<typeof mentorPayViewSchema>;
