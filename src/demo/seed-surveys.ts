// Demo questionnaires for school 1, made through the surveys' own use cases so the rules and the
// journal apply: an open needs campaign (§3.4) that part of the mentee bank has answered, a closed
// anonymous programme-quality survey with a dozen answers, and a draft for potential mentors. The
// people who answered get accounts of their own; those accounts have no usable password.
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import { memberships, users } from '../auth/auth-tables.js';
import type { Role } from '../auth/policy.js';
import { mentees, mentors } from '../banks/banks-table.js';
import { listDifficulties } from '../catalog/catalog-store.js';
import type { Db } from '../db/client.js';
import { staff } from '../staff/staff-table.js';
import { applyResponse } from '../surveys/apply-response.js';
import { submitResponse } from '../surveys/respond.js';
import type { Answers, Question } from '../surveys/survey-contract.js';
import { buildTemplate } from '../surveys/templates.js';
import { createSurvey, moveSurvey } from '../surveys/write-survey.js';
import { contextFor } from './demo-context.js';

const seedActor: Actor = { userId: null, name: 'Демонстрационные данные' };
/** Not an argon2 hash, so no password ever matches it: these accounts exist to have answered. */
const noPassword = '!demo-respondent';

const requests = [
  'Хочу научиться выстраивать урок так, чтобы успевали все: и сильные, и слабые ученики.',
  'Нужна помощь с рабочей программой и электронным журналом — много времени уходит на оформление.',
  'Трудно держать дисциплину в 7-х классах, особенно на последних уроках.',
  'Хотела бы разобраться, как готовить ребят к ОГЭ без натаскивания.',
  'Боюсь родительских собраний, хочу понять, как вести разговор с родителями.',
  'Интересно освоить цифровые сервисы для проверки домашних заданий.',
];
const best = [
  'Разбор моих уроков с наставником сразу после занятия',
  'Совместная подготовка открытого урока',
  'Поддержка в первые недели, когда всё было новым',
  'Конкретные приёмы работы с трудным классом',
  'Возможность задать любой вопрос без стеснения',
  'Общие планёрки группы наставляемых',
];
const improve = [
  'Больше времени на встречи, в расписании их трудно найти',
  'Хотелось бы посещать уроки других опытных коллег',
  'Меньше бумажной отчётности по программе',
  'Заранее согласовывать план встреч на месяц',
];

interface Person {
  staffId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  email: string | null;
}

const plusDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The account bound to this staff member, made when there is none yet. */
async function accountOf(tx: Db, orgId: string, p: Person, role: Role, n: number) {
  const [bound] = await tx
    .select({ id: users.id, login: users.login, fullName: users.fullName, roles: memberships.roles })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.staffId, p.staffId)));
  if (bound) return contextFor(orgId, bound.roles, bound);
  const fullName = [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
  const login = p.email?.split('@')[0] ?? `teacher${n}`;
  const [user] = await tx
    .insert(users)
    .values({ login, fullName, email: p.email, passwordHash: noPassword })
    .returning();
  if (!user) throw new Error('insert returned nothing');
  await tx.insert(memberships).values({ orgId, userId: user.id, roles: [role], staffId: p.staffId });
  await recordAudit(tx, seedActor, {
    orgId,
    entity: 'user',
    entityId: user.id,
    action: 'create',
    after: { login, fullName, roles: [role] },
  });
  return contextFor(orgId, [role], user);
}

async function bankPeople(tx: Db, orgId: string, bank: 'mentees' | 'mentors'): Promise<Person[]> {
  const table = bank === 'mentees' ? mentees : mentors;
  return tx
    .select({
      staffId: staff.id,
      lastName: staff.lastName,
      firstName: staff.firstName,
      middleName: staff.middleName,
      email: staff.email,
    })
    .from(table)
    .innerJoin(staff, eq(staff.id, table.staffId))
    .where(and(eq(table.orgId, orgId), notInArray(table.status, ['withdrawn', 'removed'])))
    .orderBy(asc(table.createdAt), asc(staff.sortName));
}

/** A needs answer: three or four catalogue choices from two groups, ratings, forms and the request. */
function needsAnswers(questions: readonly Question[], i: number): Answers {
  const answers: Answers = {};
  const groups = questions.filter((q) => q.id.startsWith('need-'));
  for (const k of [0, 1]) {
    const q = groups[(i * 3 + k * 5) % Math.max(groups.length, 1)];
    const options = q?.options ?? [];
    if (!q || options.length === 0) continue;
    const picks = [options[(i + k) % options.length]?.id, options[(i + k + 1) % options.length]?.id];
    answers[q.id] = [...new Set(picks.slice(0, k === 0 ? 2 : 1 + (i % 2)).filter((id): id is string => !!id))];
  }
  answers.hindrance = 2 + (i % 3);
  answers.confidence = 4 + ((i * 2) % 5);
  answers.forms = [['traditional'], ['traditional', 'group'], ['situational', 'remote']][i % 3] ?? [];
  answers.request = requests[i % requests.length] ?? requests[0] ?? '';
  return answers;
}

/** Programme-quality answers with a believable spread: mostly good, a few lukewarm. */
function satisfactionAnswers(i: number): Answers {
  const overall = [9, 8, 10, 7, 8, 9, 6, 8, 9, 10, 7, 8][i % 12] ?? 8;
  const answers: Answers = {
    overall,
    meetings: [5, 4, 5, 4, 3, 5, 4, 4, 5, 5, 3, 4][i % 12] ?? 4,
    goals: [4, 4, 5, 3, 4, 4, 3, 4, 5, 4, 3, 4][i % 12] ?? 4,
    climate: [5, 5, 5, 4, 4, 5, 3, 5, 5, 5, 4, 4][i % 12] ?? 5,
    again: overall >= 8 ? 'yes' : overall >= 7 ? 'unsure' : 'no',
  };
  if (i % 2 === 0) answers.best = best[(i / 2) % best.length] ?? '';
  if (i % 3 === 1) answers.improve = improve[i % improve.length] ?? '';
  return answers;
}

export async function seedSurveys(tx: Db, orgId: string, today: string): Promise<void> {
  const [curator] = await tx
    .select({ id: users.id, login: users.login, fullName: users.fullName })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
    .where(eq(users.login, 'curator'));
  if (!curator) throw new Error('demo: no curator in school 1');
  const ctx = contextFor(orgId, ['curator'], curator);
  const catalog = await listDifficulties(tx, orgId, false);
  const [demoMentee] = await tx
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(users.login, ['mentee'])));
  const menteePeople = await bankPeople(tx, orgId, 'mentees');
  const mentorPeople = await bankPeople(tx, orgId, 'mentors');
  const year = Number(today.slice(0, 4));
  const schoolYear = today.slice(5) >= '09-01' ? `${year}/${year + 1}` : `${year - 1}/${year}`;

  // The yearly needs campaign, addressed to the mentee bank: about half have answered, the demo
  // «mentee» has not, so the progress and the reminder have someone to show.
  const needsData = buildTemplate(
    {
      template: 'needs-assessment',
      title: `Выявление профессиональных затруднений педагогов, ${schoolYear} учебный год`,
      opensOn: plusDays(today, -10),
      closesOn: plusDays(today, 20),
    },
    catalog,
  );
  const needs = await createSurvey(tx, ctx, { ...needsData, audience: { banks: ['mentees'] } });
  const opened = await moveSurvey(tx, ctx, needs.id, 'open', needs.version, null);
  const answering = menteePeople.filter((p) => p.staffId !== demoMentee?.staffId).slice(0, 6);
  const answered = [];
  for (const [i, p] of answering.entries()) {
    const who = await accountOf(tx, orgId, p, 'mentee', i);
    answered.push(await submitResponse(tx, who, opened.id, needsAnswers(opened.questions, i), today));
  }
  // The curator has already confirmed the first answer into the bank.
  if (answered[0]) await applyResponse(tx, ctx, opened.id, answered[0].id);

  // The previous round's programme-quality survey: anonymous, closed, twelve answers.
  const opensOn = plusDays(today, -75);
  const quality = await createSurvey(
    tx,
    ctx,
    buildTemplate({ template: 'satisfaction', title: null, opensOn, closesOn: plusDays(today, -45) }, catalog),
  );
  let open = await moveSurvey(tx, ctx, quality.id, 'open', quality.version, null);
  const raters = [...mentorPeople, ...menteePeople.filter((p) => p.staffId !== demoMentee?.staffId)].slice(0, 12);
  for (const [i, p] of raters.entries()) {
    const role: Role = mentorPeople.includes(p) ? 'mentor' : 'mentee';
    const who = await accountOf(tx, orgId, p, role, 100 + i);
    await submitResponse(tx, who, open.id, satisfactionAnswers(i), plusDays(opensOn, 3 + (i % 20)));
  }
  open = await moveSurvey(tx, ctx, open.id, 'close', open.version, 'Опрос завершён по плану');

  // Next year's call for mentors, still being prepared.
  await createSurvey(
    tx,
    ctx,
    buildTemplate(
      { template: 'mentor-candidate', title: null, opensOn: plusDays(today, 14), closesOn: plusDays(today, 44) },
      catalog,
    ),
  );
}
