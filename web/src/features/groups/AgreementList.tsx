// Each participant's decision on a group: who, in what role, agreed or declined (with the reason),
// recorded in the app or from paper, and the buttons the viewer may use on a pending one.
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileText, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { DecisionModal } from './DecisionModal';
import { decisionColor, decisionLabel } from './group-labels';
import type { Agreement, Group as MentoringGroup } from './groups-api';
import type { People } from './people-api';

interface Props {
  group: MentoringGroup;
  people: People;
  own: ReadonlySet<string>;
  mayRecordPaper: boolean;
}

export function participantName(people: People, a: Pick<Agreement, 'participantId' | 'role'>, fallback: string) {
  const p = a.role === 'mentor' ? people.mentor(a.participantId) : people.mentee(a.participantId);
  return p?.name ?? fallback;
}

export function AgreementList({ group, people, own, mayRecordPaper }: Props) {
  const t = useT();
  const [deciding, setDeciding] = useState<{ a: Agreement; own: boolean; initial: 'agreed' | 'declined' } | null>(null);
  const open = group.status === 'proposed';
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={t('groups.card.agreements')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.col.participant')}</Table.Th>
              <Table.Th>{t('groups.col.decision')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.agreements.map((a) => {
              const name = participantName(
                people,
                a,
                t(a.role === 'mentor' ? 'match.unknownMentor' : 'match.unknownMentee'),
              );
              const mine = own.has(a.participantId);
              return (
                <Table.Tr key={a.participantId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                      {mine && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('groups.you')})
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`groups.role.${a.role}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Badge variant="light" color={decisionColor[a.decision]} tt="none">
                          {decisionLabel(t, a.decision)}
                        </Badge>
                        {a.decision !== 'pending' && (
                          <Text size="xs" c="dimmed">
                            {a.onPaper ? t('groups.onPaper') : t('groups.inApp')}
                          </Text>
                        )}
                      </Group>
                      {a.reason && (
                        <Text size="xs">
                          {t('groups.reason')}: {a.reason}
                        </Text>
                      )}
                      {a.recordedAt && (
                        <Text size="xs" c="dimmed">
                          {t('groups.recorded', { who: a.recordedBy ?? '—', when: formatDateTime(a.recordedAt) })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {open && a.decision === 'pending' && mine ? (
                      <Group gap={6}>
                        <Button
                          size="compact-sm"
                          leftSection={<IconThumbUp size={14} aria-hidden />}
                          onClick={() => setDeciding({ a, own: true, initial: 'agreed' })}
                        >
                          {t('groups.decide.agree')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          leftSection={<IconThumbDown size={14} aria-hidden />}
                          onClick={() => setDeciding({ a, own: true, initial: 'declined' })}
                        >
                          {t('groups.decide.decline')}
                        </Button>
                      </Group>
                    ) : open && a.decision === 'pending' && mayRecordPaper ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconFileText size={14} aria-hidden />}
                        onClick={() => setDeciding({ a, own: false, initial: 'agreed' })}
                        aria-label={t('groups.decide.paperNamed', { name })}
                      >
                        {t('groups.decide.paper')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deciding && (
        <DecisionModal
          group={group}
          participantId={deciding.a.participantId}
          name={participantName(people, deciding.a, '')}
          own={deciding.own}
          initial={deciding.initial}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
