// How orders name people and write their points: «Петрова Анна Сергеевна», «Петрова А. С.», a
// person with their position, one numbered point. Pure; shared by the order's content builders.
import type { OrderPoint } from './order-contract.js';

export interface OrderPerson {
  lastName: string;
  firstName: string;
  middleName: string | null;
  position: string;
}

/** «Петрова Анна Сергеевна». */
export const fullNameOf = (p: OrderPerson): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** «Петрова А. С.»: how lists and the acquaintance sheet name people. */
export function shortNameOf(p: Pick<OrderPerson, 'lastName' | 'firstName' | 'middleName'>): string {
  const initials = [p.firstName, p.middleName]
    .filter((n): n is string => Boolean(n))
    .map((n) => `${n.charAt(0).toUpperCase()}.`)
    .join(' ');
  return initials ? `${p.lastName} ${initials}` : p.lastName;
}

/** «Петрова Анна Сергеевна, учитель математики». */
export const personWithPosition = (p: OrderPerson) =>
  `${fullNameOf(p)}, ${p.position.charAt(0).toLowerCase()}${p.position.slice(1)}`;

/** One point of the order, with its responsible person and deadline when it names them. */
export const point = (text: string, responsible: string | null = null, due: string | null = null): OrderPoint => ({
  text,
  responsible,
  due,
});
