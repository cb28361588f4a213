import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('staff list by consent to personal data', () => {
  it('finds those with a consent in force, without one, and those who withdrew it', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const given = await consentingStaff(db, org.id, ['personal-data'], { lastName: 'Давшая' });
    const never = await makeStaff(db, org.id, { lastName: 'Недавшая' });
    const gone = await consentingStaff(db, org.id, [], { lastName: 'Отозвавшая' });
    const url = `/api/v1/orgs/${org.id}/staff`;
    const record = await t.request({
      method: 'POST',
      url: `${url}/${gone.id}/consents`,
      cookie,
      body: { kind: 'personal-data', givenOn: '2025-09-01' },
    });
    const withdrawn = await t.request({
      method: 'POST',
      url: `${url}/${gone.id}/consents/${record.json().id}/withdraw`,
      cookie,
      body: { withdrawnOn: '2025-10-01', version: 1 },
    });
    expect(withdrawn.statusCode).toBe(200);

    const ids = async (consent: string) =>
      (await t.request({ method: 'GET', url: `${url}?consent=${consent}`, cookie }))
        .json()
        .items.map((s: { id: string }) => s.id);
    expect(await ids('given')).toEqual([given.id]);
    expect(new Set(await ids('missing'))).toEqual(new Set([never.id, gone.id]));
    expect(await ids('withdrawn')).toEqual([gone.id]);

    const bad = await t.request({ method: 'GET', url: `${url}?consent=maybe`, cookie });
    expect(bad.statusCode).toBe(400);
  });

  it('is refused to roles that do not keep consents', async () => {
    const { org, cookie } = await orgWithUser(t, ['council']);
    const res = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/staff?consent=given`, cookie });
    expect(res.statusCode).toBe(403);
    const plain = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/staff`, cookie });
    expect(plain.statusCode).toBe(200);
  });
});
