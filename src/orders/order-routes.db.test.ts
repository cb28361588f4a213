import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeStaff, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditEvents } from '../audit/audit-table.js';
import { memberships } from '../auth/auth-tables.js';
import { mentees, mentors } from '../banks/banks-table.js';
import type { GroupStatus } from '../groups/group-contract.js';
import { groups } from '../groups/groups-table.js';
import { todayIso } from '../shared/dates.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A school with a director, a curator (linked to a staff member) and pairs in the given states. */
async function school(statuses: GroupStatus[] = ['agreed', 'agreed']) {
  const db = t.database.db;
  const { org, cookie: director } = await orgWithUser(t, ['director']);
  const curatorStaff = await makeStaff(db, org.id, {
    lastName: 'Соколова',
    firstName: 'Марина',
    middleName: 'Петровна',
    position: 'Заместитель директора по УВР',
  });
  const curatorUser = await makeUser(db, org.id, ['curator']);
  await db
    .update(memberships)
    .set({ staffId: curatorStaff.id })
    .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, curatorUser.id)));
  const curator = await login(t, curatorUser.login);
  const groupIds: string[] = [];
  for (const [i, status] of statuses.entries()) {
    const mentorStaff = await makeStaff(db, org.id, { lastName: `Наставникова${i}`, position: 'Учитель физики' });
    const menteeStaff = await makeStaff(db, org.id, { lastName: `Молодцова${i}`, position: 'Учитель химии' });
    const [mentor] = await db
      .insert(mentors)
      .values({ orgId: org.id, staffId: mentorStaff.id, capacity: 2 })
      .returning();
    const [mentee] = await db
      .insert(mentees)
      .values({ orgId: org.id, staffId: menteeStaff.id, category: 'young-specialist' })
      .returning();
    const [group] = await db
      .insert(groups)
      .values({
        orgId: org.id,
        mentorId: mentor?.id as string,
        menteeIds: [mentee?.id as string],
        forms: ['traditional'],
        status,
      })
      .returning();
    groupIds.push(group?.id as string);
  }
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object, as = director) =>
    t.request({ method, url: `/api/v1/orgs/${org.id}/orders${path}`, cookie: as, ...(body ? { body } : {}) });
  return { org, director, curator, call, groupIds };
}

type School = Awaited<ReturnType<typeof school>>;

async function draft(s: School, body: object = { kind: 'other' }) {
  const res = await s.call('POST', '', body, s.curator);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const groupStatus = async (id: string) =>
  (await t.database.db.select({ status: groups.status }).from(groups).where(eq(groups.id, id)))[0]?.status;

describe('orders', () => {
  it('drafts an order on agreed pairs, edits a point, signs it and the pairs become active', async () => {
    const s = await school();
    const links = s.groupIds.map((entityId) => ({ entity: 'group', entityId }));
    const order = await draft(s, { kind: 'groups', links });
    expect(order).toMatchObject({ kind: 'groups', status: 'draft', number: null, date: null, version: 1 });
    expect(order.title).toBe('О закреплении наставнических пар');
    expect(order.links).toEqual(links);
    const table = order.content.appendices[0].table;
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0][1]).toContain('Наставникова0 Анна Сергеевна, учитель физики');
    expect(order.content.acquaintance[0]).toBe('Соколова М. П.');
    expect(order.content.points.at(-1).responsible).toBe('Соколова М. П.');

    const content = { ...order.content, points: [...order.content.points] };
    content.points[0] = { ...content.points[0], text: 'Закрепить наставнические пары согласно приложению 1' };
    const edited = await s.call('PUT', `/${order.id}`, { content, version: 1 }, s.curator);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().content.points[0].text).toBe('Закрепить наставнические пары согласно приложению 1');
    expect(edited.json().version).toBe(2);
    const stale = await s.call('PUT', `/${order.id}`, { title: 'Другое', version: 1 }, s.curator);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const signed = await s.call('POST', `/${order.id}/sign`, { version: 2 });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', number: '1-од', date: todayIso(), version: 3 });
    for (const id of s.groupIds) expect(await groupStatus(id)).toBe('active');

    const audit = await t.database.db
      .select({ entity: auditEvents.entity, action: auditEvents.action, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(eq(auditEvents.orgId, s.org.id));
    expect(audit.filter((a) => a.entity === 'order').map((a) => a.action)).toEqual(['create', 'update', 'sign']);
    expect(audit.filter((a) => a.entity === 'group' && a.action === 'activate')).toHaveLength(2);

    const list = (await s.call('GET', '?status=signed&kind=groups')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const byGroup = (await s.call('GET', `?entity=group&entityId=${s.groupIds[0]}`)).json();
    expect(byGroup.items.map((o: { number: string }) => o.number)).toEqual(['1-од']);
  });

  it('keeps a signed order as it is: edits, a second signing and deletion answer 409', async () => {
    const s = await school([]);
    const order = await draft(s);
    await s.call('POST', `/${order.id}/sign`, { version: 1 });
    for (const res of [
      await s.call('PUT', `/${order.id}`, { title: 'Новый заголовок', version: 2 }),
      await s.call('POST', `/${order.id}/sign`, { version: 2 }),
      await s.call('DELETE', `/${order.id}`, { version: 2 }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ORDER_NOT_DRAFT');
    }
    const again = (await s.call('GET', `/${order.id}`)).json();
    expect(again).toMatchObject({ status: 'signed', number: '1-од', version: 2 });
  });

  it('lets only the director sign; the council reads; mentors and other schools see nothing', async () => {
    const s = await school([]);
    const order = await draft(s);
    const bySigner = await s.call('POST', `/${order.id}/sign`, { version: 1 }, s.curator);
    expect(bySigner.statusCode).toBe(403);
    const council = await login(t, (await makeUser(t.database.db, s.org.id, ['council'])).login);
    expect((await s.call('GET', `/${order.id}`, undefined, council)).statusCode).toBe(200);
    expect((await s.call('POST', '', { kind: 'other' }, council)).statusCode).toBe(403);
    const mentor = await login(t, (await makeUser(t.database.db, s.org.id, ['mentor'])).login);
    expect((await s.call('GET', '', undefined, mentor)).statusCode).toBe(403);
    const other = await orgWithUser(t, ['director']);
    for (const path of [`/${order.id}`, `/${order.id}/document.docx`, `/${order.id}/document.pdf`]) {
      expect((await s.call('GET', path, undefined, other.cookie)).statusCode).toBe(404);
    }
    expect((await s.call('POST', `/${order.id}/sign`, { version: 1 }, other.cookie)).statusCode).toBe(404);
    const inOwnOrg = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${other.org.id}/orders/${order.id}/sign`,
      cookie: other.cookie,
      body: { version: 1 },
    });
    expect(inOwnOrg.statusCode).toBe(404);
    const anon = await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}/orders` });
    expect(anon.statusCode).toBe(401);
  });

  it('refuses to sign while a linked pair is not agreed, naming it, and spends no number', async () => {
    const s = await school(['agreed', 'proposed']);
    const links = s.groupIds.map((entityId) => ({ entity: 'group', entityId }));
    const order = await draft(s, { kind: 'groups', links });
    const res = await s.call('POST', `/${order.id}/sign`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ORDER_GROUP_NOT_AGREED');
    expect(res.json().detail).toContain('Наставникова1 А. С. – Молодцова1 А. С.');
    expect(await groupStatus(s.groupIds[0] as string)).toBe('agreed');
    const fixed = await s.call('PUT', `/${order.id}`, { links: links.slice(0, 1), version: 1 }, s.curator);
    expect(fixed.json().content.appendices[0].table.rows).toHaveLength(1);
    const signed = await s.call('POST', `/${order.id}/sign`, { version: 2 });
    expect(signed.json().number).toBe('1-од');
  });

  it('gives twelve orders signed at once twelve distinct consecutive numbers', async () => {
    const s = await school([]);
    const drafts = [];
    for (let i = 0; i < 12; i++) drafts.push(await draft(s, { kind: 'other', title: `Приказ ${i}` }));
    const results = await Promise.all(drafts.map((o) => s.call('POST', `/${o.id}/sign`, { version: 1 })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.map((n) => Number.parseInt(n, 10)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    // Each calendar year has its own sequence.
    const old = await draft(s);
    const lastYear = `${Number(todayIso().slice(0, 4)) - 1}-12-30`;
    expect((await s.call('POST', `/${old.id}/sign`, { version: 1, date: lastYear })).json().number).toBe('1-од');
  });

  it('cancels an order only by another signed order that links to it', async () => {
    const s = await school([]);
    const first = await draft(s);
    const pending = await draft(s);
    await s.call('POST', `/${first.id}/sign`, { version: 1 });
    const toDraft = await draft(s, { kind: 'other', links: [{ entity: 'order', entityId: pending.id }] });
    const refused = await s.call('POST', `/${toDraft.id}/sign`, { version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORDER_CANCEL_NOT_SIGNED');
    const canceller = await draft(s, { kind: 'other', links: [{ entity: 'order', entityId: first.id }] });
    const signed = await s.call('POST', `/${canceller.id}/sign`, { version: 1 });
    expect(signed.json().number).toBe('2-од');
    const cancelled = (await s.call('GET', `/${first.id}`)).json();
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: { id: canceller.id, number: '2-од' } });
  });

  it('refuses bad input with the field named, never a 500', async () => {
    const s = await school([]);
    const unknown = await s.call('POST', '', { kind: 'groups', links: [{ entity: 'group', entityId: s.org.id }] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('links.0.entityId');
    expect((await s.call('POST', '', { kind: 'decree' })).statusCode).toBe(422);
    expect((await s.call('GET', '?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await s.call('GET', `?cursor=${Buffer.from('["x","y"]').toString('base64url')}`)).statusCode).toBe(400);
    const order = await draft(s);
    const future = await s.call('POST', `/${order.id}/sign`, { version: 1, date: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('date');
    expect((await s.call('POST', `/${order.id}/sign`, {})).statusCode).toBe(428);
    const empty = await s.call('PUT', `/${order.id}`, { content: { ...order.content, points: [] }, version: 1 });
    expect(empty.statusCode).toBe(422);
  });

  it('pages through the register and deletes a draft', async () => {
    const s = await school([]);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await draft(s)).id);
    const first = (await s.call('GET', '?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await s.call('GET', `?limit=2&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((o: { id: string }) => o.id)).toEqual([...ids].reverse());
    expect(second.nextCursor).toBeNull();
    const removed = await s.call('DELETE', `/${ids[0]}`, { version: 1 }, s.curator);
    expect(removed.statusCode).toBe(204);
    expect((await s.call('GET', `/${ids[0]}`)).statusCode).toBe(404);
  });

  it('serves the order as Word and PDF', async () => {
    const s = await school();
    const order = await draft(s, { kind: 'groups', links: [{ entity: 'group', entityId: s.groupIds[0] }] });
    const docx = await s.call('GET', `/${order.id}/document.docx`, undefined, s.curator);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await s.call('GET', `/${order.id}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(String(pdf.headers['content-disposition'])).toContain('filename*=UTF-8');
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/orders',
      '/orders/{id}',
      '/orders/{id}/sign',
      '/orders/{id}/document.docx',
      '/orders/{id}/document.pdf',
    ]) {
      expect(Object.keys(spec.paths)).toContain(`/api/v1/orgs/{orgId}${path}`);
    }
  });

  it('leaves linked pairs as they are when the order is not one on pairs', async () => {
    const s = await school(['active']);
    const order = await draft(s, { kind: 'program-change', links: [{ entity: 'group', entityId: s.groupIds[0] }] });
    expect((await s.call('POST', `/${order.id}/sign`, { version: 1 })).statusCode).toBe(200);
    expect(await groupStatus(s.groupIds[0] as string)).toBe('active');
  });

  it('appoints the mentors an order on mentors names, once it is signed', async () => {
    const s = await school(['agreed']);
    const db = t.database.db;
    const [group] = await db
      .select({ mentorId: groups.mentorId })
      .from(groups)
      .where(eq(groups.id, s.groupIds[0] as string));
    const mentorId = group?.mentorId as string;
    const order = await draft(s, { kind: 'mentors', links: [{ entity: 'mentor', entityId: mentorId }] });
    const before = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${s.org.id}/mentors/${mentorId}`,
      cookie: s.director,
    });
    expect(before.json().appointment).toBeNull();
    const signed = await s.call('POST', `/${order.id}/sign`, { version: 1 });
    expect(signed.statusCode).toBe(200);
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${s.org.id}/mentors/${mentorId}`,
      cookie: s.director,
    });
    expect(after.json().appointment).toEqual({ orderId: order.id, number: signed.json().number, on: todayIso() });
    const audit = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, s.org.id), eq(auditEvents.entityId, mentorId)));
    expect(audit.map((a) => a.action)).toContain('appoint');

    // A mentor taken out of the bank cannot be appointed: the signing is refused and spends no number.
    await db.update(mentors).set({ status: 'removed' }).where(eq(mentors.id, mentorId));
    const again = await draft(s, { kind: 'mentors', links: [{ entity: 'mentor', entityId: mentorId }] });
    const refused = await s.call('POST', `/${again.id}/sign`, { version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORDER_MENTOR_NOT_IN_BANK');
  });
});
