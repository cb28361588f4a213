// Sign-in, the current user and their own password.
import { z } from 'zod';
import { roles } from './policy.js';

export const roleSchema = z.enum(roles);

export const loginBody = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const membershipSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  orgKind: z.enum(['region', 'municipality', 'school']),
  parentId: z.uuid().nullable(),
  roles: z.array(roleSchema),
  inherited: z.boolean(),
  permissions: z.array(z.string()),
});

export const meSchema = z
  .object({
    id: z.uuid(),
    login: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    mustChangePassword: z.boolean(),
    memberships: z.array(membershipSchema),
    demo: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
export type Membership = z.infer<typeof membershipSchema>;

export const passwordSchema = z.string().min(8, 'v.passwordShort').max(200);

export const changePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: 'v.passwordSame' });
