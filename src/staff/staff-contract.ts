// The staff member as the API and the forms see it: one schema for the server, the OpenAPI
// document and the web form.
import { z } from 'zod';
import { booleanQuery, isoDate, listQuery, optionalText, versionField } from '../http/common-contract.js';
import { fullYearsBetween, todayIso } from '../shared/dates.js';

export const qualificationCategories = ['none', 'first', 'highest', 'methodist', 'mentor'] as const;
export type QualificationCategory = (typeof qualificationCategories)[number];

const name = z.string().trim().min(1).max(100);
const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{5,25}$/, 'v.phone')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

const staffFields = z.object({
  lastName: name,
  firstName: name,
  middleName: optionalText(100),
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  position: z.string().trim().min(1).max(200),
  subjects: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  hiredOn: isoDate.nullish().transform((v) => v ?? null),
  teachingSince: z
    .number()
    .int()
    .min(1940)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  qualificationCategory: z.enum(qualificationCategories).default('none'),
  email: z
    .email()
    .max(200)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => (v ? v.toLowerCase() : null)),
  phone,
  /**
   * The employment contract (for the art. 351.8 agreement). Omitted keeps what is recorded, so an
   * import or an older client does not wipe it; an empty value clears it.
   */
  employmentContractNumber: z
    .string()
    .trim()
    .max(30)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
  employmentContractDate: isoDate
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => (v === undefined ? undefined : (v ?? null))),
});

type StaffFields = z.output<typeof staffFields>;

/** Dates must make sense together; checked on the server and in the form alike. */
function checkDates(v: StaffFields, ctx: z.RefinementCtx, today: string): void {
  const year = Number(today.slice(0, 4));
  if (v.birthDate) {
    if (v.birthDate > today) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'v.birthDateInFuture' });
    else if (v.birthDate < '1900-01-01')
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'v.birthDateTooOld' });
    else if (fullYearsBetween(v.birthDate, today) < 16)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'v.tooYoung' });
  }
  if (v.hiredOn) {
    if (v.hiredOn > today) ctx.addIssue({ code: 'custom', path: ['hiredOn'], message: 'v.hiredInFuture' });
    else if (v.birthDate && v.hiredOn < v.birthDate)
      ctx.addIssue({ code: 'custom', path: ['hiredOn'], message: 'v.hiredBeforeBirth' });
  }
  if (v.employmentContractDate && v.employmentContractDate > today)
    ctx.addIssue({ code: 'custom', path: ['employmentContractDate'], message: 'v.dateInFuture' });
  if (v.teachingSince !== null) {
    if (v.teachingSince > year)
      ctx.addIssue({ code: 'custom', path: ['teachingSince'], message: 'v.teachingInFuture' });
    else if (v.birthDate && v.teachingSince < Number(v.birthDate.slice(0, 4)) + 14)
      ctx.addIssue({ code: 'custom', path: ['teachingSince'], message: 'v.teachingBeforeAge14' });
  }
}

export const staffInputSchema = staffFields.superRefine((v, ctx) => checkDates(v, ctx, todayIso()));
export type StaffInput = z.input<typeof staffInputSchema>;
export type StaffData = z.output<typeof staffInputSchema>;

export const staffUpdateSchema = staffFields
  .extend({ version: versionField.optional(), reason: optionalText(500) })
  .superRefine((v, ctx) => checkDates(v, ctx, todayIso()));

export const staffCreateSchema = staffFields
  .extend({ reason: optionalText(500) })
  .superRefine((v, ctx) => checkDates(v, ctx, todayIso()));

export const staffArchiveSchema = z.object({
  version: versionField.optional(),
  reason: optionalText(500),
});

export const staffSchema = z
  .object({
    id: z.uuid(),
    orgId: z.uuid(),
    lastName: z.string(),
    firstName: z.string(),
    middleName: z.string().nullable(),
    birthDate: z.string().nullable(),
    position: z.string(),
    subjects: z.array(z.string()),
    hiredOn: z.string().nullable(),
    teachingSince: z.number().int().nullable(),
    qualificationCategory: z.enum(qualificationCategories),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    employmentContractNumber: z.string().nullable(),
    employmentContractDate: z.string().nullable(),
    youngSpecialist: z.boolean(),
    age: z.number().int().nullable(),
    teachingYears: z.number().int().nullable(),
    archived: z.boolean(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Staff' });
export type Staff = z.infer<typeof staffSchema>;

export const staffListQuery = listQuery.extend({
  youngSpecialist: booleanQuery.optional(),
  archived: booleanQuery.optional(),
  subject: z.string().trim().max(100).optional(),
  /** The consent to personal data (152-ФЗ): in force, never given or withdrawn, withdrawn. */
  consent: z.enum(['given', 'missing', 'withdrawn']).optional(),
});
