import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileCell, staffHeaders, toCp1251, toCsv, toXlsx } from '../../bench/staff-files.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp, uploadFile } from '../../test/harness.js';
import { auditEvents } from '../audit/audit-table.js';
import { staff } from '../staff/staff-table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const importUrl = (orgId: string, dryRun = false) =>
  `/api/v1/orgs/${orgId}/staff/import${dryRun ? '?dryRun=true' : ''}`;

const upload = (
  url: string,
  cookie: string | null,
  file: { name: string; bytes: Uint8Array; type?: string },
  headers: Record<string, string> = {},
) => uploadFile(t, 'POST', url, cookie, file, headers);

const good: FileCell[][] = [
  [
    'Ёлкина',
    'Алёна',
    'Игоревна',
    '05.03.1990',
    'Учитель русского языка',
    'Русский язык; Литература',
    2012,
    '',
    'высшая',
    'Elkina@School.ru',
    '+7 912 000-00-01',
  ],
  [
    'Смирнов',
    'Пётр',
    'Ильич',
    new Date('1999-11-02T00:00:00Z'),
    'Учитель физики',
    'Физика',
    2022,
    new Date('2022-08-29T00:00:00Z'),
    '',
    '',
    '',
  ],
  ['Козлова', 'Мария', '', '1985-01-20', 'Педагог-психолог', '', 2008, '01.09.2015', 'первая', 'kozlova@school.ru', ''],
];
const bad: FileCell[][] = [
  ['', 'Иван', 'Петрович', '01.01.1980', 'Учитель', '', '', '', '', '', ''],
  ['Сидорова', 'Ольга', '', '31.02.1991', 'Учитель', '', '', '', '', '', ''],
  ['Орлов', 'Олег', '', '', 'Учитель', '', '', '', 'вторая', 'не-почта', ''],
];

async function staffOf(orgId: string) {
  return t.database.db.select().from(staff).where(eq(staff.orgId, orgId));
}

describe('staff import API', () => {
  it('checks a file without writing, then imports the good rows and reports the bad ones', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const bytes = await toXlsx([staffHeaders, good[0], bad[0], good[1], bad[1], good[2], bad[2]] as FileCell[][]);
    const file = { name: 'Сотрудники.xlsx', bytes };

    const dry = await upload(importUrl(org.id, true), cookie, file);
    expect(dry.statusCode).toBe(200);
    const check = dry.json();
    expect(check).toMatchObject({ dryRun: true, total: 6, created: 3, updated: 0, skipped: 0 });
    expect(check.errors).toEqual([
      { row: 3, column: 'Фамилия', message: 'Фамилия: не может быть пустым' },
      { row: 5, column: 'Дата рождения', message: 'Дата рождения: дата в формате ДД.ММ.ГГГГ' },
      {
        row: 7,
        column: 'Квалификационная категория',
        message: expect.stringMatching(/^Квалификационная категория: допустимые значения: без категории/),
      },
      { row: 7, column: 'E-mail', message: 'Электронная почта: неверный адрес электронной почты' },
    ]);
    expect(check.preview.map((p: { row: number; action: string }) => [p.row, p.action])).toEqual([
      [2, 'create'],
      [4, 'create'],
      [6, 'create'],
    ]);
    expect(await staffOf(org.id)).toHaveLength(0);

    const real = await upload(importUrl(org.id), cookie, file);
    expect(real.statusCode).toBe(200);
    expect(real.json()).toMatchObject({ dryRun: false, created: 3, updated: 0, skipped: 0 });
    const people = await staffOf(org.id);
    expect(people.map((p) => p.lastName).sort()).toEqual(['Ёлкина', 'Козлова', 'Смирнов']);
    const elkina = people.find((p) => p.lastName === 'Ёлкина');
    expect(elkina).toMatchObject({
      firstName: 'Алёна',
      birthDate: '1990-03-05',
      subjects: ['Русский язык', 'Литература'],
      qualificationCategory: 'highest',
      email: 'elkina@school.ru',
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.entity, 'staff')));
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.action === 'create' && a.reason === 'Импорт из файла Сотрудники.xlsx')).toBe(true);
  });

  it('updates the same people on re-import, by e-mail and by name with date of birth, never duplicating', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const byEmail = await makeStaff(t.database.db, org.id, { lastName: 'Ёлкина', email: 'elkina@school.ru' });
    const byName = await makeStaff(t.database.db, org.id, {
      lastName: 'Смирнов',
      firstName: 'Петр',
      middleName: 'Ильич',
      birthDate: '1999-11-02',
    });
    const first = await upload(importUrl(org.id), cookie, {
      name: 'staff.csv',
      bytes: toCp1251(toCsv([staffHeaders, ...good])),
    });
    expect(first.statusCode).toBe(200);
    // «Пётр» in the file finds «Петр» in the registry: ё and е are the same letter for matching.
    expect(first.json()).toMatchObject({ created: 1, updated: 2, skipped: 0, errors: [] });
    const people = await staffOf(org.id);
    expect(people).toHaveLength(3);
    expect(people.find((p) => p.id === byEmail.id)).toMatchObject({
      firstName: 'Алёна',
      version: 2,
      subjects: ['Русский язык', 'Литература'],
      birthDate: '1990-03-05',
      hiredOn: null,
      teachingSince: 2012,
      qualificationCategory: 'highest',
      sortName: 'елкина алена игоревна',
    });
    expect(people.find((p) => p.id === byName.id)).toMatchObject({ firstName: 'Пётр', position: 'Учитель физики' });
    const updates = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'update')));
    expect(updates.map((u) => u.entityId).sort()).toEqual([byEmail.id, byName.id].sort());

    const again = await upload(importUrl(org.id), cookie, {
      name: 'staff.csv',
      bytes: toCp1251(toCsv([staffHeaders, ...good], ',')),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    expect(await staffOf(org.id)).toHaveLength(3);
  });

  it('keeps what the file has no column for, and refuses a second row about the same person', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const kept = await makeStaff(t.database.db, org.id, { email: 'anna@school.ru', phone: '+7 900 111-22-33' });
    const rows = [
      ['ФИО', 'Должность', 'Email'],
      ['Петрова Анна Сергеевна', 'Заместитель директора', 'anna@school.ru'],
      ['Петрова Анна', 'Учитель', 'ANNA@school.ru'],
    ];
    const res = await upload(importUrl(org.id), cookie, {
      name: 'a.csv',
      bytes: new TextEncoder().encode(toCsv(rows)),
    });
    expect(res.json()).toMatchObject({
      updated: 1,
      errors: [{ row: 3, column: 'Email', message: 'тот же работник, что в строке 2' }],
    });
    const [after] = await staffOf(org.id);
    expect(after).toMatchObject({ id: kept.id, position: 'Заместитель директора', phone: '+7 900 111-22-33' });
  });

  it('leaves an archived person alone and says why', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const gone = await makeStaff(t.database.db, org.id, { email: 'gone@school.ru' });
    await t.database.db.update(staff).set({ archivedAt: new Date() }).where(eq(staff.id, gone.id));
    const rows = [staffHeaders, ['Петрова', 'Анна', '', '', 'Учитель', '', '', '', '', 'gone@school.ru', '']];
    const res = await upload(importUrl(org.id), cookie, {
      name: 'a.csv',
      bytes: new TextEncoder().encode(toCsv(rows)),
    });
    expect(res.json()).toMatchObject({
      created: 0,
      updated: 0,
      errors: [{ row: 2, column: 'Фамилия', message: expect.stringContaining('в архиве') }],
    });
    expect(await staffOf(org.id)).toMatchObject([{ id: gone.id, version: 1 }]);
  });

  it('refuses strangers, other organizations and roles without the right', async () => {
    const { org } = await orgWithUser(t, ['curator']);
    const file = { name: 'a.csv', bytes: new TextEncoder().encode(toCsv([staffHeaders, good[0] as FileCell[]])) };
    const anonymous = await upload(importUrl(org.id), null, file);
    expect(anonymous.statusCode).toBe(401);
    const mentor = await orgWithUser(t, ['mentor']);
    const forbidden = await upload(importUrl(mentor.org.id), mentor.cookie, file);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
    const other = await orgWithUser(t, ['director']);
    expect((await upload(importUrl(org.id), other.cookie, file)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `${importUrl(org.id)}/template.xlsx`, cookie: other.cookie })).statusCode,
    ).toBe(404);
    expect(await staffOf(org.id)).toHaveLength(0);
  });

  it('refuses other file types, missing files, oversized files and files without the headers', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const pdf = await upload(importUrl(org.id), cookie, { name: 'staff.pdf', bytes: new Uint8Array([1, 2, 3]) });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    expect(pdf.json()).toMatchObject({ code: 'IMPORT_FILE_TYPE', title: 'Неподдерживаемый тип файла' });

    const json = await t.request({ method: 'POST', url: importUrl(org.id), cookie, body: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().code).toBe('IMPORT_FILE_MISSING');

    const huge = await upload(importUrl(org.id), cookie, {
      name: 'big.csv',
      bytes: new Uint8Array(10 * 1024 * 1024 + 1),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('IMPORT_FILE_TOO_LARGE');

    const fake = await upload(importUrl(org.id), cookie, {
      name: 'fake.xlsx',
      bytes: new TextEncoder().encode('hello'),
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('IMPORT_FILE_UNREADABLE');

    const noHeaders = await upload(
      importUrl(org.id),
      cookie,
      { name: 'x.csv', bytes: new TextEncoder().encode('Имя;Телефон\nАнна;1\n') },
      { 'accept-language': 'en' },
    );
    expect(noHeaders.statusCode).toBe(422);
    expect(noHeaders.json()).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING' });
    expect(noHeaders.json().detail).toContain('«Last name», «Position»');
  });

  it('serves the template workbook', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const res = await t.request({ method: 'GET', url: `${importUrl(org.id)}/template.xlsx`, cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('staff import in the OpenAPI document', () => {
  it('is listed with its multipart body', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const post = spec.paths['/api/v1/orgs/{orgId}/staff/import'].post;
    expect(post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ format: 'binary' });
    expect(post.parameters.map((p: { name: string }) => p.name)).toContain('dryRun');
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '413', '415']));
    expect(Object.keys(spec.paths)).toContain('/api/v1/orgs/{orgId}/staff/import/template.xlsx');
  });
});
