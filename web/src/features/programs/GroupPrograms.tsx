// On a pair's or group's card: its programs, current and past, each linking to the program's page.
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { useOrg } from '../org/OrgScope';
import { programStatusColor, statusLabel } from './program-labels';
import { usePrograms } from './programs-api';

export function GroupPrograms({ groupId }: { groupId: string }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const allowed = can('program:read');
  const programs = usePrograms(orgId, { groupId }, allowed);
  if (!allowed) return null;
  const items = programs.data ?? [];
  return (
    <div>
      <Title order={3} size="h5" mb={6}>
        {t('programs.groupCard.title')}
      </Title>
      {programs.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('programs.groupCard.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          {items.map((p) => (
            <Group key={p.id} gap="xs" wrap="nowrap">
              <Badge variant="light" color={programStatusColor[p.status]} tt="none" styles={unclippedLabel}>
                {statusLabel(t, p.status)}
              </Badge>
              <Anchor component={Link} to={`/orgs/${orgId}/programs/${p.id}`} size="sm">
                {t('programs.term', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}
              </Anchor>
            </Group>
          ))}
        </Stack>
      )}
    </div>
  );
}
