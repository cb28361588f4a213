// Demo consents and banks for each school: most staff have signed consent to personal data; the
// young specialists and a few others are in the mentee bank with their difficulties and requests;
// experienced teachers are in the mentor bank; one person has withdrawn their consent.
import { asc, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import type { MenteeCategory, MentorForm } from '../banks/bank-contract.js';
import { menteeSnapshot, mentorSnapshot } from '../banks/bank-view.js';
import { mentees, mentors } from '../banks/banks-table.js';
import { ensureCatalog } from '../catalog/catalog-store.js';
import { difficulties } from '../catalog/difficulties-table.js';
import type { ConsentKind } from '../consents/consent-contract.js';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import type { StaffRow } from '../staff/staff-table.js';

const actor: Actor = { userId: null, name: 'Демонстрационные данные' };

const requests = [
  'Прошу помочь выстроить урок по ФГОС: цели, этапы, рефлексия.',
  'Не всегда удаётся удержать дисциплину в среднем звене, нужны приёмы.',
  'Хочу научиться спокойно проводить родительские собрания.',
  'Трудно укладываться в сроки с рабочей программой и журналом.',
  'Нужна помощь с подготовкой выпускников к ОГЭ.',
  'Хотел бы освоить цифровые сервисы для домашних заданий.',
  'Первый год классного руководства: с чего начать план воспитательной работы?',
  'В классе есть ребёнок с ОВЗ, не знаю, как строить с ним работу.',
];
const availability = [
  'Понедельник и среда после 14:00',
  'Вторник, 7-й урок',
  'Пятница после уроков',
  'По договорённости',
];
const otherCategories: MenteeCategory[] = [
  'new-to-school',
  'identified-difficulties',
  'changed-position',
  'returning-after-break',
];
const formSets: MentorForm[][] = [['traditional'], ['traditional', 'group'], ['reverse', 'remote'], ['situational']];

/** The first of September of the current school year: when the demo consents were signed. */
function schoolYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return today >= `${year}-09-01` ? `${year}-09-01` : `${year - 1}-09-01`;
}

async function addConsents(tx: Db, orgId: string, staffId: string, kinds: ConsentKind[], givenOn: string) {
  const rows = await tx
    .insert(consents)
    .values(
      kinds.map((kind) => ({
        orgId,
        staffId,
        kind,
        givenOn,
        recordedByName: actor.name,
        fields: kind === 'publication' ? ['fullName', 'position', 'subjects', 'competences'] : [],
      })),
    )
    .returning();
  for (const row of rows) {
    await recordAudit(tx, actor, {
      orgId,
      entity: 'consent',
      entityId: row.id,
      action: 'create',
      after: { staffId, kind: row.kind, givenOn },
    });
  }
  return rows;
}

async function seedSchool(
  tx: Db,
  orgId: string,
  people: StaffRow[],
  today: string,
  withWithdrawal: boolean,
  offersNetwork: boolean,
) {
  await ensureCatalog(tx, orgId, actor);
  const catalog = await tx
    .select({ id: difficulties.id })
    .from(difficulties)
    .where(eq(difficulties.orgId, orgId))
    .orderBy(asc(difficulties.group), asc(difficulties.position));
  const year = Number(today.slice(0, 4));
  const givenOn = schoolYearStart(today);
  const withSubjects = people.filter((p) => p.subjects.length > 0);
  // The same rule as the demo «mentee» login uses, so that account lands in the bank.
  const young = withSubjects.filter((p) => p.teachingSince !== null && year - p.teachingSince <= 3);
  const experienced = withSubjects.filter((p) => p.teachingSince !== null && year - p.teachingSince >= 10);
  // The demo «mentor» login is the first teacher of the highest category; they lead the list.
  const demoMentor = withSubjects.filter((p) => p.qualificationCategory === 'highest').slice(0, 1);
  const mentorPeople = [
    ...demoMentor,
    ...experienced.filter((p) => p.qualificationCategory === 'highest' && !demoMentor.includes(p)),
    ...experienced.filter((p) => p.qualificationCategory !== 'highest' && p.qualificationCategory !== 'none'),
  ].slice(0, 10);
  const taken = new Set([...young, ...mentorPeople].map((p) => p.id));
  const menteePeople = [...young, ...withSubjects.filter((p) => !taken.has(p.id)).reverse()].slice(0, 12);

  // Consents: everyone but every ninth person outside the banks has signed the personal-data one.
  const inBanks = new Set([...menteePeople, ...mentorPeople].map((p) => p.id));
  const consentOf = new Map<string, string>();
  for (const [i, p] of people.entries()) {
    const isMentor = mentorPeople.includes(p);
    if (!inBanks.has(p.id) && i % 9 === 4) continue;
    const kinds: ConsentKind[] = isMentor ? ['personal-data', 'mentor-role', 'extra-duties'] : ['personal-data'];
    if (isMentor && mentorPeople.indexOf(p) % 2 === 0) kinds.push('publication');
    const rows = await addConsents(tx, orgId, p.id, kinds, givenOn);
    const pd = rows.find((r) => r.kind === 'personal-data');
    if (pd) consentOf.set(p.id, pd.id);
  }

  const mentorRows = await tx
    .insert(mentors)
    .values(
      mentorPeople.map((p, i) => ({
        orgId,
        staffId: p.id,
        competences: [0, 1, 2].map((k) => catalog[(i * 3 + k * 5) % catalog.length]?.id ?? '').filter(Boolean),
        subjects: p.subjects,
        capacity: i % 3 === 0 ? 3 : 2,
        availability: availability[i % availability.length] ?? null,
        // In the second school one mentor also takes mentees of the other school (network mentoring).
        forms: [
          ...(formSets[i % formSets.length] ?? []),
          ...(offersNetwork && i === 1 ? (['cross-school'] as const) : []),
        ],
        status: i === mentorPeople.length - 1 ? ('paused' as const) : ('available' as const),
      })),
    )
    .returning();
  const menteeRows = await tx
    .insert(mentees)
    .values(
      menteePeople.map((p, i) => ({
        orgId,
        staffId: p.id,
        category: young.includes(p)
          ? ('young-specialist' as const)
          : (otherCategories[i % otherCategories.length] ?? 'new-to-school'),
        difficulties: [0, 1, 2]
          .slice(0, 2 + (i % 2))
          .map((k) => ({ id: catalog[(i * 2 + k * 7) % catalog.length]?.id ?? '', priority: k + 1 }))
          .filter((d) => d.id),
        request: requests[i % requests.length] ?? null,
        preferredForms: formSets[i % formSets.length] ?? [],
        // The demo «mentee» names the demo «mentor» (the first of each list), so both logins see each other.
        preferredMentorIds: i === 0 && mentorRows[0] ? [mentorRows[0].id] : [],
      })),
    )
    .returning();
  for (const row of mentorRows) {
    await recordAudit(tx, actor, {
      orgId,
      entity: 'mentor',
      entityId: row.id,
      action: 'create',
      after: mentorSnapshot(row),
    });
  }
  for (const row of menteeRows) {
    await recordAudit(tx, actor, {
      orgId,
      entity: 'mentee',
      entityId: row.id,
      action: 'create',
      after: menteeSnapshot(row),
    });
  }

  // One person changed their mind: the consent is withdrawn and the entry has left the bank.
  const leaving = withWithdrawal ? menteeRows[menteeRows.length - 1] : undefined;
  const consentId = leaving ? consentOf.get(leaving.staffId) : undefined;
  if (leaving && consentId) {
    await tx
      .update(consents)
      .set({ withdrawnOn: today, withdrawReason: 'Заявление работника об отзыве согласия', version: 2 })
      .where(eq(consents.id, consentId));
    await tx.update(mentees).set({ status: 'withdrawn', version: 2 }).where(eq(mentees.id, leaving.id));
    await recordAudit(tx, actor, {
      orgId,
      entity: 'consent',
      entityId: consentId,
      action: 'withdraw',
      after: { withdrawnOn: today },
      reason: 'Заявление работника об отзыве согласия',
    });
    await recordAudit(tx, actor, {
      orgId,
      entity: 'mentee',
      entityId: leaving.id,
      action: 'withdraw',
      after: { status: 'withdrawn' },
      reason: 'Отозвано согласие на обработку персональных данных',
    });
  }
}

/** `orgIds[i]` is the school whose staff is `staffOf[i]`; the first school also shows a withdrawal. */
export async function seedBanks(tx: Db, orgIds: string[], staffOf: StaffRow[][], today: string): Promise<void> {
  for (const [i, orgId] of orgIds.entries()) await seedSchool(tx, orgId, staffOf[i] ?? [], today, i === 0, i === 1);
}
