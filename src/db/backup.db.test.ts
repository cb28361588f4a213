import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeStaff, makeUser } from '../../test/factories.js';
import { openTestDatabase } from '../../test/harness.js';
import { recordAudit } from '../audit/record-audit.js';
import { consentScans, consents } from '../consents/consents-table.js';
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

    // A scanned consent: binary contents must come back byte for byte.
    const scanBytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a, 0x80]);
    const [consent] = await db
      .insert(consents)
      .values({
        orgId: school.id,
        staffId: person.id,
        kind: 'personal-data',
        givenOn: '2025-09-01',
        recordedByName: 'Тест',
      })
      .returning();
    await db.insert(consentScans).values({
      orgId: school.id,
      consentId: consent?.id ?? '',
      fileName: 'скан.pdf',
      mediaType: 'application/pdf',
      size: scanBytes.length,
      content: scanBytes,
      uploadedByName: 'Тест',
    });

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
      const [scan] = await target.db.select().from(consentScans).where(eq(consentScans.orgId, school.id));
      expect(scan?.content.equals(scanBytes)).toBe(true);
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
