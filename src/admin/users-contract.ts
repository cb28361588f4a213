// Accounts, their roles in organizations, and API tokens, as the administrator manages them.
import { z } from 'zod';
import { passwordSchema, roleSchema } from '../auth/auth-contract.js';
import { optionalText } from '../http/common-contract.js';

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, 'v.login');

export const userSchema = z
  .object({
    id: z.uuid(),
    login: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    roles: z.array(roleSchema),
    membershipVersion: z.number().int(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

/** An optional e-mail; '' from an empty form input means none. */
const optionalEmail = z
  .email()
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

const rolesField = z.array(roleSchema).min(1, 'v.rolesEmpty').max(7);

export const userCreateSchema = z.object({
  login: loginSchema,
  fullName: z.string().trim().min(3).max(200),
  email: optionalEmail,
  password: passwordSchema,
  roles: rolesField,
});

export const userUpdateSchema = z.object({
  fullName: z.string().trim().min(3).max(200),
  email: optionalEmail,
  roles: rolesField,
  active: z.boolean(),
  version: z.number().int().min(1).optional(),
  reason: optionalText(500),
});

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    userId: z.uuid(),
    userLogin: z.string(),
    createdAt: z.string(),
    expiresOn: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const tokenCreateSchema = z.object({
  name: z.string().trim().min(2).max(100),
  userId: z.uuid(),
  expiresOn: z.iso
    .date()
    .nullish()
    .transform((v) => v ?? null),
});
export const tokenIssuedSchema = tokenSchema.extend({ token: z.string() });
