// The current user as the UI needs them: profile, memberships with permissions, demo mark.
import type { Db } from '../db/client.js';
import type { Me } from './auth-contract.js';
import { listMemberships } from './memberships.js';
import type { Principal } from './principal.js';

export async function loadMe(db: Db, principal: Principal, demo: boolean): Promise<Me> {
  return {
    id: principal.userId,
    login: principal.login,
    fullName: principal.fullName,
    email: principal.email,
    mustChangePassword: principal.mustChangePassword,
    memberships: await listMemberships(db, principal.userId),
    demo,
  };
}
