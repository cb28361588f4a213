import net from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff } from '../../test/bank-factories.js';
import { makeOrg, orgWithUser, uniq } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { users } from '../auth/auth-tables.js';
import { mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import { consents } from '../consents/consents-table.js';
import { addMonths } from '../programs/lifecycle.js';
import { programs } from '../programs/programs-table.js';
import { todayIso } from '../shared/dates.js';
import { mailDeliveries } from './mail-table.js';
import { type Mailer, type MailMessage, smtpMailer } from './mailer.js';
import { runReminderRound } from './reminder-round.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const appUrl = 'https://mentor.school.test';

function fakeMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { from: 'nastavnik@localhost', sent, send: async (m) => void sent.push(m), close: () => {} };
}

/** A school with two running programs: pair A with an overdue activity, pair B with one due soon. */
async function schoolWithPrograms() {
  const { org, user, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const curatorEmail = `${uniq('curator')}@school.test`;
  await db.update(users).set({ email: curatorEmail }).where(eq(users.id, user.id));
  const [d1] = await catalogIds(db, org.id);
  const call = async (path: string, body: object) => {
    const res = await t.request({ method: 'POST', url: `/api/v1/orgs/${org.id}/${path}`, cookie, body });
    expect(res.statusCode, `${path}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const today = todayIso();
  const pair = async (mentorEmail: string, menteeEmail: string | null, activities: object[]) => {
    const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], { email: mentorEmail });
    const menteePerson = await consentingStaff(db, org.id, ['personal-data'], {
      email: menteeEmail,
      lastName: 'Иванова',
      firstName: 'Ольга',
      middleName: 'Игоревна',
    });
    const mentee = await call('mentees', {
      staffId: menteePerson.id,
      category: 'young-specialist',
      difficulties: [{ id: d1, priority: 1 }],
    });
    const mentor = await call('mentors', { staffId: mentorPerson.id, competences: [d1] });
    const group = await call('groups', { mentorId: mentor.id, menteeIds: [mentee.id], forms: ['traditional'] });
    let version = group.version;
    for (const participantId of [mentor.id, mentee.id]) {
      version = (await call(`groups/${group.id}/agreements`, { participantId, decision: 'agreed', version })).version;
    }
    const program = await call('programs', {
      groupId: group.id,
      startsOn: addMonths(today, -4),
      endsOn: addMonths(today, 2),
      goals: 'Освоить современные методики урока',
      activities,
    });
    for (const body of [
      { action: 'agree', participantId: mentor.id },
      { action: 'agree', participantId: mentee.id },
      { action: 'approve' },
      { action: 'start' },
    ]) {
      await call(`programs/${program.id}/transitions`, body);
    }
    return { mentorPerson, menteePerson, mentor, mentee, program };
  };
  const a = await pair(`${uniq('a-mentor')}@school.test`, `${uniq('a-mentee')}@school.test`, [
    { title: 'Посещение урока наставника', kind: 'meeting', dueOn: shiftDays(today, -3) },
    { title: 'Итоговая встреча', kind: 'meeting', dueOn: shiftDays(today, 40) },
  ]);
  const b = await pair(`${uniq('b-mentor')}@school.test`, null, [
    { title: 'Открытый урок', kind: 'meeting', dueOn: shiftDays(today, 2) },
  ]);
  return { org, curatorEmail, a, b, today };
}

/** A minimal SMTP server: takes every letter, except that it refuses the addresses it is told to. */
async function smtpServer(refuse: (address: string) => boolean) {
  const letters: { to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    reply('220 test.local ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          letters.push({ to, data: buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.') });
          buffer = buffer.slice(end + 5);
          inData = false;
          reply('250 2.0.0 queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.split(' ')[0]?.toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250-test.local\r\n250 8BITMIME');
        else if (verb === 'MAIL') {
          to = [];
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (refuse(address)) reply(`550 5.1.1 <${address}>: mailbox unavailable`);
          else {
            to.push(address);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else reply('502 5.5.2 command unrecognized');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, letters, close: () => new Promise((r) => server.close(r)) };
}

/** The plain-text part of a letter as it went over the wire (base64 or quoted-printable). */
function plainText(raw: string): string {
  const m = /Content-Type: text\/plain[^\r]*\r\nContent-Transfer-Encoding: ([\w-]+)\r\n\r\n([\s\S]*?)\r\n--/.exec(raw);
  if (!m) throw new Error(`no text part in\n${raw}`);
  const [, encoding, body = ''] = m;
  if (encoding === 'base64') return Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes: number[] = [];
    const s = body.replace(/=\r\n/g, '');
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '=') {
        bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(s.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

describe('the daily round of program reminders', () => {
  it('sends one letter per address with something to say, once a day, and records failures', async () => {
    const s = await schoolWithPrograms();
    const db = t.database.db;
    const only = [s.org.id];
    const overdueTitle = 'Посещение урока наставника';

    const fake = fakeMailer();
    const first = await runReminderRound(db, { day: s.today, appUrl, mailer: fake, log: quiet, orgIds: only });
    const byAddress = new Map(fake.sent.map((m) => [m.to, m]));
    const expected = [s.a.mentorPerson.email, s.a.menteePerson.email, s.b.mentorPerson.email, s.curatorEmail];
    expect(fake.sent).toHaveLength(4);
    expect([...byAddress.keys()].sort()).toEqual([...expected].sort());
    expect(first.every((l) => l.outcome === 'sent')).toBe(true);
    // Pair A hears of its overdue activity; pair B of its own coming one only; B's mentee has no e-mail.
    const aMentor = byAddress.get(s.a.mentorPerson.email as string);
    expect(aMentor?.text).toContain(`«${overdueTitle}»`);
    expect(aMentor?.text).not.toContain('Итоговая встреча');
    expect(aMentor?.html).toContain(`${appUrl}/orgs/${s.org.id}/programs/${s.a.program.id}`);
    const aMentee = byAddress.get(s.a.menteePerson.email as string);
    expect(aMentee?.text).toContain('Здравствуйте, Ольга Игоревна!');
    expect(aMentee?.text).toContain(`«${overdueTitle}», срок`);
    expect(aMentee?.text).toContain('Петрова А. С. → Иванова О. И.');
    const bMentor = byAddress.get(s.b.mentorPerson.email as string);
    expect(bMentor?.text).toContain('Срок в ближайшие 3 дня: 1');
    expect(bMentor?.text).toContain('«Открытый урок»');
    expect(bMentor?.text).not.toContain(overdueTitle);
    const curator = byAddress.get(s.curatorEmail);
    expect(curator?.text).toContain('Просроченные мероприятия: 1');
    expect(curator?.text).toContain(overdueTitle);
    expect(curator?.text).toContain('Программы без записей в журнале 21 день и дольше: 2');
    const rows = await db.select().from(mailDeliveries).where(eq(mailDeliveries.orgId, s.org.id));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.status === 'sent' && r.sentAt !== null && r.topic === 'program-digest')).toBe(true);

    // The same day again (a restart, a second instance): nothing more goes out.
    const again = fakeMailer();
    const second = await runReminderRound(db, { day: s.today, appUrl, mailer: again, log: quiet, orgIds: only });
    expect(again.sent).toEqual([]);
    expect(second.map((l) => l.outcome)).toEqual(['already', 'already', 'already', 'already']);

    // A withdrawn personal-data consent, and an entry that left the bank: no more letters to them.
    await db
      .update(consents)
      .set({ withdrawnOn: s.today })
      .where(and(eq(consents.staffId, s.a.menteePerson.id), eq(consents.kind, 'personal-data')));
    await db.update(mentors).set({ status: 'withdrawn' }).where(eq(mentors.id, s.b.mentor.id));
    const tomorrow = shiftDays(s.today, 1);
    const dry = await runReminderRound(db, { day: tomorrow, appUrl, mailer: null, log: quiet, orgIds: only });
    expect(dry.map((l) => [l.to, l.outcome]).sort()).toEqual(
      [
        [s.a.mentorPerson.email, 'planned'],
        [s.curatorEmail, 'planned'],
      ].sort(),
    );
    const claimedTomorrow = await db
      .select()
      .from(mailDeliveries)
      .where(and(eq(mailDeliveries.orgId, s.org.id), eq(mailDeliveries.day, tomorrow)));
    expect(claimedTomorrow).toEqual([]);

    // Through a real SMTP conversation; the server refuses the mentor's mailbox.
    const refused = s.a.mentorPerson.email as string;
    const server = await smtpServer((address) => address === refused);
    const smtp = smtpMailer(server.url, appUrl);
    try {
      const real = await runReminderRound(db, { day: tomorrow, appUrl, mailer: smtp, log: quiet, orgIds: only });
      expect(real.map((l) => [l.to, l.outcome]).sort()).toEqual(
        [
          [refused, 'failed'],
          [s.curatorEmail, 'sent'],
        ].sort(),
      );
      expect(server.letters).toHaveLength(1);
      const [letter] = server.letters;
      expect(letter?.to).toEqual([s.curatorEmail]);
      expect(letter?.data).toContain('From: =?UTF-8?');
      expect(letter?.data).toContain('<nastavnik@mentor.school.test>');
      expect(letter?.data).toContain(`To: ${s.curatorEmail}`);
      expect(plainText(letter?.data ?? '')).toContain(overdueTitle);
      const recorded = await db
        .select()
        .from(mailDeliveries)
        .where(and(eq(mailDeliveries.orgId, s.org.id), eq(mailDeliveries.day, tomorrow)));
      const failed = recorded.find((r) => r.recipient === refused);
      expect(failed?.status).toBe('failed');
      expect(failed?.sentAt).toBeNull();
      expect(failed?.error).toContain('550');
      expect(recorded.find((r) => r.recipient === s.curatorEmail)?.status).toBe('sent');

      // A failed letter is not retried the same day; the sent one is not repeated.
      const repeat = await runReminderRound(db, { day: tomorrow, appUrl, mailer: smtp, log: quiet, orgIds: only });
      expect(repeat.every((l) => l.outcome === 'already')).toBe(true);
      expect(server.letters).toHaveLength(1);
    } finally {
      smtp.close();
      await server.close();
    }
  });

  it('sends each letter once when two servers run the round at the same time', async () => {
    const s = await schoolWithPrograms();
    const one = fakeMailer();
    const two = fakeMailer();
    const round = (mailer: Mailer) =>
      runReminderRound(t.database.db, { day: s.today, appUrl, mailer, log: quiet, orgIds: [s.org.id] });
    await Promise.all([round(one), round(two)]);
    const addresses = [...one.sent, ...two.sent].map((m) => m.to);
    expect(addresses).toHaveLength(4);
    expect(new Set(addresses).size).toBe(4);
  });

  it('writes to a network mentor from another school about the host school’s program', async () => {
    const s = await schoolWithPrograms();
    const db = t.database.db;
    const home = await makeOrg(db);
    const email = `${uniq('network')}@school.test`;
    const person = await consentingStaff(db, home.id, ['personal-data', 'mentor-role'], { email, lastName: 'Сетевая' });
    const [entry] = await db.insert(mentors).values({ orgId: home.id, staffId: person.id, capacity: 2 }).returning();
    const participants = s.a.program.participants.map((p: { role: string }) =>
      p.role === 'mentor' ? { ...p, id: entry?.id } : p,
    );
    await db.update(programs).set({ participants }).where(eq(programs.id, s.a.program.id));
    const fake = fakeMailer();
    await runReminderRound(db, { day: s.today, appUrl, mailer: fake, log: quiet, orgIds: [s.org.id] });
    const letter = fake.sent.find((m) => m.to === email);
    expect(letter?.subject).toContain(s.org.shortName);
    expect(letter?.text).toContain('«Посещение урока наставника»');
    expect(letter?.text).toContain('Сетевая А. С. → Иванова О. И.');
  });

  it('says nothing to an organization with nothing to say', async () => {
    const { org, user } = await orgWithUser(t, ['director']);
    await t.database.db
      .update(users)
      .set({ email: `${uniq('dir')}@school.test` })
      .where(eq(users.id, user.id));
    const fake = fakeMailer();
    const letters = await runReminderRound(t.database.db, {
      day: todayIso(),
      appUrl,
      mailer: fake,
      log: quiet,
      orgIds: [org.id],
    });
    expect(letters).toEqual([]);
    expect(fake.sent).toEqual([]);
  });
});
