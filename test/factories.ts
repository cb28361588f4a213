// Test data: every test makes its own organization, people and accounts, so tests never see
// each other's rows, on PGlite and on a shared PostgreSQL alike.
import { randomUUID } from 'node:crypto';
import { memberships, users } from '../src/auth/auth-tables.js';
import { hashPassword } from '../src/auth/passwords.js';
import type { Role } from '../src/auth/policy.js';
import type { Db } from '../src/db/client.js';
import type { OrgKind } from '../src/organizations/organization-contract.js';
import { organizations } from '../src/organizations/organizations-table.js';
import type { StaffData } from '../src/staff/staff-contract.js';
import { searchTextOf, sortNameOf } from '../src/staff/staff-search.js';
import { staff } from '../src/staff/staff-table.js';
import type { TestApp } from './harness.js';

export const testPassword = 'correct horse battery';
let hashed: Promise<string> | null = null;

export function uniq(prefix: string): string {
  return `${prefix}${randomUUID().slice(0, 8)}`;
}

export async function makeOrg(db: Db, options: { parentId?: string; kind?: OrgKind; name?: string } = {}) {
  const name = options.name ?? uniq('Школа ');
  const [org] = await db
    .insert(organizations)
    .values({
      parentId: options.parentId ?? null,
      kind: options.kind ?? 'school',
      fullName: `Муниципальное общеобразовательное учреждение «${name}»`,
      shortName: name,
      directorName: 'И. И. Иванова',
      directorPosition: 'Директор',
    })
    .returning();
  if (!org) throw new Error('no org');
  return org;
}

export async function makeUser(db: Db, orgId: string, roles: Role[], options: { login?: string } = {}) {
  hashed ??= hashPassword(testPassword);
  const login = options.login ?? uniq('user').toLowerCase();
  const [user] = await db
    .insert(users)
    .values({ login, fullName: `Пользователь ${login}`, passwordHash: await hashed })
    .returning();
  if (!user) throw new Error('no user');
  await db.insert(memberships).values({ orgId, userId: user.id, roles });
  return user;
}

export async function login(t: TestApp, loginName: string, password = testPassword): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { login: loginName, password } });
  if (res.statusCode !== 200) throw new Error(`login ${loginName} failed: ${res.statusCode} ${res.body}`);
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error('no cookie');
  return first.split(';')[0] as string;
}

/** An organization with a signed-in user of the given roles. */
export async function orgWithUser(t: TestApp, roles: Role[], parentId?: string) {
  const org = await makeOrg(t.database.db, parentId ? { parentId } : {});
  const user = await makeUser(t.database.db, org.id, roles);
  const cookie = await login(t, user.login);
  return { org, user, cookie };
}

export function staffData(overrides: Partial<StaffData> = {}): StaffData {
  return {
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '1995-04-12',
    position: 'Учитель математики',
    subjects: ['Математика'],
    hiredOn: '2020-08-28',
    teachingSince: 2018,
    qualificationCategory: 'first',
    email: null,
    phone: null,
    employmentContractNumber: null,
    employmentContractDate: null,
    ...overrides,
  };
}

export async function makeStaff(db: Db, orgId: string, overrides: Partial<StaffData> = {}) {
  const data = staffData(overrides);
  const [row] = await db
    .insert(staff)
    .values({ ...data, orgId, sortName: sortNameOf(data), searchText: searchTextOf(data) })
    .returning();
  if (!row) throw new Error('no staff');
  return row;
}
