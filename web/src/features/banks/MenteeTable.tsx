// The mentee bank as a table: who, why they are here, what troubles them, where they stand.
import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Mentee } from '../../../../src/banks/bank-contract.js';
import type { Difficulty } from '../../../../src/catalog/catalog-contract.js';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';
import { fullName } from '../staff/staff-format';
import { menteeCategoryLabel, menteeStatusColor, menteeStatusLabel } from './bank-labels';
import { type Choice, ChoiceToggle, EditButton } from './RowActions';

const priorityColor = { 1: 'red', 2: 'orange', 3: 'gray' } as Record<number, string>;

export function BankPersonName({ staffId, person }: { staffId: string; person: Parameters<typeof fullName>[0] }) {
  const { orgId, can } = useOrg();
  if (!can('staff:read'))
    return (
      <Text size="sm" fw={500}>
        {fullName(person)}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/orgs/${orgId}/staff/${staffId}`} fw={500} size="sm">
      {fullName(person)}
    </Anchor>
  );
}

interface Props {
  items: Mentee[];
  catalogue: readonly Difficulty[];
  onEdit?: ((entry: Mentee) => void) | undefined;
  choice?: Choice | undefined;
}

export function MenteeTable({ items, catalogue, onEdit, choice }: Props) {
  const t = useT();
  const names = new Map(catalogue.map((d) => [d.id, d.name]));
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" aria-label={t('bank.mentees.title')}>
          <Table.Thead>
            <Table.Tr>
              {choice && (
                <Table.Th>
                  <span className="visually-hidden">{t('banks.col.choice')}</span>
                </Table.Th>
              )}
              <Table.Th>{t('bank.col.name')}</Table.Th>
              <Table.Th>{t('bank.col.category')}</Table.Th>
              <Table.Th>{t('bank.col.difficulties')}</Table.Th>
              <Table.Th miw={190}>{t('bank.col.status')}</Table.Th>
              {onEdit && (
                <Table.Th>
                  <span className="visually-hidden">{t('banks.col.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => {
              const sorted = [...m.difficulties].sort((a, b) => a.priority - b.priority);
              return (
                <Table.Tr key={m.id}>
                  {choice && (
                    <Table.Td>
                      <ChoiceToggle id={m.id} name={fullName(m.staff)} choice={choice} />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <BankPersonName staffId={m.staffId} person={m.staff} />
                      {m.staff.youngSpecialist && (
                        <Badge size="sm" variant="light" color="teal" tt="none">
                          {t('staff.badge.young')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {m.staff.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>{menteeCategoryLabel(t, m.category)}</Table.Td>
                  <Table.Td>
                    {sorted.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <Stack gap={4} align="flex-start" maw={440}>
                        {sorted.map((d) => {
                          const name = names.get(d.id) ?? t('bank.unknownDifficulty');
                          return (
                            <Badge
                              key={d.id}
                              variant="light"
                              color={priorityColor[d.priority] ?? 'gray'}
                              tt="none"
                              fw={500}
                              h="auto"
                              py={3}
                              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                              leftSection={
                                <span className="visually-hidden">{t('bank.priorityTip', { n: d.priority })}: </span>
                              }
                            >
                              <span aria-hidden>{d.priority} · </span>
                              {name}
                            </Badge>
                          );
                        })}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={menteeStatusColor[m.status]} tt="none">
                      {menteeStatusLabel(t, m.status)}
                    </Badge>
                  </Table.Td>
                  {onEdit && (
                    <Table.Td>
                      <EditButton name={fullName(m.staff)} onEdit={() => onEdit(m)} />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
