// Importing the staff list from a school's spreadsheet: read, match each row to a person already
// in the registry (by e-mail, else by full name and date of birth), then write every good row in
// one transaction with an audit entry each. A dry run stops before writing; bad rows are reported
// and skipped, never blocking the good ones.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { Locale } from '../i18n/locale.js';
import { staff } from '../staff/staff-table.js';
import { readCsv } from './decode-csv.js';
import type { RowError } from './parse-row.js';
import { type ImportAction, type Plan, planImport } from './plan-import.js';
import { looksLikeXlsx, readXlsx, UnreadableFileError } from './read-xlsx.js';
import type { SheetRow } from './sheet.js';
import { writeChunk } from './write-import.js';

export type { ImportAction };

export interface PreviewRow {
  row: number;
  action: ImportAction;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  position: string;
  email: string | null;
}

export interface ImportResult {
  dryRun: boolean;
  /** Rows with data (blank lines are not counted). */
  total: number;
  created: number;
  updated: number;
  skipped: number;
  errors: RowError[];
  /** The first rows as they would be (or were) taken, for a person to check before confirming. */
  preview: PreviewRow[];
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export const previewLimit = 200;
const chunkSize = 250;

export type ImportKind = 'xlsx' | 'csv';

export function importKindOf(name: string): ImportKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

async function readTable(file: ImportFile): Promise<SheetRow[]> {
  const kind = importKindOf(file.name);
  if (!kind) throw new AppError('IMPORT_FILE_TYPE');
  // A workbook renamed to .csv (or the reverse) is read by what it is, not by its name.
  if (kind === 'xlsx' || looksLikeXlsx(file.bytes)) {
    try {
      return await readXlsx(file.bytes);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw new AppError('IMPORT_FILE_UNREADABLE', { cause: error });
      throw error;
    }
  }
  return readCsv(file.bytes);
}

function summarize(plan: Plan, dryRun: boolean): ImportResult {
  const count = (a: ImportAction) => plan.planned.filter((p) => p.action === a).length;
  return {
    dryRun,
    total: plan.planned.length + new Set(plan.errors.map((e) => e.row)).size,
    created: count('create'),
    updated: count('update'),
    skipped: count('skip'),
    errors: plan.errors,
    preview: plan.planned.slice(0, previewLimit).map((p) => ({
      row: p.row,
      action: p.action,
      lastName: p.data.lastName,
      firstName: p.data.firstName,
      middleName: p.data.middleName,
      birthDate: p.data.birthDate,
      position: p.data.position,
      email: p.data.email,
    })),
  };
}

export async function importStaff(
  db: Db,
  ctx: Pick<TenantContext, 'orgId' | 'actor'>,
  file: ImportFile,
  options: { dryRun: boolean; locale: Locale },
): Promise<ImportResult> {
  const rows = await readTable(file);
  if (options.dryRun) {
    const people = await db.select().from(staff).where(eq(staff.orgId, ctx.orgId));
    return summarize(planImport(rows, people, options.locale), true);
  }
  const reason = `Импорт из файла ${file.name}`;
  return db.transaction(async (tx) => {
    // Locked so that nobody edits a person between the match and the write.
    const people = await tx.select().from(staff).where(eq(staff.orgId, ctx.orgId)).for('update');
    const plan = planImport(rows, people, options.locale);
    const writes = plan.planned.filter((p) => p.action !== 'skip');
    for (let i = 0; i < writes.length; i += chunkSize) {
      await writeChunk(tx, ctx, writes.slice(i, i + chunkSize), reason);
      // Lets the server answer other requests between chunks of a large file.
      await yieldToEventLoop();
    }
    return summarize(plan, false);
  });
}
