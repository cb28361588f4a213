// Loads what an order's default content is built from: the organization, its curator and the
// records the order links to. A link to a record the organization does not have is refused with
// the field named, so a draft never points at nothing.
import { and, arrayContains, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import { mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import { groups } from '../groups/groups-table.js';
import type { OrganizationRow } from '../organizations/organizations-table.js';
import { agreementEndsOn } from '../programs/apply-transition.js';
import { programChanges, programs } from '../programs/programs-table.js';
import { staff } from '../staff/staff-table.js';
import type { OrderFacts, OrderGroupFacts, OrderPerson, OrderProgramFacts } from './order-content.js';
import type { OrderKind, OrderLink } from './order-contract.js';
import { orders } from './orders-table.js';

const personOf = (row: { lastName: string; firstName: string; middleName: string | null; position: string }) => ({
  lastName: row.lastName,
  firstName: row.firstName,
  middleName: row.middleName,
  position: row.position,
});

async function staffByIds(db: Db, ids: string[], orgId?: string): Promise<Map<string, OrderPerson>> {
  if (ids.length === 0) return new Map();
  const where = orgId ? and(eq(staff.orgId, orgId), inArray(staff.id, ids)) : inArray(staff.id, ids);
  const rows = await db.select().from(staff).where(where);
  return new Map(rows.map((r) => [r.id, personOf(r)]));
}

/** Bank entries (mentor or mentee) → their staff ids. Mentors may be of another school (network). */
async function bankStaff(db: Db, table: typeof mentors | typeof mentees, ids: string[], orgId?: string) {
  if (ids.length === 0) return new Map<string, string>();
  const where = orgId ? and(eq(table.orgId, orgId), inArray(table.id, ids)) : inArray(table.id, ids);
  const rows = await db.select({ id: table.id, staffId: table.staffId }).from(table).where(where);
  return new Map(rows.map((r) => [r.id, r.staffId]));
}

/** Checks that every linked record exists in the organization; names the bad ones. */
export async function checkLinks(db: Db, orgId: string, links: readonly OrderLink[], selfId?: string): Promise<void> {
  const idsOf = (entity: OrderLink['entity']) => links.filter((l) => l.entity === entity).map((l) => l.entityId);
  const found = new Set<string>();
  const collect = (rows: { id: string }[]) => {
    for (const r of rows) found.add(r.id);
  };
  const lookups: [OrderLink['entity'], (ids: string[]) => Promise<{ id: string }[]>][] = [
    [
      'group',
      (ids) =>
        db
          .select({ id: groups.id })
          .from(groups)
          .where(and(eq(groups.orgId, orgId), inArray(groups.id, ids))),
    ],
    [
      'staff',
      (ids) =>
        db
          .select({ id: staff.id })
          .from(staff)
          .where(and(eq(staff.orgId, orgId), inArray(staff.id, ids))),
    ],
    [
      'mentor',
      (ids) =>
        db
          .select({ id: mentors.id })
          .from(mentors)
          .where(and(eq(mentors.orgId, orgId), inArray(mentors.id, ids))),
    ],
    [
      'mentee',
      (ids) =>
        db
          .select({ id: mentees.id })
          .from(mentees)
          .where(and(eq(mentees.orgId, orgId), inArray(mentees.id, ids))),
    ],
    [
      'program',
      (ids) =>
        db
          .select({ id: programs.id })
          .from(programs)
          .where(and(eq(programs.orgId, orgId), inArray(programs.id, ids))),
    ],
    [
      'order',
      (ids) =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(and(eq(orders.orgId, orgId), inArray(orders.id, ids))),
    ],
  ];
  for (const [entity, lookup] of lookups) {
    const ids = idsOf(entity);
    if (ids.length > 0) collect(await lookup(ids));
  }
  const errors: FieldError[] = [];
  links.forEach((l, i) => {
    if (!found.has(l.entityId) || l.entityId === selfId) {
      errors.push({ path: `links.${i}.entityId`, message: 'v.unknownRecord' });
    }
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

async function curatorOf(db: Db, orgId: string): Promise<OrderPerson | null> {
  const [row] = await db
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .where(
      and(eq(memberships.orgId, orgId), arrayContains(memberships.roles, ['curator']), isNotNull(memberships.staffId)),
    )
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!row?.staffId) return null;
  return (await staffByIds(db, [row.staffId], orgId)).get(row.staffId) ?? null;
}

export async function groupFacts(db: Db, orgId: string, ids: string[]): Promise<OrderGroupFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(groups)
    .where(and(eq(groups.orgId, orgId), inArray(groups.id, ids)));
  const mentorStaff = await bankStaff(
    db,
    mentors,
    rows.map((g) => g.mentorId),
  );
  const menteeStaff = await bankStaff(
    db,
    mentees,
    rows.flatMap((g) => g.menteeIds),
    orgId,
  );
  const people = await staffByIds(db, [...mentorStaff.values(), ...menteeStaff.values()]);
  const who = (staffId: string | undefined): OrderPerson =>
    (staffId ? people.get(staffId) : undefined) ?? { lastName: '—', firstName: '', middleName: null, position: '' };
  const byId = new Map(rows.map((g) => [g.id, g]));
  return ids.flatMap((id) => {
    const g = byId.get(id);
    if (!g) return [];
    return [
      {
        id: g.id,
        mentor: who(mentorStaff.get(g.mentorId)),
        mentees: g.menteeIds.map((m) => who(menteeStaff.get(m))),
        forms: g.forms,
      },
    ];
  });
}

async function peopleFacts(db: Db, orgId: string, links: readonly OrderLink[]): Promise<OrderPerson[]> {
  const mentorStaff = await bankStaff(
    db,
    mentors,
    links.filter((l) => l.entity === 'mentor').map((l) => l.entityId),
    orgId,
  );
  const menteeStaff = await bankStaff(
    db,
    mentees,
    links.filter((l) => l.entity === 'mentee').map((l) => l.entityId),
    orgId,
  );
  const staffIdOf = (l: OrderLink) =>
    l.entity === 'staff'
      ? l.entityId
      : l.entity === 'mentor'
        ? mentorStaff.get(l.entityId)
        : l.entity === 'mentee'
          ? menteeStaff.get(l.entityId)
          : undefined;
  const staffIds = links.map(staffIdOf).filter((id): id is string => Boolean(id));
  const people = await staffByIds(db, staffIds, orgId);
  return staffIds.flatMap((id) => {
    const p = people.get(id);
    return p ? [p] : [];
  });
}

export async function loadOrderFacts(
  db: Db,
  org: OrganizationRow,
  kind: OrderKind,
  links: readonly OrderLink[],
  today: string,
  /** The draft being rebuilt: the program changes waiting for it are part of its text. */
  orderId: string | null = null,
): Promise<OrderFacts> {
  return {
    kind,
    today,
    org: {
      fullName: org.fullName,
      shortName: org.shortName,
      locality: org.locality,
      directorName: org.directorName,
      directorPosition: org.directorPosition,
      grounds: org.settings.orderGrounds ?? [],
    },
    curator: await curatorOf(db, org.id),
    people: await peopleFacts(db, org.id, links),
    groups: await groupFacts(
      db,
      org.id,
      links.filter((l) => l.entity === 'group').map((l) => l.entityId),
    ),
    programs: await programFacts(
      db,
      org.id,
      links.filter((l) => l.entity === 'program').map((l) => l.entityId),
      orderId,
    ),
  };
}

/**
 * Linked programs with their pair and the change that waits for this order, if any: one being asked
 * for now (not yet tied to a draft) or one already tied to the draft `orderId`. A change waiting for
 * another order is that order's business.
 */
export async function programFacts(
  db: Db,
  orgId: string,
  ids: string[],
  orderId: string | null = null,
): Promise<OrderProgramFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, orgId), inArray(programs.id, ids)));
  const waiting = await db
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, orgId),
        inArray(programChanges.programId, ids),
        eq(programChanges.status, 'pending'),
        orderId
          ? or(isNull(programChanges.orderId), eq(programChanges.orderId, orderId))
          : isNull(programChanges.orderId),
      ),
    );
  const mentorIds = [
    ...rows.flatMap((p) => p.participants.filter((x) => x.role === 'mentor').map((x) => x.id)),
    ...waiting.flatMap((c) => (c.request.mentorId ? [c.request.mentorId] : [])),
  ];
  const menteeIds = rows.flatMap((p) => p.participants.filter((x) => x.role === 'mentee').map((x) => x.id));
  const mentorStaff = await bankStaff(db, mentors, mentorIds);
  const menteeStaff = await bankStaff(db, mentees, menteeIds, orgId);
  const people = await staffByIds(db, [...mentorStaff.values(), ...menteeStaff.values()]);
  const nobody: OrderPerson = { lastName: '—', firstName: '', middleName: null, position: '' };
  const mentor = (id: string | undefined) => (id ? people.get(mentorStaff.get(id) ?? '') : undefined) ?? nobody;
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const change = waiting.find((c) => c.programId === id);
    const requestedOn = change ? change.createdAt.toISOString().slice(0, 10) : '';
    return [
      {
        id,
        mentor: mentor(p.participants.find((x) => x.role === 'mentor')?.id),
        mentees: p.participants
          .filter((x) => x.role === 'mentee')
          .map((x) => people.get(menteeStaff.get(x.id) ?? '') ?? nobody),
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        status: p.status,
        change: change
          ? {
              action: change.action,
              endsOn: change.request.endsOn ?? null,
              newMentor: change.request.mentorId ? mentor(change.request.mentorId) : null,
              requestedBy: change.request.requestedBy ?? null,
              reason: change.request.reason ?? null,
              requestedOn,
              agreementEndsOn:
                change.action === 'terminate' ? agreementEndsOn(change.request.reason, requestedOn) : null,
            }
          : null,
      },
    ];
  });
}
