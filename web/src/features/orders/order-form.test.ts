import { describe, expect, it } from 'vitest';
import { buildOrderContent, type OrderFacts } from '../../../../src/orders/order-content.js';
import { orderContentSchema } from '../../../../src/orders/order-contract.js';
import { orderDocument } from '../../../../src/orders/order-document.js';
import { contentOf, valuesOf } from './order-form';

const person = (lastName: string, firstName: string, middleName: string, position: string) => ({
  lastName,
  firstName,
  middleName,
  position,
});

const facts: OrderFacts = {
  kind: 'groups',
  today: '2026-11-24',
  org: {
    fullName: 'Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
    shortName: 'МАОУ СОШ № 1',
    locality: 'г. Заречный',
    directorName: 'Е. А. Лаптева',
    directorPosition: 'Директор',
    grounds: [],
  },
  curator: person('Шевченко', 'Леонид', 'Григорьевич', 'Заместитель директора'),
  people: [],
  programs: [],
  groups: [
    {
      id: 'g1',
      mentor: person('Захарова', 'Тамара', 'Яковлевна', 'Учитель начальных классов'),
      mentees: [person('Приходько', 'Вероника', 'Владиславовна', 'Учитель английского языка')],
      forms: ['traditional', 'teacher-teacher'],
    },
  ],
};

describe('the draft editor’s values', () => {
  const { title, content } = buildOrderContent(facts);

  it('give back the very content they were made from', () => {
    expect(contentOf(valuesOf({ title, content }))).toEqual(content);
  });

  it('turn blanks into nulls, lines into lists, and pass the server’s schema', () => {
    const values = valuesOf({ title, content });
    values.content.place = '  ';
    values.content.acquaintance = 'Иванова И. И.\n\n  Петров П. П.  \n';
    values.content.points[0] = { text: ' Новый текст ', responsible: '', due: ' до 01.12.2026 ' };
    const edited = contentOf(values);
    expect(edited.place).toBeNull();
    expect(edited.acquaintance).toEqual(['Иванова И. И.', 'Петров П. П.']);
    expect(edited.points[0]).toEqual({ text: 'Новый текст', responsible: null, due: 'до 01.12.2026' });
    expect(orderContentSchema.safeParse(edited).success).toBe(true);
  });

  it('draw the preview from the same text model as the files: an edited point is numbered and closed', () => {
    const values = valuesOf({ title, content });
    values.content.points[1] = { text: 'Разработать программы', responsible: 'наставники', due: '' };
    const doc = orderDocument({ title: values.title, content: contentOf(values), number: null, date: null });
    expect(doc.draft).toBe(true);
    expect(doc.points[1]).toBe('2. Разработать программы. Ответственный: наставники.');
    expect(doc.appendices[0]?.table?.rows[0]?.[1]).toContain('Захарова Тамара Яковлевна');
  });
});
