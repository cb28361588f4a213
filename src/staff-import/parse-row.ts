// One spreadsheet row → the staff data the registry accepts, or the reasons it cannot be taken.
// Cells are read leniently (Russian dates, Excel serials, category words); the result is then
// checked by the same schema as the staff form, so a row is accepted by exactly the same rules.

import { labelForPath } from '../i18n/field-labels.js';
import type { Locale } from '../i18n/locale.js';
import { describeIssue } from '../i18n/validation-messages.js';
import { isValidIsoDate } from '../shared/dates.js';
import { type QualificationCategory, type StaffData, staffCreateSchema } from '../staff/staff-contract.js';
import { type ImportMessage, importMessage } from './import-messages.js';
import type { HeaderMatch, ImportField } from './match-headers.js';
import { type Cell, cellText, isBlankRow, type SheetRow } from './sheet.js';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

type Parsed<T> = { value: T } | { error: ImportMessage };

const dayMs = 86_400_000;
// Excel's day 0 is 1899-12-30 once its phantom 29 February 1900 is allowed for.
const excelEpoch = Date.UTC(1899, 11, 30);

function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return isoOfUtc(excelEpoch + Math.floor(serial) * dayMs);
}

function iso(y: string, m: string, d: string): string | null {
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : null;
}

/** dd.mm.yyyy, d.m.yyyy (also with «/» or «-»), yyyy-mm-dd, an Excel serial or a Date cell. */
export function parseDateCell(cell: Cell): Parsed<string | null> {
  if (cell instanceof Date) {
    // Date cells carry float noise from the serial; the nearest minute gives the intended day.
    const ms = Math.round(cell.getTime() / 60_000) * 60_000;
    return Number.isNaN(ms) ? { error: 'date' } : { value: isoOfUtc(ms) };
  }
  if (typeof cell === 'number') {
    const value = excelSerialToIso(cell);
    return value ? { value } : { error: 'date' };
  }
  const text = cellText(cell);
  if (text === '') return { value: null };
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[\sT].*)?$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[\sT].*)?$/.exec(text);
  let value: string | null = null;
  if (dmy) value = iso(dmy[3] as string, dmy[2] as string, dmy[1] as string);
  else if (ymd) value = iso(ymd[1] as string, ymd[2] as string, ymd[3] as string);
  else if (/^\d{5}$/.test(text)) value = excelSerialToIso(Number(text));
  return value ? { value } : { error: 'date' };
}

/** A year: 2015, «2015 г.», or the year of a full date someone typed instead. */
export function parseYearCell(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return { value: cell };
  if (cell instanceof Date) return { value: cell.getUTCFullYear() };
  const text = cellText(cell);
  if (text === '') return { value: null };
  const year = /^(\d{4})\s*(?:г\.?|год)?$/i.exec(text);
  if (year) return { value: Number(year[1]) };
  const date = parseDateCell(cell);
  if ('value' in date && date.value) return { value: Number(date.value.slice(0, 4)) };
  return { error: 'year' };
}

/** Category words as personnel departments write them; empty means «без категории». */
export function parseCategory(cell: Cell): Parsed<QualificationCategory> {
  const text = cellText(cell).toLocaleLowerCase('ru-RU').replace(/ё/g, 'е');
  if (text === '' || text === '-' || text === '—') return { value: 'none' };
  if (/методист/.test(text) || text === 'methodist') return { value: 'methodist' };
  if (/наставник/.test(text) || text === 'mentor') return { value: 'mentor' };
  if (/высш/.test(text) || text === 'highest') return { value: 'highest' };
  if (/перв/.test(text) || text === '1' || text === 'first') return { value: 'first' };
  if (/^(без|нет|сзд|соответств)/.test(text) || text === 'none') return { value: 'none' };
  return { error: 'category' };
}

export function splitSubjects(cell: Cell): string[] {
  const seen = new Set<string>();
  for (const part of cellText(cell).split(/[,;]/)) {
    const subject = part.trim().replace(/\s+/g, ' ');
    if (subject) seen.add(subject);
  }
  return [...seen];
}

/** «Иванова Мария Петровна» → three parts; a compound patronymic («Оглы») stays in the third. */
export function splitFullName(cell: Cell): Parsed<{ lastName: string; firstName: string; middleName: string | null }> {
  const parts = cellText(cell).split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { error: 'fullName' };
  const [lastName, firstName, ...rest] = parts as [string, string, ...string[]];
  return { value: { lastName, firstName, middleName: rest.length ? rest.join(' ') : null } };
}

const cleanName = (cell: Cell) => cellText(cell).replace(/\s+/g, ' ');

export type RowResult = { kind: 'blank' } | { kind: 'ok'; data: StaffData } | { kind: 'bad'; errors: RowError[] };

export function parseRow(sheetRow: SheetRow, match: HeaderMatch, locale: Locale): RowResult {
  const { cells, row } = sheetRow;
  if (isBlankRow(cells)) return { kind: 'blank' };
  const { columns, fullName } = match;
  const at = (field: ImportField): Cell => {
    const ref = columns[field];
    return ref ? (cells[ref.index] ?? null) : null;
  };
  const columnOf = (field: ImportField): string => {
    const ref = columns[field];
    if (ref) return ref.header;
    if (fullName && (field === 'lastName' || field === 'firstName' || field === 'middleName')) return fullName.header;
    return labelForPath([field], locale) ?? field;
  };
  const errors: RowError[] = [];
  const fail = (field: ImportField, key: ImportMessage) => {
    const label = labelForPath([field], locale);
    const text = importMessage(key, locale);
    errors.push({ row, column: columnOf(field), message: label ? `${label}: ${text}` : text });
  };
  const take = <T>(field: ImportField, parsed: Parsed<T>, fallback: T): T => {
    if ('error' in parsed) {
      fail(field, parsed.error);
      return fallback;
    }
    return parsed.value;
  };

  let names = { lastName: cleanName(at('lastName')), firstName: cleanName(at('firstName')), middleName: '' };
  if (fullName) {
    const split = splitFullName(cells[fullName.index] ?? null);
    if ('error' in split) fail('lastName', split.error);
    else names = { ...split.value, middleName: split.value.middleName ?? '' };
  } else names.middleName = cleanName(at('middleName'));

  const input = {
    ...names,
    birthDate: take('birthDate', parseDateCell(at('birthDate')), null),
    position: cellText(at('position')).replace(/\s+/g, ' '),
    subjects: splitSubjects(at('subjects')),
    hiredOn: take('hiredOn', parseDateCell(at('hiredOn')), null),
    teachingSince: take('teachingSince', parseYearCell(at('teachingSince')), null),
    qualificationCategory: take('qualificationCategory', parseCategory(at('qualificationCategory')), 'none'),
    email: cellText(at('email')).replace(/^mailto:/i, ''),
    phone: cellText(at('phone')),
  };
  const failed = new Set(errors.map((e) => e.column));
  const result = staffCreateSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '') as ImportField;
      const column = columnOf(field);
      // A cell that could not be read is reported once, not again as a date-order problem.
      if (failed.has(column)) continue;
      const label = labelForPath(issue.path, locale);
      const text = describeIssue(issue, locale);
      errors.push({ row, column, message: label ? `${label}: ${text}` : text });
    }
  }
  if (errors.length > 0 || !result.success) return { kind: 'bad', errors };
  const { reason: _reason, ...data } = result.data;
  return { kind: 'ok', data };
}
