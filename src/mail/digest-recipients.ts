// Who gets the day's program letter in one organization, and what it tells them. Mentors and mentees
// are reached through their bank entries (still open, an active personal-data consent, an e-mail in
// the staff registry), a network mentor too, from the host school; curators and directors through
// their accounts. One address, one letter.
import { and, arrayOverlaps, eq, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import { memberships, users } from '../auth/auth-tables.js';
import { isOpenEntry, mentees, mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { endingSoonDays, programsOverview } from '../programs/overview.js';
import { closedActivityStatuses } from '../programs/program-contract.js';
import { programActivities, programs } from '../programs/programs-table.js';
import type { IsoDate } from '../shared/dates.js';
import { shortName } from '../shared/text.js';
import { staff } from '../staff/staff-table.js';
import { dueSoonDays, type OrgItems, type OwnItems, type ProgramRef } from './program-digest.js';

export interface DigestRecipient {
  email: string;
  name: string | null;
  own: OwnItems | null;
  org: OrgItems | null;
}

interface Person {
  staffId: string;
  open: boolean;
  shortName: string;
  name: string;
  email: string | null;
  archived: boolean;
}

/** The round reads as the curator would: every program of the organization. */
function readerContext(orgId: string): TenantContext {
  return {
    orgId,
    roles: ['curator'],
    actor: { userId: null, name: 'Рассылка напоминаний' },
    principal: {
      userId: '00000000-0000-0000-0000-000000000000',
      login: 'reminders',
      fullName: 'Рассылка напоминаний',
      email: null,
      mustChangePassword: false,
      via: 'token',
      sessionId: null,
      sessionLastSeen: null,
    },
  };
}

const emptyOwn = (): OwnItems => ({ overdue: [], dueSoon: [], awaitingAgreement: [], endingSoon: [] });

/** «Иванова Мария Петровна» → «Мария Петровна», the polite address; one word stays as it is. */
function politeName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words.length >= 2 ? words.slice(1).join(' ') : fullName.trim();
}

/** The people the programs name; a network mentor's entry is in the mentor's own school. */
async function bankPeople(db: Db, orgId: string, entryIds: string[]): Promise<Map<string, Person>> {
  if (entryIds.length === 0) return new Map();
  const columns = (table: typeof mentors | typeof mentees) => ({
    entryId: table.id,
    open: sql<boolean>`${isOpenEntry(table.status)}`,
    staffId: staff.id,
    lastName: staff.lastName,
    firstName: staff.firstName,
    middleName: staff.middleName,
    email: staff.email,
    archivedAt: staff.archivedAt,
  });
  const rows = [
    ...(await db
      .select(columns(mentors))
      .from(mentors)
      .innerJoin(staff, eq(staff.id, mentors.staffId))
      .where(inArray(mentors.id, entryIds))),
    ...(await db
      .select(columns(mentees))
      .from(mentees)
      .innerJoin(staff, eq(staff.id, mentees.staffId))
      .where(and(eq(mentees.orgId, orgId), inArray(mentees.id, entryIds)))),
  ];
  return new Map(
    rows.map((r) => [
      r.entryId,
      {
        staffId: r.staffId,
        open: r.open === true,
        shortName: shortName(r.lastName, r.firstName, r.middleName),
        name: [r.firstName, r.middleName].filter(Boolean).join(' '),
        email: r.email?.trim() || null,
        archived: r.archivedAt !== null,
      },
    ]),
  );
}

/**
 * Staff members with a personal-data consent in force, and those whose consent was withdrawn and not
 * given again: the organization's own, and the network mentors its programs name.
 */
async function personalDataConsents(db: Db, orgId: string, staffIds: string[]) {
  const rows = await db
    .select({ staffId: consents.staffId, withdrawnOn: consents.withdrawnOn })
    .from(consents)
    .where(
      and(
        eq(consents.kind, 'personal-data'),
        staffIds.length
          ? or(eq(consents.orgId, orgId), inArray(consents.staffId, staffIds))
          : eq(consents.orgId, orgId),
      ),
    );
  const given = new Set(rows.filter((r) => r.withdrawnOn === null).map((r) => r.staffId));
  const withdrawn = new Set(rows.filter((r) => r.withdrawnOn !== null && !given.has(r.staffId)).map((r) => r.staffId));
  return { given, withdrawn };
}

export async function digestRecipients(db: Db, orgId: string, day: IsoDate): Promise<DigestRecipient[]> {
  const allPrograms = await db.select().from(programs).where(eq(programs.orgId, orgId));
  const people = await bankPeople(db, orgId, [...new Set(allPrograms.flatMap((p) => p.participants.map((x) => x.id)))]);
  const consent = await personalDataConsents(db, orgId, [...new Set([...people.values()].map((p) => p.staffId))]);
  const nameOf = (entryId: string) => people.get(entryId)?.shortName ?? '—';
  const labels = new Map<string, ProgramRef>(
    allPrograms.map((p) => {
      const mentor = p.participants.filter((x) => x.role === 'mentor').map((x) => nameOf(x.id));
      const mentee = p.participants.filter((x) => x.role === 'mentee').map((x) => nameOf(x.id));
      return [p.id, { id: p.id, label: `${mentor.join(', ') || '—'} → ${mentee.join(', ') || '—'}` }];
    }),
  );
  const ref = (programId: string): ProgramRef => labels.get(programId) ?? { id: programId, label: '—' };

  const recipients = new Map<string, DigestRecipient>();
  const recipientFor = (email: string, name: string | null) => {
    const key = email.toLowerCase();
    let r = recipients.get(key);
    if (!r) {
      r = { email, name, own: null, org: null };
      recipients.set(key, r);
    }
    return r;
  };

  // Mentors and mentees: their own programs, through the entries the programs name.
  const active = allPrograms.filter((p) => p.status === 'active');
  const soonDue = shiftDays(day, dueSoonDays);
  const activities = active.length
    ? await db
        .select({
          programId: programActivities.programId,
          title: programActivities.title,
          dueOn: programActivities.dueOn,
        })
        .from(programActivities)
        .where(
          and(
            eq(programActivities.orgId, orgId),
            inArray(
              programActivities.programId,
              active.map((p) => p.id),
            ),
            lte(programActivities.dueOn, soonDue),
            notInArray(programActivities.status, [...closedActivityStatuses]),
          ),
        )
        .orderBy(programActivities.dueOn, programActivities.position)
    : [];
  const seen = new Set<string>();
  const soonEnd = shiftDays(day, endingSoonDays);
  for (const program of allPrograms) {
    if (program.status !== 'active' && program.status !== 'draft') continue;
    for (const participant of program.participants) {
      const person = people.get(participant.id);
      if (!person?.open || person.archived || !person.email || !consent.given.has(person.staffId)) continue;
      // Two entries with one address in the same program are told about it once.
      const mark = `${person.email.toLowerCase()} ${program.id}`;
      if (seen.has(mark)) continue;
      seen.add(mark);
      const recipient = recipientFor(person.email, person.name || null);
      recipient.own ??= emptyOwn();
      const own = recipient.own;
      if (program.status === 'draft') {
        if (!participant.agreed) own.awaitingAgreement.push(ref(program.id));
        continue;
      }
      for (const a of activities) {
        if (a.programId !== program.id || !a.dueOn) continue;
        (a.dueOn < day ? own.overdue : own.dueSoon).push({ title: a.title, dueOn: a.dueOn, program: ref(program.id) });
      }
      if (program.endsOn >= day && program.endsOn <= soonEnd) {
        own.endingSoon.push({ program: ref(program.id), endsOn: program.endsOn });
      }
    }
  }

  // Curators and directors: the organization's picture, the same as their home page shows.
  const leaders = await db
    .select({
      userEmail: users.email,
      fullName: users.fullName,
      staffId: staff.id,
      staffEmail: staff.email,
      firstName: staff.firstName,
      middleName: staff.middleName,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(staff, and(eq(staff.id, memberships.staffId), eq(staff.orgId, orgId), isNull(staff.archivedAt)))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(users.active, true),
        arrayOverlaps(memberships.roles, ['curator', 'director']),
      ),
    );
  const reachable = leaders.filter(
    (l) => (l.userEmail?.trim() || l.staffEmail?.trim()) && !consent.withdrawn.has(l.staffId ?? ''),
  );
  if (reachable.length > 0) {
    const view = await programsOverview(db, readerContext(orgId), day);
    const org: OrgItems = {
      overdue: view.overdue.map((o) => ({ title: o.title, dueOn: o.dueOn ?? day, program: ref(o.programId) })),
      quiet: view.quiet.map((q) => ({ program: ref(q.programId), lastEntryOn: q.lastEntryOn })),
      endingSoon: view.endingSoon.map((e) => ({ program: ref(e.programId), endsOn: e.endsOn })),
      awaitingAgreement: view.awaitingAgreement.map((d) => ({
        program: ref(d.programId),
        pending: d.pending.map(nameOf),
      })),
      requests: view.requests.map((r) => ({ program: ref(r.programId), kind: r.kind })),
      awaitingOrder: view.awaitingOrder.map((w) => ({ program: ref(w.programId), action: w.action })),
    };
    for (const l of reachable) {
      const email = (l.userEmail?.trim() || l.staffEmail?.trim()) as string;
      const name = l.firstName ? [l.firstName, l.middleName].filter(Boolean).join(' ') : politeName(l.fullName);
      recipientFor(email, name).org = org;
    }
  }
  return [...recipients.values()];
}
