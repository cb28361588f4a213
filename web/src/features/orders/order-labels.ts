// Words and colours of the register: kinds, statuses, and how an order is referred to
// («№ 188-од от 24.11.2026», as documents cite one another).
import type { OrderKind, OrderStatus } from '../../../../src/orders/order-contract.js';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/format';

export const orderKindLabel = (t: Translate, k: OrderKind) => t(`orders.kind.${k}`);
export const orderStatusLabel = (t: Translate, s: OrderStatus) => t(`orders.status.${s}`);

export const orderStatusColor: Record<OrderStatus, string> = {
  draft: 'orange',
  signed: 'teal',
  cancelled: 'gray',
};

export function orderRef(
  t: Translate,
  order: { number: string | null; date: string | null; status: OrderStatus },
): string {
  if (!order.number || !order.date) return t('orders.draftRef');
  return t('orders.ref', { number: order.number, date: formatDate(order.date) });
}
