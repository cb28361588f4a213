// A short-lived, per-instance memory of resolved callers. Under load the same session asks for the
// same organization many times a second; resolving it once every few seconds instead of on every
// request halves the database round trips. Changes made through this instance (sign-out, password,
// roles, deactivation, token revocation) evict at once; another instance sees them within TTL_MS.
import type { Resolved } from './principal.js';

export const AUTH_CACHE_TTL_MS = 3_000;
const MAX_ENTRIES = 20_000;

interface Entry {
  value: Resolved;
  expires: number;
}

class AuthCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string): Resolved | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  set(key: string, value: Resolved): void {
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: a Map iterates in insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: Date.now() + AUTH_CACHE_TTL_MS });
  }

  evictUser(userId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.value.principal.userId === userId) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

export const authCache = new AuthCache();
