// A demo program's parts as the use cases would leave them: the draft with its plan, the agreements,
// the journal both sides keep, and a change that waited for the director's order.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import type { GroupRow } from '../groups/groups-table.js';
import type { Participant } from '../programs/lifecycle.js';
import { programActivities, programChanges, programJournal } from '../programs/programs-table.js';
import { at, draftProgram, type LiveProgram, signedOrder, step, workday } from './demo-history.js';
import { actorOf, type Person, type School, seedActor } from './demo-pairs.js';
import { type ProgramStory, responsibleWords } from './program-stories.js';

export const participantsOf = (mentor: Person, list: Person[]): Participant[] => [
  { id: mentor.entryId, role: 'mentor', agreed: false },
  ...list.map((m) => ({ id: m.entryId, role: 'mentee' as const, agreed: false })),
];

/** The program as the curator drafts it: the plan with its statuses as they stand today. */
export async function draft(
  tx: Db,
  s: School,
  group: GroupRow,
  mentor: Person,
  list: Person[],
  story: ProgramStory,
  term: { startsOn: string; endsOn: string; draftedOn: string; allDone?: boolean; planEnd?: string },
): Promise<LiveProgram> {
  const live = await draftProgram(tx, s.orgId, actorOf(s.curator), at(term.draftedOn, '10:40'), {
    groupId: group.id,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
    difficulties: story.difficulties.flatMap((name) => s.catalog.get(name) ?? []),
    goals: story.goals,
    expectedResults: story.expectedResults,
    strengths: story.strengths,
    forms: story.forms,
    participants: participantsOf(mentor, list),
  });
  await tx.insert(programActivities).values(
    story.plan.map((a, i) => {
      const due = workday(shiftDays(term.startsOn, a.day));
      const status = a.status ?? (term.allDone ? 'done' : 'planned');
      return {
        orgId: s.orgId,
        programId: live.row.id,
        position: i + 1,
        title: a.title,
        kind: a.kind,
        dueOn: due > (term.planEnd ?? term.endsOn) ? (term.planEnd ?? term.endsOn) : due,
        responsible: responsibleWords[a.who],
        expectedResult: a.result,
        status,
        evidence: status === 'done' ? `Отмечено в журнале программы: ${a.result}` : null,
        createdAt: at(term.draftedOn, '10:40'),
      };
    }),
  );
  return live;
}

/** The day a program was drafted (drafts are dated in the morning, so the UTC date is the local one). */
export const draftedDay = (live: LiveProgram) => live.row.createdAt.toISOString().slice(0, 10);

/** Everyone agrees on the working days after the draft: the demo accounts themselves, the others on paper. */
export async function agreeAll(tx: Db, s: School, live: LiveProgram, people: Person[], draftedOn: string) {
  let day = draftedOn;
  for (const p of people) {
    day = workday(shiftDays(day, 1), 1);
    await step(
      tx,
      live,
      { action: 'agree', participantId: p.entryId },
      p.actor ?? actorOf(s.curator),
      at(day, '10:20'),
    );
  }
}

export async function writeJournal(
  tx: Db,
  s: School,
  live: LiveProgram,
  story: ProgramStory,
  author: (by: 'mentor' | 'mentee', day: number) => Person,
) {
  for (const e of story.journal) {
    const on = workday(shiftDays(live.row.startsOn, e.day));
    const who = author(e.by, e.day);
    const [row] = await tx
      .insert(programJournal)
      .values({
        orgId: s.orgId,
        programId: live.row.id,
        kind: e.kind,
        happenedOn: on,
        minutes: e.minutes,
        summary: e.summary,
        observation: e.observation ?? null,
        assignment: e.assignment
          ? {
              task: e.assignment.task,
              checkedOn: workday(shiftDays(on, e.assignment.checkedAfter)),
              result: e.assignment.result,
            }
          : null,
        authorId: who.actor?.userId ?? null,
        authorName: who.name,
        createdAt: at(on, '17:10'),
      })
      .returning();
    if (row)
      await recordAudit(tx, who.actor ?? seedActor, {
        orgId: s.orgId,
        entity: 'program',
        entityId: live.row.id,
        action: 'journal',
        after: { entryId: row.id, kind: row.kind, happenedOn: row.happenedOn, minutes: row.minutes },
      });
  }
}

/** A change that waited for the director's order, applied when the order was signed. */
export async function changeByOrder(
  tx: Db,
  s: School,
  live: LiveProgram,
  change: { action: 'extend' | 'replace-mentor' | 'terminate'; askedOn: string; signedOn: string },
  request: Record<string, unknown>,
  kind: 'program-change' | 'program-end',
) {
  const [waiting] = await tx
    .insert(programChanges)
    .values({
      orgId: s.orgId,
      programId: live.row.id,
      action: change.action,
      request,
      requestedBy: s.curator.actor.userId,
      requestedByName: s.curator.actor.name,
      createdAt: at(change.askedOn, '12:00'),
    })
    .returning();
  const order = await signedOrder(
    tx,
    s,
    kind,
    [
      { entity: 'program', entityId: live.row.id },
      { entity: 'group', entityId: live.row.groupId },
    ],
    change.signedOn,
    s.today,
  );
  if (waiting)
    await tx
      .update(programChanges)
      .set({ status: 'applied', orderId: order.id, settledAt: at(change.signedOn, '11:05') })
      .where(eq(programChanges.id, waiting.id));
  return order;
}
