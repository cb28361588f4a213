// Schemas shared by every endpoint: problems, lists, ids, versions.
import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: 'Problem' });

export const idParam = z.object({ id: z.uuid() });
export const orgParam = z.object({ orgId: z.uuid() });
export const orgIdParam = z.object({ orgId: z.uuid(), id: z.uuid() });

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const versionField = z.number().int().min(1);

/** '' from an empty form input means "no value". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const isoDate = z.iso.date();
export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
