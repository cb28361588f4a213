import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp, uploadFile } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

async function consentOf(cookie: string, orgId: string, staffId: string) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/staff/${staffId}/consents`,
    cookie,
    body: { kind: 'personal-data', givenOn: '2025-09-01' },
  });
  expect(res.statusCode).toBe(201);
  return `/api/v1/orgs/${orgId}/staff/${staffId}/consents/${res.json().id}`;
}

describe('scanned copies of consents', () => {
  it('attaches, lists, serves, replaces and removes a scan, audited', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await consentingStaff(t.database.db, org.id, []);
    const url = await consentOf(cookie, org.id, person.id);

    const put = await uploadFile(t, 'PUT', `${url}/scan`, cookie, { name: 'C:\\Сканы\\Согласие.PDF', bytes: pdf });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ fileName: 'Согласие.pdf', mediaType: 'application/pdf', size: pdf.length });

    const list = await t.request({ method: 'GET', url: url.replace(/\/[^/]+$/, ''), cookie });
    expect(list.json().items[0].scan).toMatchObject({ fileName: 'Согласие.pdf', size: pdf.length });

    const get = await t.request({ method: 'GET', url: `${url}/scan`, cookie });
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toBe('application/pdf');
    expect(get.headers['content-disposition']).toContain(encodeURIComponent('Согласие.pdf'));
    expect(get.rawPayload.equals(pdf)).toBe(true);

    const again = await uploadFile(t, 'PUT', `${url}/scan`, cookie, { name: 'лист.png', bytes: png });
    expect(again.json().mediaType).toBe('image/png');
    expect((await t.request({ method: 'GET', url: `${url}/scan`, cookie })).rawPayload.equals(png)).toBe(true);

    const del = await t.request({
      method: 'DELETE',
      url: `${url}/scan?reason=${encodeURIComponent('не тот файл')}`,
      cookie,
    });
    expect(del.statusCode).toBe(204);
    const gone = await t.request({ method: 'GET', url: `${url}/scan`, cookie });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('SCAN_MISSING');

    const consentId = url.split('/').pop();
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/audit?entity=consent&entityId=${consentId}`,
      cookie,
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['attach-scan', 'replace-scan', 'remove-scan']));
  });

  it('refuses other file types, a missing file and other organizations; keeps the scan after withdrawal', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await consentingStaff(t.database.db, org.id, []);
    const url = await consentOf(cookie, org.id, person.id);

    const docx = await uploadFile(t, 'PUT', `${url}/scan`, cookie, {
      name: 'согласие.pdf',
      bytes: Buffer.from('PK\u0003\u0004 not a pdf'),
    });
    expect(docx.statusCode).toBe(415);
    expect(docx.json().code).toBe('SCAN_FILE_TYPE');
    const none = await t.request({ method: 'PUT', url: `${url}/scan`, cookie, body: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe('SCAN_MISSING_FILE');

    const other = await orgWithUser(t, ['curator']);
    const foreign = await uploadFile(t, 'PUT', url.replace(org.id, other.org.id), other.cookie, {
      name: 'a.pdf',
      bytes: pdf,
    });
    expect(foreign.statusCode).toBe(404);

    await uploadFile(t, 'PUT', `${url}/scan`, cookie, { name: 'a.pdf', bytes: pdf });
    const withdrawn = await t.request({
      method: 'POST',
      url: `${url}/withdraw`,
      cookie,
      body: { withdrawnOn: '2025-10-01', version: 1 },
    });
    expect(withdrawn.json().scan).toMatchObject({ fileName: 'a.pdf' });
    expect((await t.request({ method: 'GET', url: `${url}/scan`, cookie })).statusCode).toBe(200);

    const council = await orgWithUser(t, ['council']);
    const denied = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${council.org.id}/staff/${person.id}/consents/${url.split('/').pop()}/scan`,
      cookie: council.cookie,
    });
    expect([403, 404]).toContain(denied.statusCode);
  });
});
