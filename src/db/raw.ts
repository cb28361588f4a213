// Raw SQL through drizzle on either driver: both return their rows under `rows`.
import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
