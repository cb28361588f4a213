import { describe, expect, it } from 'vitest';
import {
  type DigestInput,
  digestSummary,
  escapeHtml,
  type OrgItems,
  type OwnItems,
  programDigest,
} from './program-digest.js';

const program = { id: 'p1', label: 'Петрова А. С. → Иванов И. И.' };
const other = { id: 'p2', label: 'Сидорова Е. В. → Козлов П. Р.' };
const noOwn: OwnItems = { overdue: [], dueSoon: [], awaitingAgreement: [], endingSoon: [] };
const noOrg: OrgItems = {
  overdue: [],
  quiet: [],
  endingSoon: [],
  awaitingAgreement: [],
  requests: [],
  awaitingOrder: [],
};

function input(overrides: Partial<DigestInput>): DigestInput {
  return {
    appUrl: 'https://mentor.school.ru',
    orgId: 'org-1',
    orgName: 'Школа № 1',
    day: '2026-11-24',
    name: 'Анна Сергеевна',
    own: null,
    org: null,
    ...overrides,
  };
}

describe('the program digest', () => {
  it('makes no letter when there is nothing to say', () => {
    expect(programDigest(input({}))).toBeNull();
    expect(programDigest(input({ own: noOwn }))).toBeNull();
    expect(programDigest(input({ own: noOwn, org: noOrg }))).toBeNull();
    expect(digestSummary(noOwn, noOrg)).toBe('');
  });

  it('tells a mentor of their overdue and coming activities, with links to the program', () => {
    const letter = programDigest(
      input({
        own: {
          ...noOwn,
          overdue: [{ title: 'Посещение урока', dueOn: '2026-11-20', program }],
          dueSoon: [{ title: 'Встреча по итогам четверти', dueOn: '2026-11-26', program }],
        },
      }),
    );
    expect(letter).not.toBeNull();
    if (!letter) return;
    expect(letter.subject).toBe('«Наставник»: что требует внимания на 24.11.2026 — Школа № 1');
    expect(letter.text).toContain('Здравствуйте, Анна Сергеевна!');
    expect(letter.text).toContain('Просроченные мероприятия: 1');
    expect(letter.text).toContain('- «Посещение урока», срок 20.11.2026 — Петрова А. С. → Иванов И. И.');
    expect(letter.text).toContain('Срок в ближайшие 3 дня: 1');
    expect(letter.text).toContain('«Встреча по итогам четверти», срок 26.11.2026');
    expect(letter.text).toContain('https://mentor.school.ru/orgs/org-1/programs/p1');
    expect(letter.text).toContain('Открыть «Наставник»: https://mentor.school.ru/orgs/org-1');
    expect(letter.text).not.toContain('ждут вашего согласия');
    expect(letter.text).not.toContain('в организации');
    expect(letter.text).toContain('Ваши программы наставничества');
    expect(letter.html).toContain('<a href="https://mentor.school.ru/orgs/org-1/programs/p1">');
    expect(letter.html).toContain('<html lang="ru">');
  });

  it('asks a mentee to agree to a draft and warns of a program ending soon', () => {
    const letter = programDigest(
      input({
        name: null,
        own: { ...noOwn, awaitingAgreement: [other], endingSoon: [{ program, endsOn: '2026-12-05' }] },
      }),
    );
    expect(letter?.text).toContain('Здравствуйте!');
    expect(letter?.text).toContain('Программы, которые ждут вашего согласия: 1\n- Сидорова Е. В. → Козлов П. Р.');
    expect(letter?.text).toContain('- Петрова А. С. → Иванов И. И. — до 05.12.2026');
    expect(letter?.text).not.toContain('Просроченные');
  });

  it('gives a curator the organization’s counts, and lists up to 20 in each', () => {
    const overdue = Array.from({ length: 25 }, (_, i) => ({ title: `Дело ${i + 1}`, dueOn: '2026-11-01', program }));
    const letter = programDigest(
      input({
        org: {
          overdue,
          quiet: [
            { program, lastEntryOn: null },
            { program: other, lastEntryOn: '2026-10-01' },
          ],
          endingSoon: [],
          awaitingAgreement: [{ program: other, pending: ['Сидорова Е. В.', 'Козлов П. Р.'] }],
          requests: [
            { program, kind: 'replace-mentor' },
            { program: other, kind: 'release' },
          ],
          awaitingOrder: [{ program: other, action: 'extend' }],
        },
      }),
    );
    const text = letter?.text ?? '';
    expect(text).toContain('Программы наставничества в организации «Школа № 1»\n=====');
    expect(text).toContain('Просроченные мероприятия: 25');
    expect(text).toContain('«Дело 20»');
    expect(text).not.toContain('«Дело 21»');
    expect(text).toContain('…и ещё 5 — в приложении');
    expect(text).toContain('Программы без записей в журнале 21 день и дольше: 2');
    expect(text).toContain('Петрова А. С. → Иванов И. И. — записей нет');
    expect(text).toContain('Сидорова Е. В. → Козлов П. Р. — последняя запись 01.10.2026');
    expect(text).toContain('ждём: Сидорова Е. В., Козлов П. Р.');
    expect(text).toContain('просьба наставляемого о замене наставника — Петрова А. С.');
    expect(text).toContain('просьба наставника об освобождении — Сидорова Е. В.');
    expect(text).not.toContain('заканчиваются в ближайшие 14 дней');
    expect(text).not.toContain('Ваши программы');
    expect(text).toContain('Изменения программ, которые ждут подписания приказа: 1');
    expect(text).toContain('Продление — Сидорова Е. В. → Козлов П. Р.');
    expect(letter?.html.match(/<li>/g)).toHaveLength(20 + 1 + 2 + 1 + 2 + 1);
  });

  it('puts a curator’s own programs and the organization in one letter', () => {
    const own = { ...noOwn, overdue: [{ title: 'Своё', dueOn: '2026-11-23', program }] };
    const org = { ...noOrg, endingSoon: [{ program: other, endsOn: '2026-12-01' }] };
    const letter = programDigest(input({ own, org }));
    expect(letter?.text).toContain('Ваши программы наставничества\n=====');
    expect(letter?.text).toContain('Программы, которые заканчиваются в ближайшие 14 дней: 1');
    expect(digestSummary(own, org)).toBe(
      'свои программы: просрочено 1, скоро срок 0, ждут согласия 0, заканчиваются 0; ' +
        'организация: просрочено 0, без записей 0, заканчиваются 1, проекты ждут согласия 0, обращения 0, ждут приказа 0',
    );
  });

  it('escapes what people wrote in the HTML, and keeps it as written in the text', () => {
    const title = '<script>alert("x")</script> & «план»';
    const letter = programDigest(
      input({
        orgName: 'Школа <№ 1>',
        name: 'Анна & Co',
        own: { ...noOwn, overdue: [{ title, dueOn: '2026-11-20', program: { id: 'p"1', label: "О'Нил → Ли" } }] },
      }),
    );
    const html = letter?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «план»');
    expect(html).toContain('О&#39;Нил');
    expect(html).toContain('Анна &amp; Co');
    expect(html).toContain('href="https://mentor.school.ru/orgs/org-1/programs/p&quot;1"');
    expect(letter?.text).toContain(title);
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });
});
