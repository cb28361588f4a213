// The catalogue of professional difficulties as the API and the forms see it.
import { z } from 'zod';
import { booleanQuery, optionalText, versionField } from '../http/common-contract.js';

const fields = z.object({
  name: z.string().trim().min(2).max(300),
  group: z.string().trim().min(2).max(200),
});

export const difficultyCreateSchema = fields.extend({ reason: optionalText(500) });
export const difficultyUpdateSchema = fields.extend({
  version: versionField.optional(),
  /** true archives the entry (it stays in the banks' old records), false brings it back. */
  archived: z.boolean().optional(),
  reason: optionalText(500),
});
export type DifficultyData = z.output<typeof fields>;

export const difficultySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    group: z.string(),
    archived: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Difficulty' });
export type Difficulty = z.infer<typeof difficultySchema>;

export const difficultyListQuery = z.object({ archived: booleanQuery.optional() });
export const difficultyListSchema = z.object({ items: z.array(difficultySchema), nextCursor: z.null() });
