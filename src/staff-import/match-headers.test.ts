import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeaderRow, headerKey, type ImportField, importFields, matchHeaders } from './match-headers.js';

// Ways people write each header; every variant must land on its field.
const variants: Record<ImportField, string[]> = {
  lastName: ['Фамилия', 'ФАМИЛИЯ', ' фамилия '],
  firstName: ['Имя', 'имя:'],
  middleName: ['Отчество', 'Отчество (при наличии)'],
  birthDate: ['Дата рождения', 'дата  рождения', 'Дата рождения*'],
  position: ['Должность', 'должность.'],
  subjects: ['Предметы', 'Предмет(ы)', 'предмет'],
  teachingSince: ['Год начала педагогической работы', 'Стаж с (год)', 'Год начала  педагогической работы'],
  hiredOn: ['Дата приёма', 'Дата приема', 'ДАТА ПРИЁМА'],
  qualificationCategory: ['Квалификационная категория', 'Категория', 'категория'],
  email: ['E-mail', 'Email', 'Эл. почта', 'Электронная почта', 'e-mail'],
  phone: ['Телефон', 'тел.'],
};
const junk = ['№ п/п', 'Примечание', 'Табельный номер', '', 'СНИЛС', 'Стаж общий'];

describe('matching headers', () => {
  it('finds every field in any order, in any spelling, among junk columns', () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(importFields.map((f) => [f, fc.constantFrom(...variants[f])])) as {
            [K in ImportField]: fc.Arbitrary<string>;
          },
        ),
        fc.array(fc.constantFrom(...junk), { maxLength: 5 }),
        fc.infiniteStream(fc.nat()),
        (spelled, extra, noise) => {
          const headers = [...importFields.map((f) => spelled[f]), ...extra];
          // A random permutation of the headers.
          const order = headers.map((h, i) => ({ h, key: noise.next().value, i }));
          order.sort((a, b) => a.key - b.key || a.i - b.i);
          const cells = order.map((o) => o.h);
          const match = matchHeaders(cells);
          expect(match.missing).toEqual([]);
          for (const f of importFields) {
            const ref = match.columns[f];
            expect(ref, f).toBeDefined();
            expect(cells[ref?.index ?? -1]).toBe(spelled[f]);
            // Named as written, less the stray spaces around it.
            expect(ref?.header).toBe(spelled[f].trim());
          }
        },
      ),
    );
  });

  it('reduces headers to letters and digits with ё read as е', () => {
    expect(headerKey('Дата приёма')).toBe(headerKey('дата приема'));
    expect(headerKey('Предмет(ы)')).toBe('предметы');
    expect(headerKey('Эл. почта')).toBe('элпочта');
  });

  it('takes a single «ФИО» column when the separate name columns are absent', () => {
    const match = matchHeaders(['ФИО', 'Должность']);
    expect(match.missing).toEqual([]);
    expect(match.fullName).toEqual({ index: 0, header: 'ФИО' });
    expect(matchHeaders(['Фамилия', 'Имя', 'ФИО', 'Должность']).fullName).toBeNull();
  });

  it('names the required columns a file lacks', () => {
    expect(matchHeaders(['Имя', 'Телефон']).missing).toEqual(['lastName', 'position']);
  });

  it('skips a title line above the header', () => {
    const rows = [{ cells: ['Список педагогических работников'] }, { cells: ['Фамилия', 'Имя', 'Должность'] }];
    expect(findHeaderRow(rows)).toBe(1);
  });
});
