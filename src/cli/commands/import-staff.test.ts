import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staffHeaders, toCp1251, toCsv, toXlsx } from '../../../bench/staff-files.js';
import { packageRoot } from '../../config/paths.js';
import { openDatabase } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { organizations } from '../../organizations/organizations-table.js';

// The built tool, as users run it (`npm test` builds before testing).
function nastavnik(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(packageRoot, 'dist/src/main.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function databaseWithOrg(dataDir: string): Promise<string> {
  const database = await openDatabase({ dataDir });
  try {
    await migrateDatabase(database);
    const [org] = await database.db
      .insert(organizations)
      .values({
        kind: 'school',
        fullName: 'МОУ «Школа № 1»',
        shortName: 'Школа № 1',
        directorName: 'И. И. Иванова',
        directorPosition: 'Директор',
      })
      .returning();
    if (!org) throw new Error('no organization');
    return org.id;
  } finally {
    await database.close();
  }
}

describe('nastavnik import-staff', () => {
  it('checks, imports, re-imports and lists bad rows; wrong arguments exit with 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-import-'));
    const env = { DATA_DIR: path.join(dir, 'data') };
    const orgId = await databaseWithOrg(env.DATA_DIR);
    const csv = path.join(dir, 'Сотрудники.csv');
    const rows = [
      staffHeaders,
      ['Ёлкина', 'Алёна', 'Игоревна', '05.03.1990', 'Учитель', 'Русский язык', 2012, '', 'первая', 'elkina@s.ru', ''],
      ['Смирнов', 'Пётр', '', '31.02.1999', 'Учитель', '', '', '', '', '', ''],
    ];
    writeFileSync(csv, toCp1251(toCsv(rows)));

    const dry = nastavnik(['import-staff', csv, '--org', orgId, '--dry-run'], env);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Проверка (ничего не записано)');
    expect(dry.out).toContain('добавлено 1, обновлено 0, без изменений 0, с ошибками 1');
    expect(dry.out).toContain('строка 3, столбец «Дата рождения»: Дата рождения: дата в формате ДД.ММ.ГГГГ');

    expect(nastavnik(['import-staff', csv, '--org', orgId], env).out).toContain('добавлено 1');
    const xlsx = path.join(dir, 'staff.xlsx');
    writeFileSync(xlsx, await toXlsx(rows.slice(0, 2)));
    const again = nastavnik(['import-staff', xlsx, '--org', orgId], env);
    expect(again.out).toContain('добавлено 0, обновлено 0, без изменений 1');

    for (const bad of [
      ['import-staff', csv],
      ['import-staff', '--org', orgId],
      ['import-staff', csv, '--org', 'school-1'],
      ['import-staff', path.join(dir, 'staff.pdf'), '--org', orgId],
      ['import-staff', path.join(dir, 'missing.csv'), '--org', orgId],
    ]) {
      const r = nastavnik(bad, env);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.err).toContain('nastavnik import-staff');
    }
    const noColumns = path.join(dir, 'names.csv');
    writeFileSync(noColumns, 'Имя;Телефон\nАнна;1\n');
    const refused = nastavnik(['import-staff', noColumns, '--org', orgId], env);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Не найдены столбцы: «Фамилия», «Должность»');
    expect(nastavnik(['import-staff', '--help'], env).out).toContain('nastavnik import-staff FILE --org ID');
  }, 120_000);
});
