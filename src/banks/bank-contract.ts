// The mentee and mentor banks as the API and the forms see them.
import { z } from 'zod';
import { booleanQuery, listQuery, optionalText, versionField } from '../http/common-contract.js';
import { qualificationCategories } from '../staff/staff-contract.js';

export const menteeCategories = [
  'young-specialist',
  'new-to-school',
  'changed-position',
  'returning-after-break',
  'identified-difficulties',
  'student-on-placement',
] as const;
export type MenteeCategory = (typeof menteeCategories)[number];

/** Statuses a curator sets; `withdrawn` (consent withdrawn) and `removed` close an entry. */
export const openMenteeStatuses = ['searching', 'in-program', 'done'] as const;
export const menteeStatuses = [...openMenteeStatuses, 'withdrawn', 'removed'] as const;
export type MenteeStatus = (typeof menteeStatuses)[number];

export const openMentorStatuses = ['available', 'full', 'paused', 'released'] as const;
export const mentorStatuses = [...openMentorStatuses, 'withdrawn', 'removed'] as const;
export type MentorStatus = (typeof mentorStatuses)[number];

export const mentorForms = ['traditional', 'reverse', 'remote', 'group', 'cross-school', 'situational'] as const;
export type MentorForm = (typeof mentorForms)[number];

export interface MenteeDifficulty {
  id: string;
  priority: number;
}

const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: 'v.repeated' });

const uniqueForms = z
  .array(z.enum(mentorForms))
  .max(mentorForms.length)
  .default([])
  .refine((f) => new Set(f).size === f.length, { message: 'v.repeated' });

const menteeFields = z.object({
  category: z.enum(menteeCategories),
  difficulties: z
    .array(z.object({ id: z.uuid(), priority: z.number().int().min(1).max(3) }))
    .max(30)
    .default([])
    .refine((d) => new Set(d.map((x) => x.id)).size === d.length, { message: 'v.repeated' }),
  request: optionalText(4000),
  preferredForms: uniqueForms,
  preferredMentorIds: uniqueIds(10),
});
export type MenteeData = z.output<typeof menteeFields>;

export const menteeCreateSchema = menteeFields.extend({ staffId: z.uuid(), reason: optionalText(500) });
export const menteeUpdateSchema = menteeFields.extend({
  status: z.enum(openMenteeStatuses).default('searching'),
  version: versionField.optional(),
  reason: optionalText(500),
});
export const preferredMentorsSchema = z.object({
  preferredMentorIds: uniqueIds(10),
  version: versionField.optional(),
  reason: optionalText(500),
});
export const preferredMenteesSchema = z.object({
  preferredMenteeIds: uniqueIds(20),
  version: versionField.optional(),
  reason: optionalText(500),
});
export const bankRemoveSchema = z.object({ version: versionField.optional(), reason: optionalText(500) });

const mentorFields = z.object({
  competences: uniqueIds(50),
  subjects: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  capacity: z.number().int().min(1).max(20).optional(),
  availability: optionalText(1000),
  forms: uniqueForms,
  preferredMenteeIds: uniqueIds(20),
});
export type MentorData = z.output<typeof mentorFields>;

export const mentorCreateSchema = mentorFields.extend({ staffId: z.uuid(), reason: optionalText(500) });
export const mentorUpdateSchema = mentorFields.extend({
  status: z.enum(openMentorStatuses).default('available'),
  version: versionField.optional(),
  reason: optionalText(500),
});

/** What the bank shows of the person behind an entry. */
export const bankPersonSchema = z.object({
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  position: z.string(),
  subjects: z.array(z.string()),
  youngSpecialist: z.boolean(),
});

export const menteeSchema = z
  .object({
    id: z.uuid(),
    staffId: z.uuid(),
    category: z.enum(menteeCategories),
    difficulties: z.array(z.object({ id: z.uuid(), priority: z.number().int() })),
    request: z.string().nullable(),
    preferredForms: z.array(z.enum(mentorForms)),
    preferredMentorIds: z.array(z.uuid()),
    status: z.enum(menteeStatuses),
    version: z.number().int(),
    staff: bankPersonSchema,
  })
  .meta({ id: 'Mentee' });
export type Mentee = z.infer<typeof menteeSchema>;

export const mentorSchema = z
  .object({
    view: z.literal('full'),
    id: z.uuid(),
    staffId: z.uuid(),
    competences: z.array(z.uuid()),
    subjects: z.array(z.string()),
    experienceYears: z.number().int().nullable(),
    qualificationCategory: z.enum(qualificationCategories),
    capacity: z.number().int(),
    availability: z.string().nullable(),
    forms: z.array(z.enum(mentorForms)),
    preferredMenteeIds: z.array(z.uuid()),
    status: z.enum(mentorStatuses),
    /** The signed order that appointed the mentor (§3.3); null until there is one. */
    appointment: z.object({ orderId: z.uuid(), number: z.string(), on: z.string() }).nullable(),
    version: z.number().int(),
    staff: bankPersonSchema,
  })
  .meta({ id: 'Mentor' });
export type Mentor = z.infer<typeof mentorSchema>;

/** What a mentee may see of any mentor: enough to name a preferred one, nothing more. */
export const mentorPublicSchema = z
  .object({
    view: z.literal('public'),
    id: z.uuid(),
    competences: z.array(z.uuid()),
    subjects: z.array(z.string()),
    staff: bankPersonSchema.pick({ lastName: true, firstName: true, middleName: true, position: true, subjects: true }),
  })
  .meta({ id: 'MentorPublic' });
export type MentorPublic = z.infer<typeof mentorPublicSchema>;

export const mentorOrPublicSchema = z.discriminatedUnion('view', [mentorSchema, mentorPublicSchema]);

export const menteeListQuery = listQuery.extend({
  category: z.enum(menteeCategories).optional(),
  difficulty: z.uuid().optional(),
  status: z.enum(menteeStatuses).optional(),
  youngSpecialist: booleanQuery.optional(),
});

export const mentorListQuery = listQuery.extend({
  competence: z.uuid().optional(),
  subject: z.string().trim().max(100).optional(),
  status: z.enum(mentorStatuses).optional(),
  form: z.enum(mentorForms).optional(),
});
