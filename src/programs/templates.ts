// Ready plans a curator starts a program from (§3.4 asks for a bank of programs; these are its first
// entries): the typical cases of the Regulation's mentee categories, in our own words. Pure data.
import type { ActivityKind } from './program-contract.js';

export interface ProgramTemplate {
  name: string;
  title: string;
  goals: string;
  expectedResults: string;
  activities: { title: string; kind: ActivityKind; week: number; expectedResult?: string }[];
}

export const programTemplates: readonly ProgramTemplate[] = [
  {
    name: 'young-specialist',
    title: 'Молодой специалист: первый год в профессии',
    goals:
      'Помочь молодому специалисту освоить должностные обязанности, выстроить урок по требованиям ФГОС, наладить дисциплину в классе и войти в коллектив.',
    expectedResults:
      'Наставляемый самостоятельно планирует и проводит уроки, ведёт документацию, проводит открытый урок и оценивает свой профессиональный рост.',
    activities: [
      { title: 'Знакомство, выявление затруднений, согласование плана', kind: 'meeting', week: 1 },
      { title: 'Разбор рабочей программы и тематического планирования', kind: 'consultation', week: 2 },
      {
        title: 'Посещение уроков наставника',
        kind: 'lesson-observation',
        week: 4,
        expectedResult: 'перечень приёмов для своих уроков',
      },
      { title: 'Посещение уроков наставляемого с разбором', kind: 'lesson-observation', week: 8 },
      { title: 'Работа с родителями: подготовка к собранию', kind: 'consultation', week: 10 },
      { title: 'Самообразование по выбранной методической теме', kind: 'self-study', week: 14 },
      { title: 'Открытый урок наставляемого', kind: 'open-lesson', week: 24 },
      { title: 'Итоговая встреча: самооценка, планы на следующий год', kind: 'meeting', week: 34 },
    ],
  },
  {
    name: 'new-to-school',
    title: 'Новый педагог в школе: адаптация',
    goals: 'Помочь опытному педагогу, пришедшему в школу, быстро освоить её порядки, документацию и традиции.',
    expectedResults: 'Наставляемый уверенно работает по правилам школы и включён в её методическую работу.',
    activities: [
      { title: 'Знакомство со школой, её локальными актами и традициями', kind: 'meeting', week: 1 },
      { title: 'Электронный журнал и отчётность школы', kind: 'consultation', week: 2 },
      { title: 'Посещение уроков коллег', kind: 'lesson-observation', week: 4 },
      { title: 'Участие в заседании методического объединения', kind: 'seminar', week: 6 },
      { title: 'Итоговая встреча', kind: 'meeting', week: 12 },
    ],
  },
  {
    name: 'identified-difficulties',
    title: 'Педагог с выявленными затруднениями',
    goals: 'Помочь педагогу преодолеть выявленные профессиональные затруднения и закрепить результат.',
    expectedResults: 'Затруднения, названные в программе, преодолены; педагог применяет освоенные приёмы.',
    activities: [
      { title: 'Диагностика затруднений и согласование плана', kind: 'meeting', week: 1 },
      { title: 'Консультации по каждому затруднению', kind: 'consultation', week: 3 },
      { title: 'Посещение уроков наставляемого с разбором', kind: 'lesson-observation', week: 6 },
      { title: 'Повторное посещение урока: закрепление', kind: 'lesson-observation', week: 10 },
      { title: 'Итоговая встреча: что удалось', kind: 'meeting', week: 13 },
    ],
  },
];
