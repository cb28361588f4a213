// The order register: the list with its filters, one order, drafting and editing under a version,
// signing, deleting a draft, and the orders that name a given record (links both ways).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OrderContent,
  OrderKind,
  OrderLink,
  OrderLinkEntity,
  OrderStatus,
  OrderView,
  orderSummarySchema,
} from '../../../../src/orders/order-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';
import { groupsKey } from '../groups/groups-api';

export type Order = OrderView;
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export interface OrderFilters {
  kind: OrderKind | null;
  status: OrderStatus | null;
  year: number | null;
}

export interface OrderCreateBody {
  kind: OrderKind;
  title?: string;
  links: OrderLink[];
}

export interface OrderUpdateBody {
  title?: string;
  content?: OrderContent;
  links?: OrderLink[];
  rebuild?: boolean;
  version: number;
}

export const ordersKey = (orgId: string) => ['orders', orgId] as const;
const orderKey = (orgId: string, id: string) => ['orders', orgId, 'item', id] as const;
const base = (orgId: string) => `/api/v1/orgs/${orgId}/orders`;

/** Where the Word and PDF files of an order are; the session cookie goes with a plain link. */
export const orderFileUrl = (orgId: string, id: string, ext: 'docx' | 'pdf') => `${base(orgId)}/${id}/document.${ext}`;

async function fetchAll(orgId: string, query: Record<string, string | number | null>, signal?: AbortSignal) {
  const out: OrderSummary[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<OrderSummary> = await api<Page<OrderSummary>>(
      withQuery(base(orgId), { ...query, limit: 200, cursor }),
      { signal },
    );
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function useOrders(orgId: string, filters: OrderFilters) {
  return useQuery({
    queryKey: [...ordersKey(orgId), 'list', filters],
    queryFn: ({ signal }) => fetchAll(orgId, { ...filters }, signal),
  });
}

/** The orders that name one record: a group's approving order, an order's cancelling one. */
export function useOrdersNaming(orgId: string, entity: OrderLinkEntity, entityId: string, enabled = true) {
  return useQuery({
    queryKey: [...ordersKey(orgId), 'naming', entity, entityId],
    queryFn: ({ signal }) => fetchAll(orgId, { entity, entityId }, signal),
    enabled,
  });
}

export function useOrder(orgId: string, id: string) {
  return useQuery({
    queryKey: orderKey(orgId, id),
    queryFn: ({ signal }) => api<Order>(`${base(orgId)}/${id}`, { signal }),
  });
}

function useAfterChange(orgId: string) {
  const client = useQueryClient();
  return (order?: Order) => {
    if (order) client.setQueryData(orderKey(orgId, order.id), order);
    void client.invalidateQueries({ queryKey: ordersKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateOrder(orgId: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: OrderCreateBody) => api<Order>(base(orgId), { method: 'POST', body }),
    onSuccess: (order) => after(order),
  });
}

export function useUpdateOrder(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: OrderUpdateBody) => api<Order>(`${base(orgId)}/${id}`, { method: 'PUT', body }),
    onSuccess: (order) => after(order),
  });
}

export function useSignOrder(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; date?: string }) =>
      api<Order>(`${base(orgId)}/${id}/sign`, { method: 'POST', body }),
    onSuccess: (order) => {
      after(order);
      // Signing activates the pairs it approves and cancels the orders it names.
      void client.invalidateQueries({ queryKey: groupsKey(orgId) });
    },
  });
}

export function useDeleteOrder(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (version: number) => api<void>(`${base(orgId)}/${id}`, { method: 'DELETE', body: { version } }),
    onSuccess: () => after(),
  });
}

export function useReloadOrder(orgId: string, id: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: orderKey(orgId, id) });
}
