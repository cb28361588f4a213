// The demo's pairs as the curator forms them: newcomers to the banks from staff outside them (with
// their consents), pairs proposed and signed for on paper, entries' statuses as pairs start and end.
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import { memberships } from '../auth/auth-tables.js';
import type { MenteeCategory, MenteeStatus, MentorForm, MentorStatus } from '../banks/bank-contract.js';
import { menteeSnapshot, mentorSnapshot } from '../banks/bank-view.js';
import { mentees, mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import type { ConsentKind } from '../consents/consent-contract.js';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import { createGroup } from '../groups/create-group.js';
import type { GroupForm } from '../groups/group-contract.js';
import { groupSnapshot } from '../groups/group-view.js';
import { type GroupRow, groups } from '../groups/groups-table.js';
import { recordAgreement } from '../groups/record-agreement.js';
import type { TenantContext } from '../http/tenancy.js';
import { type StaffRow, staff } from '../staff/staff-table.js';
import { backdateGroup } from './demo-history.js';
import type { ProgramStory } from './program-stories.js';

export const seedActor: Actor = { userId: null, name: 'Демонстрационные данные' };
export const fullName = (s: StaffRow) => [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ');
export const actorOf = (ctx: TenantContext): Actor => ctx.actor;

export interface Person {
  entryId: string;
  name: string;
  /** The person's demo account, when they have one: steps they take themselves carry it. */
  actor: Actor | null;
}

export interface School {
  orgId: string;
  today: string;
  curator: TenantContext;
  director: TenantContext;
  catalog: Map<string, string>;
}

/** Staff outside both banks who signed the personal-data consent: the demo's new participants. */
export async function freeStaff(tx: Db, orgId: string): Promise<StaffRow[]> {
  const inBanks = [
    ...(await tx.select({ id: mentees.staffId }).from(mentees).where(eq(mentees.orgId, orgId))),
    ...(await tx.select({ id: mentors.staffId }).from(mentors).where(eq(mentors.orgId, orgId))),
    ...(await tx.select({ id: memberships.staffId }).from(memberships).where(eq(memberships.orgId, orgId))),
  ].flatMap((r) => (r.id ? [r.id] : []));
  const signed = tx
    .select({ id: consents.staffId })
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.kind, 'personal-data'), isNull(consents.withdrawnOn)));
  return tx
    .select()
    .from(staff)
    .where(
      and(
        eq(staff.orgId, orgId),
        isNull(staff.archivedAt),
        inArray(staff.id, signed),
        notInArray(staff.id, inBanks.length ? inBanks : ['00000000-0000-0000-0000-000000000000']),
      ),
    )
    .orderBy(staff.sortName);
}

export async function addMentee(tx: Db, s: School, person: StaffRow, category: MenteeCategory, story: ProgramStory) {
  const young = person.teachingSince !== null && Number(s.today.slice(0, 4)) - person.teachingSince <= 3;
  const [row] = await tx
    .insert(mentees)
    .values({
      orgId: s.orgId,
      staffId: person.id,
      category: category === 'young-specialist' && !young ? 'new-to-school' : category,
      difficulties: story.difficulties.flatMap((name, i) => {
        const id = s.catalog.get(name);
        return id ? [{ id, priority: i + 1 }] : [];
      }),
      request: null,
      preferredForms: [],
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, seedActor, {
    orgId: s.orgId,
    entity: 'mentee',
    entityId: row.id,
    action: 'create',
    after: menteeSnapshot(row),
  });
  return { entryId: row.id, name: fullName(person), actor: null } satisfies Person;
}

export async function addMentor(
  tx: Db,
  s: School,
  person: StaffRow,
  capacity: number,
  forms: MentorForm[],
  story: ProgramStory,
) {
  const givenOn = shiftDays(s.today, -40);
  const kinds: ConsentKind[] = ['mentor-role', 'extra-duties'];
  for (const kind of kinds) {
    const [consent] = await tx
      .insert(consents)
      .values({ orgId: s.orgId, staffId: person.id, kind, givenOn, recordedByName: seedActor.name, fields: [] })
      .returning();
    if (consent)
      await recordAudit(tx, seedActor, {
        orgId: s.orgId,
        entity: 'consent',
        entityId: consent.id,
        action: 'create',
        after: { staffId: person.id, kind, givenOn },
      });
  }
  const [row] = await tx
    .insert(mentors)
    .values({
      orgId: s.orgId,
      staffId: person.id,
      competences: story.difficulties.flatMap((name) => s.catalog.get(name) ?? []),
      subjects: person.subjects,
      capacity,
      availability: 'Среда и пятница после уроков',
      forms,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, seedActor, {
    orgId: s.orgId,
    entity: 'mentor',
    entityId: row.id,
    action: 'create',
    after: mentorSnapshot(row),
  });
  return { entryId: row.id, name: fullName(person), actor: null } satisfies Person;
}

/** An entry's status as the curator sets it when a pair starts or ends. */
export async function setStatus(
  tx: Db,
  orgId: string,
  entry: { entity: 'mentee'; status: MenteeStatus } | { entity: 'mentor'; status: MentorStatus },
  id: string,
  reason: string | null = null,
) {
  const table = entry.entity === 'mentee' ? mentees : mentors;
  const [before] = await tx.select({ status: table.status }).from(table).where(eq(table.id, id));
  const set = { version: sql`${table.version} + 1`, updatedAt: sql`now()` };
  if (entry.entity === 'mentee')
    await tx
      .update(mentees)
      .set({ ...set, status: entry.status })
      .where(eq(mentees.id, id));
  else
    await tx
      .update(mentors)
      .set({ ...set, status: entry.status })
      .where(eq(mentors.id, id));
  await recordAudit(tx, seedActor, {
    orgId,
    entity: entry.entity,
    entityId: id,
    action: 'update',
    before: { status: before?.status ?? null },
    after: { status: entry.status },
    reason,
  });
}

/** The curator proposes the pair and records everyone's paper signature; dated `formedOn`. */
export async function formGroup(
  tx: Db,
  s: School,
  mentor: Person,
  menteeList: Person[],
  forms: GroupForm[],
  formedOn: string,
): Promise<GroupRow> {
  let row = await createGroup(tx, s.curator, {
    mentorId: mentor.entryId,
    menteeIds: menteeList.map((m) => m.entryId),
    forms,
    reason: 'Подбор пар по итогам анкетирования',
  });
  for (const id of [mentor.entryId, ...row.menteeIds])
    row = await recordAgreement(
      tx,
      s.curator,
      row.id,
      { participantId: id, decision: 'agreed', reason: null, version: row.version },
      row.version,
    );
  await backdateGroup(tx, row.id, formedOn);
  return row;
}

/** The pair's work is over: the group ends, named by the order that closed its program. */
export async function endGroup(tx: Db, s: School, groupId: string, order: string) {
  const [before] = await tx.select().from(groups).where(eq(groups.id, groupId));
  const [after] = await tx
    .update(groups)
    .set({ status: 'ended', version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
    .where(eq(groups.id, groupId))
    .returning();
  if (!before || !after) return;
  await recordAudit(tx, s.director.actor, {
    orgId: s.orgId,
    entity: 'group',
    entityId: groupId,
    action: 'end',
    before: groupSnapshot(before),
    after: groupSnapshot(after),
    reason: order,
  });
}
