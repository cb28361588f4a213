// The director's orders as the API sees them: kinds, statuses, the records an order links to and
// the editable content of a draft (everything the printed order says besides its number and date).
import { z } from 'zod';
import { isoDate, listQuery, optionalText, versionField } from '../http/common-contract.js';

export const orderKinds = [
  'regulation',
  'curator',
  'council',
  'mentors',
  'groups',
  'program-change',
  'program-end',
  'incentive',
  'other',
] as const;
export type OrderKind = (typeof orderKinds)[number];

export const orderStatuses = ['draft', 'signed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/**
 * What an order may name. `group`: pairs and groups it approves (they become active on signing);
 * `staff`, `mentor`, `mentee`: people it appoints or names; `order`: an earlier signed order that
 * this one cancels when it is signed.
 */
export const orderLinkEntities = ['group', 'staff', 'mentor', 'mentee', 'order', 'program'] as const;
export type OrderLinkEntity = (typeof orderLinkEntities)[number];

const line = (max: number) => z.string().trim().min(1).max(max);

export const orderLinkSchema = z.object({ entity: z.enum(orderLinkEntities), entityId: z.uuid() });
export type OrderLink = z.infer<typeof orderLinkSchema>;

export const orderPointSchema = z.object({
  text: line(4000),
  responsible: optionalText(300),
  /** A deadline, written as the order says it («до 01.10.2025», «ежеквартально»). */
  due: optionalText(200),
});
export type OrderPoint = z.infer<typeof orderPointSchema>;

export const orderTableSchema = z.object({
  columns: z.array(line(200)).min(1).max(8),
  rows: z.array(z.array(z.string().trim().max(2000)).max(8)).max(500),
});

export const orderAppendixSchema = z.object({
  title: line(500),
  paragraphs: z.array(line(4000)).max(200).default([]),
  table: orderTableSchema.nullable().default(null),
});
export type OrderAppendix = z.infer<typeof orderAppendixSchema>;

export const orderContentSchema = z
  .object({
    /** The organization's full name as the heading prints it. */
    orgName: line(500),
    /** Where the order is issued (the locality). */
    place: optionalText(200),
    /** The lead-in of the grounds («В соответствии с») followed by the acts, in that case. */
    groundsIntro: optionalText(200),
    grounds: z.array(line(1000)).max(30),
    points: z.array(orderPointSchema).min(1).max(50),
    /** Who keeps control; printed as the last point. */
    control: line(500),
    signer: z.object({ position: line(200), name: line(200) }),
    /** People who sign that they have read the order. */
    acquaintance: z.array(line(300)).max(200),
    appendices: z.array(orderAppendixSchema).max(10),
  })
  .meta({ id: 'OrderContent' });
export type OrderContent = z.output<typeof orderContentSchema>;

const linksField = z
  .array(orderLinkSchema)
  .max(500)
  .refine((links) => new Set(links.map((l) => `${l.entity}:${l.entityId}`)).size === links.length, {
    message: 'v.repeated',
  });

export const orderCreateSchema = z.object({
  kind: z.enum(orderKinds),
  title: line(500).optional(),
  links: linksField.default([]),
  /** Omitted: the content is built from the kind, the linked records and the organization. */
  content: orderContentSchema.optional(),
  reason: optionalText(500),
});
export type OrderCreate = z.output<typeof orderCreateSchema>;

export const orderUpdateSchema = z.object({
  title: line(500).optional(),
  links: linksField.optional(),
  content: orderContentSchema.optional(),
  /** Throw the edited content away and build it again from the kind and the linked records. */
  rebuild: z.boolean().default(false),
  version: versionField.optional(),
  reason: optionalText(500),
});
export type OrderUpdate = z.output<typeof orderUpdateSchema>;

export const orderSignSchema = z.object({
  /** The date the order is signed; today when omitted. */
  date: isoDate.optional(),
  version: versionField.optional(),
});

export const orderSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(orderKinds),
    status: z.enum(orderStatuses),
    title: z.string(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    content: orderContentSchema,
    links: z.array(orderLinkSchema),
    signedBy: z.string().nullable(),
    cancelledBy: z.object({ id: z.uuid(), number: z.string().nullable(), date: z.string().nullable() }).nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Order' });
export type OrderView = z.infer<typeof orderSchema>;

export const orderSummarySchema = orderSchema.omit({ content: true, links: true }).meta({ id: 'OrderSummary' });

export const orderListQuery = listQuery.extend({
  kind: z.enum(orderKinds).optional(),
  status: z.enum(orderStatuses).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Orders that name this record (links both ways). */
  entity: z.enum(orderLinkEntities).optional(),
  entityId: z.uuid().optional(),
});
export type OrderListQuery = z.output<typeof orderListQuery>;
