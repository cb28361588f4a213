// Opaque keyset cursors: the last row's sort key and id, base64url-encoded JSON.
import { AppError } from '../errors/app-error.js';

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === shape.length && parsed.every((v, i) => typeof v === shape[i])) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('BAD_REQUEST', { errors: [{ path: 'cursor', message: 'v.cursor' }] });
}
