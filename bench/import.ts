// bench:import — 5,000 generated staff members imported into a fresh embedded database, once from
// an .xlsx workbook and once from a Windows-1251 CSV (each into its own organization), then the
// workbook again (every row unchanged, so all skipped). Target: each import within 5 s.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { generateSchoolStaff } from '../src/demo/people.js';
import { organizations } from '../src/organizations/organizations-table.js';
import { type ImportFile, type ImportResult, importStaff } from '../src/staff-import/import-staff.js';
import { staffHeaders, staffRows, toCp1251, toCsv, toXlsx } from './staff-files.js';

const count = Number(process.env.BENCH_ROWS ?? 5000);
const targetMs = 5000;

const people = generateSchoolStaff({
  seed: 2026,
  count,
  referenceDate: '2026-09-01',
  emailDomain: 'bench.example.ru',
  youngSpecialists: Math.floor(count / 20),
});
const xlsx: ImportFile = { name: 'staff.xlsx', bytes: await toXlsx([staffHeaders, ...staffRows(people, 'cells')]) };
const csv: ImportFile = { name: 'staff.csv', bytes: toCp1251(toCsv([staffHeaders, ...staffRows(people, 'text')])) };

const database = await openDatabase({});
await migrateDatabase(database);
const db = database.db;

async function newOrg(name: string): Promise<string> {
  const [org] = await db
    .insert(organizations)
    .values({
      kind: 'school',
      fullName: name,
      shortName: name,
      directorName: 'И. И. Иванова',
      directorPosition: 'Директор',
    })
    .returning();
  if (!org) throw new Error('no organization');
  return org.id;
}

const actor = { userId: null, name: 'bench' };

async function timed(label: string, orgId: string, file: ImportFile): Promise<ImportResult> {
  const t0 = performance.now();
  const result = await importStaff(db, { orgId, actor }, file, { dryRun: false, locale: 'ru' });
  const ms = performance.now() - t0;
  const verdict = ms <= targetMs ? 'ok' : 'OVER TARGET';
  console.log(
    `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  (target ≤ ${targetMs / 1000} s: ${verdict})  ` +
      `created ${result.created}, updated ${result.updated}, skipped ${result.skipped}, errors ${result.errors.length}`,
  );
  return result;
}

console.log(
  `bench:import — ${count} rows; xlsx ${(xlsx.bytes.length / 1024).toFixed(0)} KB, ` +
    `csv (cp1251) ${(csv.bytes.length / 1024).toFixed(0)} KB; embedded PGlite`,
);
const orgA = await newOrg('Школа A');
const orgB = await newOrg('Школа B');
await timed('xlsx, new people', orgA, xlsx);
await timed('csv cp1251, new people', orgB, csv);
await timed('xlsx again, all unchanged', orgA, xlsx);
await timed('csv again, all unchanged', orgB, csv);
// Everyone's position and phone changed: each row becomes an update with its own journal entry.
const changed = people.map((p) => ({ ...p, position: `${p.position} (совместитель)`, phone: '+7 900 000-00-00' }));
const changedXlsx: ImportFile = {
  name: 'changed.xlsx',
  bytes: await toXlsx([staffHeaders, ...staffRows(changed, 'cells')]),
};
await timed('xlsx, every person changed', orgA, changedXlsx);
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(`rss ${rss.toFixed(0)} MB`);
await database.close();
