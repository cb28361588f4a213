// Mentees the draft leaves without a pair, each with the reason, and the way to pick a mentor by hand.
import { Button, Paper, Table, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { People } from '../groups/people-api';

export interface Unmatched {
  menteeId: string;
  reason: string;
}

export function UnmatchedList({
  items,
  people,
  onAdd,
}: {
  items: Unmatched[];
  people: People;
  onAdd: (menteeId: string) => void;
}) {
  const t = useT();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('match.unmatched.none')}
      </Text>
    );
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="sm" aria-label={t('match.unmatched.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('match.col.mentee')}</Table.Th>
              <Table.Th>{t('match.col.reason')}</Table.Th>
              <Table.Th w={200}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => {
              const name = people.mentee(u.menteeId)?.name ?? t('match.unknownMentee');
              return (
                <Table.Tr key={u.menteeId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {people.mentee(u.menteeId)?.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{u.reason}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconUserPlus size={14} aria-hidden />}
                      onClick={() => onAdd(u.menteeId)}
                      aria-label={t('match.add.forNamed', { name })}
                    >
                      {t('match.add.button')}
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
