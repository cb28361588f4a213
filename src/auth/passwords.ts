// Password hashing with argon2id (OWASP's recommended parameters, the library's defaults).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the login is unknown keeps the response time the same,
// so timing does not tell which logins exist.
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('nastavnik-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
