import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { academicYearOf, buildOrderContent, federalGrounds, shortNameOf } from './order-content.js';
import { orderContentSchema, orderKinds } from './order-contract.js';
import { orderDocument, orderDocumentLines, typeset } from './order-document.js';
import { renderOrderDocx } from './order-docx.js';
import { sampleFacts } from './order-fixtures.js';
import { orderNumber } from './sign-order.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const textOf = (
  kind: (typeof orderKinds)[number],
  number: string | null = '187-од',
  date: string | null = '2025-09-20',
) => {
  const { title, content } = buildOrderContent(sampleFacts(kind));
  return plain(orderDocumentLines(orderDocument({ title, content, number, date })).join('\n'));
};

describe('order content', () => {
  it('gives every kind a valid content with the requisites, ПРИКАЗЫВАЮ, control and signature', () => {
    for (const kind of orderKinds) {
      const { content } = buildOrderContent(sampleFacts(kind));
      expect(orderContentSchema.safeParse(content).success).toBe(true);
      const text = textOf(kind);
      for (const part of [
        'Муниципальное автономное общеобразовательное учреждение',
        'ПРИКАЗ',
        '20.09.2025',
        '№ 187-од',
        'г. Заречный',
        'ПРИКАЗЫВАЮ:',
        'Контроль за исполнением настоящего приказа оставляю за собой.',
        'Директор Е. А. Лаптева',
      ]) {
        expect(text, `${kind}: ${part}`).toContain(part);
      }
    }
  });

  it('orders on pairs: title, the Labour Code and the regional act in the grounds, the table of pairs', () => {
    const text = textOf('groups');
    expect(text).toContain('О закреплении наставнических пар и групп');
    expect(text).toContain(`В соответствии с ${federalGrounds.labourCode}, ${federalGrounds.educationLaw}`);
    expect(text).toContain('Свердловской области от 01.02.2023 № 100-Д');
    expect(text).toContain('Положением о системе наставничества педагогических работников МАОУ СОШ № 7,');
    expect(text).toContain('Приложение 1\nк приказу\nот 20.09.2025 № 187-од\nСостав наставнических пар (групп)');
    expect(text).toContain('№ п/п | Наставник | Наставляемый (наставляемые) | Форма наставничества | Срок');
    expect(text).toContain(
      '1 | Орлова Дарья Викторовна, учитель английского языка | Белова Ксения Игоревна, учитель английского языка | традиционная (один на один), «учитель – учитель» | на 2025/2026 учебный год',
    );
    expect(text).toContain('Зайцев Илья Олегович, учитель математики; Кравец Алина Романовна, учитель информатики');
    expect(text).toContain('Ответственный: Соколова М. П.');
    expect(text).toContain('С приказом ознакомлены:\nСоколова М. П.\nОрлова Д. В.\nБелова К. И.\nГришин П. А.');
  });

  it('a single pair per mentor is «пар» only', () => {
    const facts = sampleFacts('groups');
    facts.groups = facts.groups.slice(0, 1);
    expect(buildOrderContent(facts).title).toBe('О закреплении наставнических пар');
  });

  it('the Regulation order approves both documents as appendices 1 and 2, with the roadmap of seven stages', () => {
    const { content } = buildOrderContent(sampleFacts('regulation'));
    const text = textOf('regulation');
    expect(text).toContain(
      '1. Утвердить Положение о системе наставничества педагогических работников МАОУ СОШ № 7 (приложение 1).',
    );
    expect(text).toContain('(приложение 2)');
    expect(text).toContain('Приложение 2\nк приказу\nот 20.09.2025 № 187-од');
    expect(content.appendices[1]?.table?.rows).toHaveLength(7);
    expect(content.grounds).not.toContain(federalGrounds.labourCode);
    expect(content.grounds).toContain(federalGrounds.recommendations);
    expect(content.acquaintance).toEqual([]);
  });

  it('the curator order names the appointed person with their position', () => {
    const text = textOf('curator');
    expect(text).toContain(
      '1. Назначить куратором реализации программ наставничества педагогических работников МАОУ СОШ № 7 на 2025/2026 учебный год: Орлова Дарья Викторовна, учитель английского языка.',
    );
  });

  it('council and mentor orders list the people in an appendix', () => {
    expect(textOf('council')).toContain('1 | Орлова Дарья Викторовна | Учитель английского языка');
    const mentors = textOf('mentors');
    expect(mentors).toContain('Список наставников');
    expect(mentors).toContain('дополнительные соглашения к трудовым договорам');
  });

  it('never points to an appendix that is not there', () => {
    for (const kind of orderKinds) {
      const facts = sampleFacts(kind);
      facts.people = [];
      facts.groups = [];
      const { content } = buildOrderContent(facts);
      const text = content.points.map((p) => p.text).join(' ');
      if (content.appendices.length === 0) expect(text, kind).not.toMatch(/приложени/);
    }
  });

  it('a draft leaves blanks for the number and date, marks itself and its appendices', () => {
    const text = textOf('groups', null, null);
    expect(text.startsWith('ПРОЕКТ\n')).toBe(true);
    expect(text).toContain('«___» __________ 20___ г.\n№ ______');
    expect(text).toContain('от ____________ № ______');
  });

  it('ends each point with one full stop and names the responsible and the deadline', () => {
    const { title, content } = buildOrderContent(sampleFacts('groups'));
    content.points = [{ text: 'Провести установочную сессию', responsible: 'Соколова М. П.', due: 'до 01.10.2025' }];
    const doc = orderDocument({ title, content, number: null, date: null });
    expect(plain(doc.points[0] ?? '')).toBe(
      '1. Провести установочную сессию. Ответственный: Соколова М. П. Срок: до 01.10.2025.',
    );
    expect(doc.points[1]).toBe('2. Контроль за исполнением настоящего приказа оставляю за собой.');
  });

  it('keeps № and initials with what follows', () => {
    expect(typeset('Школа № 7, Е. А. Лаптева, Лаптева Е. А.')).toBe(
      'Школа №\u00a07, Е.\u00a0А.\u00a0Лаптева, Лаптева\u00a0Е.\u00a0А.',
    );
  });

  it('helpers: short names, academic years, numbers', () => {
    expect(shortNameOf({ lastName: 'Иванова', firstName: 'мария', middleName: null })).toBe('Иванова М.');
    expect(academicYearOf('2025-08-31')).toBe('2024/2025 учебный год');
    expect(academicYearOf('2025-09-01')).toBe('2025/2026 учебный год');
    expect(orderNumber(187, 'од')).toBe('187-од');
    expect(orderNumber(3, '')).toBe('3');
  });

  it('lays the Word file out per ГОСТ Р 7.0.97: A4, Times New Roman 14, margins, page numbers from page 2', async () => {
    const { title, content } = buildOrderContent(sampleFacts('groups'));
    const zip = await JSZip.loadAsync(
      await renderOrderDocx(orderDocument({ title, content, number: null, date: null })),
    );
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/w:top="1134"[^>]*w:right="567"[^>]*w:bottom="1134"[^>]*w:left="1134"/);
    expect(doc).toContain('<w:titlePg/>');
    expect(styles).toContain('Times New Roman');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
  });
});
