// Backups as gzip-compressed JSON lines, table by table, read and written through SQL: the same
// file restores on PGlite or PostgreSQL, so a school can move from its laptop to the region's
// server. Sessions and sign-in attempts are not kept: they are short-lived by nature.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { appVersion } from '../config/version.js';
import type { Db } from './client.js';
import { queryRows } from './raw.js';

export const BACKUP_FORMAT = 'nastavnik-backup/1';

/** Every table worth keeping, parents before children, with the key that orders its rows. */
export const backupTables = [
  { name: 'system_settings', key: 'key' },
  { name: 'organizations', key: 'id' },
  { name: 'users', key: 'id' },
  { name: 'memberships', key: 'id' },
  { name: 'api_tokens', key: 'id' },
  { name: 'calendar_feeds', key: 'id' },
  { name: 'staff', key: 'id' },
  { name: 'difficulties', key: 'id' },
  { name: 'consents', key: 'id' },
  { name: 'consent_scans', key: 'id' },
  { name: 'mentees', key: 'id' },
  { name: 'mentors', key: 'id' },
  { name: 'mentor_pay', key: 'id' },
  { name: 'groups', key: 'id' },
  { name: 'group_agreements', key: 'id' },
  { name: 'programs', key: 'id' },
  { name: 'program_events', key: 'id' },
  { name: 'program_activities', key: 'id' },
  { name: 'program_journal', key: 'id' },
  { name: 'program_requests', key: 'id' },
  { name: 'network_requests', key: 'id' },
  { name: 'orders', key: 'id' },
  { name: 'order_links', key: 'id' },
  { name: 'order_counters', key: 'org_id, year' },
  { name: 'program_changes', key: 'id' },
  { name: 'surveys', key: 'id' },
  { name: 'survey_responses', key: 'id' },
  { name: 'survey_participations', key: 'id' },
  { name: 'reminders', key: 'id' },
  { name: 'mail_deliveries', key: 'id' },
  { name: 'audit_events', key: 'id' },
] as const;

export const transientTables = ['sessions', 'login_attempts', '__drizzle_migrations'] as const;

const CHUNK = 2_000;

async function migrationCount(db: Db): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from drizzle.__drizzle_migrations`);
  return Number(rows[0]?.n ?? 0);
}

export interface BackupSummary {
  tables: Record<string, number>;
}

export async function writeBackup(db: Db, file: string): Promise<BackupSummary> {
  const summary: BackupSummary = { tables: {} };
  const migrations = await migrationCount(db);
  async function* lines() {
    yield `${JSON.stringify({ format: BACKUP_FORMAT, version: appVersion, migrations, createdAt: new Date().toISOString() })}\n`;
    for (const table of backupTables) {
      let offset = 0;
      let count = 0;
      for (;;) {
        const rows = await queryRows<{ r: unknown }>(
          db,
          sql.raw(
            `select row_to_json(t) as r from ${table.name} t order by ${table.key} limit ${CHUNK} offset ${offset}`,
          ),
        );
        for (const row of rows) yield `${JSON.stringify({ t: table.name, r: row.r })}\n`;
        count += rows.length;
        offset += CHUNK;
        if (rows.length < CHUNK) break;
      }
      summary.tables[table.name] = count;
    }
  }
  await pipeline(lines, createGzip(), createWriteStream(file));
  return summary;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from organizations`);
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Loads a backup into a migrated database. Without `replace` the database must be empty; with it,
 * everything in it is removed first. All in one transaction: a broken file changes nothing.
 */
export async function restoreBackup(db: Db, file: string, options: { replace?: boolean } = {}): Promise<BackupSummary> {
  if (!options.replace && !(await isEmptyDatabase(db))) {
    throw new BackupError('the database is not empty (use --replace to overwrite it)');
  }
  const migrations = await migrationCount(db);
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const summary: BackupSummary = { tables: {} };
  const known = new Set<string>(backupTables.map((t) => t.name));
  await db.transaction(async (tx) => {
    if (options.replace) {
      const all = [...backupTables.map((t) => t.name), 'sessions', 'login_attempts'].join(', ');
      await tx.execute(sql.raw(`truncate ${all} cascade`));
    }
    let header: { format?: string; migrations?: number } | null = null;
    let batch: unknown[] = [];
    let batchTable = '';
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.execute(
        sql`insert into ${sql.raw(batchTable)} select * from json_populate_recordset(null::${sql.raw(batchTable)}, ${JSON.stringify(batch)}::json)`,
      );
      summary.tables[batchTable] = (summary.tables[batchTable] ?? 0) + batch.length;
      batch = [];
    };
    for await (const line of input) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as { t?: string; r?: unknown; format?: string; migrations?: number };
      if (!header) {
        header = parsed;
        if (header.format !== BACKUP_FORMAT) throw new BackupError('not a Наставник backup file');
        if ((header.migrations ?? 0) > migrations) {
          throw new BackupError('the backup comes from a newer version; upgrade this installation first');
        }
        continue;
      }
      if (!parsed.t || !known.has(parsed.t)) throw new BackupError(`unknown table in backup: ${parsed.t}`);
      if (parsed.t !== batchTable || batch.length >= CHUNK) {
        await flush();
        batchTable = parsed.t;
      }
      batch.push(parsed.r);
    }
    await flush();
    if (!header) throw new BackupError('the backup file is empty');
    // Serial ids continue after the restored ones.
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((select max(id) from audit_events), 0) + 1, false)`,
    );
  });
  return summary;
}
