import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchHeaders } from './match-headers.js';
import { excelSerialToIso, parseCategory, parseDateCell, parseRow, parseYearCell, splitSubjects } from './parse-row.js';

const dayMs = 86_400_000;
const excelEpoch = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

describe('reading cells', () => {
  it('reads a date written in every accepted form, Excel serials and date cells included', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-03-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = `${y}-${pad(m)}-${pad(day)}`;
        const midnight = Date.UTC(y, m - 1, day);
        const serial = Math.round((midnight - excelEpoch) / dayMs);
        for (const form of [
          `${pad(day)}.${pad(m)}.${y}`,
          `${day}.${m}.${y}`,
          `${day}/${m}/${y}`,
          iso,
          `${pad(day)}.${pad(m)}.${y} 0:00:00`,
          serial,
          // As text, only five digits read as a serial (from 1927): four would be a year.
          ...(serial >= 10_000 ? [String(serial)] : []),
          new Date(midnight),
          // A date cell as Excel stores it: a float a hair off midnight.
          new Date(midnight - 3),
        ]) {
          expect(parseDateCell(form), String(form)).toEqual({ value: iso });
        }
      }),
    );
  });

  it('refuses dates that do not exist or cannot be read', () => {
    for (const bad of ['31.02.2020', '2020-13-01', 'вчера', '12.04', '1995', 0, -5]) {
      expect(parseDateCell(bad), String(bad)).toEqual({ error: 'date' });
    }
    expect(parseDateCell('')).toEqual({ value: null });
    expect(parseDateCell(null)).toEqual({ value: null });
    expect(excelSerialToIso(45000)).toBe('2023-03-15');
  });

  it('reads years, category words and subject lists', () => {
    expect(parseYearCell(2015)).toEqual({ value: 2015 });
    expect(parseYearCell('2015 г.')).toEqual({ value: 2015 });
    expect(parseYearCell('01.09.2010')).toEqual({ value: 2010 });
    expect(parseYearCell('давно')).toEqual({ error: 'year' });
    const words: [string, string][] = [
      ['без категории', 'none'],
      ['', 'none'],
      ['Первая', 'first'],
      ['ВЫСШАЯ', 'highest'],
      ['высшая категория', 'highest'],
      ['Педагог-методист', 'methodist'],
      ['педагог-наставник', 'mentor'],
    ];
    for (const [word, code] of words) expect(parseCategory(word), word).toEqual({ value: code });
    expect(parseCategory('вторая')).toEqual({ error: 'category' });
    expect(splitSubjects(' Математика; Информатика ,, Математика')).toEqual(['Математика', 'Информатика']);
  });
});

describe('reading a row', () => {
  const headers = ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Должность', 'Категория', 'Эл. почта'];
  const match = matchHeaders(headers);

  it('takes a good row through the staff schema', () => {
    const result = parseRow(
      { row: 2, cells: [' Ёлкина ', 'Алёна', '', '05.03.1990', 'Учитель', 'первая', 'Alena@School.RU'] },
      match,
      'ru',
    );
    expect(result).toEqual({
      kind: 'ok',
      data: expect.objectContaining({
        lastName: 'Ёлкина',
        firstName: 'Алёна',
        middleName: null,
        birthDate: '1990-03-05',
        qualificationCategory: 'first',
        email: 'alena@school.ru',
        subjects: [],
      }),
    });
  });

  it('names the row, the column as written and the problem in Russian or English', () => {
    const result = parseRow({ row: 7, cells: ['', 'Анна', '', '31.02.1990', 'Учитель', 'вторая', 'нет'] }, match, 'ru');
    expect(result.kind).toBe('bad');
    const errors = result.kind === 'bad' ? result.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 7, column: 'Фамилия', message: 'Фамилия: не может быть пустым' },
        { row: 7, column: 'Дата рождения', message: 'Дата рождения: дата в формате ДД.ММ.ГГГГ' },
        { row: 7, column: 'Категория', message: expect.stringMatching(/^Квалификационная категория: допустимые/) },
        { row: 7, column: 'Эл. почта', message: 'Электронная почта: неверный адрес электронной почты' },
      ]),
    );
    expect(errors).toHaveLength(4);
    const en = parseRow({ row: 3, cells: ['Ким', 'Ли', '', '', '', '', ''] }, match, 'en');
    expect(en).toEqual({
      kind: 'bad',
      errors: [{ row: 3, column: 'Должность', message: 'Position: cannot be empty' }],
    });
  });

  it('splits «ФИО» and ignores blank rows', () => {
    const fio = matchHeaders(['ФИО', 'Должность']);
    const ok = parseRow({ row: 2, cells: ['Мамедов  Тимур Рашид оглы', 'Учитель'] }, fio, 'ru');
    expect(ok).toMatchObject({
      kind: 'ok',
      data: { lastName: 'Мамедов', firstName: 'Тимур', middleName: 'Рашид оглы' },
    });
    const bad = parseRow({ row: 3, cells: ['Мамедов', 'Учитель'] }, fio, 'ru');
    expect(bad).toMatchObject({ kind: 'bad', errors: [{ row: 3, column: 'ФИО' }] });
    expect(parseRow({ row: 4, cells: ['', null] }, fio, 'ru')).toEqual({ kind: 'blank' });
  });
});
