// `nastavnik backup FILE` and `nastavnik restore FILE`: the whole database to one file and back.
import { existsSync } from 'node:fs';
import { BackupError, restoreBackup, writeBackup } from '../../db/backup.js';
import { type ParsedArgs, UsageError } from '../args.js';
import { openMigrated } from '../runtime.js';

function describe(tables: Record<string, number>): string {
  return Object.entries(tables)
    .map(([t, n]) => `${t}: ${n}`)
    .join(', ');
}

export async function backup(args: ParsedArgs): Promise<void> {
  const file = args.positionals[0] as string;
  const { database } = await openMigrated();
  try {
    const summary = await writeBackup(database.db, file);
    console.log(`Резервная копия записана в ${file} (${describe(summary.tables)}).`);
  } finally {
    await database.close();
  }
}

export async function restore(args: ParsedArgs): Promise<void> {
  const file = args.positionals[0] as string;
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const { database } = await openMigrated();
  try {
    const summary = await restoreBackup(database.db, file, { replace: args.options.get('replace') === true });
    console.log(`Восстановлено из ${file} (${describe(summary.tables)}).`);
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
