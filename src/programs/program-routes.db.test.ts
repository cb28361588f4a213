import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { agreedPair as schoolWithPair } from '../../test/program-factories.js';
import { shiftDays } from '../calendar/production-calendar.js';
import { todayIso } from '../shared/dates.js';
import { addMonths } from './lifecycle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const agreedPair = () => schoolWithPair(t);

describe('programs', () => {
  it('refuses a term outside 3–12 months with a clear message (422), and a group not yet agreed', async () => {
    const s = await agreedPair();
    const short = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2026-11-15',
      goals: 'Освоить методику урока',
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors).toEqual([{ path: 'endsOn', message: expect.stringContaining('от 3 до 12 месяцев') }]);
    const long = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-09-01',
      goals: 'x',
    });
    expect(long.statusCode).toBe(422);
    const unknown = await s.call('POST', 'programs', {
      groupId: s.mentee.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      goals: 'x',
    });
    expect(unknown.json().errors[0].path).toBe('groupId');
  });

  it('lives draft → agreed → approved → active → extended → mentor replaced → terminated, with its history', async () => {
    const s = await agreedPair();
    const created = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      goals: 'Выстроить урок по системно-деятельностному подходу',
    });
    expect(created.statusCode).toBe(201);
    const program = created.json();
    expect(program).toMatchObject({ status: 'draft', allowedActions: ['agree'], difficulties: [s.d1] });
    const again = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      goals: 'x',
    });
    expect(again.json().code).toBe('PROGRAM_EXISTS');

    const step = (body: object, as?: string) => s.call('POST', `programs/${program.id}/transitions`, body, as);
    // Not yet: the status names what it allows.
    const early = await step({ action: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('agree');
    // The mentee agrees in the app; the curator records the mentor's paper signature.
    const menteeUser = await linkedUser(t, s.org.id, ['mentee'], s.menteePerson.id);
    expect((await step({ action: 'agree' }, menteeUser.cookie)).json().participants[1].agreed).toBe(true);
    expect((await step({ action: 'approve' }, menteeUser.cookie)).statusCode).toBe(403);
    expect((await step({ action: 'agree', participantId: s.mentor.id }, menteeUser.cookie)).statusCode).toBe(403);
    const agreed = await step({ action: 'agree', participantId: s.mentor.id });
    expect(agreed.json().status).toBe('agreed');
    expect((await step({ action: 'approve' })).json().status).toBe('approved');
    expect((await step({ action: 'start' })).json().status).toBe('active');

    const noConsent = await step({ action: 'extend', endsOn: '2027-08-31' });
    expect(noConsent.json().errors[0].path).toBe('allConsent');
    const tooLong = await step({ action: 'extend', endsOn: '2027-10-31', allConsent: true });
    expect(tooLong.json().errors[0]).toMatchObject({ path: 'endsOn' });
    expect((await step({ action: 'extend', endsOn: '2027-08-31', allConsent: true })).json().endsOn).toBe('2027-08-31');

    const replaced = await step({
      action: 'replace-mentor',
      mentorId: s.second.id,
      requestedBy: 'mentee',
      newMentorAgreed: true,
      note: 'Заявление наставляемой от 10.11.2026',
    });
    expect(replaced.json().participants[0]).toEqual({ id: s.second.id, role: 'mentor', agreed: true });
    const group = (await s.call('GET', `groups/${s.group.id}`)).json();
    expect(group.mentorId).toBe(s.second.id);
    // The new mentor now sees the program as theirs.
    const newMentor = await linkedUser(t, s.org.id, ['mentor'], s.secondPerson.id);
    expect((await s.call('GET', `programs/${program.id}`, undefined, newMentor.cookie)).statusCode).toBe(200);

    const noReason = await step({ action: 'terminate' });
    expect(noReason.statusCode).toBe(422);
    const ended = await step({ action: 'terminate', reason: 'mutual' });
    expect(ended.json()).toMatchObject({ status: 'terminated', allowedActions: [] });
    expect((await step({ action: 'start' })).statusCode).toBe(409);

    const events = (await s.call('GET', `programs/${program.id}/events`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'agree',
      'agree',
      'approve',
      'start',
      'extend',
      'replace-mentor',
      'terminate',
    ]);
    expect(events[5]).toMatchObject({ before: { endsOn: '2027-05-31' }, after: { endsOn: '2027-08-31' } });
    expect(events[7].reason).toBe('mutual');
  });

  it('shows a mentee only their own programs, and nothing across organizations', async () => {
    const s = await agreedPair();
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2027-05-31',
        goals: 'Цели',
      })
    ).json();
    const menteeUser = await linkedUser(t, s.org.id, ['mentee'], s.menteePerson.id);
    expect((await s.call('GET', 'programs', undefined, menteeUser.cookie)).json().items).toHaveLength(1);
    const stranger = await consentingStaff(t.database.db, s.org.id, ['personal-data']);
    const other = await linkedUser(t, s.org.id, ['mentee'], stranger.id);
    expect((await s.call('GET', 'programs', undefined, other.cookie)).json().items).toEqual([]);
    expect((await s.call('GET', `programs/${program.id}`, undefined, other.cookie)).statusCode).toBe(404);
    const elsewhere = await orgWithUser(t, ['curator']);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${elsewhere.org.id}/programs/${program.id}`,
      cookie: elsewhere.cookie,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('keeps a plan and completes only when every activity is done or dropped', async () => {
    const s = await agreedPair();
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2026-12-31',
        goals: 'Освоить приёмы управления классом',
        activities: [
          { title: 'Знакомство, диагностика затруднений', kind: 'meeting', dueOn: '2026-09-10' },
          { title: 'Посещение урока наставляемой', kind: 'lesson-observation', dueOn: '2026-10-15' },
        ],
      })
    ).json();
    const plan = (await s.call('GET', `programs/${program.id}/activities`)).json().items;
    expect(plan.map((a: { position: number; status: string }) => [a.position, a.status])).toEqual([
      [1, 'planned'],
      [2, 'planned'],
    ]);
    const added = await s.call('POST', `programs/${program.id}/activities`, {
      title: 'Открытый урок',
      kind: 'open-lesson',
      responsible: 'наставляемая',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().position).toBe(3);
    const bad = await s.call('POST', `programs/${program.id}/activities`, { title: '', kind: 'party' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['kind', 'title']);

    const step = (body: object) => s.call('POST', `programs/${program.id}/transitions`, body);
    await step({ action: 'agree', participantId: s.mentor.id });
    await step({ action: 'agree', participantId: s.mentee.id });
    await step({ action: 'approve' });
    await step({ action: 'start' });
    const early = await step({ action: 'complete' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('PROGRAM_PLAN_NOT_DONE');
    expect(early.json().detail).toContain('не выполнены и не исключены: 3');

    const items = (await s.call('GET', `programs/${program.id}/activities`)).json().items;
    for (const [i, a] of items.entries()) {
      const status = i === 2 ? 'dropped' : 'done';
      const res = await t.request({
        method: 'PUT',
        url: `/api/v1/orgs/${s.org.id}/programs/${program.id}/activities/${a.id}`,
        cookie: s.cookie,
        body: { title: a.title, kind: a.kind, status, evidence: 'Запись в журнале', version: a.version },
      });
      expect(res.statusCode).toBe(200);
    }
    const stale = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${s.org.id}/programs/${program.id}/activities/${items[0].id}`,
      cookie: s.cookie,
      body: { title: 'x', kind: 'meeting', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await step({ action: 'complete' })).json().status).toBe('completed');
    const closed = await s.call('POST', `programs/${program.id}/activities`, { title: 'Поздно', kind: 'other' });
    expect(closed.statusCode).toBe(409);
  });

  it('keeps a journal both sides write and the curator reads, only while the program runs', async () => {
    const s = await agreedPair();
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2027-05-31',
        goals: 'Цели',
      })
    ).json();
    const entry = {
      kind: 'lesson-observation',
      happenedOn: '2026-10-02',
      minutes: 45,
      summary: 'Урок в 6 «Б»: работа в группах',
      observation: { className: '6 «Б»', topic: 'Дроби', strengths: 'Чёткая постановка цели', toImprove: 'Тайминг' },
    };
    const tooEarly = await s.call('POST', `programs/${program.id}/journal`, entry);
    expect(tooEarly.statusCode).toBe(409);
    const step = (body: object) => s.call('POST', `programs/${program.id}/transitions`, body);
    await step({ action: 'agree', participantId: s.mentor.id });
    await step({ action: 'agree', participantId: s.mentee.id });
    await step({ action: 'approve' });
    await step({ action: 'start' });

    const mentorUser = await linkedUser(t, s.org.id, ['mentor'], s.mentorPerson.id);
    const written = await s.call('POST', `programs/${program.id}/journal`, entry, mentorUser.cookie);
    expect(written.statusCode).toBe(201);
    expect(written.json()).toMatchObject({ kind: 'lesson-observation', minutes: 45, observation: { topic: 'Дроби' } });
    const menteeUser = await linkedUser(t, s.org.id, ['mentee'], s.menteePerson.id);
    const task = await s.call(
      'POST',
      `programs/${program.id}/journal`,
      {
        kind: 'assignment',
        happenedOn: '2026-10-05',
        summary: 'Задание после урока',
        assignment: { task: 'Переписать план урока' },
      },
      menteeUser.cookie,
    );
    expect(task.statusCode).toBe(201);
    const noTask = await s.call('POST', `programs/${program.id}/journal`, {
      kind: 'assignment',
      happenedOn: '2026-10-05',
      summary: 'x',
    });
    expect(noTask.json().errors[0].path).toBe('assignment');
    const future = await s.call('POST', `programs/${program.id}/journal`, { ...entry, happenedOn: '2099-01-01' });
    expect(future.json().errors[0].path).toBe('happenedOn');
    const stranger = await consentingStaff(t.database.db, s.org.id, ['personal-data']);
    const other = await linkedUser(t, s.org.id, ['mentor'], stranger.id);
    expect((await s.call('POST', `programs/${program.id}/journal`, entry, other.cookie)).statusCode).toBe(404);

    const journal = (await s.call('GET', `programs/${program.id}/journal`)).json().items;
    expect(journal.map((e: { kind: string }) => e.kind)).toEqual(['lesson-observation', 'assignment']);
  });

  it('tells the curator what needs attention, counted from today', async () => {
    const s = await agreedPair();
    const today = todayIso();
    const startsOn = addMonths(today, -4);
    const endsOn = shiftDays(today, 10);
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn,
        endsOn,
        goals: 'Цели',
        activities: [
          { title: 'Просроченное', kind: 'meeting', dueOn: shiftDays(today, -3) },
          { title: 'Впереди', kind: 'meeting', dueOn: shiftDays(today, 3) },
        ],
      })
    ).json();
    const draftView = (await s.call('GET', 'programs/overview')).json();
    expect(draftView.awaitingAgreement).toEqual([
      { programId: program.id, groupId: s.group.id, pending: [s.mentor.id, s.mentee.id] },
    ]);
    const step = (body: object) => s.call('POST', `programs/${program.id}/transitions`, body);
    await step({ action: 'agree', participantId: s.mentor.id });
    await step({ action: 'agree', participantId: s.mentee.id });
    await step({ action: 'approve' });
    await step({ action: 'start' });
    const view = (await s.call('GET', 'programs/overview')).json();
    expect(view.overdue.map((o: { title: string }) => o.title)).toEqual(['Просроченное']);
    expect(view.quiet).toEqual([{ programId: program.id, groupId: s.group.id, lastEntryOn: null }]);
    expect(view.endingSoon).toEqual([{ programId: program.id, groupId: s.group.id, endsOn }]);
    expect(view.awaitingAgreement).toEqual([]);
    // A journal entry this week ends the silence.
    await s.call('POST', `programs/${program.id}/journal`, { kind: 'meeting', happenedOn: today, summary: 'Встреча' });
    expect((await s.call('GET', 'programs/overview')).json().quiet).toEqual([]);
  });

  it('takes a mentee’s petition and a mentor’s release request, decided by the curator', async () => {
    const s = await agreedPair();
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2027-05-31',
        goals: 'Цели',
      })
    ).json();
    const menteeUser = await linkedUser(t, s.org.id, ['mentee'], s.menteePerson.id);
    const mentorUser = await linkedUser(t, s.org.id, ['mentor'], s.mentorPerson.id);
    const petition = await s.call(
      'POST',
      `programs/${program.id}/requests`,
      { kind: 'replace-mentor', reason: 'Нужен наставник, который ведёт мой предмет' },
      menteeUser.cookie,
    );
    expect(petition.statusCode).toBe(201);
    expect(petition.json()).toMatchObject({ kind: 'replace-mentor', participantId: s.mentee.id, status: 'pending' });
    // The mentee cannot ask to release the mentor, nor the mentor petition about themselves.
    expect(
      (await s.call('POST', `programs/${program.id}/requests`, { kind: 'release', reason: 'x' }, menteeUser.cookie))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await s.call(
          'POST',
          `programs/${program.id}/requests`,
          { kind: 'replace-mentor', reason: 'x' },
          mentorUser.cookie,
        )
      ).statusCode,
    ).toBe(403);
    const release = await s.call(
      'POST',
      `programs/${program.id}/requests`,
      { kind: 'release', reason: 'Большая нагрузка во втором полугодии' },
      mentorUser.cookie,
    );
    expect(release.statusCode).toBe(201);
    expect((await s.call('GET', 'programs/overview')).json().requests).toHaveLength(2);

    const decide = (id: string, body: object, as?: string) =>
      s.call('POST', `programs/${program.id}/requests/${id}/decision`, body, as);
    expect((await decide(petition.json().id, { decision: 'accepted' }, menteeUser.cookie)).statusCode).toBe(403);
    const accepted = await decide(petition.json().id, {
      decision: 'accepted',
      note: 'Подобрать наставника-предметника',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', decisionNote: 'Подобрать наставника-предметника' });
    expect((await decide(petition.json().id, { decision: 'declined' })).json().code).toBe('PROGRAM_REQUEST_DECIDED');
    await decide(release.json().id, { decision: 'declined', note: 'До конца четверти' });
    const listed = (await s.call('GET', `programs/${program.id}/requests`)).json().items;
    expect(listed.map((r: { status: string }) => r.status)).toEqual(['accepted', 'declined']);
    expect((await s.call('GET', 'programs/overview')).json().requests).toEqual([]);
  });

  it('prints the program to sign and the completion report, in Word and PDF', async () => {
    const s = await agreedPair();
    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2027-05-31',
        goals: 'Освоить приёмы управления классом',
        activities: [{ title: 'Посещение уроков наставника', kind: 'lesson-observation', dueOn: '2026-10-15' }],
      })
    ).json();
    for (const paper of ['document', 'report']) {
      const docx = await s.call('GET', `programs/${program.id}/${paper}.docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const zip = await JSZip.loadAsync(docx.rawPayload);
      const xml = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
      expect(xml).toContain('Посещение уроков наставника');
      const pdf = await s.call('GET', `programs/${program.id}/${paper}.pdf`);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const elsewhere = await orgWithUser(t, ['curator']);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${elsewhere.org.id}/programs/${program.id}/document.pdf`,
      cookie: elsewhere.cookie,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('starts from a ready plan or copies a past program, its deadlines moved to the new term', async () => {
    const s = await agreedPair();
    const templates = (await s.call('GET', 'programs/templates')).json().items;
    expect(templates.map((x: { name: string }) => x.name)).toContain('young-specialist');
    const noGoals = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
    });
    expect(noGoals.json().errors[0].path).toBe('goals');
    const unknown = await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      template: 'nothing',
    });
    expect(unknown.json().errors[0].path).toBe('template');
    const fromTemplate = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: '2026-09-01',
        endsOn: '2027-05-31',
        template: 'young-specialist',
      })
    ).json();
    expect(fromTemplate.goals).toContain('молодому специалисту');
    const plan = (await s.call('GET', `programs/${fromTemplate.id}/activities`)).json().items;
    expect(plan[0]).toMatchObject({
      title: expect.stringContaining('Знакомство'),
      dueOn: '2026-09-07',
      status: 'planned',
    });
    expect(plan.every((a: { dueOn: string }) => a.dueOn <= '2027-05-31')).toBe(true);

    // Ended, it stays in the bank; the next pair's program copies it from the new start.
    await s.call('POST', `programs/${fromTemplate.id}/transitions`, { action: 'agree', participantId: s.mentor.id });
    await s.call('POST', `programs/${fromTemplate.id}/transitions`, { action: 'agree', participantId: s.mentee.id });
    await s.call('POST', `programs/${fromTemplate.id}/transitions`, { action: 'approve' });
    await s.call('POST', `programs/${fromTemplate.id}/transitions`, { action: 'terminate', reason: 'mutual' });
    // The ended program's pair has ended with it; the mentee gets a new pair.
    expect((await s.call('GET', `groups/${s.group.id}`)).json().status).toBe('ended');
    const next = (
      await s.call('POST', 'groups', { mentorId: s.second.id, menteeIds: [s.mentee.id], forms: ['traditional'] })
    ).json();
    let version = next.version;
    for (const participantId of [s.second.id, s.mentee.id]) {
      version = (
        await s.call('POST', `groups/${next.id}/agreements`, { participantId, decision: 'agreed', version })
      ).json().version;
    }
    const copy = (
      await s.call('POST', 'programs', {
        groupId: next.id,
        startsOn: '2026-10-01',
        endsOn: '2027-03-31',
        copyFrom: fromTemplate.id,
      })
    ).json();
    expect(copy.goals).toBe(fromTemplate.goals);
    const copied = (await s.call('GET', `programs/${copy.id}/activities`)).json().items;
    expect(copied).toHaveLength(plan.length);
    expect(copied[0].dueOn).toBe('2026-10-07');
    expect(copied.every((a: { dueOn: string }) => a.dueOn <= '2027-03-31')).toBe(true);
  });
});
