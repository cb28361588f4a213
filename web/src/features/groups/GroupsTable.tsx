// Pairs and groups as a table: the mentor and mentees each with their decision, forms, status.
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { unclippedLabel } from '../../ui/badge-styles';
import { participantName } from './AgreementList';
import { decisionColor, decisionLabel, groupFormLabel, groupStatusColor, groupStatusLabel } from './group-labels';
import type { Agreement, Group as MentoringGroup } from './groups-api';
import { HostAgreement } from './HostAgreement';
import type { People } from './people-api';

function Person({ a, people }: { a: Agreement; people: People }) {
  const t = useT();
  const name = participantName(people, a, t(a.role === 'mentor' ? 'match.unknownMentor' : 'match.unknownMentee'));
  return (
    <Group gap={6} wrap="wrap" align="center" style={{ rowGap: 2 }}>
      <Text size="sm" fw={a.role === 'mentor' ? 600 : 400}>
        {name}
      </Text>
      <Badge size="xs" variant="light" color={decisionColor[a.decision]} tt="none" style={{ flexShrink: 0 }}>
        {decisionLabel(t, a.decision)}
      </Badge>
    </Group>
  );
}

export function GroupsTable({
  items,
  people,
  onOpen,
}: {
  items: MentoringGroup[];
  people: People;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={880}>
        <Table verticalSpacing="sm" aria-label={t('groups.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('match.col.mentor')}</Table.Th>
              <Table.Th>{t('groups.col.mentees')}</Table.Th>
              <Table.Th>{t('groups.col.forms')}</Table.Th>
              <Table.Th>{t('groups.col.status')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((g) => {
              const mentor = g.agreements.find((a) => a.role === 'mentor');
              const mentees = g.agreements.filter((a) => a.role === 'mentee');
              const declined = g.agreements.find((a) => a.decision === 'declined');
              return (
                <Table.Tr key={g.id}>
                  <Table.Td valign="top">{mentor && <Person a={mentor} people={people} />}</Table.Td>
                  <Table.Td valign="top">
                    <Stack gap={4}>
                      {mentees.map((a) => (
                        <Person key={a.participantId} a={a} people={people} />
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td valign="top">
                    <Text size="sm">{g.forms.map((f) => groupFormLabel(t, f)).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td valign="top">
                    <Badge variant="light" color={groupStatusColor[g.status]} tt="none" styles={unclippedLabel}>
                      {groupStatusLabel(t, g.status)}
                    </Badge>
                    {g.hostAgreement && <HostAgreement host={g.hostAgreement} compact />}
                    {declined?.reason && (
                      <Text size="xs" c="dimmed" mt={4} maw={260}>
                        {t('groups.reason')}: {declined.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td valign="top" style={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onOpen(g.id)}
                      aria-label={t('groups.openNamed', {
                        name: [mentor, ...mentees].map((a) => (a ? participantName(people, a, '—') : '')).join(', '),
                      })}
                    >
                      {t('groups.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
