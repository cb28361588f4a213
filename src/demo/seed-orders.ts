// The first demo school's orders, made through the register's own use cases: the signed order
// approving the Regulation and the Roadmap, the signed orders appointing the curator and the
// mentors (dated in the register as of their day), and the curator's draft on the pairs the
// matching round left agreed, waiting for the director.
import { and, eq } from 'drizzle-orm';
import { mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { groups } from '../groups/groups-table.js';
import { academicYearOf } from '../orders/order-content.js';
import { orderCounters } from '../orders/orders-table.js';
import { signOrder } from '../orders/sign-order.js';
import { createOrder } from '../orders/write-order.js';
import { contextOf } from './demo-context.js';
import { backdateOrder } from './demo-history.js';

export async function seedOrders(tx: Db, orgId: string, today: string): Promise<void> {
  const director = await contextOf(tx, orgId, 'director');
  const curator = await contextOf(tx, orgId, 'curator');
  // The orders are signed on the first day of the school year (or today, early in it).
  const start = `${academicYearOf(today).slice(0, 4)}-09-01`;
  const signedOn = start <= today ? start : today;
  // The register «од» holds all of the school's orders on its main activity, not only mentoring:
  // by the first of September that year it has reached 185.
  await tx.insert(orderCounters).values({ orgId, year: Number(signedOn.slice(0, 4)), lastSeq: 185 });

  const regulation = await createOrder(tx, director, { kind: 'regulation', links: [], reason: null }, signedOn);
  await signOrder(tx, director, regulation.id, { date: signedOn }, regulation.version, today);
  await backdateOrder(tx, regulation.id, signedOn);

  if (curator.staffId) {
    const appointment = await createOrder(
      tx,
      director,
      { kind: 'curator', links: [{ entity: 'staff', entityId: curator.staffId }], reason: null },
      signedOn,
    );
    await signOrder(tx, director, appointment.id, { date: signedOn }, appointment.version, today);
    await backdateOrder(tx, appointment.id, signedOn);
  }

  // The mentors of the bank, appointed by the director's order at the start of the year (§3.3).
  const bank = await tx
    .select({ id: mentors.id })
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.status, 'available')))
    .orderBy(mentors.createdAt)
    .limit(6);
  if (bank.length > 0) {
    const appointing = await createOrder(
      tx,
      director,
      { kind: 'mentors', links: bank.map((m) => ({ entity: 'mentor' as const, entityId: m.id })), reason: null },
      signedOn,
    );
    await signOrder(tx, director, appointing.id, { date: signedOn }, appointing.version, today);
    await backdateOrder(tx, appointing.id, signedOn);
  }

  const agreed = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), eq(groups.status, 'agreed')))
    .orderBy(groups.createdAt);
  if (agreed.length > 0) {
    await createOrder(
      tx,
      curator,
      {
        kind: 'groups',
        links: agreed.map((g) => ({ entity: 'group' as const, entityId: g.id })),
        reason: 'Проект приказа по итогам подбора пар',
      },
      today,
    );
  }
}
