import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeStaff, makeUser } from '../../test/factories.js';
import { openTestDatabase } from '../../test/harness.js';
import { recordAudit } from '../audit/record-audit.js';
import { backupTables, restoreBackup, transientTables, writeBackup } from './backup.js';
import { type Database, openDatabase } from './client.js';
import { migrateDatabase } from './migrate.js';
import * as schema from './schema.js';

let source: Database;
beforeAll(async () => {
  source = await openTestDatabase();
});
afterAll(async () => {
  await source?.close();
});

describe('backup and restore', () => {
  it('covers every table of the schema', () => {
    const tables = Object.values(schema)
      .filter((v) => is(v, PgTable))
      .map((t) => getTableName(t as PgTable))
      .sort();
    const covered = [...backupTables.map((t) => t.name), ...transientTables].filter(
      (t) => t !== '__drizzle_migrations',
    );
    expect(covered.sort()).toEqual(tables);
  });

  it('restores an organization with its people and history into an empty embedded database', async () => {
    const db = source.db;
    const municipality = await makeOrg(db, { kind: 'municipality' });
    const school = await makeOrg(db, { parentId: municipality.id });
    await makeUser(db, school.id, ['curator']);
    const person = await makeStaff(db, school.id, { lastName: 'Ёлкина', subjects: ['Химия', 'Биология'] });
    await recordAudit(
      db,
      { userId: null, name: 'Тест' },
      { orgId: school.id, entity: 'staff', entityId: person.id, action: 'create', after: { lastName: 'Ёлкина' } },
    );

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'nastavnik-backup-')), 'backup.jsonl.gz');
    const written = await writeBackup(db, file);
    expect(written.tables.staff).toBeGreaterThanOrEqual(1);

    const target = await openDatabase({});
    try {
      await migrateDatabase(target);
      const restored = await restoreBackup(target.db, file);
      expect(restored.tables).toEqual(Object.fromEntries(Object.entries(written.tables).filter(([, n]) => n > 0)));
      const [copy] = (
        await target.raw.query<{ last_name: string; subjects: string[]; birth_date: unknown }>(
          'select last_name, subjects, birth_date::text as birth_date from staff where id = $1',
          [person.id],
        )
      ).rows;
      expect(copy).toEqual({ last_name: 'Ёлкина', subjects: ['Химия', 'Биология'], birth_date: person.birthDate });
      // New audit rows continue after the restored ids.
      await recordAudit(
        target.db,
        { userId: null, name: 'Тест' },
        { orgId: school.id, entity: 'x', entityId: 'y', action: 'z' },
      );
      await expect(restoreBackup(target.db, file)).rejects.toThrow(/not empty/);
      const again = await restoreBackup(target.db, file, { replace: true });
      expect(again.tables.organizations).toBe(written.tables.organizations);
    } finally {
      await target.close();
    }
  });
});
