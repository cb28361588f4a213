import { Group, Text, Timeline } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconPlus, IconPoint } from '@tabler/icons-react';
import type { AuditEvent } from '../../../../src/audit/audit-contract.js';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { AuditChanges } from './AuditChanges';
import { AuditEntityRef } from './AuditEntityRef';
import { actionLabel } from './audit-format';
import { useUserNames } from './use-user-names';

const icons: Record<string, typeof IconPlus> = {
  create: IconPlus,
  update: IconPencil,
  archive: IconArchive,
  restore: IconArrowBackUp,
};

export function AuditTimeline({ events, showEntity }: { events: AuditEvent[]; showEntity: boolean }) {
  const t = useT();
  const names = useUserNames();
  return (
    <Timeline bulletSize={26} lineWidth={2} active={events.length}>
      {events.map((e) => {
        const Icon = icons[e.action] ?? IconPoint;
        return (
          <Timeline.Item
            key={e.id}
            bullet={<Icon size={14} aria-hidden />}
            title={
              <Group gap={8} wrap="wrap">
                <Text fw={600} size="sm">
                  {actionLabel(e.action, t)}
                </Text>
                {showEntity && <AuditEntityRef event={e} names={names} />}
              </Group>
            }
          >
            <Text size="xs" c="dimmed" mt={2}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actor.name}
            </Text>
            {e.reason && (
              <Text size="sm" mt={6}>
                <Text span c="dimmed" size="sm">
                  {t('audit.reason')}:
                </Text>{' '}
                {e.reason}
              </Text>
            )}
            <AuditChanges event={e} names={names} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
