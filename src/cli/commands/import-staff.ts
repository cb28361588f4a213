// `nastavnik import-staff FILE --org ID [--dry-run]`: the staff import from the command line, for
// scripted installs and for files too awkward to upload. Prints the counts and every bad row.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.js';
import { problemOf } from '../../http/problem.js';
import { organizations } from '../../organizations/organizations-table.js';
import { importMaxBytes } from '../../staff-import/import-contract.js';
import { importKindOf, importStaff } from '../../staff-import/import-staff.js';
import { type ParsedArgs, requireOption, UsageError } from '../args.js';
import { openMigrated } from '../runtime.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function importStaffCommand(args: ParsedArgs): Promise<void> {
  const file = args.positionals[0] as string;
  const orgId = requireOption(args, 'org');
  const dryRun = args.options.get('dry-run') === true;
  if (!uuid.test(orgId)) throw new UsageError(`--org: not an organization id: ${orgId}`);
  if (!importKindOf(file)) throw new UsageError(`${file}: only .xlsx and .csv files can be imported`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  if (bytes.length > importMaxBytes) throw new UsageError(`${file}: larger than ${importMaxBytes / 2 ** 20} MB`);

  const { database } = await openMigrated();
  try {
    const [org] = await database.db.select().from(organizations).where(eq(organizations.id, orgId.toLowerCase()));
    if (!org) throw new UsageError(`--org: no organization ${orgId}`);
    const ctx = { orgId: org.id, actor: { userId: null, name: 'Командная строка' } };
    const result = await importStaff(database.db, ctx, { name: path.basename(file), bytes }, { dryRun, locale: 'ru' });
    console.log(
      `${dryRun ? 'Проверка (ничего не записано)' : 'Импорт'} в «${org.shortName}»: ` +
        `строк ${result.total}, добавлено ${result.created}, обновлено ${result.updated}, ` +
        `без изменений ${result.skipped}, с ошибками ${new Set(result.errors.map((e) => e.row)).size}.`,
    );
    for (const e of result.errors) console.log(`строка ${e.row}, столбец «${e.column}»: ${e.message}`);
  } catch (error) {
    // A file the import cannot take at all is the caller's mistake, reported like a bad argument.
    if (error instanceof AppError) {
      const problem = problemOf(error.code, 'ru', error.params);
      throw new UsageError(`${file}: ${problem.title}. ${problem.detail}`);
    }
    throw error;
  } finally {
    await database.close();
  }
}
