import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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

// Set SURVEY_SHOTS=<folder> to keep a picture of each screen for a look by eye.
const shots = process.env.SURVEY_SHOTS;
async function shot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function newPage(login: string) {
  const context = await run.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await signIn(page, run.url, login);
  return { context, page };
}

describe('the yearly needs campaign, from the curator’s reminder to the bank', () => {
  it('reminds, is answered by a mentee, shows results and the Excel book, and feeds the mentee bank', async () => {
    // The curator opens the campaign and sees who has answered and who has not.
    const curator = await newPage('curator');
    const page = curator.page;
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Анкеты' }).click();
    await page.getByRole('heading', { name: 'Анкеты', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Анкеты' });
    await expect.poll(() => table.getByText('идёт опрос').count()).toBe(1);
    await expect.poll(() => table.getByText('завершена').count()).toBe(1);
    await expect.poll(() => table.getByText('черновик').count()).toBe(1);
    await expect.poll(() => table.getByText(/^6 из \d+$/).count()).toBe(1);
    await expectAccessible(page, 'survey list');
    await shot(page, '1-list');

    await table.getByRole('link', { name: /Выявление профессиональных затруднений/ }).click();
    await page.getByRole('tab', { name: 'Ход опроса', selected: true }).waitFor();
    const summary = page.getByText(/^Ответили 6 из \d+$/);
    await summary.waitFor();
    const total = Number((await summary.innerText()).split(' из ')[1]);
    const pendingList = page.getByRole('region', { name: /^Ещё не ответили/ });
    await expect.poll(() => pendingList.getByRole('listitem').count()).toBe(total - 6);
    await expectAccessible(page, 'campaign progress');
    await shot(page, '2-progress');

    await page.getByRole('button', { name: 'Напомнить остальным' }).click();
    const confirm = page.getByRole('dialog', { name: 'Напомнить об анкете?' });
    await confirm.getByText(`Ещё не ответили: ${total - 6}.`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Напомнить', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(`Напоминание отправлено, получили: ${total - 6}`)
      .waitFor();
    await shot(page, '3-reminded');

    // The mentee finds the reminder on the home page and answers.
    const mentee = await newPage('mentee');
    const menteePage = mentee.page;
    const card = menteePage.getByRole('region', { name: 'Вас просят заполнить анкету' });
    await card.waitFor();
    await expectAccessible(menteePage, 'home with reminder');
    await shot(menteePage, '4-mentee-home');
    await card.getByRole('link', { name: 'Заполнить' }).click();
    await menteePage.getByRole('button', { name: 'Отправить ответы' }).waitFor();
    await expectAccessible(menteePage, 'answer form');
    await menteePage.getByRole('button', { name: 'Отправить ответы' }).click();
    await expect.poll(() => menteePage.getByText('Ответьте на этот вопрос').count()).toBe(3);
    await shot(menteePage, '5-answer-errors');

    await menteePage.locator('[data-question="1"]').getByRole('checkbox').nth(0).check();
    await menteePage.locator('[data-question="1"]').getByRole('checkbox').nth(1).check();
    await menteePage
      .getByRole('radiogroup', { name: /Насколько эти трудности мешают/ })
      .getByRole('radio', { name: '4' })
      .check();
    await menteePage
      .getByRole('radiogroup', { name: /насколько уверенно/ })
      .getByRole('radio', { name: '6' })
      .check();
    await menteePage
      .getByRole('textbox', { name: /Опишите своими словами/ })
      .fill('Хочу научиться планировать уроки так, чтобы укладываться во время.');
    await menteePage.getByRole('button', { name: 'Отправить ответы' }).click();
    await menteePage.getByText('Спасибо, ответ принят').waitFor();
    await shot(menteePage, '6-thanks');
    await menteePage.getByRole('link', { name: 'На главную', exact: true }).click();
    await menteePage.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    const me = await menteePage.evaluate(
      async () => ((await (await fetch('/api/v1/me')).json()) as { fullName: string }).fullName,
    );
    await mentee.context.close();

    // Back with the curator: one more answer, the results and the Excel book.
    await page.reload();
    await page.getByText(`Ответили 7 из ${total}`).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /^Ответили/ })
          .getByText(me)
          .count(),
      )
      .toBe(1);
    await page.getByRole('tab', { name: 'Итоги' }).click();
    await page.getByText('Всего ответов: 7').waitFor();
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(2);
    await page
      .getByText(/^Среднее: /)
      .first()
      .waitFor();
    await expectAccessible(page, 'results');
    await shot(page, '7-results');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать итоги (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = join(tmpdir(), `survey-results-${process.pid}.xlsx`);
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThanOrEqual(2);

    // The mentee's answer goes into their entry of the mentee bank.
    await page.getByRole('tab', { name: 'Ответы в банк' }).click();
    const answer = page.getByRole('article', { name: me });
    await answer.getByRole('button', { name: 'Перенести в банк наставляемых' }).click();
    const dialog = page.getByRole('dialog', { name: 'Перенос ответа в банк наставляемых' });
    await dialog.getByText(/^Добавятся затруднения: \d+$/).waitFor();
    await expectAccessible(page, 'apply to the bank');
    await shot(page, '8-apply');
    await dialog.getByRole('button', { name: 'Подтвердить перенос' }).click();
    await dialog.getByRole('status').getByText(`Ответ перенесён в банк наставляемых: ${me}`).waitFor();
    await dialog.getByRole('button', { name: 'Закрыть' }).first().click();
    await answer.getByText(/^перенесён /).waitFor();
    await shot(page, '9-applied');

    // The closed programme-quality survey: anonymous, charts with averages, no names.
    await page.getByRole('link', { name: 'Анкеты', exact: true }).first().click();
    await table.getByRole('link', { name: /Оценка качества программ/ }).click();
    await page.getByRole('tab', { name: 'Итоги' }).click();
    await page.getByText('Всего ответов: 12').waitFor();
    await expect.poll(() => page.getByText(/^Среднее: /).count()).toBe(4);
    await shot(page, '10-quality');
    await curator.context.close();
  });
  it('creates a questionnaire of its own, edits the draft with the server’s rules, and opens it', async () => {
    const { context, page } = await newPage('curator');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Анкеты' }).click();
    await page.getByRole('button', { name: 'Создать анкету' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая анкета' });
    await dialog.getByRole('radio', { name: /Пустая анкета/ }).click();
    await dialog.getByRole('button', { name: 'Создать черновик' }).click();
    await dialog.getByText('Укажите название анкеты').waitFor();
    await dialog.getByRole('textbox', { name: 'Название' }).fill('Обратная связь после установочной сессии');
    await expectAccessible(page, 'new questionnaire');
    await dialog.getByRole('button', { name: 'Создать черновик' }).click();
    await page.getByRole('heading', { name: 'Обратная связь после установочной сессии', level: 1 }).waitFor();

    const first = page.getByRole('region', { name: 'Вопрос 1' });
    await first.getByRole('textbox', { name: 'Формулировка' }).fill('');
    await page.getByRole('button', { name: 'Добавить вопрос' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByText('Не может быть пустым').count()).toBe(4);
    await first.getByRole('textbox', { name: 'Формулировка' }).fill('Насколько полезной была сессия?');
    await first.getByRole('combobox', { name: 'Тип ответа' }).click();
    await page.getByRole('option', { name: 'Шкала от 1 до 5' }).click();
    const second = page.getByRole('region', { name: 'Вопрос 2' });
    await second.getByRole('textbox', { name: 'Формулировка' }).fill('Какая тема нужна на следующей встрече?');
    await second.getByRole('textbox', { name: 'Вариант 1' }).fill('Трудный разговор с родителями');
    await second.getByRole('textbox', { name: 'Вариант 2' }).fill('Оценивание по ФГОС');
    await page.getByRole('checkbox', { name: 'Наставник', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Наставляемый', exact: true }).check();
    await expectAccessible(page, 'questionnaire editor');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Анкета сохранена').waitFor();

    await page.getByRole('button', { name: 'Открыть опрос' }).click();
    await page.getByRole('dialog', { name: 'Открыть опрос?' }).getByRole('button', { name: 'Открыть опрос' }).click();
    await page.getByRole('tab', { name: 'Ход опроса', selected: true }).waitFor();
    await page.getByText('Адресаты: Наставник, Наставляемый').waitFor();
    await page.getByRole('tab', { name: 'Вопросы' }).click();
    await page.getByText('1. Насколько полезной была сессия?').waitFor();
    await context.close();
  });
});
