import { describe, expect, it } from 'vitest';
import { buildOrderContent } from './order-content.js';
import { orderContentSchema } from './order-contract.js';
import { orderDocument, orderDocumentLines } from './order-document.js';
import { sampleFacts, sampleNewMentor, sampleProgram } from './order-fixtures.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

function orderText(kind: 'program-change' | 'program-end', change: Parameters<typeof sampleProgram>[0]) {
  const facts = { ...sampleFacts(kind), programs: [sampleProgram(change)] };
  const { title, content } = buildOrderContent(facts);
  expect(orderContentSchema.safeParse(content).success).toBe(true);
  const text = plain(orderDocumentLines(orderDocument({ title, content, number: null, date: null })).join('\n'));
  return { title, text, content };
}

const base = { endsOn: null, newMentor: null, requestedBy: null, reason: null, requestedOn: '2026-02-02' } as const;

describe('orders on a program change', () => {
  it('extends a program to the new end, naming the pair, the old term and §7.2', () => {
    const { title, text } = orderText('program-change', {
      ...base,
      action: 'extend',
      endsOn: '2026-06-30',
      agreementEndsOn: null,
    });
    expect(title).toBe('О продлении срока реализации персонализированной программы наставничества');
    expect(text).toContain('Продлить до 30.06.2026');
    expect(text).toContain('наставник — Орлова Д. В., наставляемый — Белова К. И.');
    expect(text).toContain('на период с 01.10.2025 по 31.03.2026');
    expect(text).toContain('п. 7.2 Положения');
    expect(text).toContain('дополнительное соглашение к трудовому договору с наставником: Орлова Д. В.');
    expect(text).not.toContain('..');
  });

  it('replaces the mentor: releases the old one, appoints the new one with consent, on the petition (§5.1)', () => {
    const { title, text, content } = orderText('program-change', {
      ...base,
      action: 'replace-mentor',
      newMentor: sampleNewMentor,
      requestedBy: 'mentee',
      agreementEndsOn: null,
    });
    expect(title).toBe('О замене наставника');
    expect(text).toContain('Освободить от обязанностей наставника');
    expect(text).toContain('по ходатайству наставляемого о замене наставника (п. 5.1 Положения)');
    expect(text).toContain(
      'о замене наставника (п. 5.1 Положения): Орлова Дарья Викторовна, учитель английского языка.',
    );
    expect(text).toContain('с письменного согласия работника: Гришин Павел Андреевич, учитель математики');
    expect(text).toContain('по 31.03.2026');
    expect(text).toContain('ст. 351.8');
    // Everyone the change concerns signs that they have read it, the new mentor too.
    expect(content.acquaintance).toEqual(
      expect.arrayContaining(['Орлова Д. В.', 'Гришин П. А.', 'Белова К. И.', 'Соколова М. П.']),
    );
  });

  it('a mentor who asked to be released is named as the one who asked', () => {
    const { text } = orderText('program-change', {
      ...base,
      action: 'replace-mentor',
      newMentor: sampleNewMentor,
      requestedBy: 'mentor',
      agreementEndsOn: null,
    });
    expect(text).toContain('по просьбе наставника об освобождении');
  });

  it.each([
    [
      'mentor-initiative',
      'по инициативе наставника',
      'по истечении трёх рабочих дней после предупреждения от 02.02.2026',
    ],
    ['mentee-initiative', 'по инициативе наставляемого', 'по истечении трёх рабочих дней'],
    ['curator-initiative', 'по инициативе куратора', 'по истечении трёх рабочих дней'],
    ['mutual', 'по обоюдному решению наставника и наставляемого', 'по соглашению сторон'],
  ])('ends a program early %s, with the agreement ended under art. 351.8', (reason, words, agreement) => {
    const { title, text } = orderText('program-end', {
      ...base,
      action: 'terminate',
      reason,
      agreementEndsOn: '2026-02-05',
    });
    expect(title).toBe('О досрочном завершении персонализированной программы наставничества');
    expect(text).toContain('Досрочно завершить реализацию');
    expect(text).toContain(words);
    expect(text).toContain(agreement);
    expect(text).toContain('с 05.02.2026');
    expect(text).toContain('п. 7.1 Положения');
  });

  it('an order on a completed program says the plan was carried out in full', () => {
    const facts = { ...sampleFacts('program-end'), programs: [{ ...sampleProgram(null), status: 'completed' }] };
    const { title, content } = buildOrderContent(facts);
    expect(title).toBe('О завершении персонализированных программ наставничества');
    expect(content.points[0]?.text).toContain('выполнением плана мероприятий в полном объёме');
  });

  it('an order naming a program without a waiting change says what the program’s status says', () => {
    const text = (status: string) =>
      buildOrderContent({ ...sampleFacts('program-end'), programs: [{ ...sampleProgram(null), status }] }).content
        .points[0]?.text;
    expect(text('terminated')).toContain('Считать досрочно завершённой');
    expect(text('active')).toContain('Внести изменения в реализацию');
  });
});
