// The import's answer, one schema for the server, the OpenAPI document and the web page.
import { z } from 'zod';
import { booleanQuery } from '../http/common-contract.js';

export const importQuery = z.object({ dryRun: booleanQuery.optional() });

/** For the OpenAPI document only: the upload is multipart and read as a stream, not validated here. */
export const importBody = z.object({
  file: z.string().meta({ format: 'binary', description: 'Таблица .xlsx или .csv, до 10 МБ' }),
});

export const importRowErrorSchema = z.object({
  row: z.number().int().describe('Номер строки в таблице (заголовок — строка 1)'),
  column: z.string().describe('Заголовок столбца, как он написан в файле'),
  message: z.string(),
});

export const importActions = ['create', 'update', 'skip'] as const;

export const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(importRowErrorSchema),
    preview: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(importActions),
        lastName: z.string(),
        firstName: z.string(),
        middleName: z.string().nullable(),
        birthDate: z.string().nullable(),
        position: z.string(),
        email: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'StaffImportResult' });
export type ImportResultView = z.infer<typeof importResultSchema>;

/** Larger files are refused before they are read. */
export const importMaxBytes = 10 * 1024 * 1024;
