// Network mentoring: the mentor's own school must agree before the group forms. Shows whose
// agreement it is and where it stands.
import { Badge, Group, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { Group as MentoringGroup } from './groups-api';

type Host = NonNullable<MentoringGroup['hostAgreement']>;

const color = { pending: 'orange', agreed: 'teal', declined: 'red' } as const;

export function HostAgreement({ host, compact = false }: { host: Host; compact?: boolean }) {
  const t = useT();
  return (
    <Group gap={6} mt={compact ? 4 : 0} wrap="wrap" align="center">
      <Text size={compact ? 'xs' : 'sm'} c={compact ? 'dimmed' : undefined}>
        {t('groups.host', { school: host.orgName })}
      </Text>
      <Badge size="sm" variant="light" color={color[host.decision]} tt="none">
        {t(`groups.host.${host.decision}`)}
      </Badge>
      {!compact && host.recordedAt && (
        <Text size="xs" c="dimmed">
          {host.recordedBy} · {formatDate(host.recordedAt.slice(0, 10))}
        </Text>
      )}
      {host.reason && (
        <Text size="xs" c="dimmed" w="100%">
          {t('groups.reason')}: {host.reason}
        </Text>
      )}
    </Group>
  );
}
