// The editor's values checked with the server's own update schema, worded as the API words them.
import { orderUpdateSchema } from '../../../../src/orders/order-contract.js';
import { zodValidate } from '../../lib/zod-form';
import { contentOf, type OrderValues } from './order-form';

export const validateOrder = zodValidate(orderUpdateSchema, (v: OrderValues) => ({
  title: v.title,
  content: contentOf(v),
  version: 1,
}));
