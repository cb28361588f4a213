// The mentor bank as a table. A mentee sees only the open details of other mentors ("public" view).
import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import type { Difficulty } from '../../../../src/catalog/catalog-contract.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { MentorEntry } from './bank-api';
import { mentorStatusColor, mentorStatusLabel } from './bank-labels';
import { BankPersonName } from './MenteeTable';
import { type Choice, ChoiceToggle, EditButton } from './RowActions';

const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

interface Props {
  items: MentorEntry[];
  catalogue: readonly Difficulty[];
  onEdit?: ((entry: MentorEntry) => void) | undefined;
  choice?: Choice | undefined;
}

const nameOf = (m: MentorEntry) => [m.staff.lastName, m.staff.firstName, m.staff.middleName].filter(Boolean).join(' ');

export function MentorTable({ items, catalogue, onEdit, choice }: Props) {
  const t = useT();
  const names = new Map(catalogue.map((d) => [d.id, d.name]));
  // A mentee sees only open details: capacity and status are not among them.
  const full = items.some((m) => m.view === 'full');
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" aria-label={t('bank.mentors.title')}>
          <Table.Thead>
            <Table.Tr>
              {choice && (
                <Table.Th>
                  <span className="visually-hidden">{t('banks.col.choice')}</span>
                </Table.Th>
              )}
              <Table.Th miw={220}>{t('bank.col.name')}</Table.Th>
              <Table.Th>{t('bank.col.subjects')}</Table.Th>
              <Table.Th>{t('bank.col.competences')}</Table.Th>
              {full && (
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('bank.col.capacity')}
                </Table.Th>
              )}
              {full && <Table.Th miw={170}>{t('bank.col.status')}</Table.Th>}
              {onEdit && (
                <Table.Th>
                  <span className="visually-hidden">{t('banks.col.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                {choice && (
                  <Table.Td>
                    <ChoiceToggle id={m.id} name={nameOf(m)} choice={choice} />
                  </Table.Td>
                )}
                <Table.Td>
                  {m.view === 'full' ? (
                    <BankPersonName staffId={m.staffId} person={m.staff} />
                  ) : (
                    <Text size="sm" fw={500}>
                      {nameOf(m)}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {m.staff.position}
                  </Text>
                  {m.view === 'full' && m.appointment && (
                    <Text size="xs" c="teal.9">
                      {t('banks.appointed', { number: m.appointment.number, date: formatDate(m.appointment.on) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {m.subjects.join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {m.competences.length === 0 ? (
                    dash
                  ) : (
                    <Stack gap={4} align="flex-start" maw={440}>
                      {m.competences.map((id) => (
                        <Badge
                          key={id}
                          variant="light"
                          color="navy"
                          tt="none"
                          fw={500}
                          h="auto"
                          py={3}
                          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                        >
                          {names.get(id) ?? t('bank.unknownDifficulty')}
                        </Badge>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                {full && <Table.Td ta="right">{m.view === 'full' ? m.capacity : '—'}</Table.Td>}
                {full && (
                  <Table.Td>
                    {m.view === 'full' ? (
                      <Badge variant="light" color={mentorStatusColor[m.status]} tt="none">
                        {mentorStatusLabel(t, m.status)}
                      </Badge>
                    ) : (
                      dash
                    )}
                  </Table.Td>
                )}
                {onEdit && m.view === 'full' && (
                  <Table.Td>
                    <EditButton name={nameOf(m)} onEdit={() => onEdit(m)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
