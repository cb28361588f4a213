// On a pair's or group's card: the orders that name it — the one that approved it, or a draft
// waiting for the director's signature.
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { unclippedLabel } from '../../ui/badge-styles';
import { useOrg } from '../org/OrgScope';
import { orderRef, orderStatusColor, orderStatusLabel } from './order-labels';
import { useOrdersNaming } from './orders-api';

export function GroupOrders({ groupId }: { groupId: string }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const allowed = can('order:read');
  const orders = useOrdersNaming(orgId, 'group', groupId, allowed);
  if (!allowed) return null;
  const items = orders.data ?? [];
  return (
    <div>
      <Title order={3} size="h5" mb={6}>
        {t('orders.groupCard.title')}
      </Title>
      {orders.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.groupCard.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {items.map((o) => (
            <Group key={o.id} gap="xs" wrap="nowrap" align="flex-start">
              <Badge
                variant="light"
                color={orderStatusColor[o.status]}
                tt="none"
                styles={unclippedLabel}
                style={{ flexShrink: 0 }}
              >
                {orderStatusLabel(t, o.status)}
              </Badge>
              <Anchor component={Link} to={`/orgs/${orgId}/orders/${o.id}`} size="sm">
                {`${orderRef(t, o)} «${o.title}»`}
              </Anchor>
            </Group>
          ))}
        </Stack>
      )}
    </div>
  );
}
