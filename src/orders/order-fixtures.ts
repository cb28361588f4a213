// Facts of a made-up school for the tests and the bench: a curator, people and two groups.
import type { OrderFacts, OrderPerson, OrderProgramFacts } from './order-content.js';

const person = (lastName: string, firstName: string, middleName: string, position: string): OrderPerson => ({
  lastName,
  firstName,
  middleName,
  position,
});

export const sampleCurator = person('Соколова', 'Марина', 'Петровна', 'Заместитель директора по УВР');

export function sampleFacts(kind: OrderFacts['kind']): OrderFacts {
  const mentor1 = person('Орлова', 'Дарья', 'Викторовна', 'Учитель английского языка');
  const mentor2 = person('Гришин', 'Павел', 'Андреевич', 'Учитель математики');
  const mentee1 = person('Белова', 'Ксения', 'Игоревна', 'Учитель английского языка');
  const mentee2 = person('Зайцев', 'Илья', 'Олегович', 'Учитель математики');
  const mentee3 = person('Кравец', 'Алина', 'Романовна', 'Учитель информатики');
  return {
    kind,
    today: '2025-09-15',
    org: {
      fullName: 'Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
      shortName: 'МАОУ СОШ № 7',
      locality: 'г. Заречный',
      directorName: 'Е. А. Лаптева',
      directorPosition: 'Директор',
      grounds: ['приказом Министерства образования и молодёжной политики Свердловской области от 01.02.2023 № 100-Д'],
    },
    curator: sampleCurator,
    people: kind === 'groups' || kind === 'regulation' ? [] : [mentor1, mentor2],
    groups:
      kind === 'groups'
        ? [
            { id: 'g1', mentor: mentor1, mentees: [mentee1], forms: ['traditional', 'teacher-teacher'] },
            { id: 'g2', mentor: mentor2, mentees: [mentee2, mentee3], forms: ['group', 'short-term'] },
          ]
        : [],
    programs: [],
  };
}

/** A program of the made-up school with a change waiting for its order. */
export function sampleProgram(change: OrderProgramFacts['change']): OrderProgramFacts {
  return {
    id: 'p1',
    mentor: person('Орлова', 'Дарья', 'Викторовна', 'Учитель английского языка'),
    mentees: [person('Белова', 'Ксения', 'Игоревна', 'Учитель английского языка')],
    startsOn: '2025-10-01',
    endsOn: '2026-03-31',
    status: 'active',
    change,
  };
}

export const sampleNewMentor = person('Гришин', 'Павел', 'Андреевич', 'Учитель математики');
