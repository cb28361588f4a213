// Questionnaires of the Regulation (needs assessment, potential mentors, program quality) and their
// answers, as the API and the forms see them.
import { z } from 'zod';
import { roles } from '../auth/policy.js';
import { isoDate, listQuery, optionalText, versionField } from '../http/common-contract.js';

export const surveyKinds = ['needs-assessment', 'mentor-candidate', 'satisfaction', 'custom'] as const;
export type SurveyKind = (typeof surveyKinds)[number];
export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];
export const questionTypes = ['single', 'multiple', 'scale5', 'scale10', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

const key = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/i, { message: 'v.surveyKey' });

export const optionSchema = z.object({
  id: key,
  text: z.string().trim().min(1).max(300),
  /** Links a choice to the catalogue, so an answer can feed the banks. */
  difficultyId: z.uuid().optional(),
});

export const questionSchema = z
  .object({
    id: key,
    text: z.string().trim().min(1).max(1000),
    type: z.enum(questionTypes),
    options: z.array(optionSchema).max(60).optional(),
    required: z.boolean().default(false),
  })
  .refine((q) => (q.type === 'single' || q.type === 'multiple') === (q.options !== undefined && q.options.length > 0), {
    message: 'v.surveyOptions',
    path: ['options'],
  })
  .refine((q) => !q.options || new Set(q.options.map((o) => o.id)).size === q.options.length, {
    message: 'v.repeated',
    path: ['options'],
  });
export type Question = z.output<typeof questionSchema>;

export const audienceSchema = z.object({
  roles: z.array(z.enum(roles)).max(roles.length).optional(),
  banks: z
    .array(z.enum(['mentees', 'mentors']))
    .max(2)
    .optional(),
  staffIds: z.array(z.uuid()).max(5000).optional(),
});
export type Audience = z.output<typeof audienceSchema>;

const surveyFields = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(surveyKinds).default('custom'),
  anonymous: z.boolean().default(false),
  opensOn: isoDate,
  closesOn: isoDate,
  audience: audienceSchema.default({}),
  questions: z
    .array(questionSchema)
    .min(1)
    .max(100)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'v.repeated' }),
});

const windowMakesSense = (s: { opensOn: string; closesOn: string }) => s.opensOn <= s.closesOn;
const windowIssue = { message: 'v.surveyWindow', path: ['closesOn'] };

export const surveyCreateSchema = surveyFields.refine(windowMakesSense, windowIssue);
export type SurveyData = z.output<typeof surveyCreateSchema>;
export const surveyUpdateSchema = surveyFields
  .extend({ version: versionField.optional() })
  .refine(windowMakesSense, windowIssue);
export const surveyActionSchema = z.object({ version: versionField.optional(), reason: optionalText(500) });

export const surveySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(surveyKinds),
    anonymous: z.boolean(),
    opensOn: z.string(),
    closesOn: z.string(),
    audience: audienceSchema,
    status: z.enum(surveyStatuses),
    questions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        type: z.enum(questionTypes),
        options: z.array(z.object({ id: z.string(), text: z.string(), difficultyId: z.uuid().optional() })).optional(),
        required: z.boolean(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Survey' });
export type Survey = z.infer<typeof surveySchema>;

export const surveyListQuery = listQuery.extend({
  status: z.enum(surveyStatuses).optional(),
  kind: z.enum(surveyKinds).optional(),
});

/** One answer: an option id, several option ids, a scale point or a text. */
export const answerValue = z.union([z.string().max(4000), z.array(z.string().max(40)).max(60), z.number()]);
export type AnswerValue = z.infer<typeof answerValue>;
export type Answers = Record<string, AnswerValue>;

export const responseCreateSchema = z.object({
  answers: z
    .record(z.string().max(40), answerValue)
    .refine((a) => Object.keys(a).length <= 100, { message: 'v.unknownQuestion' }),
});

export const responseSchema = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    /** The staff member who answered; null for anonymous surveys and for accounts without one. */
    staffId: z.uuid().nullable(),
    respondentName: z.string().nullable(),
    answers: z.record(z.string(), answerValue),
    appliedAt: z.string().nullable(),
  })
  .meta({ id: 'SurveyResponse' });
export type SurveyResponse = z.infer<typeof responseSchema>;

/** Who of the people addressed has answered (the yearly campaign's progress). */
const personSchema = z.object({ staffId: z.uuid(), name: z.string(), hasAccount: z.boolean() });

export const progressSchema = z
  .object({
    surveyId: z.uuid(),
    total: z.number().int(),
    answered: z.number().int(),
    pending: z.number().int(),
    /** Null for anonymous surveys. */
    answeredPeople: z.array(personSchema).nullable(),
    pendingPeople: z.array(personSchema).nullable(),
  })
  .meta({ id: 'SurveyProgress' });

/** An in-app reminder to answer a questionnaire. */
export const reminderSchema = z
  .object({
    id: z.uuid(),
    orgId: z.uuid(),
    orgName: z.string(),
    surveyId: z.uuid(),
    surveyTitle: z.string(),
    closesOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Reminder' });
