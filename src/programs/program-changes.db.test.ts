import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { agreedPair } from '../../test/program-factories.js';
import { afterWorkingDays } from '../calendar/production-calendar.js';
import { todayIso } from '../shared/dates.js';
import { addMonths } from './lifecycle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/**
 * A school whose pair was fixed by a signed order on pairs, with a running program, a second
 * mentor, the curator's and the director's cookies.
 */
async function runningProgramOfFixedPair(fixByOrder = true) {
  const { org, cookie: curator, call, group, mentee, mentor, second } = await agreedPair(t);
  const directorUser = await makeUser(t.database.db, org.id, ['director']);
  const director = await login(t, directorUser.login);
  if (fixByOrder) {
    const pairs = (
      await call('POST', 'orders', { kind: 'groups', links: [{ entity: 'group', entityId: group.id }] })
    ).json();
    const signed = await call('POST', `orders/${pairs.id}/sign`, { version: pairs.version }, director);
    expect(signed.statusCode, signed.body).toBe(200);
    expect((await call('GET', `groups/${group.id}`)).json().status).toBe('active');
  }
  const startsOn = todayIso();
  const endsOn = addMonths(startsOn, 6);
  const program = (
    await call('POST', 'programs', { groupId: group.id, startsOn, endsOn, goals: 'Освоить формирующее оценивание' })
  ).json();
  const step = (body: object, as = curator) => call('POST', `programs/${program.id}/transitions`, body, as);
  for (const participantId of [mentor.id, mentee.id]) await step({ action: 'agree', participantId });
  await step({ action: 'approve' });
  const started = await step({ action: 'start' });
  expect(started.json().status, started.body).toBe('active');
  return { org, call, step, director, program, group, mentor, second, mentee, startsOn, endsOn };
}

describe('program changes that need the director’s order', () => {
  it('an extension of a pair fixed by an order waits for a draft order and applies when it is signed', async () => {
    const s = await runningProgramOfFixedPair();
    const newEnd = addMonths(s.startsOn, 9);
    const asked = await s.step({ action: 'extend', endsOn: newEnd, allConsent: true, note: 'Заявления участников' });
    expect(asked.statusCode).toBe(202);
    const waiting = asked.json();
    // The program is as it was; the change and its draft order are named.
    expect(waiting.endsOn).toBe(s.endsOn);
    expect(waiting.pendingChange).toMatchObject({
      action: 'extend',
      status: 'pending',
      endsOn: newEnd,
      order: { status: 'draft', number: null },
    });
    const orderId = waiting.pendingChange.order.id;
    const order = (await s.call('GET', `orders/${orderId}`)).json();
    expect(order).toMatchObject({
      kind: 'program-change',
      title: 'О продлении срока реализации персонализированной программы наставничества',
      links: [{ entity: 'program', entityId: s.program.id }],
    });
    expect(order.content.points[0].text).toContain('Продлить до');
    // Built again from its records, the draft still says what waits for it…
    const rebuilt = await s.call('PUT', `orders/${orderId}`, { rebuild: true, version: order.version });
    expect(rebuilt.statusCode, rebuilt.body).toBe(200);
    expect(rebuilt.json().content.points[0].text).toContain('Продлить до');
    order.version = rebuilt.json().version;
    // …while another order on the same program does not claim the change as its own.
    const other = (
      await s.call('POST', 'orders', { kind: 'program-change', links: [{ entity: 'program', entityId: s.program.id }] })
    ).json();
    expect(JSON.stringify(other.content.points)).not.toContain('Продлить до');
    await s.call('DELETE', `orders/${other.id}`, { version: other.version });
    // Nothing else happens to the program while the change waits (a correction still may).
    const blocked = await s.step({ action: 'terminate', reason: 'mutual' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('PROGRAM_CHANGE_PENDING');
    expect(blocked.json().detail).toContain('О продлении срока');
    // The home page's overview tells the curator and the director that it waits for an order.
    const waitingView = (await s.call('GET', 'programs/overview', undefined, s.director)).json();
    expect(waitingView.awaitingOrder).toEqual([
      { programId: s.program.id, groupId: s.group.id, action: 'extend', orderId },
    ]);
    // The director signs: the new end applies, the history names the order.
    const signed = await s.call('POST', `orders/${orderId}/sign`, { version: order.version }, s.director);
    expect(signed.statusCode).toBe(200);
    const number = signed.json().number;
    const after = (await s.call('GET', `programs/${s.program.id}`)).json();
    expect(after).toMatchObject({ endsOn: newEnd, pendingChange: null, status: 'active' });
    expect((await s.call('GET', 'programs/overview')).json().awaitingOrder).toEqual([]);
    const events = (await s.call('GET', `programs/${s.program.id}/events`)).json().items;
    const last = events.at(-1);
    expect(events.at(-2)).toMatchObject({ action: 'change-requested', after: { change: 'extend', endsOn: newEnd } });
    expect(last).toMatchObject({ action: 'extend', before: { endsOn: s.endsOn }, after: { endsOn: newEnd } });
    expect(last.after.order).toContain(`№ ${number}`);
    const changes = (await s.call('GET', `programs/${s.program.id}/changes`)).json().items;
    expect(changes).toEqual([
      expect.objectContaining({ status: 'applied', order: expect.objectContaining({ number }) }),
    ]);
    // The order finds its program: the register filters by the linked record.
    const linked = (await s.call('GET', `orders?entity=program&entityId=${s.program.id}`)).json().items;
    expect(linked.map((o: { id: string }) => o.id)).toEqual([orderId]);
  });

  it('a new mentor takes over only when the order is signed', async () => {
    const s = await runningProgramOfFixedPair();
    const asked = await s.step({
      action: 'replace-mentor',
      mentorId: s.second.id,
      requestedBy: 'mentee',
      newMentorAgreed: true,
      note: 'Ходатайство наставляемой',
    });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().participants[0].id).toBe(s.mentor.id);
    expect((await s.call('GET', `groups/${s.group.id}`)).json().mentorId).toBe(s.mentor.id);
    const order = (await s.call('GET', `orders/${asked.json().pendingChange.order.id}`)).json();
    expect(order.title).toBe('О замене наставника');
    await s.call('POST', `orders/${order.id}/sign`, { version: order.version }, s.director);
    expect((await s.call('GET', `programs/${s.program.id}`)).json().participants[0]).toEqual({
      id: s.second.id,
      role: 'mentor',
      agreed: true,
    });
    expect((await s.call('GET', `groups/${s.group.id}`)).json().mentorId).toBe(s.second.id);
  });

  it('an early end ends the program and the pair on signing, with the agreement’s last day after 3 working days', async () => {
    const s = await runningProgramOfFixedPair();
    const asked = await s.step({ action: 'terminate', reason: 'mentor-initiative', note: 'Переход на другую работу' });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().status).toBe('active');
    const order = (await s.call('GET', `orders/${asked.json().pendingChange.order.id}`)).json();
    expect(order.kind).toBe('program-end');
    const agreementEnd = afterWorkingDays(todayIso(), 3);
    const text = order.content.points.map((p: { text: string }) => p.text).join('\n');
    expect(text).toContain('по инициативе наставника');
    expect(text).toContain(agreementEnd.split('-').reverse().join('.'));
    await s.call('POST', `orders/${order.id}/sign`, { version: order.version }, s.director);
    expect((await s.call('GET', `programs/${s.program.id}`)).json().status).toBe('terminated');
    expect((await s.call('GET', `groups/${s.group.id}`)).json().status).toBe('ended');
    const events = (await s.call('GET', `programs/${s.program.id}/events`)).json().items;
    expect(events.at(-1)).toMatchObject({
      action: 'terminate',
      reason: 'mentor-initiative',
      after: { status: 'terminated', agreementEndsOn: agreementEnd },
    });
  });

  it('deleting the draft, or withdrawing the change, leaves the program as it was', async () => {
    const s = await runningProgramOfFixedPair();
    const first = (await s.step({ action: 'terminate', reason: 'mutual' })).json().pendingChange;
    const draft = (await s.call('GET', `orders/${first.order.id}`)).json();
    expect((await s.call('DELETE', `orders/${draft.id}`, { version: draft.version })).statusCode).toBe(204);
    const afterDelete = (await s.call('GET', `programs/${s.program.id}`)).json();
    expect(afterDelete).toMatchObject({ status: 'active', pendingChange: null });

    const second = (await s.step({ action: 'extend', endsOn: addMonths(s.startsOn, 8), allConsent: true })).json()
      .pendingChange;
    const withdrawn = await s.call('POST', `programs/${s.program.id}/changes/${second.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(204);
    expect((await s.call('GET', `orders/${second.order.id}`)).statusCode).toBe(404);
    expect((await s.call('POST', `programs/${s.program.id}/changes/${second.id}/withdraw`)).statusCode).toBe(409);
    // A draft whose text no longer names the program lets its change go too.
    const third = (await s.step({ action: 'terminate', reason: 'mutual' })).json().pendingChange;
    const thirdOrder = (await s.call('GET', `orders/${third.order.id}`)).json();
    const unlinked = await s.call('PUT', `orders/${thirdOrder.id}`, { links: [], version: thirdOrder.version });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect((await s.call('GET', `programs/${s.program.id}`)).json().pendingChange).toBeNull();
    await s.call('DELETE', `orders/${thirdOrder.id}`, { version: unlinked.json().version });
    const changes = (await s.call('GET', `programs/${s.program.id}/changes`)).json().items;
    expect(changes.map((c: { status: string }) => c.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    const actions = (await s.call('GET', `programs/${s.program.id}/events`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions.slice(-6)).toEqual([
      'change-requested',
      'change-withdrawn',
      'change-requested',
      'change-withdrawn',
      'change-requested',
      'change-withdrawn',
    ]);
    // And the program can now end at once… by order again, since the pair is fixed by one.
    expect((await s.step({ action: 'complete' })).json().status).toBe('completed');
  });

  it('refuses to sign when the change is no longer possible, and spends no number', async () => {
    const s = await runningProgramOfFixedPair();
    const change = (
      await s.step({ action: 'replace-mentor', mentorId: s.second.id, requestedBy: 'mentor', newMentorAgreed: true })
    ).json().pendingChange;
    // The new mentor leaves the bank before the director signs.
    const second = (await s.call('GET', `mentors/${s.second.id}`)).json();
    const removed = await s.call('POST', `mentors/${s.second.id}/remove`, {
      reason: 'Увольнение',
      version: second.version,
    });
    expect(removed.statusCode).toBeLessThan(300);
    const order = (await s.call('GET', `orders/${change.order.id}`)).json();
    const refused = await s.call('POST', `orders/${order.id}/sign`, { version: order.version }, s.director);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORDER_PROGRAM_CHANGE_REFUSED');
    expect((await s.call('GET', `orders/${order.id}`)).json()).toMatchObject({ status: 'draft', number: null });
  });

  it('a pair not yet fixed by an order changes at once', async () => {
    const s = await runningProgramOfFixedPair(false);
    const newEnd = addMonths(s.startsOn, 9);
    const res = await s.step({ action: 'extend', endsOn: newEnd, allConsent: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ endsOn: newEnd, pendingChange: null });
    expect((await s.call('GET', 'orders?kind=program-change')).json().items).toEqual([]);
  });
});
