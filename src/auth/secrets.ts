// Random tokens for sessions and API access, stored only as keyed hashes.
import { createHmac, randomBytes } from 'node:crypto';

export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function keyedHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
