import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { agreedPair } from '../../test/program-factories.js';
import { todayIso } from '../shared/dates.js';
import { addMonths } from './lifecycle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** A school with a pair, its people linked to accounts, and a draft program for it. */
async function draftProgram() {
  const { org, cookie: curator, call, group, mentee, mentor, menteePerson, mentorPerson } = await agreedPair(t);
  const program = (
    await call('POST', 'programs', {
      groupId: group.id,
      startsOn: todayIso(),
      endsOn: addMonths(todayIso(), 4),
      goals: 'Урок по этапам',
    })
  ).json();
  const menteeUser = await linkedUser(t, org.id, ['mentee'], menteePerson.id);
  const mentorUser = await linkedUser(t, org.id, ['mentor'], mentorPerson.id);
  return { org, curator, call, mentee, mentor, group, program, menteeUser, mentorUser };
}

describe('a program’s results and self-assessments', () => {
  it('each writes their own, the curator any; the completion report carries them', async () => {
    const { curator, call, mentee, mentor, group, program, menteeUser, mentorUser } = await draftProgram();
    // A draft has nothing to sum up yet.
    const early = await call('PUT', `programs/${program.id}/outcome`, { results: 'x', version: program.version });
    expect(early.statusCode).toBe(409);
    for (const participantId of [mentor.id, mentee.id])
      await call('POST', `programs/${program.id}/transitions`, { action: 'agree', participantId });
    await call('POST', `programs/${program.id}/transitions`, { action: 'approve' });
    let version = (await call('POST', `programs/${program.id}/transitions`, { action: 'start' })).json().version;

    const save = (body: object, as: string) => call('PUT', `programs/${program.id}/outcome`, { ...body, version }, as);
    const own = await save(
      { assessments: [{ participantId: mentee.id, text: 'Научилась планировать урок' }] },
      menteeUser.cookie,
    );
    expect(own.statusCode, own.body).toBe(200);
    version = own.json().version;
    expect(own.json().outcome).toEqual({ results: null, assessments: { [mentee.id]: 'Научилась планировать урок' } });
    // A mentee writes neither the results nor the mentor's word.
    expect((await save({ results: 'Всё хорошо' }, menteeUser.cookie)).statusCode).toBe(403);
    expect((await save({ assessments: [{ participantId: mentor.id, text: 'x' }] }, menteeUser.cookie)).statusCode).toBe(
      403,
    );
    const mentorSaved = await save(
      { results: 'Уроки выстроены по этапам', assessments: [{ participantId: mentor.id, text: 'Готова вести сама' }] },
      mentorUser.cookie,
    );
    expect(mentorSaved.statusCode).toBe(200);
    version = mentorSaved.json().version;
    // A stale version is refused; a participant who is not in the program is named.
    expect((await call('PUT', `programs/${program.id}/outcome`, { results: 'y', version: 1 })).statusCode).toBe(409);
    const stranger = await save({ assessments: [{ participantId: group.id, text: 'x' }] }, curator);
    expect(stranger.json().errors[0].path).toBe('assessments.0.participantId');

    const report = await call('GET', `programs/${program.id}/report.docx`);
    const text = await docxText(report.rawPayload);
    for (const part of ['Уроки выстроены по этапам', 'Научилась планировать урок', 'Готова вести сама']) {
      expect(text).toContain(part);
    }
    const events = (await call('GET', `programs/${program.id}/events`)).json().items;
    expect(events.filter((e: { action: string }) => e.action === 'outcome')).toHaveLength(2);
  });

  it('while it is a draft, the mentee and the curator leave remarks on it; a stranger may not', async () => {
    const s = await draftProgram();
    const remark = await s.call(
      'POST',
      `programs/${s.program.id}/comments`,
      { text: 'Прошу добавить посещение уроков в параллели 5-х классов' },
      s.menteeUser.cookie,
    );
    expect(remark.statusCode, remark.body).toBe(201);
    expect(remark.json()).toMatchObject({
      action: 'comment',
      note: 'Прошу добавить посещение уроков в параллели 5-х классов',
    });
    expect((await s.call('POST', `programs/${s.program.id}/comments`, { text: 'Добавим в октябре' })).statusCode).toBe(
      201,
    );
    expect((await s.call('POST', `programs/${s.program.id}/comments`, { text: ' ' })).statusCode).toBe(422);
    const other = await consentingStaff(t.database.db, s.org.id, ['personal-data', 'mentor-role']);
    const stranger = await linkedUser(t, s.org.id, ['mentor'], other.id);
    expect((await s.call('POST', `programs/${s.program.id}/comments`, { text: 'x' }, stranger.cookie)).statusCode).toBe(
      404,
    );
    const events = (await s.call('GET', `programs/${s.program.id}/events`)).json().items;
    expect(
      events.filter((e: { action: string }) => e.action === 'comment').map((e: { actor: string }) => e.actor),
    ).toHaveLength(2);
    // Once everyone agreed, the draft is closed for remarks.
    for (const participantId of [s.mentor.id, s.mentee.id])
      await s.call('POST', `programs/${s.program.id}/transitions`, { action: 'agree', participantId });
    expect((await s.call('POST', `programs/${s.program.id}/comments`, { text: 'Поздно' })).statusCode).toBe(409);
  });
});
