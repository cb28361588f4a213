import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { formatRuDate, fullYearsBetween, isValidIsoDate, parseIsoDate } from './dates.js';
import { normalizeForSearch, searchTokens, shortName } from './text.js';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-13-01')).toBe(false);
    expect(isValidIsoDate('23.11.2022')).toBe(false);
    expect(parseIsoDate('2022-11-23')).toEqual({ year: 2022, month: 11, day: 23 });
  });

  it('counts full years the way birthdays do', () => {
    expect(fullYearsBetween('1990-11-24', '2026-11-24')).toBe(36);
    expect(fullYearsBetween('1990-11-25', '2026-11-24')).toBe(35);
    expect(fullYearsBetween('2000-02-29', '2021-02-28')).toBe(20);
    expect(fullYearsBetween('2000-02-29', '2021-03-01')).toBe(21);
  });

  it('writes dates the Russian way', () => {
    expect(formatRuDate('2022-11-23')).toBe('23.11.2022');
    expect(formatRuDate(null)).toBe('');
  });

  it('never gives a negative age for a later reference date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const years = fullYearsBetween(from.toISOString().slice(0, 10), to.toISOString().slice(0, 10));
          expect(years).toBeGreaterThanOrEqual(0);
          expect(years).toBeLessThanOrEqual(to.getUTCFullYear() - from.getUTCFullYear());
        },
      ),
    );
  });
});

describe('search text', () => {
  it('reads ё as е and ignores case and extra spaces', () => {
    expect(normalizeForSearch('  СЕМЁНОВА   Алёна ')).toBe('семенова алена');
    expect(searchTokens('Пётр  Фёдоров')).toEqual(['петр', 'федоров']);
    expect(searchTokens('   ')).toEqual([]);
  });

  it('shortens names to initials', () => {
    expect(shortName('Демидова', 'Анна', 'Алексеевна')).toBe('Демидова А. А.');
    expect(shortName('Smith', 'John', null)).toBe('Smith J.');
  });
});

describe('list cursors', () => {
  it('round-trips any key', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (name, id) => {
        expect(decodeCursor(encodeCursor([name, id]), ['string', 'string'])).toEqual([name, id]);
      }),
    );
  });

  it('refuses a forged or foreign cursor with a typed error', () => {
    expect(() => decodeCursor('not-base64-json', ['string'])).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor([1]), ['string'])).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor(['a', 'b']), ['string'])).toThrow(AppError);
  });
});
