// Network requests as the host school's curator sees them: only what is needed to decide —
// the mentees' names and requests, their school, the mentor, the forms — nothing else of the
// mentees' school.
import { z } from 'zod';
import { agreementDecisions, groupForms } from '../groups/group-contract.js';
import { listQuery, optionalText, versionField } from '../http/common-contract.js';

export const networkRequestListQuery = listQuery.extend({ decision: z.enum(agreementDecisions).optional() });

export const networkRequestSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    /** The mentees' school. */
    menteeOrg: z.object({ id: z.uuid(), name: z.string() }),
    /** The host school's own mentor (a bank entry of this organization). */
    mentor: z.object({ id: z.uuid(), fullName: z.string() }),
    mentees: z.array(z.object({ fullName: z.string(), difficulties: z.array(z.string()) })),
    forms: z.array(z.enum(groupForms)),
    decision: z.enum(agreementDecisions),
    reason: z.string().nullable(),
    recordedBy: z.string().nullable(),
    recordedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'NetworkRequest' });
export type NetworkRequestView = z.infer<typeof networkRequestSchema>;

/** Whether this school may take mentors from the other schools, and which ones. */
export const networkPoolSchema = z
  .object({
    allowed: z.boolean(),
    /** The municipality or region that allows it. */
    ownerId: z.uuid().nullable(),
    schools: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'NetworkPool' });

export const networkDecisionSchema = z
  .object({
    decision: z.enum(['agreed', 'declined']),
    reason: optionalText(500),
    version: versionField.optional(),
  })
  // A refusal says why, as participants' refusals do.
  .refine((b) => b.decision !== 'declined' || b.reason !== null, { path: ['reason'], message: 'v.required' });
export type NetworkDecision = z.infer<typeof networkDecisionSchema>;
