import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOrgSettings } from '../organizations/organization-contract.js';
import { isYoungSpecialist, teachingYears } from './young-specialist.js';

const on = '2026-11-24';
const rule = defaultOrgSettings;

describe('young specialist rule', () => {
  it.each([
    // birthDate, teachingSince, expected, why
    ['2000-05-01', 2024, true, '26 years old, 2 years of teaching'],
    ['1991-11-25', 2025, true, 'turns 35 tomorrow'],
    ['1991-11-24', 2025, false, 'turns 35 today'],
    ['1991-11-23', 2025, false, 'already 35'],
    ['2001-01-01', 2023, true, 'exactly 3 years of teaching'],
    ['2001-01-01', 2022, false, '4 years of teaching'],
    ['2003-09-01', 2026, true, 'started this year'],
    ['2003-09-01', 2027, false, 'a start year in the future is not teaching yet'],
    [null, 2025, false, 'no birth date'],
    ['2000-01-01', null, false, 'no start year'],
  ] as [
    string | null,
    number | null,
    boolean,
    string,
  ][])('%s, since %s → %s (%s)', (birthDate, teachingSince, expected) => {
    expect(isYoungSpecialist({ birthDate, teachingSince }, on, rule)).toBe(expected);
  });

  it('follows the organization’s own thresholds', () => {
    const person = { birthDate: '1988-01-01', teachingSince: 2021 };
    expect(isYoungSpecialist(person, on, rule)).toBe(false);
    expect(isYoungSpecialist(person, on, { youngSpecialistMaxAge: 40, youngSpecialistMaxYears: 5 })).toBe(true);
  });

  it('handles a birthday on 29 February', () => {
    const person = { birthDate: '1992-02-29', teachingSince: 2025 };
    expect(isYoungSpecialist(person, '2027-02-28', rule)).toBe(true);
    expect(isYoungSpecialist(person, '2027-03-01', rule)).toBe(false);
  });

  it('never holds for anyone older than the age limit or teaching longer than the limit', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1960, max: 2030 }),
        fc.integer({ min: 20, max: 50 }),
        fc.integer({ min: 0, max: 8 }),
        (birth, since, maxAge, maxYears) => {
          const birthDate = birth.toISOString().slice(0, 10);
          const young = isYoungSpecialist({ birthDate, teachingSince: since }, on, {
            youngSpecialistMaxAge: maxAge,
            youngSpecialistMaxYears: maxYears,
          });
          const years = 2026 - since;
          if (young) {
            expect(years).toBeGreaterThanOrEqual(0);
            expect(years).toBeLessThanOrEqual(maxYears);
            expect(Number(birthDate.slice(0, 4))).toBeGreaterThanOrEqual(2026 - maxAge - 1);
          }
        },
      ),
    );
  });

  it('counts years of teaching from the start year, never below zero', () => {
    expect(teachingYears(2010, on)).toBe(16);
    expect(teachingYears(2030, on)).toBe(0);
    expect(teachingYears(null, on)).toBeNull();
  });
});
