// The first demo school's personalized programs, one in every state, on a school year that is
// really under way: last year's two pairs (fixed by a signed order) — one program completed after an
// extension, one ended early by mutual decision, both closed by an order — and this year's pairs: one
// program at work with a rich journal, an overdue activity and a new mentor on the mentee's petition,
// one approved that starts in a few days, one agreed by a group of three and waiting for the
// curator, and the demo mentor's new pair whose draft waits for the mentor. Dates count from the day
// the demo is made. New people come from staff outside the banks, so the matching round of
// seed-matching.ts keeps the same people and places.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import { mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import { difficulties } from '../catalog/difficulties-table.js';
import type { Db } from '../db/client.js';
import { groupAgreements, groups } from '../groups/groups-table.js';
import { programRequests } from '../programs/programs-table.js';
import { formatRuDate } from '../shared/dates.js';
import { staff } from '../staff/staff-table.js';
import { contextOf } from './demo-context.js';
import { at, lastDay, orderLabel, remark, signedOrder, step, workday } from './demo-history.js';
import {
  addMentee,
  addMentor,
  endGroup,
  formGroup,
  freeStaff,
  fullName,
  type Person,
  type School,
  seedActor,
  setStatus,
} from './demo-pairs.js';
import { agreeAll, changeByOrder, draft, draftedDay, writeJournal } from './demo-program-steps.js';
import {
  activeStory,
  agreedStory,
  approvedStory,
  completedStory,
  draftStory,
  terminatedStory,
  words,
} from './program-stories.js';

export async function seedPrograms(tx: Db, orgId: string, today: string): Promise<void> {
  const curator = await contextOf(tx, orgId, 'curator');
  const director = await contextOf(tx, orgId, 'director');
  const mentorLogin = await contextOf(tx, orgId, 'mentor');
  const catalogRows = await tx
    .select({ id: difficulties.id, name: difficulties.name })
    .from(difficulties)
    .where(eq(difficulties.orgId, orgId));
  const s: School = { orgId, today, curator, director, catalog: new Map(catalogRows.map((d) => [d.name, d.id])) };
  const year = Number(today.slice(0, 4));
  const schoolYear = today >= `${year}-09-01` ? year : year - 1;

  // People: the demo mentor, two mentors of the bank with free places, and newcomers to the banks.
  const bank = await tx
    .select()
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.status, 'available')))
    .orderBy(mentors.createdAt);
  const busy = await tx
    .select({ mentorId: groups.mentorId, n: sql<number>`sum(cardinality(${groups.menteeIds}))` })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), inArray(groups.status, ['proposed', 'agreed', 'active'])))
    .groupBy(groups.mentorId);
  const free = (m: (typeof bank)[number]) => m.capacity - Number(busy.find((b) => b.mentorId === m.id)?.n ?? 0);
  const demoEntry = bank.find((m) => m.staffId === mentorLogin.staffId);
  const others = bank.filter((m) => m !== demoEntry && free(m) > 0);
  if (!demoEntry || others.length < 2) throw new Error('demo: not enough mentors for the programs');
  const staffRows = await tx.select().from(staff).where(eq(staff.orgId, orgId));
  const bankPerson = (m: (typeof bank)[number], actor: Actor | null): Person => {
    const row = staffRows.find((r) => r.id === m.staffId);
    return { entryId: m.id, name: row ? fullName(row) : '—', actor };
  };
  const demoMentor = bankPerson(demoEntry, mentorLogin.actor);
  const [firstOther, secondOther] = others;
  if (!firstOther || !secondOther) throw new Error('demo: not enough mentors for the programs');
  const formerMentor = bankPerson(firstOther, null);
  const lastYearMentor = bankPerson(secondOther, null);
  // The demo mentor takes two more mentees this year: the matching round keeps their free places.
  await tx
    .update(mentors)
    .set({ capacity: demoEntry.capacity + 2, version: sql`${mentors.version} + 1` })
    .where(eq(mentors.id, demoEntry.id));
  await recordAudit(tx, seedActor, {
    orgId,
    entity: 'mentor',
    entityId: demoEntry.id,
    action: 'update',
    before: { capacity: demoEntry.capacity },
    after: { capacity: demoEntry.capacity + 2 },
    reason: 'Наставник согласился вести ещё двух наставляемых',
  });

  const pool = await freeStaff(tx, orgId);
  const teachers = pool.filter((p) => p.subjects.length > 0);
  const experienced = teachers.filter(
    (p) => p.teachingSince !== null && year - p.teachingSince >= 10 && p.qualificationCategory !== 'none',
  );
  const mentorStaff = experienced.slice(0, 2);
  // The youngest four are last year's and this year's young specialists; the three with the longest
  // service came from another school, back from a break, or asked for help with a class.
  const byYouth = teachers
    .filter((p) => !mentorStaff.includes(p))
    .sort((a, b) => (b.teachingSince ?? 0) - (a.teachingSince ?? 0));
  const [mentorP, mentorG] = mentorStaff;
  const [sC, sA, sG1, sG2] = byYouth.slice(0, 4);
  const [sT, sP, sD] = byYouth.slice(-3);
  if (!mentorP || !mentorG || !sC || !sA || !sG1 || !sG2 || !sT || !sP || !sD || byYouth.length < 7)
    throw new Error('demo: not enough staff for the programs');
  const menteeC = await addMentee(tx, s, sC, 'young-specialist', completedStory);
  const menteeT = await addMentee(tx, s, sT, 'new-to-school', terminatedStory);
  const menteeA = await addMentee(tx, s, sA, 'young-specialist', activeStory);
  const menteeD = await addMentee(tx, s, sD, 'returning-after-break', draftStory);
  const menteeP = await addMentee(tx, s, sP, 'identified-difficulties', approvedStory);
  const menteeG1 = await addMentee(tx, s, sG1, 'young-specialist', agreedStory);
  const menteeG2 = await addMentee(tx, s, sG2, 'young-specialist', agreedStory);
  const newMentorP = await addMentor(tx, s, mentorP, 1, ['traditional', 'situational'], approvedStory);
  const newMentorG = await addMentor(tx, s, mentorG, 2, ['group', 'traditional'], agreedStory);

  // ——— Last school year: two pairs fixed by an order in September. ———
  const lastOrderOn = workday(`${schoolYear - 1}-09-07`, 1);
  const lastStart = workday(shiftDays(lastOrderOn, 5), 1);
  const gC = await formGroup(tx, s, demoMentor, [menteeC], completedStory.forms, shiftDays(lastOrderOn, -4));
  const gT = await formGroup(tx, s, lastYearMentor, [menteeT], terminatedStory.forms, shiftDays(lastOrderOn, -4));
  await signedOrder(
    tx,
    s,
    'groups',
    [gC, gT].map((g) => ({ entity: 'group' as const, entityId: g.id })),
    lastOrderOn,
    today,
    'Закрепление пар на учебный год',
  );

  // Completed: the whole plan done, extended once with everyone's consent.
  const firstEnd = lastDay(lastStart, 5);
  const finalEnd = `${schoolYear}-05-29`;
  const pC = await draft(tx, s, gC, demoMentor, [menteeC], completedStory, {
    startsOn: lastStart,
    endsOn: firstEnd,
    draftedOn: workday(shiftDays(lastStart, -7)),
    allDone: true,
    // The plan as it stood after the extension moved its last steps into spring.
    planEnd: finalEnd,
  });
  await agreeAll(tx, s, pC, [menteeC, demoMentor], draftedDay(pC));
  await step(tx, pC, { action: 'approve' }, curator.actor, at(workday(shiftDays(lastStart, -1)), '14:30'));
  await step(tx, pC, { action: 'start', on: lastStart }, curator.actor, at(lastStart, '08:30'));
  await writeJournal(tx, s, pC, completedStory, (by) => (by === 'mentor' ? demoMentor : menteeC));
  const extendAsked = workday(shiftDays(lastStart, 126));
  const extendOn = workday(shiftDays(extendAsked, 3), 1);
  const extension = await changeByOrder(
    tx,
    s,
    pC,
    { action: 'extend', askedOn: extendAsked, signedOn: extendOn },
    { endsOn: finalEnd, allConsent: true, reason: words.extendReason, note: words.extendNote },
    'program-change',
  );
  await step(
    tx,
    pC,
    { action: 'extend', endsOn: finalEnd, consentOf: [menteeC.entryId, demoMentor.entryId] },
    director.actor,
    at(extendOn, '11:05'),
    { reason: words.extendReason, note: words.extendNote, extra: { order: orderLabel(extension) } },
  );
  const completedOn = workday(shiftDays(finalEnd, -2));
  await step(tx, pC, { action: 'complete' }, curator.actor, at(completedOn, '15:20'));
  const completion = await signedOrder(
    tx,
    s,
    'program-end',
    [
      { entity: 'program', entityId: pC.row.id },
      { entity: 'group', entityId: gC.id },
    ],
    workday(finalEnd),
    today,
  );
  await endGroup(tx, s, gC.id, `Приказ ${orderLabel(completion)}`);
  await setStatus(tx, orgId, { entity: 'mentee', status: 'done' }, menteeC.entryId, `Приказ ${orderLabel(completion)}`);

  // Terminated: the mentee leaves on parental leave; both sides agreed to end early.
  const pT = await draft(tx, s, gT, lastYearMentor, [menteeT], terminatedStory, {
    startsOn: lastStart,
    endsOn: lastDay(lastStart, 9),
    draftedOn: workday(shiftDays(lastStart, -7)),
  });
  await agreeAll(tx, s, pT, [menteeT, lastYearMentor], draftedDay(pT));
  await step(tx, pT, { action: 'approve' }, curator.actor, at(workday(shiftDays(lastStart, -1)), '14:40'));
  await step(tx, pT, { action: 'start', on: lastStart }, curator.actor, at(lastStart, '08:35'));
  await writeJournal(tx, s, pT, terminatedStory, (by) => (by === 'mentor' ? lastYearMentor : menteeT));
  const endAsked = workday(shiftDays(lastStart, 100));
  const endOn = workday(shiftDays(endAsked, 2), 1);
  const ending = await changeByOrder(
    tx,
    s,
    pT,
    { action: 'terminate', askedOn: endAsked, signedOn: endOn },
    { reason: 'mutual', note: words.terminateNote },
    'program-end',
  );
  await step(tx, pT, { action: 'terminate', reason: 'mutual' }, director.actor, at(endOn, '11:05'), {
    note: words.terminateNote,
    extra: { agreementEndsOn: endAsked, order: orderLabel(ending) },
  });
  await endGroup(tx, s, gT.id, `Приказ ${orderLabel(ending)}`);
  await setStatus(tx, orgId, { entity: 'mentee', status: 'done' }, menteeT.entryId, words.leftBank);

  // ——— This school year. ———
  // At work for ten weeks: a new mentor after the mentee's petition, a rich journal, one overdue step.
  const startA = workday(shiftDays(today, -70));
  const orderA = workday(shiftDays(startA, -5));
  const gA = await formGroup(tx, s, formerMentor, [menteeA], activeStory.forms, shiftDays(orderA, -3));
  await signedOrder(tx, s, 'groups', [{ entity: 'group', entityId: gA.id }], orderA, today, 'Закрепление пар');
  const pA = await draft(tx, s, gA, formerMentor, [menteeA], activeStory, {
    startsOn: startA,
    endsOn: lastDay(startA, 8),
    draftedOn: workday(shiftDays(startA, -7)),
  });
  await agreeAll(tx, s, pA, [menteeA, formerMentor], draftedDay(pA));
  await step(tx, pA, { action: 'approve' }, curator.actor, at(workday(shiftDays(startA, -1)), '14:10'));
  await step(tx, pA, { action: 'start', on: startA }, curator.actor, at(startA, '08:20'));
  const asked = workday(shiftDays(startA, 20));
  const decided = workday(shiftDays(asked, 2), 1);
  const replacedOn = workday(shiftDays(decided, 3), 1);
  await tx.insert(programRequests).values({
    orgId,
    programId: pA.row.id,
    kind: 'replace-mentor',
    participantId: menteeA.entryId,
    reason: words.petition,
    status: 'accepted',
    authorName: menteeA.name,
    decidedByName: curator.actor.name,
    decisionNote: words.petitionDecision,
    createdAt: at(asked, '16:05'),
    decidedAt: at(decided, '10:15'),
  });
  await recordAudit(tx, curator.actor, {
    orgId,
    entity: 'program',
    entityId: pA.row.id,
    action: 'request-accepted',
    after: { kind: 'replace-mentor', status: 'accepted' },
    reason: words.petitionDecision,
  });
  const note = `Ходатайство от ${formatRuDate(asked)}; ${words.replaceNote}`;
  const handover = await changeByOrder(
    tx,
    s,
    pA,
    { action: 'replace-mentor', askedOn: decided, signedOn: replacedOn },
    { mentorId: demoMentor.entryId, requestedBy: 'mentee', newMentorAgreed: true, note },
    'program-change',
  );
  await step(
    tx,
    pA,
    { action: 'replace-mentor', mentorId: demoMentor.entryId, requestedBy: 'mentee', newMentorAgreed: true },
    director.actor,
    at(replacedOn, '11:05'),
    { note, extra: { order: orderLabel(handover) } },
  );
  await tx
    .update(groups)
    .set({ mentorId: demoMentor.entryId, version: sql`${groups.version} + 1`, updatedAt: at(replacedOn, '11:05') })
    .where(eq(groups.id, gA.id));
  await tx.insert(groupAgreements).values({
    orgId,
    groupId: gA.id,
    participantId: demoMentor.entryId,
    role: 'mentor',
    decision: 'agreed',
    recordedBy: curator.actor.userId,
    recordedByName: curator.actor.name,
    recordedAt: at(decided, '10:20'),
    onPaper: true,
  });
  await recordAudit(tx, director.actor, {
    orgId,
    entity: 'group',
    entityId: gA.id,
    action: 'replace-mentor',
    before: { mentorId: formerMentor.entryId },
    after: { mentorId: demoMentor.entryId },
    reason: note,
  });
  const replacedDay = Math.round((Date.parse(replacedOn) - Date.parse(startA)) / 864e5);
  await writeJournal(tx, s, pA, activeStory, (by, day) =>
    by === 'mentee' ? menteeA : day < replacedDay ? formerMentor : demoMentor,
  );
  await setStatus(tx, orgId, { entity: 'mentee', status: 'in-program' }, menteeA.entryId);

  // Three pairs fixed by a later order: their programs are being prepared.
  const orderLater = workday(shiftDays(today, -25));
  const formed = shiftDays(orderLater, -4);
  const gD = await formGroup(tx, s, demoMentor, [menteeD], draftStory.forms, formed);
  const gP = await formGroup(tx, s, newMentorP, [menteeP], approvedStory.forms, formed);
  const gG = await formGroup(tx, s, newMentorG, [menteeG1, menteeG2], agreedStory.forms, formed);
  await signedOrder(
    tx,
    s,
    'groups',
    [gD, gP, gG].map((g) => ({ entity: 'group' as const, entityId: g.id })),
    orderLater,
    today,
    'Закрепление пар по итогам дополнительного подбора',
  );
  for (const m of [menteeD, menteeP, menteeG1, menteeG2])
    await setStatus(tx, orgId, { entity: 'mentee', status: 'in-program' }, m.entryId);
  for (const m of [newMentorP, newMentorG]) await setStatus(tx, orgId, { entity: 'mentor', status: 'full' }, m.entryId);

  // Approved: starts in a few days.
  const startP = workday(shiftDays(today, 3), 1);
  const pP = await draft(tx, s, gP, newMentorP, [menteeP], approvedStory, {
    startsOn: startP,
    endsOn: lastDay(startP, 6),
    draftedOn: workday(shiftDays(today, -14)),
  });
  await agreeAll(tx, s, pP, [menteeP, newMentorP], draftedDay(pP));
  await step(tx, pP, { action: 'approve' }, curator.actor, at(workday(shiftDays(today, -8)), '14:50'));

  // Agreed by the mentor and both mentees: waiting for the curator's approval.
  const startG = workday(shiftDays(today, 14), 1);
  const pG = await draft(tx, s, gG, newMentorG, [menteeG1, menteeG2], agreedStory, {
    startsOn: startG,
    endsOn: lastDay(startG, 9),
    draftedOn: workday(shiftDays(today, -12)),
  });
  await agreeAll(tx, s, pG, [menteeG1, menteeG2, newMentorG], draftedDay(pG));

  // A draft for the demo mentor's new pair: the mentee signed on paper, the mentor has yet to agree.
  const startD = workday(shiftDays(today, 7), 1);
  const pD = await draft(tx, s, gD, demoMentor, [menteeD], draftStory, {
    startsOn: startD,
    endsOn: lastDay(startD, 5),
    draftedOn: workday(shiftDays(today, -6)),
  });
  await remark(tx, pD, curator.actor, at(workday(shiftDays(today, -5)), '15:40'), words.draftRemark);
  await step(
    tx,
    pD,
    { action: 'agree', participantId: menteeD.entryId },
    curator.actor,
    at(workday(shiftDays(today, -4)), '13:25'),
    { note: words.draftComment },
  );
}
