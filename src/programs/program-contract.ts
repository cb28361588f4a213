// Programs as the API and the forms see them (the contract: POST /programs, POST …/transitions).
import { z } from 'zod';
import { groupForms } from '../groups/group-contract.js';
import { isoDate, listQuery, optionalText, versionField } from '../http/common-contract.js';
import { programActions, programStatuses, terminationReasons } from './lifecycle.js';

export const activityKinds = [
  'meeting',
  'lesson-observation',
  'open-lesson',
  'consultation',
  'seminar',
  'self-study',
  'competition',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];
/** Statuses after which an activity no longer holds the program back from completing. */
export const closedActivityStatuses: readonly ActivityStatus[] = ['done', 'dropped'];

export const activityInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  kind: z.enum(activityKinds),
  dueOn: isoDate.nullable().optional(),
  responsible: optionalText(300),
  expectedResult: optionalText(2000),
  status: z.enum(activityStatuses).default('planned'),
  /** What shows it was done: a note or a link. */
  evidence: optionalText(2000),
  version: versionField.optional(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const activitySchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    title: z.string(),
    kind: z.enum(activityKinds),
    dueOn: z.string().nullable(),
    responsible: z.string().nullable(),
    expectedResult: z.string().nullable(),
    status: z.enum(activityStatuses),
    evidence: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ProgramActivity' });
export type Activity = z.infer<typeof activitySchema>;

export const programCreateSchema = z.object({
  groupId: z.uuid(),
  startsOn: isoDate,
  endsOn: isoDate,
  /** Required unless a template or a past program gives them. */
  goals: z.string().trim().min(1).max(4000).optional(),
  /** Start from a ready plan (GET …/programs/templates) … */
  template: z.string().trim().max(100).optional(),
  /** … or copy the goals and the plan of a past program of the organization (the program bank). */
  copyFrom: z.uuid().optional(),
  expectedResults: optionalText(4000),
  strengths: optionalText(4000),
  difficulties: z
    .array(z.uuid())
    .max(30)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: 'v.repeated' }),
  forms: z
    .array(z.enum(groupForms))
    .max(groupForms.length)
    .optional()
    .refine((f) => !f || new Set(f).size === f.length, { message: 'v.repeated' }),
  /** The plan of activities, if drafted at once. */
  activities: z
    .array(activityInputSchema.omit({ version: true }))
    .max(100)
    .default([]),
});
export type ProgramCreate = z.infer<typeof programCreateSchema>;

export const transitionSchema = z
  .object({
    action: z.enum(programActions),
    /** `terminate`: one of the §7 reasons; other actions: the words of why, optional. */
    reason: optionalText(1000),
    note: optionalText(2000),
    /** `agree`: whose agreement (the curator records a paper signature); a participant may omit it. */
    participantId: z.uuid().optional(),
    /** `extend`: the new last day. */
    endsOn: isoDate.optional(),
    /** `replace-mentor`: the new mentor's bank entry, and who asked. */
    mentorId: z.uuid().optional(),
    requestedBy: z.enum(['mentee', 'mentor']).optional(),
    /** `replace-mentor`: the new mentor has agreed (in writing). */
    newMentorAgreed: z.boolean().optional(),
    /** `extend`, `correct`: every participant consents (recorded by the curator). */
    allConsent: z.boolean().optional(),
    /** `correct`: the new goals, forms or expected results. */
    goals: z.string().trim().min(1).max(4000).optional(),
    forms: z.array(z.enum(groupForms)).max(groupForms.length).optional(),
    version: versionField.optional(),
  })
  .superRefine((b, ctx) => {
    const need = (field: keyof typeof b, when: boolean) => {
      if (when && (b[field] === undefined || b[field] === null))
        ctx.addIssue({ code: 'custom', path: [field], message: 'v.required' });
    };
    need('reason', b.action === 'terminate');
    if (b.action === 'terminate' && b.reason && !(terminationReasons as readonly string[]).includes(b.reason))
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'v.terminationReason' });
    need('endsOn', b.action === 'extend');
    need('mentorId', b.action === 'replace-mentor');
    need('requestedBy', b.action === 'replace-mentor');
  });
export type TransitionInput = z.infer<typeof transitionSchema>;

/** The transitions that wait for the director's order when the pair was fixed by one (§6.2). */
export const programChangeActions = ['extend', 'replace-mentor', 'terminate'] as const;
export type ProgramChangeAction = (typeof programChangeActions)[number];

/** A waiting change as it was asked for, replayed through the machine when the order is signed. */
export interface ProgramChangeRequest {
  endsOn?: string | undefined;
  mentorId?: string | undefined;
  requestedBy?: 'mentee' | 'mentor' | undefined;
  newMentorAgreed?: boolean | undefined;
  allConsent?: boolean | undefined;
  reason?: string | null | undefined;
  note?: string | null | undefined;
}

export const programChangeSchema = z
  .object({
    id: z.uuid(),
    action: z.enum(programChangeActions),
    status: z.enum(['pending', 'applied', 'withdrawn']),
    endsOn: z.string().nullable(),
    mentorId: z.uuid().nullable(),
    requestedBy: z.enum(['mentee', 'mentor']).nullable(),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    /** The order that applies it: the draft while it waits, the signed one after. */
    order: z
      .object({
        id: z.uuid(),
        status: z.enum(['draft', 'signed', 'cancelled']),
        number: z.string().nullable(),
        date: z.string().nullable(),
      })
      .nullable(),
    requestedByName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProgramChange' });
export type ProgramChange = z.infer<typeof programChangeSchema>;

/** What a program achieved, and each participant's own word on it (the completion report). */
export const programOutcomeSchema = z
  .object({
    results: z.string().nullable(),
    /** By participant (bank entry id): the mentor's and each mentee's self-assessment. */
    assessments: z.record(z.string(), z.string()),
  })
  .meta({ id: 'ProgramOutcome' });
export type ProgramOutcome = z.infer<typeof programOutcomeSchema>;

export const programOutcomeInputSchema = z.object({
  /** What was achieved; the mentor or the curator writes it. Omitted keeps it; empty clears it. */
  results: z.string().trim().max(4000).nullish(),
  /** Self-assessments: a participant writes their own, the curator any (e.g. from paper). */
  assessments: z
    .array(z.object({ participantId: z.uuid(), text: z.string().trim().max(4000) }))
    .max(30)
    .default([]),
  version: versionField.optional(),
});
export type ProgramOutcomeInput = z.output<typeof programOutcomeInputSchema>;

const participantSchema = z.object({ id: z.uuid(), role: z.enum(['mentor', 'mentee']), agreed: z.boolean() });

export const programSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    status: z.enum(programStatuses),
    startsOn: z.string(),
    endsOn: z.string(),
    goals: z.string(),
    expectedResults: z.string().nullable(),
    strengths: z.string().nullable(),
    difficulties: z.array(z.uuid()),
    forms: z.array(z.string()),
    participants: z.array(participantSchema),
    /** What the current status allows next (the UI offers these). */
    allowedActions: z.array(z.enum(programActions)),
    /**
     * A change waiting for the director's order (an extension, a new mentor, an early end): the
     * program keeps its present state until the order is signed.
     */
    pendingChange: programChangeSchema.nullable(),
    outcome: programOutcomeSchema,
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Program' });
export type Program = z.infer<typeof programSchema>;

export const programEventSchema = z
  .object({
    id: z.uuid(),
    action: z.string(),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'ProgramEvent' });

export const programListQuery = listQuery.extend({
  status: z.enum(programStatuses).optional(),
  groupId: z.uuid().optional(),
});

export const journalKinds = ['meeting', 'lesson-observation', 'consultation', 'assignment', 'other'] as const;
export type JournalKind = (typeof journalKinds)[number];

const observationSchema = z.object({
  className: optionalText(50),
  topic: optionalText(300),
  strengths: optionalText(2000),
  toImprove: optionalText(2000),
  recommendations: optionalText(2000),
});

export const journalInputSchema = z
  .object({
    kind: z.enum(journalKinds),
    happenedOn: isoDate,
    minutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .nullable()
      .optional(),
    summary: z.string().trim().min(1).max(4000),
    observation: observationSchema.optional(),
    assignment: z
      .object({
        task: z.string().trim().min(1).max(2000),
        checkedOn: isoDate.nullable().optional(),
        result: optionalText(2000),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'assignment' && !v.assignment)
      ctx.addIssue({ code: 'custom', path: ['assignment'], message: 'v.required' });
  });
export type JournalInput = z.infer<typeof journalInputSchema>;

export const journalEntrySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(journalKinds),
    happenedOn: z.string(),
    minutes: z.number().int().nullable(),
    summary: z.string(),
    observation: z.record(z.string(), z.string().nullable()).nullable(),
    assignment: z
      .object({ task: z.string(), checkedOn: z.string().nullable(), result: z.string().nullable() })
      .nullable(),
    author: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProgramJournalEntry' });

export const programsOverviewSchema = z
  .object({
    overdue: z.array(
      z.object({ programId: z.uuid(), activityId: z.uuid(), title: z.string(), dueOn: z.string().nullable() }),
    ),
    quiet: z.array(z.object({ programId: z.uuid(), groupId: z.uuid(), lastEntryOn: z.string().nullable() })),
    endingSoon: z.array(z.object({ programId: z.uuid(), groupId: z.uuid(), endsOn: z.string() })),
    awaitingAgreement: z.array(z.object({ programId: z.uuid(), groupId: z.uuid(), pending: z.array(z.uuid()) })),
    requests: z.array(
      z.object({ programId: z.uuid(), requestId: z.uuid(), kind: z.enum(['replace-mentor', 'release']) }),
    ),
    /** Changes waiting for the director to sign their draft order. */
    awaitingOrder: z.array(
      z.object({
        programId: z.uuid(),
        groupId: z.uuid(),
        action: z.enum(programChangeActions),
        orderId: z.uuid().nullable(),
      }),
    ),
  })
  .meta({ id: 'ProgramsOverview' });

export const programRequestInputSchema = z.object({
  kind: z.enum(['replace-mentor', 'release']),
  reason: z.string().trim().min(1).max(2000),
});

export const programRequestDecisionSchema = z.object({
  decision: z.enum(['accepted', 'declined']),
  note: optionalText(2000),
});

export const programRequestSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['replace-mentor', 'release']),
    participantId: z.uuid(),
    reason: z.string(),
    status: z.enum(['pending', 'accepted', 'declined']),
    author: z.string(),
    decidedBy: z.string().nullable(),
    decisionNote: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ProgramRequest' });

export const programTemplateSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    goals: z.string(),
    expectedResults: z.string(),
    activities: z.array(z.object({ title: z.string(), kind: z.enum(activityKinds), week: z.number().int() })),
  })
  .meta({ id: 'ProgramTemplate' });
