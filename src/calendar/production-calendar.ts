// The Russian production calendar: which days are working days. Weekends are Saturday and Sunday;
// the public holidays of the Labour Code art. 112 are fixed; each year the Government moves some
// days off (a holiday falling on a weekend, the January ones by decree), so every year has its own
// list of extra days off and of working weekends. The list is data: a year not described here
// falls back to the statutory holidays alone, and an organization or a newer release can add years.
// Pure: no I/O, dates as 'YYYY-MM-DD' strings.
import { type IsoDate, parseIsoDate } from '../shared/dates.js';

export interface CalendarYear {
  /** Weekdays that are not working days (holidays and the days off moved onto weekdays). */
  daysOff: readonly IsoDate[];
  /** Saturdays or Sundays that are working days by a transfer. */
  workingWeekends: readonly IsoDate[];
  /** The act the year follows, for people to check. */
  source: string;
}

export type ProductionCalendar = Readonly<Record<number, CalendarYear>>;

/** Art. 112: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
const statutory = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

export const russianCalendar: ProductionCalendar = {
  2025: {
    // Government resolution of 04.10.2024 No. 1335: 4 Jan → 2 May, 5 Jan → 31 Dec, 23 Feb → 8 May,
    // 8 Mar → 13 Jun, 1 Nov (a working Saturday) → 3 Nov.
    daysOff: [
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-05-01',
      '2025-05-02',
      '2025-05-08',
      '2025-05-09',
      '2025-06-12',
      '2025-06-13',
      '2025-11-03',
      '2025-11-04',
      '2025-12-31',
    ],
    workingWeekends: ['2025-11-01'],
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
  },
  2026: {
    // Government resolution of 24.09.2025 No. 1466: 3 Jan → 9 Jan, 4 Jan → 31 Dec; 8 Mar and 9 May
    // fall on weekends and move to the following Mondays.
    daysOff: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    workingWeekends: [],
    source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
  },
};

function weekday(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`bad date: ${date}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

export function shiftDays(date: IsoDate, days: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`bad date: ${date}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day + days)).toISOString().slice(0, 10);
}

/** Whether the year is described by a decree in the calendar, not only by the statutory holidays. */
export function isKnownYear(year: number, calendar: ProductionCalendar = russianCalendar): boolean {
  return year in calendar;
}

export function isWorkingDay(date: IsoDate, calendar: ProductionCalendar = russianCalendar): boolean {
  const day = weekday(date);
  const weekend = day === 0 || day === 6;
  const year = calendar[Number(date.slice(0, 4))];
  if (year) {
    if (year.workingWeekends.includes(date)) return true;
    if (weekend) return false;
    return !year.daysOff.includes(date);
  }
  return !weekend && !statutory.includes(date.slice(5));
}

/**
 * The day on which a notice of `days` working days runs out, counted from the day after the notice
 * is given (Labour Code art. 351.8: either side may end mentoring early with 3 working days' notice).
 */
export function afterWorkingDays(from: IsoDate, days: number, calendar: ProductionCalendar = russianCalendar): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`bad number of working days: ${days}`);
  let date = from;
  let left = days;
  while (left > 0) {
    date = shiftDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/** Working days from `from` to `to`, both included. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: ProductionCalendar = russianCalendar): number {
  let n = 0;
  for (let date = from; date <= to; date = shiftDays(date, 1)) if (isWorkingDay(date, calendar)) n++;
  return n;
}
