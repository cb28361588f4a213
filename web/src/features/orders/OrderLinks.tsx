// What the order is about, with links: the pairs and groups it approves (to the groups page), the
// people it names, the orders it cancels, and — the other way — the order that cancelled it or a
// draft that would.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { groupStatusColor, groupStatusLabel } from '../groups/group-labels';
import { useGroups } from '../groups/groups-api';
import { groupsExternalMentors, type People, usePeople, withExternalMentors } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { programStatusColor, programTitle, statusLabel } from '../programs/program-labels';
import { useProgram } from '../programs/programs-api';
import { useStaff } from '../staff/staff-api';
import { fullName } from '../staff/staff-format';
import { groupPeopleText } from './AgreedGroupsPicker';
import { EditGroupsButton } from './EditGroupsButton';
import { orderRef } from './order-labels';
import { type Order, useOrder, useOrdersNaming } from './orders-api';

function OrderRefLink({ orgId, id }: { orgId: string; id: string }) {
  const t = useT();
  const order = useOrder(orgId, id);
  return (
    <Anchor component={Link} to={`/orgs/${orgId}/orders/${id}`} size="sm">
      {order.data ? `${orderRef(t, order.data)} «${order.data.title}»` : t('common.loading')}
    </Anchor>
  );
}

function StaffName({ orgId, id }: { orgId: string; id: string }) {
  const staff = useStaff(orgId, id);
  return (
    <Anchor component={Link} to={`/orgs/${orgId}/staff/${id}`} size="sm">
      {staff.data ? fullName(staff.data) : '…'}
    </Anchor>
  );
}

function LinkedGroups({ ids, editing }: { ids: string[]; editing: Order | null }) {
  const t = useT();
  const { orgId } = useOrg();
  const groups = useGroups(orgId);
  const people = withExternalMentors(usePeople(orgId), groupsExternalMentors(groups.data ?? []));
  const byId = new Map((groups.data ?? []).map((g) => [g.id, g]));
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('orders.links.groups', { n: ids.length })}
        </Text>
        <Group gap="sm">
          <Anchor component={Link} to={`/orgs/${orgId}/groups`} size="sm">
            {t('orders.links.toGroups')}
          </Anchor>
          {editing && <EditGroupsButton order={editing} />}
        </Group>
      </Group>
      {ids.map((id) => {
        const g = byId.get(id);
        if (!g)
          return (
            <Text key={id} size="sm" c="dimmed">
              {groups.isPending ? t('common.loading') : t('orders.links.groupGone')}
            </Text>
          );
        const who = groupPeopleText(t, g, people);
        return (
          <Group key={id} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
            <Text size="sm">
              {who.mentor} — {who.mentees}
            </Text>
            <Badge variant="light" color={groupStatusColor[g.status]} tt="none" style={{ flexShrink: 0 }}>
              {groupStatusLabel(t, g.status)}
            </Badge>
          </Group>
        );
      })}
    </Stack>
  );
}

function LinkedPrograms({ ids }: { ids: string[] }) {
  const t = useT();
  const { orgId } = useOrg();
  const people = usePeople(orgId);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('changes.links.programs', { n: ids.length })}
      </Text>
      {ids.map((id) => (
        <LinkedProgram key={id} id={id} people={people} />
      ))}
    </Stack>
  );
}

function LinkedProgram({ id, people }: { id: string; people: People }) {
  const t = useT();
  const { orgId } = useOrg();
  const program = useProgram(orgId, id);
  if (!program.data)
    return (
      <Text size="sm" c="dimmed">
        {program.isPending ? t('common.loading') : t('orders.links.groupGone')}
      </Text>
    );
  const p = program.data;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
      <Anchor component={Link} to={`/orgs/${orgId}/programs/${id}`} size="sm">
        {programTitle(t, p, people)}
      </Anchor>
      <Badge variant="light" color={programStatusColor[p.status]} tt="none" style={{ flexShrink: 0 }}>
        {statusLabel(t, p.status)}
      </Badge>
    </Group>
  );
}

export function OrderLinks({ order }: { order: Order }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const naming = useOrdersNaming(orgId, 'order', order.id);
  const groupIds = order.links.filter((l) => l.entity === 'group').map((l) => l.entityId);
  const staffIds = order.links.filter((l) => l.entity === 'staff').map((l) => l.entityId);
  const bankLinks = order.links.filter((l) => l.entity === 'mentor' || l.entity === 'mentee');
  const cancels = order.links.filter((l) => l.entity === 'order').map((l) => l.entityId);
  const programIds = order.links.filter((l) => l.entity === 'program').map((l) => l.entityId);
  const people = usePeople(orgId, bankLinks.length > 0);
  const cancellers = (naming.data ?? []).filter((o) => o.id !== order.cancelledBy?.id);
  const empty =
    groupIds.length + staffIds.length + bankLinks.length + cancels.length + cancellers.length + programIds.length ===
      0 && !order.cancelledBy;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="order-links">
      <Title order={2} size="h5" id="order-links" mb="sm">
        {t('orders.links.title')}
      </Title>
      <Stack gap="md">
        {empty && (
          <Text size="sm" c="dimmed">
            {t('orders.links.none')}
          </Text>
        )}
        {order.cancelledBy && (
          <Text size="sm">
            {t('orders.links.cancelledBy')} <OrderRefLink orgId={orgId} id={order.cancelledBy.id} />
          </Text>
        )}
        {groupIds.length > 0 && can('group:read') && (
          <LinkedGroups
            ids={groupIds}
            editing={order.kind === 'groups' && order.status === 'draft' && can('order:manage') ? order : null}
          />
        )}
        {programIds.length > 0 && can('program:read') && <LinkedPrograms ids={programIds} />}
        {staffIds.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('orders.links.staff')}
            </Text>
            {staffIds.map((id) => (
              <StaffName key={id} orgId={orgId} id={id} />
            ))}
          </Stack>
        )}
        {bankLinks.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('orders.links.people', { n: bankLinks.length })}
            </Text>
            <Text size="sm">
              {bankLinks
                .map((l) => (l.entity === 'mentor' ? people.mentor(l.entityId)?.name : people.mentee(l.entityId)?.name))
                .map((name) => name ?? '…')
                .join(', ')}
            </Text>
          </Stack>
        )}
        {cancels.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('orders.links.cancels')}
            </Text>
            {cancels.map((id) => (
              <OrderRefLink key={id} orgId={orgId} id={id} />
            ))}
          </Stack>
        )}
        {cancellers.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('orders.links.cancellers')}
            </Text>
            {cancellers.map((o) => (
              <Anchor key={o.id} component={Link} to={`/orgs/${orgId}/orders/${o.id}`} size="sm">
                {`${orderRef(t, o)} «${o.title}»`}
                {o.status === 'draft' && ` (${formatDate(o.createdAt)})`}
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
