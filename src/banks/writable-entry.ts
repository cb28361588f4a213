// The checks before changing a bank entry, the same for both banks: it exists in this
// organization, the caller read its current version, and it is still open.
import { AppError, notFound } from '../errors/app-error.js';

export function writableEntry<R extends { version: number; status: string }>(row: R | undefined, version: number): R {
  if (!row) throw notFound();
  if (row.version !== version) throw new AppError('STALE_VERSION', { params: { sent: version, current: row.version } });
  if (row.status === 'withdrawn' || row.status === 'removed') {
    throw new AppError('BANK_ENTRY_CLOSED', { params: { status: row.status } });
  }
  return row;
}
