// The draft editor's values: the order's content as the form holds it (empty strings rather than
// nulls, the acquaintance list and appendix paragraphs as one line per entry) and back again, so
// the live preview and the saved draft read the same thing. Pure.
import type { UseFormReturnType } from '@mantine/form';
import type { OrderContent } from '../../../../src/orders/order-contract.js';
import type { Order } from './orders-api';

export interface PointValues {
  text: string;
  responsible: string;
  due: string;
}

export interface AppendixValues {
  title: string;
  paragraphs: string;
  table: { columns: string[]; rows: string[][] } | null;
}

export interface OrderValues {
  title: string;
  content: {
    orgName: string;
    place: string;
    groundsIntro: string;
    grounds: string[];
    points: PointValues[];
    control: string;
    signer: { position: string; name: string };
    acquaintance: string;
    appendices: AppendixValues[];
  };
}

export type OrderForm = UseFormReturnType<OrderValues>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function valuesOf(order: Pick<Order, 'title' | 'content'>): OrderValues {
  const c = order.content;
  return {
    title: order.title,
    content: {
      orgName: c.orgName,
      place: c.place ?? '',
      groundsIntro: c.groundsIntro ?? '',
      grounds: [...c.grounds],
      points: c.points.map((p) => ({ text: p.text, responsible: p.responsible ?? '', due: p.due ?? '' })),
      control: c.control,
      signer: { ...c.signer },
      acquaintance: c.acquaintance.join('\n'),
      appendices: c.appendices.map((a) => ({
        title: a.title,
        paragraphs: a.paragraphs.join('\n'),
        table: a.table ? { columns: [...a.table.columns], rows: a.table.rows.map((r) => [...r]) } : null,
      })),
    },
  };
}

export function contentOf(v: OrderValues): OrderContent {
  const c = v.content;
  return {
    orgName: c.orgName.trim(),
    place: orNull(c.place),
    groundsIntro: orNull(c.groundsIntro),
    grounds: c.grounds.map((g) => g.trim()),
    points: c.points.map((p) => ({ text: p.text.trim(), responsible: orNull(p.responsible), due: orNull(p.due) })),
    control: c.control.trim(),
    signer: { position: c.signer.position.trim(), name: c.signer.name.trim() },
    acquaintance: lines(c.acquaintance),
    appendices: c.appendices.map((a) => ({
      title: a.title.trim(),
      paragraphs: lines(a.paragraphs),
      table: a.table
        ? { columns: a.table.columns.map((x) => x.trim()), rows: a.table.rows.map((r) => r.map((x) => x.trim())) }
        : null,
    })),
  };
}
