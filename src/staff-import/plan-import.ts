// Deciding what each row of a file does to the registry: parse it, then match it to a person
// already there (by e-mail, else by full name and date of birth, «ё» read as «е»). Pure: it sees
// the registry's rows as given and writes nothing, so a dry run and a real import plan alike.
import { AppError } from '../errors/app-error.js';
import { labelForPath } from '../i18n/field-labels.js';
import type { Locale } from '../i18n/locale.js';
import { normalizeForSearch } from '../shared/text.js';
import type { StaffData } from '../staff/staff-contract.js';
import type { StaffRow } from '../staff/staff-table.js';
import { importMessage } from './import-messages.js';
import { findHeaderRow, type ImportField, importFields, matchHeaders } from './match-headers.js';
import { parseRow, type RowError } from './parse-row.js';
import type { SheetRow } from './sheet.js';

export type ImportAction = 'create' | 'update' | 'skip';

export interface Planned {
  row: number;
  action: ImportAction;
  data: StaffData;
  existing: StaffRow | null;
}

export interface Plan {
  planned: Planned[];
  errors: RowError[];
}

const emailKey = (d: Pick<StaffData, 'email'>) => (d.email ? d.email.toLowerCase() : null);
const nameKey = (d: Pick<StaffData, 'lastName' | 'firstName' | 'middleName' | 'birthDate'>) =>
  d.birthDate ? `${normalizeForSearch(`${d.lastName} ${d.firstName} ${d.middleName ?? ''}`)}|${d.birthDate}` : null;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The data a matched person ends up with: columns the file lacks keep what the registry has. */
function merge(existing: StaffRow, data: StaffData, present: ReadonlySet<ImportField>): StaffData {
  const out = { ...data } as Record<ImportField, unknown>;
  for (const field of importFields) if (!present.has(field)) out[field] = existing[field];
  return out as StaffData;
}

function unchanged(existing: StaffRow, data: StaffData): boolean {
  return importFields.every((f) => {
    const a = existing[f];
    const b = data[f];
    return Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : (a ?? null) === (b ?? null);
  });
}

/** Parses every row and decides, against the registry's current people, what each row does. */
export function planImport(rows: readonly SheetRow[], people: readonly StaffRow[], locale: Locale): Plan {
  const headerAt = findHeaderRow(rows);
  const header = rows[headerAt];
  const match = matchHeaders(header?.cells ?? []);
  if (!header || match.missing.length > 0) {
    const names = (match.missing.length ? match.missing : (['lastName', 'firstName', 'position'] as const)).map(
      (f) => labelForPath([f], locale) ?? f,
    );
    throw new AppError('IMPORT_COLUMNS_MISSING', { params: { columns: names.map((n) => `«${n}»`).join(', ') } });
  }
  const present = new Set<ImportField>(Object.keys(match.columns) as ImportField[]);
  if (match.fullName) for (const f of ['lastName', 'firstName', 'middleName'] as const) present.add(f);

  const byEmail = new Map<string, StaffRow>();
  const byName = new Map<string, StaffRow>();
  for (const p of people) {
    const e = emailKey(p);
    if (e) byEmail.set(e, p);
    const n = nameKey(p);
    if (n) byName.set(n, p);
  }
  // Which file row already claimed a person or a key: a second row about them is a mistake.
  const claimedBy = new Map<string, number>();
  const planned: Planned[] = [];
  const errors: RowError[] = [];
  for (const sheetRow of rows.slice(headerAt + 1)) {
    const parsed = parseRow(sheetRow, match, locale);
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'bad') {
      errors.push(...parsed.errors);
      continue;
    }
    const data = parsed.data;
    const e = emailKey(data);
    const n = nameKey(data);
    const existing = (e && byEmail.get(e)) || (n && byName.get(n)) || null;
    const keys = [e && `e:${e}`, n && `n:${n}`, existing && `id:${existing.id}`].filter((k): k is string => !!k);
    const earlier = keys.map((k) => claimedBy.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      const column = match.columns.email?.header ?? match.columns.lastName?.header ?? match.fullName?.header ?? '';
      errors.push({ row: sheetRow.row, column, message: importMessage('duplicate', locale, { row: earlier }) });
      continue;
    }
    for (const k of keys) claimedBy.set(k, sheetRow.row);
    if (!existing) {
      planned.push({ row: sheetRow.row, action: 'create', data, existing: null });
      continue;
    }
    if (existing.archivedAt) {
      const column = match.columns.lastName?.header ?? match.fullName?.header ?? '';
      errors.push({ row: sheetRow.row, column, message: importMessage('archived', locale) });
      continue;
    }
    const merged = merge(existing, data, present);
    planned.push({
      row: sheetRow.row,
      action: unchanged(existing, merged) ? 'skip' : 'update',
      data: merged,
      existing,
    });
  }
  return { planned, errors };
}
