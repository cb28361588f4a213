// `nastavnik create-admin`: an administrator account for an organization, from the command line
// (for when nobody can sign in, or to script an installation).
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit.js';
import { memberships, users } from '../../auth/auth-tables.js';
import { hashPassword } from '../../auth/passwords.js';
import { roles as allRoles, type Role } from '../../auth/policy.js';
import { organizations } from '../../organizations/organizations-table.js';
import { type ParsedArgs, requireOption, UsageError } from '../args.js';
import { openMigrated } from '../runtime.js';

export async function createAdmin(args: ParsedArgs): Promise<void> {
  const login = requireOption(args, 'login').trim().toLowerCase();
  const password = requireOption(args, 'password');
  if (!/^[a-z0-9._-]{3,64}$/.test(login)) throw new UsageError('--login: Latin letters, digits, . _ -, 3 to 64');
  if (password.length < 8) throw new UsageError('--password: at least 8 characters');
  const roleList = String(args.options.get('roles') ?? 'admin')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roleList) {
    if (!(allRoles as readonly string[]).includes(r)) throw new UsageError(`--roles: unknown role ${r}`);
  }
  const { database } = await openMigrated();
  try {
    const db = database.db;
    let orgId = args.options.get('org');
    if (typeof orgId !== 'string') {
      const all = await db.select({ id: organizations.id }).from(organizations).limit(2);
      if (all.length !== 1) throw new UsageError('--org is required (there is not exactly one organization)');
      orgId = (all[0] as { id: string }).id;
    }
    const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
    if (!org) throw new UsageError(`--org: no organization ${orgId}`);
    const passwordHash = await hashPassword(password);
    const fullName = String(args.options.get('name') ?? 'Администратор');
    await db.transaction(async (tx) => {
      const [existing] = await tx.select().from(users).where(eq(users.login, login));
      const user = existing ?? (await tx.insert(users).values({ login, fullName, passwordHash }).returning())[0];
      if (!user) throw new Error('insert returned nothing');
      if (existing) await tx.update(users).set({ passwordHash, active: true }).where(eq(users.id, user.id));
      await tx
        .insert(memberships)
        .values({ orgId: org.id, userId: user.id, roles: roleList as Role[] })
        .onConflictDoUpdate({ target: [memberships.orgId, memberships.userId], set: { roles: roleList as Role[] } });
      await recordAudit(
        tx,
        { userId: null, name: 'Командная строка' },
        {
          orgId: org.id,
          entity: 'user',
          entityId: user.id,
          action: existing ? 'update' : 'create',
          after: { login, roles: roleList },
          reason: 'nastavnik create-admin',
        },
      );
    });
    console.log(`Учётная запись «${login}» получила роли ${roleList.join(', ')} в «${org.shortName}».`);
  } finally {
    await database.close();
  }
}
