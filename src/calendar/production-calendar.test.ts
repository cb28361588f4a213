import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWorkingDays,
  isKnownYear,
  isWorkingDay,
  type ProductionCalendar,
  russianCalendar,
  shiftDays,
  workingDaysBetween,
} from './production-calendar.js';

describe('the production calendar', () => {
  it('has the official number of working days in the years it describes', () => {
    // Both years have 247 working days and 118 days off by their decrees.
    expect(workingDaysBetween('2025-01-01', '2025-12-31')).toBe(247);
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(247);
  });

  it('knows the transfers: days off on weekdays and working Saturdays', () => {
    expect(isWorkingDay('2025-11-01')).toBe(true); // a working Saturday
    expect(isWorkingDay('2025-11-03')).toBe(false);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2026-01-09')).toBe(false);
    expect(isWorkingDay('2026-01-12')).toBe(true);
    expect(isWorkingDay('2026-03-09')).toBe(false);
    expect(isWorkingDay('2026-11-24')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
  });

  it('counts a notice of three working days over weekends and holidays', () => {
    // Given on Tuesday 24.11.2026: Wednesday, Thursday, Friday.
    expect(afterWorkingDays('2026-11-24', 3)).toBe('2026-11-27');
    // Given on Friday: Monday, Tuesday, Wednesday.
    expect(afterWorkingDays('2026-11-27', 3)).toBe('2026-12-02');
    // Given on 30.12.2026: 31 December and the New Year holidays are days off.
    expect(afterWorkingDays('2026-12-30', 1)).not.toBe('2026-12-31');
    // Given on Thursday 30.04.2026: 1 May off, weekend, then Monday, Tuesday, Wednesday.
    expect(afterWorkingDays('2026-04-30', 3)).toBe('2026-05-06');
    expect(afterWorkingDays('2026-04-30', 0)).toBe('2026-04-30');
    expect(() => afterWorkingDays('2026-04-30', -1)).toThrow(RangeError);
  });

  it('falls back to weekends and statutory holidays for a year no decree describes', () => {
    expect(isKnownYear(2026)).toBe(true);
    expect(isKnownYear(2031)).toBe(false);
    expect(isWorkingDay('2031-01-03')).toBe(false);
    expect(isWorkingDay('2031-06-12')).toBe(false);
    expect(isWorkingDay('2031-06-11')).toBe(true);
  });

  it('takes newer data as it is given', () => {
    const custom: ProductionCalendar = {
      ...russianCalendar,
      2031: { daysOff: ['2031-06-13'], workingWeekends: ['2031-06-14'], source: 'test' },
    };
    expect(isWorkingDay('2031-06-13', custom)).toBe(false);
    expect(isWorkingDay('2031-06-14', custom)).toBe(true);
    // With a decree the statutory list no longer applies by itself: the decree lists every day off.
    expect(isWorkingDay('2031-06-12', custom)).toBe(true);
  });

  it('ends a notice on a working day, after exactly that many working days', () => {
    const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => shiftDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (from, n) => {
        const end = afterWorkingDays(from, n);
        return end > from && isWorkingDay(end) && workingDaysBetween(shiftDays(from, 1), end) === n;
      }),
    );
  });
});
