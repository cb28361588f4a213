// The home page of the people in a pair: the mentor's «Мои наставляемые» lists their pair — first
// with no program and the button to draft one, then with the running program's status, term, the
// overdue next activity in red, the journal's silence, and the way to the program; the mentee's
// «Моя программа» first asks for their agreement, then shows the mentor, the term and the plan
// with their progress bars and the next activities. The program is made through the API as the
// curator, so the journey does not depend on what the demo holds. axe on each card.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

// DASH_SHOTS=folder keeps screenshots of the cards, to look at them by eye.
const shots = process.env.DASH_SHOTS;
async function shot(page: Page, name: string, region?: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  if (region) await page.getByRole('region', { name: region }).screenshot({ path: `${shots}/${name}-card.png` });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
function daysFromToday(n: number): string {
  const d = new Date();
  return iso(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() + n)));
}

interface Answer {
  status: number;
  body: Record<string, unknown> & { items?: Record<string, unknown>[] };
}

/** The JSON API as the signed-in person of the page. */
function api(page: Page, method: string, path: string, body?: object): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const r = await fetch(`/api/v1/${path}`, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: r.status, body: r.status === 204 ? {} : await r.json() };
    },
    { method, path, body },
  );
}

async function asUser(login: string, viewport = { width: 1280, height: 900 }) {
  const context = await run.browser.newContext({ viewport, locale: 'ru-RU' });
  const page = await context.newPage();
  await signIn(page, run.url, login);
  return { page, close: () => context.close() };
}

interface Pair {
  orgId: string;
  groupId: string;
  mentorId: string;
  menteeId: string;
  mentorName: string;
  menteeName: string;
}

type Program = { id: string; status: string; version: number; participants: { id: string; agreed: boolean }[] };

describe('the mentor’s and the mentee’s home page', () => {
  let pair: Pair;
  let programId = '';
  let fresh = false;

  it('finds the demo pair, agreed on paper by the curator where it still waits', async () => {
    const mentee = await asUser('mentee');
    const me = await api(mentee.page, 'GET', 'me');
    const orgId = (me.body.memberships as { orgId: string }[])[0]?.orgId ?? '';
    const groups = (await api(mentee.page, 'GET', `orgs/${orgId}/groups?limit=200`)).body.items as {
      id: string;
      status: string;
      mentorId: string;
      menteeIds: string[];
    }[];
    const group = groups.find((g) => g.status !== 'declined' && g.status !== 'ended');
    expect(group, 'the demo mentee’s pair').toBeTruthy();
    await mentee.close();
    if (!group) return;

    const curator = await asUser('curator');
    const name = async (path: string) => {
      const s = (await api(curator.page, 'GET', `orgs/${orgId}/${path}`)).body.staff as {
        lastName: string;
        firstName: string;
        middleName: string | null;
      };
      return [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ');
    };
    pair = {
      orgId,
      groupId: group.id,
      mentorId: group.mentorId,
      menteeId: group.menteeIds[0] ?? '',
      mentorName: await name(`mentors/${group.mentorId}`),
      menteeName: await name(`mentees/${group.menteeIds[0]}`),
    };
    if (group.status === 'proposed') {
      const g = (await api(curator.page, 'GET', `orgs/${orgId}/groups/${group.id}`)).body as {
        version: number;
        agreements: { participantId: string; decision: string }[];
      };
      let version = g.version;
      for (const a of g.agreements.filter((x) => x.decision === 'pending')) {
        const r = await api(curator.page, 'POST', `orgs/${orgId}/groups/${group.id}/agreements`, {
          participantId: a.participantId,
          decision: 'agreed',
          version,
        });
        expect(r.status, 'the paper agreement').toBe(200);
        version = r.body.version as number;
      }
    }
    const programs = (await api(curator.page, 'GET', `orgs/${orgId}/programs?groupId=${group.id}`)).body
      .items as unknown as Program[];
    const current = programs.find((p) => p.status !== 'completed' && p.status !== 'terminated');
    programId = current?.id ?? '';
    fresh = !current;
    await curator.close();
  });

  it('the mentor sees the pair with no program yet and may draft one for it', async () => {
    if (!fresh) return; // The demo already holds a program for the pair.
    const { page, close } = await asUser('mentor');
    const card = page.getByRole('region', { name: 'Мои наставляемые' });
    const block = card.getByRole('article', { name: pair.menteeName });
    await block.getByText('программы ещё нет', { exact: true }).waitFor();
    await expectAccessible(page, 'the mentor’s card with no program');
    await shot(page, 'mentor-no-program', 'Мои наставляемые');
    await block.getByRole('button', { name: 'Составить программу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая программа' });
    // The pair is chosen already.
    await expect
      .poll(() => dialog.getByLabel('Пара или группа', { exact: false }).first().inputValue())
      .toContain(pair.menteeName);
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'detached' });
    await close();
  });

  it('the mentee is asked for their agreement on the card, and agrees on the program’s page', async () => {
    if (fresh) {
      const curator = await asUser('curator');
      const created = await api(curator.page, 'POST', `orgs/${pair.orgId}/programs`, {
        groupId: pair.groupId,
        startsOn: daysFromToday(-30),
        endsOn: daysFromToday(152),
        goals: 'Освоить формирующее оценивание на уроках',
        activities: [
          { title: 'Установочная встреча', kind: 'meeting', dueOn: daysFromToday(-25), status: 'done' },
          { title: 'Посещение урока наставляемого', kind: 'lesson-observation', dueOn: daysFromToday(-3) },
          { title: 'Открытый урок', kind: 'open-lesson', dueOn: daysFromToday(20) },
          { title: 'Самоанализ урока', kind: 'self-study', dueOn: daysFromToday(40) },
          { title: 'Итоговая встреча', kind: 'meeting', dueOn: daysFromToday(150) },
        ],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      programId = created.body.id as string;
      await curator.close();

      const { page, close } = await asUser('mentee');
      const card = page.getByRole('region', { name: 'Моя программа' });
      await card.getByText('Программа ждёт вашего согласия.').waitFor();
      await card.getByText('проект', { exact: true }).waitFor();
      await expectAccessible(page, 'the mentee’s card awaiting agreement');
      await shot(page, 'mentee-draft', 'Моя программа');
      await card.getByRole('link', { name: 'Прочитать и согласовать' }).click();
      await page.waitForURL(new RegExp(`/programs/${programId}$`));
      // Taking part in drafting (§5.1): a remark on the draft, kept with its author.
      const remarks = page.getByRole('region', { name: 'Замечания к проекту' });
      await remarks.getByLabel('Ваше замечание').fill('Прошу добавить посещение уроков у коллег-словесников');
      await remarks.getByRole('button', { name: 'Отправить замечание' }).click();
      await remarks.getByText('Прошу добавить посещение уроков у коллег-словесников').waitFor();
      await expectAccessible(page, 'the draft with a remark');
      await page.getByRole('button', { name: 'Согласовать' }).click();
      const agree = page.getByRole('dialog', { name: /Согласовать/ });
      await agree.getByRole('button', { name: 'Подтвердить' }).click();
      await agree.waitFor({ state: 'detached' });
      await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Главная' }).click();
      await card.getByRole('heading', { name: `Наставник: ${pair.mentorName}` }).waitFor();
      await expect.poll(() => card.getByText('Программа ждёт вашего согласия.').count()).toBe(0);
      await close();
    }

    // The curator records whatever agreement is missing from paper, approves and starts.
    const curator = await asUser('curator');
    const path = `orgs/${pair.orgId}/programs/${programId}`;
    let p = (await api(curator.page, 'GET', path)).body as unknown as Program;
    const step = async (body: object) => {
      const r = await api(curator.page, 'POST', `${path}/transitions`, { ...body, version: p.version });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      p = r.body as unknown as Program;
    };
    if (p.status === 'draft')
      for (const x of p.participants.filter((y) => !y.agreed)) await step({ action: 'agree', participantId: x.id });
    if (p.status === 'agreed') await step({ action: 'approve' });
    if (p.status === 'approved') await step({ action: 'start' });
    expect(p.status).toBe('active');
    await curator.close();
  });

  it('the mentor sees the running program: term, the overdue activity in red, the silent journal', async () => {
    const { page, close } = await asUser('mentor');
    const card = page.getByRole('region', { name: 'Мои наставляемые' });
    const block = card.getByRole('article', { name: pair.menteeName });
    await block.getByText('выполняется', { exact: true }).waitFor();
    await block.getByText(/^до окончания \d+ (день|дня|дней)$/).waitFor();
    if (fresh) {
      await block.getByText('Посещение урока наставляемого').waitFor();
      const due = block.getByText(/^просрочено: срок \d\d\.\d\d\.\d{4}$/);
      await due.waitFor();
      // Red: the overdue deadline is not in the dimmed grey of the others.
      const colour = await due.evaluate((el) => getComputedStyle(el).color);
      expect(colour).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
      const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      expect(r).toBeGreaterThan(g + 80);
      expect(r).toBeGreaterThan(b + 80);
      await block.getByText('записей ещё нет').waitFor();
      await block.getByText(/^нет записей уже 30 дней$/).waitFor();
    }
    await block.getByRole('link', { name: `Журнал программы: ${pair.menteeName}` }).waitFor();
    await expectAccessible(page, 'the mentor’s home page');
    await shot(page, 'mentor', 'Мои наставляемые');
    // The same card in English.
    await page.evaluate(() => localStorage.setItem('nastavnik.lang', 'en'));
    await page.reload();
    const en = page.getByRole('region', { name: 'My mentees' }).getByRole('article', { name: pair.menteeName });
    await en.getByText('running', { exact: true }).waitFor();
    await en.getByText(/^\d+ days to the end$/).waitFor();
    await shot(page, 'mentor-en', 'My mentees');
    await page.evaluate(() => localStorage.setItem('nastavnik.lang', 'ru'));
    await page.reload();
    await block.getByRole('link', { name: `Открыть программу: ${pair.menteeName}` }).click();
    await page.waitForURL(new RegExp(`/programs/${programId}$`));
    await page.getByText('выполняется', { exact: true }).first().waitFor();
    await close();
  });

  it('the mentee sees their program: the mentor, the term and the plan, the next activities', async () => {
    const { page, close } = await asUser('mentee');
    const card = page.getByRole('region', { name: 'Моя программа' });
    const block = card.getByRole('article', { name: `Наставник: ${pair.mentorName}` });
    await block.getByText('выполняется', { exact: true }).waitFor();
    await block.getByRole('progressbar', { name: /^Срок программы: прошло \d+%$/ }).waitFor();
    const next = block.getByRole('list', { name: 'Ближайшие мероприятия' });
    if (fresh) {
      await block.getByText('выполнено 1 из 5').waitFor();
      await block.getByRole('progressbar', { name: 'План программы: выполнено 20%' }).waitFor();
      await expect.poll(() => next.getByRole('listitem').count()).toBe(3);
      await next.getByText('Посещение урока наставляемого').waitFor();
      await next.getByText('Открытый урок').waitFor();
      await next.getByText(/^просрочено: срок /).waitFor();
    }
    await expectAccessible(page, 'the mentee’s home page');
    await shot(page, 'mentee', 'Моя программа');
    // On a phone the card reads without sideways scrolling: nothing in it reaches past its edge.
    await page.setViewportSize({ width: 390, height: 844 });
    // The layout slides the navigation away on a narrow screen; measure once it has settled.
    const sticking = () =>
      card.evaluate((section) => {
        const edge = section.getBoundingClientRect().right;
        return Array.from(section.querySelectorAll('*'))
          .filter((el) => el.getBoundingClientRect().right > edge + 1)
          .map((el) => el.textContent?.slice(0, 40));
      });
    await expect.poll(sticking).toEqual([]);
    expect(await card.evaluate((s) => s.getBoundingClientRect().right <= window.innerWidth + 1)).toBe(true);
    await shot(page, 'mentee-phone', 'Моя программа');
    await page.setViewportSize({ width: 1280, height: 900 });
    await block.getByRole('link', { name: 'Написать в журнал' }).click();
    await page.waitForURL(new RegExp(`/programs/${programId}\\?tab=journal$`));
    await close();
  });
});
