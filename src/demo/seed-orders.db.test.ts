import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { academicYearOf } from '../orders/order-content.js';
import { demoPassword, seedDemo } from './seed-demo.js';

const seededOn = '2026-11-20';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db, seededOn);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('demo orders', () => {
  it('has the signed Regulation, curator and mentors orders and a draft on the agreed pairs', async () => {
    const director = await login(t, 'director', demoPassword);
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: director })).json();
    const orgId = me.memberships.find((m: { roles: string[] }) => m.roles.includes('director')).orgId;
    const call = (path: string) => t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}${path}`, cookie: director });
    const orders = (await call('/orders')).json().items;
    const byKind = (kind: string) => orders.find((o: { kind: string }) => o.kind === kind);
    // Seeded as of 20.11.2026: signed on the first day of that school year.
    const today = seededOn;
    const start = `${academicYearOf(today).slice(0, 4)}-09-01`;
    const signedOn = start <= today ? start : today;
    expect(byKind('regulation')).toMatchObject({ status: 'signed', number: '186-од', date: signedOn });
    expect(byKind('curator')).toMatchObject({ status: 'signed', number: '187-од', date: signedOn });
    expect(byKind('mentors')).toMatchObject({ status: 'signed', number: '188-од', date: signedOn });
    const bank = (await call('/mentors?limit=200')).json().items;
    expect(bank.filter((m: { appointment: unknown }) => m.appointment !== null).length).toBeGreaterThan(0);
    const pairs = byKind('groups');
    expect(pairs).toMatchObject({ status: 'draft', number: null });
    const agreed = (await call('/groups?status=agreed&limit=200')).json().items;
    const full = (await call(`/orders/${pairs.id}`)).json();
    expect(full.links).toHaveLength(agreed.length);
    expect(full.content.appendices[0].table.rows).toHaveLength(agreed.length);
    const curatorOrder = (await call(`/orders/${byKind('curator').id}`)).json();
    expect(curatorOrder.content.points[0].text).toContain('заместитель директора по УВР');
    const pdf = await call(`/orders/${byKind('regulation').id}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
  });
});
