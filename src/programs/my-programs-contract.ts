// The programs a person takes part in, as their home page shows them (GET …/programs/mine): the
// term, the plan's progress and next steps, the journal's last entry and whether their agreement
// is awaited. Shared by the route and the web cards.
import { z } from 'zod';
import { programStatuses } from './lifecycle.js';
import { activityKinds, activityStatuses } from './program-contract.js';

/** How many of the plan's open activities the card lists. */
export const nextActivitiesShown = 3;

const personSchema = z.object({ id: z.uuid(), name: z.string(), agreed: z.boolean() });

export const myProgramSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    status: z.enum(programStatuses),
    startsOn: z.string(),
    endsOn: z.string(),
    /** The caller's part in this program. */
    role: z.enum(['mentor', 'mentee']),
    /** The caller's bank entry in it. */
    participantId: z.uuid(),
    mentor: personSchema.nullable(),
    mentees: z.array(personSchema),
    /** A draft the caller has not agreed to yet. */
    awaitingMe: z.boolean(),
    plan: z.object({
      total: z.number().int(),
      done: z.number().int(),
      dropped: z.number().int(),
      /** Open activities whose deadline has passed. */
      overdue: z.number().int(),
    }),
    /** The first open activities: those with a deadline by date, then the rest in plan order. */
    next: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        kind: z.enum(activityKinds),
        status: z.enum(activityStatuses),
        dueOn: z.string().nullable(),
      }),
    ),
    lastJournalOn: z.string().nullable(),
    /** A running program with no journal entry for three weeks (the overview's rule). */
    quiet: z.boolean(),
  })
  .meta({ id: 'MyProgram' });
export type MyProgram = z.infer<typeof myProgramSchema>;

export const myProgramsSchema = z
  .object({
    /** The server's date the figures are counted from. */
    today: z.string(),
    items: z.array(myProgramSchema),
  })
  .meta({ id: 'MyPrograms' });
export type MyPrograms = z.infer<typeof myProgramsSchema>;
