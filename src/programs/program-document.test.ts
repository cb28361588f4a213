import { describe, expect, it } from 'vitest';
import { paperLines } from '../orders/paper-document.js';
import { completionReport, type ProgramFacts, programDocument } from './program-document.js';

const facts: ProgramFacts = {
  org: {
    fullName: 'МАОУ «СОШ № 7»',
    shortName: 'МАОУ СОШ № 7',
    directorName: 'Е. А. Лаптева',
    directorPosition: 'Директор',
  },
  status: 'active',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  mentor: { lastName: 'Орлова', firstName: 'Дарья', middleName: 'Викторовна', position: 'Учитель английского языка' },
  mentees: [{ lastName: 'Белова', firstName: 'Ксения', middleName: 'Игоревна', position: 'Учитель английского языка' }],
  difficulties: ['Управление классом и дисциплина', 'Работа с родителями'],
  goals: 'Освоить приёмы управления классом.',
  expectedResults: 'Уроки без срывов дисциплины.',
  strengths: null,
  forms: ['traditional', 'teacher-teacher'],
  activities: [
    {
      title: 'Посещение уроков наставника',
      kind: 'lesson-observation',
      dueOn: '2026-10-15',
      responsible: 'Белова К. И.',
      expectedResult: 'Список приёмов',
      status: 'done',
      evidence: 'Записи в журнале',
    },
    {
      title: 'Открытый урок',
      kind: 'open-lesson',
      dueOn: null,
      responsible: null,
      expectedResult: null,
      status: 'planned',
      evidence: null,
    },
  ],
  journal: [
    { kind: 'meeting', minutes: 45 },
    { kind: 'lesson-observation', minutes: 45 },
    { kind: 'consultation', minutes: null },
  ],
  curator: { lastName: 'Соколова', firstName: 'Марина', middleName: 'Петровна', position: 'Заместитель директора' },
  outcome: { results: null, mentor: null, mentees: [null] },
};

const text = (lines: string[]) => lines.join('\n').replace(/\u00a0/g, ' ');

describe('the program’s papers', () => {
  it('puts the pair, the difficulties, the goals and the plan into the program to sign', () => {
    const lines = text(paperLines(programDocument(facts)));
    expect(lines).toContain('Персонализированная программа наставничества');
    expect(lines).toContain('на период с 01.09.2026 по 31.05.2027');
    expect(lines).toContain('Наставник: Орлова Дарья Викторовна, учитель английского языка.');
    expect(lines).toContain('Управление классом и дисциплина; Работа с родителями.');
    expect(lines).toContain(
      '1. Посещение уроков наставника (посещение урока) — срок: 15.10.2026; ответственный: Белова К. И.',
    );
    expect(lines).toContain('2. Открытый урок (открытый урок).');
    expect(lines).toContain('УТВЕРЖДАЮ');
    expect(lines).toContain('Куратор Соколова М. П.');
  });

  it('counts what was done and the time spent in the report, leaving room for the self-assessment', () => {
    const lines = text(paperLines(completionReport(facts)));
    expect(lines).toContain('Запланировано мероприятий: 2, выполнено: 1.');
    expect(lines).toContain('1. Посещение уроков наставника — выполнено (записи в журнале).');
    expect(lines).toContain('2. Открытый урок — запланировано.');
    expect(lines).toContain('Встреч: 1; посещённых уроков: 1; всего записей: 3; затрачено времени: 1,5 ч.');
    expect(lines).toContain('4. Самооценка наставляемого');
    expect(lines).toContain('_'.repeat(64));
  });

  it('puts the results and each participant’s own assessment into the report when they are written', () => {
    const written = {
      ...facts,
      outcome: {
        results: 'Уроки выстроены по этапам, дисциплина в 6 «Б» стала ровнее.',
        mentor: 'Программа выполнена, наставляемая готова вести уроки самостоятельно.',
        mentees: ['Научилась планировать урок по этапам и работать с родителями.'],
      },
    };
    const lines = text(paperLines(completionReport(written)));
    expect(lines).toContain('Уроки выстроены по этапам, дисциплина в 6 «Б» стала ровнее.');
    expect(lines).toContain('Научилась планировать урок по этапам и работать с родителями.');
    expect(lines).toContain('5. Самооценка наставника');
    expect(lines).toContain('Программа выполнена, наставляемая готова вести уроки самостоятельно.');
    expect(lines).not.toContain('_'.repeat(64));
  });

  it('names each mentee of a group beside their assessment, and leaves room for the one not written', () => {
    const group = {
      ...facts,
      mentees: [
        ...facts.mentees,
        { lastName: 'Зайцев', firstName: 'Илья', middleName: 'Олегович', position: 'Учитель' },
      ],
      outcome: { results: null, mentor: null, mentees: ['Освоил формирующее оценивание.', null] },
    };
    const lines = text(paperLines(completionReport(group)));
    expect(lines).toContain('4. Самооценка наставляемых');
    expect(lines).toContain('Освоил формирующее оценивание.');
    expect(lines).toContain('Зайцев И. О.:');
  });
});
