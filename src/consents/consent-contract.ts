// Consents as the API and the forms see them: the four kinds the Regulation and 152-ФЗ need.
import { z } from 'zod';
import { isoDate, optionalText, versionField } from '../http/common-contract.js';
import { todayIso } from '../shared/dates.js';

export const consentKinds = ['personal-data', 'mentor-role', 'extra-duties', 'publication'] as const;
export type ConsentKind = (typeof consentKinds)[number];

/** What a `publication` consent may allow on the school's website. */
export const publicFields = [
  'fullName',
  'position',
  'subjects',
  'qualificationCategory',
  'experienceYears',
  'competences',
  'photo',
] as const;
export type PublicField = (typeof publicFields)[number];

export const consentCreateSchema = z
  .object({
    kind: z.enum(consentKinds),
    givenOn: isoDate,
    note: optionalText(1000),
    fields: z.array(z.enum(publicFields)).max(publicFields.length).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.givenOn > todayIso()) ctx.addIssue({ code: 'custom', path: ['givenOn'], message: 'v.dateInFuture' });
    if (v.kind === 'publication' && (v.fields?.length ?? 0) === 0) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'v.required' });
    }
    if (v.fields && new Set(v.fields).size !== v.fields.length) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'v.repeated' });
    }
  });
export type ConsentInput = z.output<typeof consentCreateSchema>;

export const consentWithdrawSchema = z
  .object({ withdrawnOn: isoDate, reason: optionalText(500), version: versionField.optional() })
  .superRefine((v, ctx) => {
    if (v.withdrawnOn > todayIso()) ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'v.dateInFuture' });
  });

/** The scanned copy of the signed paper, described; the file itself is fetched on its own. */
export const consentScanSchema = z
  .object({
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    uploadedAt: z.string(),
    uploadedBy: z.string(),
  })
  .meta({ id: 'ConsentScan' });
export type ConsentScan = z.infer<typeof consentScanSchema>;

export const consentSchema = z
  .object({
    id: z.uuid(),
    staffId: z.uuid(),
    kind: z.enum(consentKinds),
    givenOn: z.string(),
    note: z.string().nullable(),
    fields: z.array(z.string()),
    recordedBy: z.object({ userId: z.uuid().nullable(), name: z.string() }),
    recordedAt: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    active: z.boolean(),
    scan: consentScanSchema.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof consentSchema>;

export const consentParams = z.object({ orgId: z.uuid(), id: z.uuid(), cid: z.uuid() });

/** The blank forms' file names: `personal-data.docx`, `mentor-role.pdf`… */
export const consentFormFiles = consentKinds.flatMap((k) => [`${k}.docx`, `${k}.pdf`] as const);
export function splitFormFile(file: string): [ConsentKind, 'docx' | 'pdf'] {
  const dot = file.lastIndexOf('.');
  return [file.slice(0, dot) as ConsentKind, file.slice(dot + 1) as 'docx' | 'pdf'];
}
