import { describe, expect, it } from 'vitest';
import { paperLines } from '../orders/paper-document.js';
import { declineName, declinePosition } from '../orders/russian-cases.js';
import { type AgreementFacts, agreementDocument, roubles } from './agreement-document.js';

const person = (lastName: string, firstName: string, middleName: string, position: string) => ({
  lastName,
  firstName,
  middleName,
  position,
});

const facts: AgreementFacts = {
  org: {
    fullName: 'МАОУ «Средняя общеобразовательная школа № 7»',
    shortName: 'МАОУ СОШ № 7',
    address: '624250, г. Заречный, ул. Ленина, д. 1',
    locality: 'г. Заречный',
    directorName: 'Е. А. Лаптева',
    directorPosition: 'Директор',
  },
  mentor: person('Орлова', 'Дарья', 'Викторовна', 'Учитель английского языка'),
  mentees: [
    person('Белова', 'Ксения', 'Игоревна', 'Учитель английского языка'),
    person('Зайцев', 'Илья', 'Олегович', 'Учитель математики'),
  ],
  forms: ['group', 'teacher-teacher'],
  startsOn: '2025-09-01',
  endsOn: '2026-05-31',
  date: '2025-09-01',
  number: null,
  contract: { number: null, date: null },
  pay: { amount: 3500, unit: 'month', conditions: 'выплачивается ежемесячно вместе с заработной платой' },
};

/** The text as a reader sees it: non-breaking spaces are spaces. */
const textOf = (f: AgreementFacts) =>
  paperLines(agreementDocument(f))
    .join('\n')
    .replace(/\u00a0/g, ' ');

describe('supplementary agreement (art. 351.8)', () => {
  it('names the parties: the organization by its director, and the employee with the position', () => {
    const text = textOf(facts);
    expect(text).toContain('Дополнительное соглашение № ______');
    expect(text).toContain(
      'МАОУ «Средняя общеобразовательная школа № 7», именуемое в дальнейшем «Работодатель», в лице директора Е. А. Лаптевой',
    );
    expect(text).toContain('Орлова Дарья Викторовна, учитель английского языка, именуемый(ая) в дальнейшем «Работник»');
    expect(text).toContain('статьёй 351.8 Трудового кодекса');
  });

  it('states the mentees, the duties, the term, the forms and the pay', () => {
    const text = textOf(facts);
    expect(text).toContain(
      'педагогических работников Работодателя: Белова Ксения Игоревна, учитель английского языка; Зайцев Илья Олегович, учитель математики.',
    );
    expect(text).toContain('2. Содержание наставнической деятельности');
    expect(text).toContain('персонализированную программу наставничества');
    expect(text).toContain('с 01.09.2025 по 31.05.2026');
    expect(text).toContain('в формах: групповая, «учитель – учитель»');
    expect(text).toContain('доплата в размере 3 500 руб. 00 коп. в месяц');
    expect(text).toContain('Условия выплаты: выплачивается ежемесячно вместе с заработной платой.');
  });

  it('lets either side end it early with three working days of written notice', () => {
    expect(textOf(facts)).toMatch(
      /Работодатель или Работник вправе прекратить .* предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня/,
    );
  });

  it('ends with both parties’ signatures and the employee’s receipt', () => {
    const lines = paperLines(agreementDocument(facts)).map((l) => l.replace(/\u00a0/g, ' '));
    expect(lines).toContain('Работодатель');
    expect(lines).toContain('Работник');
    expect(lines).toContain('____________ / Е. А. Лаптева /');
    expect(lines).toContain('____________ / Орлова Д. В. /');
    expect(lines).toContain('Экземпляр соглашения получил(а):');
  });

  it('leaves blanks for what the records do not say', () => {
    const text = textOf({
      ...facts,
      org: { ...facts.org, directorName: null, locality: null },
      forms: [],
      startsOn: null,
      endsOn: null,
      date: null,
      pay: { amount: null, unit: 'period', conditions: '' },
    });
    expect(text).toContain('в лице директора ______________________________');
    expect(text).toContain('с «___» ____________ 20___ г. по «___» ____________ 20___ г.');
    expect(text).toContain('в форме: ______');
    expect(text).toContain('доплата в размере ____________ руб. ___ коп. за весь срок наставнической деятельности');
    expect(text).toContain('Условия выплаты: доплата выплачивается одновременно с заработной платой');
  });

  it('names its own number and the employment contract it supplements when the records have them', () => {
    const text = textOf({ ...facts, number: '3', contract: { number: '17/2019', date: '2019-08-26' } });
    expect(text).toContain('Дополнительное соглашение № 3');
    expect(text).toContain('к трудовому договору от 26.08.2019 № 17/2019');
  });

  it('speaks of one mentee in the singular', () => {
    expect(textOf({ ...facts, mentees: [facts.mentees[0] as AgreementFacts['mentor']] })).toContain(
      'в отношении педагогического работника Работодателя: Белова Ксения Игоревна',
    );
  });
});

describe('amounts and cases', () => {
  it('writes roubles and kopecks', () => {
    expect(roubles(3500).replace(/\u00a0/g, ' ')).toBe('3 500 руб. 00 коп.');
    expect(roubles(1234567.5).replace(/\u00a0/g, ' ')).toBe('1 234 567 руб. 50 коп.');
    expect(roubles(0.1).replace(/\u00a0/g, ' ')).toBe('0 руб. 10 коп.');
  });

  it('declines the regular surnames and head positions, leaves the rest as written', () => {
    expect(declineName('Е. А. Лаптева', 'genitive')).toBe('Е. А. Лаптевой');
    expect(declineName('И. П. Смирнов', 'dative')).toBe('И. П. Смирнову');
    expect(declineName('Кравец А. Р.', 'genitive')).toBe('Кравец А. Р.');
    expect(declineName('П. А. Вишневский', 'genitive')).toBe('П. А. Вишневского');
    expect(declinePosition('Директор', 'dative', true)).toBe('Директору');
    expect(declinePosition('Заведующая', 'genitive')).toBe('заведующего');
    expect(declinePosition('Исполняющий обязанности директора', 'genitive')).toBe('исполняющего обязанности директора');
    expect(declinePosition('Ректор', 'genitive')).toBe('ректора');
  });
});
