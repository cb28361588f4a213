// The demo database: a municipality with two schools, their staff, the contract's demo logins
// (password «demo») and a little history, so every screen has something true to show.
import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import { memberships, users } from '../auth/auth-tables.js';
import { hashPassword } from '../auth/passwords.js';
import type { Role } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { setSetting } from '../db/system-settings.js';
import { organizationSnapshot } from '../organizations/organization-view.js';
import { organizations } from '../organizations/organizations-table.js';
import { todayIso } from '../shared/dates.js';
import { searchTextOf, sortNameOf } from '../staff/staff-search.js';
import { type StaffRow, staff } from '../staff/staff-table.js';
import { staffSnapshot } from '../staff/staff-view.js';
import { updateStaff } from '../staff/write-staff.js';
import { generateSchoolStaff } from './people.js';
import { seedBanks } from './seed-banks.js';
import { seedMatching } from './seed-matching.js';
import { seedOrders } from './seed-orders.js';
import { seedPrograms } from './seed-programs.js';
import { seedSurveys } from './seed-surveys.js';

export const demoPassword = 'demo';
const seedActor: Actor = { userId: null, name: 'Демонстрационные данные' };

export interface DemoLogin {
  login: string;
  fullName: string;
  org: 'school1' | 'school2' | 'municipality';
  roles: Role[];
  /** Bind the account to a staff member of the school (by position prefix). */
  staffPosition?: string;
}

export const demoLogins: DemoLogin[] = [
  { login: 'director', fullName: 'Лаптева Елена Александровна', org: 'school1', roles: ['director', 'admin'] },
  { login: 'curator', fullName: '', org: 'school1', roles: ['curator'], staffPosition: 'Заместитель директора по УВР' },
  { login: 'mentor', fullName: '', org: 'school1', roles: ['mentor'], staffPosition: 'mentor' },
  { login: 'mentee', fullName: '', org: 'school1', roles: ['mentee'], staffPosition: 'young' },
  {
    login: 'curator2',
    fullName: '',
    org: 'school2',
    roles: ['curator'],
    staffPosition: 'Заместитель директора по УВР',
  },
  { login: 'observer', fullName: 'Ковалёва Нина Андреевна', org: 'municipality', roles: ['observer'] },
];

async function insertOrg(tx: Db, values: typeof organizations.$inferInsert) {
  const [org] = await tx.insert(organizations).values(values).returning();
  if (!org) throw new Error('insert returned nothing');
  await recordAudit(tx, seedActor, {
    orgId: org.id,
    entity: 'organization',
    entityId: org.id,
    action: 'create',
    after: organizationSnapshot(org),
  });
  return org;
}

async function insertStaff(tx: Db, orgId: string, seed: number, domain: string, today: string): Promise<StaffRow[]> {
  const people = generateSchoolStaff({
    seed,
    count: 60,
    referenceDate: today,
    emailDomain: domain,
    youngSpecialists: 7,
  });
  const rows = await tx
    .insert(staff)
    .values(
      people.map((p) => ({
        ...p,
        orgId,
        sortName: sortNameOf(p),
        searchText: searchTextOf(p),
      })),
    )
    .returning();
  for (const row of rows) {
    await recordAudit(tx, seedActor, {
      orgId,
      entity: 'staff',
      entityId: row.id,
      action: 'create',
      after: staffSnapshot(row),
      reason: 'Загрузка списка работников',
    });
  }
  return rows;
}

function pickStaff(rows: StaffRow[], hint: string, today: string): StaffRow {
  const young = (r: StaffRow) =>
    r.teachingSince !== null && Number(today.slice(0, 4)) - r.teachingSince <= 3 && r.subjects.length > 0;
  const found =
    hint === 'young'
      ? rows.find(young)
      : hint === 'mentor'
        ? rows.find((r) => r.qualificationCategory === 'highest' && r.subjects.length > 0)
        : rows.find((r) => r.position.startsWith(hint));
  if (!found) throw new Error(`demo: no staff member for ${hint}`);
  return found;
}

export async function seedDemo(db: Db, today: string = todayIso()): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const municipality = await insertOrg(tx, {
      kind: 'municipality',
      fullName: 'Управление образования администрации Заречного муниципального округа',
      shortName: 'УО Заречного округа',
      address: '624250, Свердловская область, г. Заречный, ул. Невского, д. 3',
      locality: 'г. Заречный',
      directorName: 'С. В. Громова',
      directorPosition: 'Начальник управления образования',
      orderSuffix: 'од',
      // Its schools may take mentors from one another (network mentoring).
      settings: { crossSchoolMatching: true },
    });
    const school1 = await insertOrg(tx, {
      parentId: municipality.id,
      kind: 'school',
      fullName: 'Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
      shortName: 'МАОУ СОШ № 1',
      address: '624250, Свердловская область, г. Заречный, ул. Кузнецова, д. 10',
      locality: 'г. Заречный',
      directorName: 'Е. А. Лаптева',
      directorPosition: 'Директор',
      orderSuffix: 'од',
    });
    const school2 = await insertOrg(tx, {
      parentId: municipality.id,
      kind: 'school',
      fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»',
      shortName: 'МБОУ Гимназия № 2',
      address: '624251, Свердловская область, г. Заречный, ул. Мира, д. 24',
      locality: 'г. Заречный',
      directorName: 'О. Н. Белоусова',
      directorPosition: 'Директор',
      orderSuffix: 'ОД',
    });
    const staff1 = await insertStaff(tx, school1.id, 20261, 'sch1-zar.example.ru', today);
    const staff2 = await insertStaff(tx, school2.id, 20262, 'gym2-zar.example.ru', today);
    const orgs = { school1, school2, municipality };
    const staffOf = { school1: staff1, school2: staff2, municipality: [] as StaffRow[] };

    for (const d of demoLogins) {
      const person = d.staffPosition ? pickStaff(staffOf[d.org], d.staffPosition, today) : null;
      const fullName = person
        ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ')
        : d.fullName;
      const [user] = await tx
        .insert(users)
        .values({ login: d.login, fullName, passwordHash, email: person?.email ?? null })
        .returning();
      if (!user) throw new Error('insert returned nothing');
      await tx
        .insert(memberships)
        .values({ orgId: orgs[d.org].id, userId: user.id, roles: d.roles, staffId: person?.id ?? null });
      await recordAudit(tx, seedActor, {
        orgId: orgs[d.org].id,
        entity: 'user',
        entityId: user.id,
        action: 'create',
        after: { login: d.login, fullName, roles: d.roles },
      });
    }

    // A few corrections by the curator, so the history tabs show real changes with reasons.
    const [curator] = await tx.select().from(users).where(eq(users.login, 'curator'));
    if (curator) {
      const ctx = {
        orgId: school1.id,
        roles: ['curator'] as Role[],
        actor: { userId: curator.id, name: curator.fullName },
        principal: {
          userId: curator.id,
          login: 'curator',
          fullName: curator.fullName,
          email: null,
          mustChangePassword: false,
          via: 'session' as const,
          sessionId: null,
          sessionLastSeen: null,
        },
      };
      for (const row of staff1.slice(3, 6)) {
        const phone = row.phone ? row.phone.replace(/\d\d$/, '00') : '+7 912 000-00-00';
        await updateStaff(
          tx,
          ctx,
          row.id,
          { ...row, phone },
          row.version,
          'Уточнены контактные данные по заявлению работника',
        );
      }
    }
    await seedBanks(tx, [school1.id, school2.id], [staff1, staff2], today);
    await seedMatching(tx, school1.id, today);
    await seedOrders(tx, school1.id, today);
    await seedPrograms(tx, school1.id, today);
    await seedSurveys(tx, school1.id, today);
    await setSetting(tx, 'demo', true);
  });
}
