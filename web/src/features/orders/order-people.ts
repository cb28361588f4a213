// Who an order on people names, by kind: the curator order a staff member, orders on mentors
// their bank entries; an order on pairs names the agreed groups, an order changing or ending
// programs names the programs.
import { defaultTitle, type OrderGroupFacts } from '../../../../src/orders/order-content.js';
import type { OrderKind, OrderLinkEntity } from '../../../../src/orders/order-contract.js';

export type PeoplePick = 'none' | 'staff' | 'mentor' | 'mentee' | 'group' | 'program';

export const pickFor: Record<OrderKind, PeoplePick> = {
  regulation: 'none',
  curator: 'staff',
  council: 'mentor',
  mentors: 'mentor',
  groups: 'group',
  'program-change': 'program',
  'program-end': 'program',
  incentive: 'mentor',
  other: 'none',
};

export const linkEntityOf: Record<Exclude<PeoplePick, 'none'>, OrderLinkEntity> = {
  staff: 'staff',
  mentor: 'mentor',
  mentee: 'mentee',
  group: 'group',
  program: 'program',
};

const nobody = { lastName: '', firstName: '', middleName: null, position: '' };

/** The title the server gives a new draft of this kind on these groups (a group of several makes it «пар и групп»). */
export function defaultTitleFor(kind: OrderKind, groups: readonly { menteeIds: readonly string[] }[]): string {
  const facts: OrderGroupFacts[] = groups.map((g, i) => ({
    id: String(i),
    mentor: nobody,
    mentees: g.menteeIds.map(() => nobody),
    forms: [],
  }));
  return defaultTitle({ kind, groups: facts });
}
