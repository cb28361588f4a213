// A personalized program through the browser: the curator drafts one for the demo mentor and
// mentee's pair with a two-item plan (a term too short is refused on its field), the mentee agrees
// in the app and the curator records the mentor's signature from paper, approves and starts it;
// a meeting and a lesson observation go into the journal; it is extended with everyone's consent;
// the mentor is replaced after the mentee's petition; completing waits for the plan, which is then
// marked done; the history shows every step. axe on each screen, and the page on a tablet.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

// PROGRAMS_SHOTS=folder keeps screenshots of each step, to look at the screens by eye.
const shots = process.env.PROGRAMS_SHOTS;
async function shot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');
function monthsLater(n: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + n, from.getUTCDate()));
  return iso(d);
}
const today = iso(new Date());

async function typeDate(scope: Page | Locator, label: string, isoDate: string) {
  const input = scope.getByLabel(label);
  await input.fill(ru(isoDate));
  // Leaving the field commits the typed date and closes its calendar (Escape would close the dialog).
  await input.blur();
}

/** Lets the success messages fade first: axe would catch one mid-animation at half contrast. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
}

async function choose(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('a program from draft to completion', () => {
  let programUrl = '';
  let orgId = '';
  let mentorSurname = '';
  let menteeSurname = '';

  it('the curator drafts a program for the demo pair with a plan of two', async () => {
    // The demo mentor and mentee's pair waits for the mentor: the curator records their paper signature.
    const mc = await run.browser.newContext({ locale: 'ru-RU' });
    const mp = await mc.newPage();
    await signIn(mp, run.url, 'mentee');
    const own = await mp.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me')).json()) as { memberships: { orgId: string }[] };
      const org = me.memberships[0]?.orgId ?? '';
      const groups = (await (await fetch(`/api/v1/orgs/${org}/groups?limit=200`)).json()) as {
        items: { id: string; status: string; mentorId: string; menteeIds: string[] }[];
      };
      return { org, group: groups.items.find((g) => g.status === 'proposed') };
    });
    await mc.close();
    expect(own.group, 'the demo mentee’s waiting pair').toBeTruthy();
    orgId = own.org;

    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    const names = await page.evaluate(
      async ({ org, group }) => {
        const g = (await (await fetch(`/api/v1/orgs/${org}/groups/${group.id}`)).json()) as { version: number };
        const r = await fetch(`/api/v1/orgs/${org}/groups/${group.id}/agreements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ participantId: group.mentorId, decision: 'agreed', version: g.version }),
        });
        if (!r.ok) throw new Error(`agreement ${r.status}`);
        const get = async (path: string) =>
          ((await (await fetch(`/api/v1/orgs/${org}/${path}`)).json()) as { staff: { lastName: string } }).staff
            .lastName;
        return { mentor: await get(`mentors/${group.mentorId}`), mentee: await get(`mentees/${group.menteeIds[0]}`) };
      },
      { org: own.org, group: own.group as { id: string; mentorId: string; menteeIds: string[] } },
    );
    mentorSurname = names.mentor;
    menteeSurname = names.mentee;
    // The home page may have read the groups before the agreement above: read them afresh.
    await page.reload();

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Программы' }).click();
    await page.getByRole('heading', { name: 'Программы наставничества', level: 1 }).waitFor();
    await expectAccessible(page, 'the programs list');
    await page.getByRole('button', { name: 'Составить программу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая программа' });
    await dialog.getByLabel('Пара или группа', { exact: false }).first().fill(menteeSurname);
    await page
      .getByRole('option', { name: new RegExp(menteeSurname) })
      .first()
      .click();
    await typeDate(dialog, 'Начало', today);
    await typeDate(dialog, 'Окончание', monthsLater(2));
    await dialog
      .getByLabel('Цели', { exact: false })
      .first()
      .fill('Освоить формирующее оценивание на уроках математики');
    await dialog.getByLabel('Ожидаемые результаты').fill('Открытый урок с формирующим оцениванием');
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.getByLabel('Мероприятие 1', { exact: true }).fill('Установочная встреча: цели и план');
    await dialog.getByLabel('Мероприятие 2', { exact: true }).fill('Посещение урока наставляемого');
    await choose(page, dialog, 'Вид мероприятия 2', 'посещение урока');
    await typeDate(dialog, 'Срок мероприятия 2', monthsLater(1));
    await shot(page, '1-new');
    await expectAccessible(page, 'the new program dialog');
    // Two months is too short: the server's refusal shows on the end date.
    await dialog.getByRole('button', { name: 'Составить', exact: true }).click();
    await dialog.getByText(/срок программы — от 3 до 12 месяцев/i).waitFor();
    await typeDate(dialog, 'Окончание', monthsLater(6));
    await dialog.getByRole('button', { name: 'Составить', exact: true }).click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    programUrl = page.url();
    await page.getByText('проект', { exact: true }).first().waitFor();
    const plan = page.getByRole('table', { name: 'План мероприятий' });
    await plan.getByText('Установочная встреча: цели и план').waitFor();
    await plan.getByText('посещение урока', { exact: true }).waitFor();
    await shot(page, '2-draft');
    await expectAccessible(page, 'the draft program');
    await context.close();
  });

  it('the mentee agrees in the app; the curator records the mentor from paper, approves and starts', async () => {
    const mc = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const mp = await mc.newPage();
    await signIn(mp, run.url, 'mentee');
    await mp.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Программы' }).click();
    // The list, not the home page it came from: both name the pair.
    await mp
      .getByRole('table', { name: 'Программы наставничества' })
      .getByRole('link', { name: new RegExp(menteeSurname) })
      .click();
    await mp.getByRole('button', { name: 'Согласовать' }).click();
    const agree = mp.getByRole('dialog', { name: /Согласовать/ });
    await agree.getByText('Вы согласны с программой').waitFor();
    await agree.getByRole('button', { name: 'Подтвердить' }).click();
    await agree.waitFor({ state: 'detached' });
    await mp.getByText('ещё не согласовал(а)').waitFor();
    await expect.poll(() => mp.getByRole('button', { name: 'Согласовать' }).count()).toBe(0);
    await shot(mp, '3-mentee');
    await expectAccessible(mp, 'the program for the mentee');
    await mc.close();

    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(programUrl);
    const step = async (button: string, confirm?: (d: Locator) => Promise<void>) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      const d = page.getByRole('dialog', { name: new RegExp(`^${button}`) });
      await d.waitFor();
      if (confirm) await confirm(d);
      await d.getByRole('button', { name: 'Подтвердить' }).click();
      await d.waitFor({ state: 'detached' });
    };
    await step('Согласовать', async (d) => {
      // The one still to sign is the mentor: their paper signature is recorded.
      await expect.poll(() => d.getByLabel('Чьё согласие записать').inputValue()).toContain(mentorSurname);
      await expectAccessible(page, 'the paper agreement');
    });
    await page.getByText('согласована', { exact: true }).first().waitFor();
    await step('Утвердить');
    await page.getByText('утверждена', { exact: true }).first().waitFor();
    await step('Начать');
    await page.getByText('выполняется', { exact: true }).first().waitFor();
    await context.close();
  });

  it('the mentor sees the running program and may keep the plan and the journal', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'mentor');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Программы' }).click();
    await page
      .getByRole('table', { name: 'Программы наставничества' })
      .getByRole('link', { name: new RegExp(menteeSurname) })
      .click();
    await page.getByText('выполняется', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Добавить мероприятие' }).waitFor();
    // The steps of the program's life are the curator's.
    await page.getByText(/оформляет куратор/).waitFor();
    await page.getByRole('tab', { name: 'Журнал' }).click();
    await page.getByRole('button', { name: 'Добавить запись' }).waitFor();
    await shot(page, '3b-mentor');
    await expectAccessible(page, 'the program for the mentor');
    await context.close();
  });

  it('the mentee petitions for another mentor in the app, and the curator accepts', async () => {
    const mc = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const mp = await mc.newPage();
    await signIn(mp, run.url, 'mentee');
    await mp.goto(programUrl);
    await mp.getByRole('tab', { name: 'Обращения' }).click();
    await mp.getByRole('button', { name: 'Попросить другого наставника' }).click();
    const ask = mp.getByRole('dialog', { name: 'Ходатайство о замене наставника' });
    await ask.getByRole('textbox', { name: /^Причина/ }).fill('Нужен наставник, который ведёт мой предмет');
    await ask.getByRole('button', { name: 'Отправить' }).click();
    await ask.waitFor({ state: 'detached' });
    await mp.getByText('ждёт решения', { exact: true }).waitFor();
    await expectAccessible(mp, 'the mentee’s petition');
    await mc.close();

    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(programUrl);
    await page.getByRole('tab', { name: 'Обращения' }).click();
    await page.getByText('Нужен наставник, который ведёт мой предмет').waitFor();
    await page.getByRole('button', { name: 'Принять' }).click();
    const accept = page.getByRole('dialog', { name: 'Принять обращение' });
    await accept.getByRole('textbox', { name: 'Комментарий к решению' }).fill('Подберём учителя-предметника');
    await accept.getByRole('button', { name: 'Принять' }).click();
    await accept.waitFor({ state: 'detached' });
    await page.getByText('принято', { exact: true }).waitFor();
    await context.close();
  });

  it('the journal, an extension, a new mentor, and completion once the plan is done', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(programUrl);
    await page.getByText('выполняется', { exact: true }).first().waitFor();

    // The journal: a meeting and an observed lesson.
    await page.getByRole('tab', { name: 'Журнал' }).click();
    await page.getByRole('button', { name: 'Добавить запись' }).click();
    let entry = page.getByRole('dialog', { name: 'Запись в журнал' });
    await entry.getByLabel('Минут').fill('45');
    await entry.getByLabel('Кратко', { exact: false }).fill('Обсудили цели программы и план на первый месяц');
    await entry.getByRole('button', { name: 'Сохранить' }).click();
    await entry.waitFor({ state: 'detached' });
    await page.getByText('Обсудили цели программы и план на первый месяц').waitFor();
    await page.getByRole('button', { name: 'Добавить запись' }).click();
    entry = page.getByRole('dialog', { name: 'Запись в журнал' });
    await choose(page, entry, 'Что было', 'посещение урока');
    await entry.getByLabel('Кратко', { exact: false }).fill('Урок алгебры в 7 «Б»');
    await entry.getByLabel('Класс').fill('7 «Б»');
    await entry.getByLabel('Тема урока').fill('Линейные уравнения');
    await entry.getByLabel('Что удалось').fill('Чёткая постановка целей урока');
    await entry.getByLabel('Что улучшить').fill('Больше времени на самопроверку');
    await entry.getByLabel('Рекомендации').fill('Ввести листы самооценки');
    await shot(page, '4-observation');
    await expectAccessible(page, 'the observation form');
    await entry.getByRole('button', { name: 'Сохранить' }).click();
    await entry.waitFor({ state: 'detached' });
    await page.getByText('Ввести листы самооценки').waitFor();
    await settled(page);
    await expectAccessible(page, 'the journal');

    // Extension: refused without everyone's consent (on the checkbox), then granted.
    await page.getByRole('button', { name: 'Продлить', exact: true }).click();
    const extend = page.getByRole('dialog', { name: /^Продлить/ });
    await typeDate(extend, 'Новая дата окончания', monthsLater(9));
    await extend.getByRole('button', { name: 'Подтвердить' }).click();
    await extend.getByText(/нужно согласие всех участников программы/i).waitFor();
    await extend.getByLabel('Все участники согласны').check();
    await extend.getByRole('button', { name: 'Подтвердить' }).click();
    await extend.waitFor({ state: 'detached' });
    await page
      .getByText(ru(monthsLater(9)), { exact: false })
      .first()
      .waitFor();

    // A new mentor after the mentee's petition, with the new mentor's agreement.
    await page.getByRole('button', { name: 'Заменить наставника', exact: true }).click();
    const replace = page.getByRole('dialog', { name: /^Заменить наставника/ });
    await replace.getByLabel('Новый наставник', { exact: false }).first().click();
    const option = page.getByRole('option').first();
    const newMentor = ((await option.textContent()) ?? '').trim();
    await option.click();
    await expect(replace.getByLabel('Кто просил о замене').inputValue()).resolves.toBe('Ходатайство наставляемого');
    await replace.getByLabel('Новый наставник согласен').check();
    await replace.getByLabel('Примечание').fill('Ходатайство от 10.11: нужен наставник по предмету');
    await shot(page, '5-replace');
    await expectAccessible(page, 'the replacement dialog');
    await replace.getByRole('button', { name: 'Подтвердить' }).click();
    await replace.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: new RegExp(newMentor.split(' ')[0] ?? newMentor) }).waitFor();

    // Completing waits for the plan.
    await page.getByRole('button', { name: 'Завершить', exact: true }).click();
    const complete = page.getByRole('dialog', { name: /^Завершить/ });
    await complete.getByRole('button', { name: 'Подтвердить' }).click();
    await complete.getByText(/План ещё не выполнен/).waitFor();
    await complete.getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('tab', { name: 'План' }).click();
    for (const title of ['Установочная встреча: цели и план', 'Посещение урока наставляемого']) {
      await page.getByRole('button', { name: `Изменить «${title}»` }).click();
      const edit = page.getByRole('dialog', { name: 'Мероприятие плана' });
      await choose(page, edit, 'Статус', 'выполнено');
      await edit.getByLabel('Подтверждение выполнения').fill('Запись в журнале');
      await edit.getByRole('button', { name: 'Сохранить' }).click();
      await edit.waitFor({ state: 'detached' });
    }
    await expect
      .poll(() => page.getByRole('table', { name: 'План мероприятий' }).getByText('выполнено').count())
      .toBe(2);
    await page.getByRole('button', { name: 'Завершить', exact: true }).click();
    const done = page.getByRole('dialog', { name: /^Завершить/ });
    await done.getByRole('button', { name: 'Подтвердить' }).click();
    await done.waitFor({ state: 'detached' });
    await page.getByText('завершена', { exact: true }).first().waitFor();
    await page.getByText('Программа окончена: шагов больше нет.').waitFor();

    // The history: every step, with who and why.
    await page.getByRole('tab', { name: 'История' }).click();
    const history = page.getByRole('table', { name: 'История программы' });
    await history.waitFor();
    await expect.poll(() => history.locator('tbody tr').count()).toBe(8);
    for (const what of [
      'составлена',
      'согласована участником',
      'утверждена',
      'начата',
      'продлена',
      'заменён наставник',
      'завершена',
    ])
      await expect.poll(() => history.getByText(what, { exact: true }).count()).toBeGreaterThan(0);
    await history.getByText('Ходатайство наставляемого').waitFor();
    await settled(page);
    await shot(page, '6-history');
    await expectAccessible(page, 'the history');

    // On a tablet the page still reads without sideways scrolling of the whole page.
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.getByRole('tab', { name: 'План' }).click();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(wide).toBe(false);
    await shot(page, '7-tablet');

    // The pair's card links to its program.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Пары и группы' }).click();
    await page
      .getByRole('table', { name: 'Пары и группы' })
      .getByRole('button', { name: new RegExp(`^Открыть: .*${menteeSurname}`) })
      .click();
    const card = page.getByRole('dialog', { name: /^Пара: наставник / });
    await card.getByRole('heading', { name: 'Программы' }).waitFor();
    await card.getByRole('link', { name: /^\d\d\.\d\d\.\d{4} — / }).click();
    await page.waitForURL(programUrl);

    // The list filters by status in the address.
    await page.goto(`${run.url}/orgs/${orgId}/programs?status=completed`);
    // The demo has last year's completed program too: this one is found by its pair.
    await page
      .getByRole('table', { name: 'Программы наставничества' })
      .getByRole('row', { name: new RegExp(menteeSurname) })
      .getByText('завершена')
      .waitFor();
    await shot(page, '8-list');
    await context.close();
  });

  it('starts another pair’s program from a ready plan', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Программы' }).click();
    await page.getByRole('button', { name: 'Составить программу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая программа' });
    await dialog.getByLabel('Пара или группа', { exact: false }).first().click();
    await page.getByRole('option').first().click();
    await typeDate(dialog, 'Начало', today);
    await typeDate(dialog, 'Окончание', monthsLater(9));
    await dialog.getByRole('combobox', { name: 'С чего начать' }).click();
    await page.getByRole('option', { name: 'Молодой специалист: первый год в профессии' }).click();
    await expectAccessible(page, 'a program from a ready plan');
    await dialog.getByRole('button', { name: 'Составить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText(/молодому специалисту/)
      .first()
      .waitFor();
    await page.getByText('Открытый урок наставляемого').waitFor();
    // The curator's home page lists the draft among what needs attention.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Главная' }).click();
    const attention = page.getByRole('region', { name: 'Программы: что требует внимания' });
    await attention.getByText(/^Ждут согласия участников \(\d+\)$/).waitFor();
    await expectAccessible(page, 'the home page with the attention card');
    await context.close();
  });
});
