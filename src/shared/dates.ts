// Calendar dates as the product stores them: 'YYYY-MM-DD' strings, compared and shifted without time zones.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Today's date in the server's calendar (UTC would shift dates for Far-East schools at midnight). */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Full years between a birth date and a reference date (a birthday on the reference date counts).
 * Works on the strings themselves: lists call it for every row, and 'MM-DD' compares as text.
 */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  if (!ISO.test(from) || !ISO.test(to)) throw new RangeError(`bad date: ${from} / ${to}`);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** 'YYYY-MM-DD' → 'dd.mm.yyyy', the way Russian documents write dates. */
export function formatRuDate(value: IsoDate | null | undefined): string {
  if (!value) return '';
  const p = parseIsoDate(value);
  if (!p) return value;
  return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year}`;
}
