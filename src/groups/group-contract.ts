// Pairs and groups as the API sees them.
import { z } from 'zod';
import { listQuery, optionalText, versionField } from '../http/common-contract.js';

/** The forms of mentoring (§1.3 of the Regulation), by way of work and by who mentors whom. */
export const groupForms = [
  'traditional',
  'group',
  'reverse',
  'situational',
  'speed',
  'short-term',
  'virtual',
  'teacher-teacher',
  'director-teacher',
  'employer-student',
] as const;
export type GroupForm = (typeof groupForms)[number];

export const groupStatuses = ['proposed', 'agreed', 'declined', 'active', 'ended'] as const;
export type GroupStatus = (typeof groupStatuses)[number];

/** Groups that hold their people: a mentee is in at most one, a mentor's places are taken by them. */
export const busyGroupStatuses: readonly GroupStatus[] = ['proposed', 'agreed', 'active'];

export const participantRoles = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const agreementDecisions = ['pending', 'agreed', 'declined'] as const;
export type AgreementDecision = (typeof agreementDecisions)[number];

export const groupCreateSchema = z.object({
  mentorId: z.uuid(),
  menteeIds: z
    .array(z.uuid())
    .min(1)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'v.repeated' }),
  forms: z
    .array(z.enum(groupForms))
    .min(1)
    .max(groupForms.length)
    .refine((f) => new Set(f).size === f.length, { message: 'v.repeated' }),
  reason: optionalText(500),
});
export type GroupCreate = z.infer<typeof groupCreateSchema>;

export const agreementSchemaIn = z
  .object({
    participantId: z.uuid(),
    decision: z.enum(['agreed', 'declined']),
    reason: optionalText(500),
    version: versionField.optional(),
  })
  // Participation is voluntary (§1.4): a refusal is recorded with its reason.
  .refine((b) => b.decision !== 'declined' || b.reason !== null, { path: ['reason'], message: 'v.required' });
export type AgreementInput = z.infer<typeof agreementSchemaIn>;

export const groupListQuery = listQuery.extend({ status: z.enum(groupStatuses).optional() });

export const agreementSchema = z.object({
  participantId: z.uuid(),
  role: z.enum(participantRoles),
  decision: z.enum(agreementDecisions),
  reason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
  onPaper: z.boolean(),
});

/** The mentor's school's answer when the mentor comes from another school (network mentoring). */
export const hostAgreementSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  /** The mentor's full name (the mentor is in the other school's bank, not this one's). */
  mentorName: z.string(),
  decision: z.enum(agreementDecisions),
  reason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
});

export const groupSchema = z
  .object({
    id: z.uuid(),
    mentorId: z.uuid(),
    /** The mentor's school when it is another school; null otherwise. */
    mentorOrgId: z.uuid().nullable(),
    menteeIds: z.array(z.uuid()),
    forms: z.array(z.enum(groupForms)),
    status: z.enum(groupStatuses),
    agreements: z.array(agreementSchema),
    /** For a mentor of another school: that school's agreement, which the group also needs. */
    hostAgreement: hostAgreementSchema.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Group' });
