// An organization's requisites and settings, the first-run set-up and aggregate figures.
import { z } from 'zod';
import { passwordSchema } from '../auth/auth-contract.js';
import { optionalText, versionField } from '../http/common-contract.js';

export const orgKinds = ['region', 'municipality', 'school'] as const;
export type OrgKind = (typeof orgKinds)[number];

/** How much each fact weighs when matching mentors to mentees (see src/matching/scoring.ts). */
export const matchingWeightsSchema = z.object({
  coverage: z.number().int().min(0).max(100),
  sameSubject: z.number().int().min(0).max(100),
  experience: z.number().int().min(0).max(100),
  preferredForm: z.number().int().min(0).max(100),
  sameSchool: z.number().int().min(0).max(100),
  mutualChoice: z.number().int().min(0).max(100),
});

/**
 * A mentor's pay under the Labour Code art. 351.8: the amount in roubles (null: left blank in the
 * agreement, to be written by hand), per month or for the whole term, and the conditions of payment.
 */
export const mentorPaySchema = z.object({
  amount: z.number().min(0).max(10_000_000).multipleOf(0.01).nullable(),
  unit: z.enum(['month', 'period']),
  conditions: z.string().trim().max(2000),
});
export type MentorPay = z.output<typeof mentorPaySchema>;

export const orgSettingsSchema = z.object({
  youngSpecialistMaxAge: z.number().int().min(18).max(70).default(35),
  youngSpecialistMaxYears: z.number().int().min(0).max(10).default(3),
  /** How many mentees a new mentor-bank entry takes unless the curator says otherwise. */
  mentorCapacityDefault: z.number().int().min(1).max(20).default(2),
  /** Absent means the product's defaults; a form that does not show them leaves them as they are. */
  matchingWeights: matchingWeightsSchema.optional(),
  /**
   * On a municipality or region: its schools may take mentors from one another (network
   * mentoring). Absent means off, and a form that does not show it leaves it as it is.
   */
  crossSchoolMatching: z.boolean().optional(),
  /**
   * Regional and municipal acts that the organization's orders cite after the federal ones, each
   * written to follow «В соответствии с». Absent means none, and a form that does not show them
   * leaves them as they are.
   */
  orderGrounds: z.array(z.string().trim().min(3).max(1000)).max(20).optional(),
  /**
   * The mentors' pay that supplementary agreements state unless a mentor has their own (art.
   * 351.8). Absent means blanks in the agreement, and a form that does not show it leaves it as it is.
   */
  mentorPay: mentorPaySchema.optional(),
});
export type OrgSettings = z.output<typeof orgSettingsSchema>;
export const defaultOrgSettings: OrgSettings = {
  youngSpecialistMaxAge: 35,
  youngSpecialistMaxYears: 3,
  mentorCapacityDefault: 2,
};

const requisites = z.object({
  fullName: z.string().trim().min(3).max(500),
  shortName: z.string().trim().min(2).max(200),
  address: optionalText(500),
  locality: optionalText(200),
  directorName: optionalText(200),
  directorPosition: optionalText(200),
  orderSuffix: z
    .string()
    .trim()
    .regex(/^[\p{L}\d]{0,10}$/u, 'v.orderSuffix')
    .default('од'),
});

export const organizationSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(orgKinds),
    fullName: z.string(),
    shortName: z.string(),
    address: z.string().nullable(),
    locality: z.string().nullable(),
    directorName: z.string().nullable(),
    directorPosition: z.string().nullable(),
    orderSuffix: z.string(),
    settings: orgSettingsSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organizationSchema>;

export const organizationUpdateSchema = requisites.extend({
  settings: orgSettingsSchema,
  version: versionField.optional(),
  reason: optionalText(500),
});

export const setupBody = z.object({
  organization: requisites.extend({ kind: z.enum(orgKinds).default('school') }),
  director: z.object({
    fullName: z.string().trim().min(3).max(200),
    login: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,64}$/, 'v.login'),
    password: passwordSchema,
  }),
});

export const setupStatusSchema = z.object({ needed: z.boolean(), version: z.string() });

export const orgFiguresSchema = z.object({
  orgId: z.uuid(),
  name: z.string(),
  kind: z.enum(orgKinds),
  staff: z.number().int(),
  youngSpecialists: z.number().int(),
  archived: z.number().int(),
});
export const statsSchema = z
  .object({ totals: orgFiguresSchema.omit({ orgId: true, name: true, kind: true }), orgs: z.array(orgFiguresSchema) })
  .meta({ id: 'OrgStats' });
