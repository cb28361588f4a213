// One pair or group: its mentor and mentees, the forms of mentoring, its status and every
// participant's decision. Opened from the list; the list's data keeps it current after a decision.
import { Badge, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { GroupDocuments } from '../agreements/GroupDocuments';
import { GroupOrders } from '../orders/GroupOrders';
import { GroupPrograms } from '../programs/GroupPrograms';
import { AgreementList } from './AgreementList';
import { groupFormLabel, groupStatusColor, groupStatusLabel } from './group-labels';
import type { Group as MentoringGroup } from './groups-api';
import { HostAgreement } from './HostAgreement';
import type { People } from './people-api';

interface Props {
  group: MentoringGroup;
  people: People;
  own: ReadonlySet<string>;
  mayRecordPaper: boolean;
  onClose: () => void;
}

export function groupTitle(t: ReturnType<typeof useT>, group: MentoringGroup, people: People): string {
  const mentor = people.mentor(group.mentorId)?.name ?? t('match.unknownMentor');
  return t(group.menteeIds.length > 1 ? 'groups.card.titleGroup' : 'groups.card.titlePair', { mentor });
}

export function GroupCard({ group, people, own, mayRecordPaper, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened onClose={onClose} title={groupTitle(t, group, people)} size="xl">
      <Stack gap="md">
        <Group gap="xs">
          <Badge variant="light" color={groupStatusColor[group.status]} tt="none" size="lg">
            {groupStatusLabel(t, group.status)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('groups.card.created', { date: formatDate(group.createdAt.slice(0, 10)) })}
          </Text>
        </Group>
        <Text size="sm">{t(`groups.statusHint.${group.status}`)}</Text>
        {group.hostAgreement && <HostAgreement host={group.hostAgreement} />}
        <div>
          <Title order={3} size="h5" mb={6}>
            {t('groups.col.forms')}
          </Title>
          <Group gap={6}>
            {group.forms.map((f) => (
              <Badge key={f} variant="outline" color="gray" tt="none">
                {groupFormLabel(t, f)}
              </Badge>
            ))}
          </Group>
        </div>
        <div>
          <Title order={3} size="h5" mb={6}>
            {t('groups.card.agreements')}
          </Title>
          <AgreementList group={group} people={people} own={own} mayRecordPaper={mayRecordPaper} />
        </div>
        <GroupOrders groupId={group.id} />
        <GroupPrograms groupId={group.id} />
        <GroupDocuments group={group} />
      </Stack>
    </Modal>
  );
}
