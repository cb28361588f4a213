// «Приказы»: the organization's register — number, date, kind, title and status of every order,
// filtered by kind, year and status (kept in the address), and a new draft for those who prepare them.
import { Anchor, Badge, Button, EmptyState, Group, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type OrderKind, type OrderStatus, orderKinds, orderStatuses } from '../../../../src/orders/order-contract.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { pick, useFilterParams } from '../../lib/use-filter-params';
import { unclippedLabel } from '../../ui/badge-styles';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { OrderCreateModal } from './OrderCreateModal';
import { orderKindLabel, orderStatusColor, orderStatusLabel } from './order-labels';
import { useOrders } from './orders-api';

export function OrdersPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const { params, setFilter: set } = useFilterParams();
  const [creating, setCreating] = useState(false);
  const kind = pick<OrderKind>(params.get('kind'), orderKinds);
  const status = pick<OrderStatus>(params.get('status'), orderStatuses);
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : null;
  const list = useOrders(orgId, { kind, status, year });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  if (year && !years.includes(String(year))) years.push(String(year));
  const items = list.data ?? [];
  const filtered = Boolean(kind || status || year);

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        actions={
          can('order:manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('orders.create')}
            </Button>
          )
        }
      />
      <Group mb="md" gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('orders.filter.kind')}
          placeholder={t('orders.filter.anyKind')}
          data={orderKinds.map((k) => ({ value: k, label: orderKindLabel(t, k) }))}
          value={kind}
          onChange={(v) => set('kind', v)}
          clearable
          w={300}
          comboboxProps={{ width: 'target' }}
        />
        <Select
          label={t('orders.filter.year')}
          placeholder={t('orders.filter.anyYear')}
          data={years}
          value={year ? String(year) : null}
          onChange={(v) => set('year', v)}
          clearable
          w={150}
        />
        <SegmentedControl
          aria-label={t('orders.filter.status')}
          value={status ?? 'all'}
          onChange={(v) => set('status', v === 'all' ? null : v)}
          data={[
            { value: 'all', label: t('orders.filter.all') },
            ...orderStatuses.map((s) => ({ value: s, label: t(`orders.filter.${s}`) })),
          ]}
        />
      </Group>
      {list.isPending ? (
        <TableSkeleton />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconFileText size={28} aria-hidden />}
            withIndicatorBackground
            title={filtered ? t('orders.emptyFiltered') : t('orders.empty')}
            description={filtered ? t('orders.emptyFilteredText') : t('orders.emptyText')}
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('orders.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('orders.col.number')}</Table.Th>
                  <Table.Th>{t('orders.col.date')}</Table.Th>
                  <Table.Th>{t('orders.col.title')}</Table.Th>
                  <Table.Th>{t('orders.col.kind')}</Table.Th>
                  <Table.Th>{t('orders.col.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={o.number ? undefined : 'dimmed'}>
                        {o.number ? `№ ${o.number}` : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={o.date ? undefined : 'dimmed'}>
                        {o.date ? formatDate(o.date) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${orgId}/orders/${o.id}`} fw={500} size="sm">
                        {o.title}
                      </Anchor>
                      {o.status === 'draft' && (
                        <Text size="xs" c="dimmed">
                          {t('orders.draftBy', { name: o.createdBy, date: formatDate(o.createdAt) })}
                        </Text>
                      )}
                      {o.cancelledBy && (
                        <Text size="xs" c="dimmed">
                          {t('orders.cancelledByShort', {
                            number: o.cancelledBy.number ?? '',
                            date: formatDate(o.cancelledBy.date),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{orderKindLabel(t, o.kind)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={orderStatusColor[o.status]} tt="none" styles={unclippedLabel}>
                        {orderStatusLabel(t, o.status)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <OrderCreateModal onClose={() => setCreating(false)} />}
    </>
  );
}
