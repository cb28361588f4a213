// Step three: the draft the curator confirms — each pair or group with its score and reasons, the
// forms of mentoring, and the hand edits (swap mentors, remove, join one mentor's pairs into a group).
import { ActionIcon, Badge, Button, Group, MultiSelect, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconUsersGroup, IconX } from '@tabler/icons-react';
import type { GroupForm } from '../../../../src/groups/group-contract.js';
import { useT } from '../../i18n';
import { formsByRoles, formsByWay, groupFormLabel } from '../groups/group-labels';
import type { People } from '../groups/people-api';
import { type Draft, type DraftGroup, findPair, type PairBook } from './draft';
import { PairReasons, ScoreBadge } from './PairReasons';

interface Props {
  draft: Draft;
  book: PairBook;
  people: People;
  /** Places a mentor has left after the groups already formed and this draft. */
  freePlaces: (mentorId: string) => number | null;
  errors: Map<string, string>;
  onRemove: (menteeId: string) => void;
  onSwap: (key: string) => void;
  onMerge: (mentorId: string) => void;
  onForms: (key: string, forms: GroupForm[]) => void;
}

export function FormsSelect({
  value,
  onChange,
  label,
}: {
  value: GroupForm[];
  onChange: (forms: GroupForm[]) => void;
  label: string;
}) {
  const t = useT();
  return (
    <MultiSelect
      aria-label={label}
      data={[
        { group: t('groups.forms.byWay'), items: formsByWay.map((f) => ({ value: f, label: groupFormLabel(t, f) })) },
        {
          group: t('groups.forms.byRoles'),
          items: formsByRoles.map((f) => ({ value: f, label: groupFormLabel(t, f) })),
        },
      ]}
      value={value}
      onChange={(v) => onChange(v as GroupForm[])}
      error={value.length === 0 ? t('match.forms.required') : undefined}
      size="xs"
      miw={200}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function DraftTable({ draft, book, people, freePlaces, errors, onRemove, onSwap, onMerge, onForms }: Props) {
  const t = useT();
  const byMentor = new Map<string, number>();
  for (const g of draft.groups) byMentor.set(g.mentorId, (byMentor.get(g.mentorId) ?? 0) + 1);
  const mentorName = (id: string) => people.mentor(id)?.name ?? t('match.unknownMentor');
  const menteeName = (id: string) => people.mentee(id)?.name ?? t('match.unknownMentee');
  const describe = (g: DraftGroup) => `${mentorName(g.mentorId)} — ${g.menteeIds.map(menteeName).join(', ')}`;

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" aria-label={t('match.draft.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">{t('match.col.mentor')}</Table.Th>
              <Table.Th>{t('match.col.menteesReasons')}</Table.Th>
              <Table.Th w={230}>{t('match.col.forms')}</Table.Th>
              <Table.Th w={130}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.groups.map((g) => {
              const free = freePlaces(g.mentorId);
              const error = errors.get(g.key);
              return (
                <Table.Tr key={g.key} bg={error ? 'var(--mantine-color-red-light)' : undefined}>
                  <Table.Td valign="top">
                    <Text size="sm" fw={600}>
                      {mentorName(g.mentorId)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {people.mentor(g.mentorId)?.position}
                    </Text>
                    <Group gap={4} mt={4}>
                      {g.menteeIds.length > 1 && (
                        <Badge size="sm" variant="light" color="grape" tt="none">
                          {t('match.draft.groupOf', { n: g.menteeIds.length })}
                        </Badge>
                      )}
                      {free !== null && (
                        <Badge size="sm" variant="outline" color={free < 0 ? 'red' : 'gray'} tt="none">
                          {free < 0 ? t('match.draft.over', { n: -free }) : t('match.draft.free', { n: free })}
                        </Badge>
                      )}
                    </Group>
                    {error && (
                      <Text size="xs" c="red.8" mt={6} role="alert">
                        {error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td valign="top">
                    <Stack gap="xs">
                      {g.menteeIds.map((menteeId) => {
                        const pair = findPair(book, g.mentorId, menteeId);
                        return (
                          <Group key={menteeId} gap="xs" align="flex-start" wrap="nowrap">
                            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                              <Group gap={6}>
                                <Text size="sm" fw={500}>
                                  {menteeName(menteeId)}
                                </Text>
                                {pair && <ScoreBadge score={pair.score} />}
                              </Group>
                              <PairReasons proposal={pair} />
                            </Stack>
                            <Tooltip label={t('match.draft.remove')}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                onClick={() => onRemove(menteeId)}
                                aria-label={t('match.draft.removeNamed', { name: menteeName(menteeId) })}
                              >
                                <IconX size={16} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        );
                      })}
                    </Stack>
                  </Table.Td>
                  <Table.Td valign="top">
                    <FormsSelect
                      value={g.forms}
                      onChange={(forms) => onForms(g.key, forms)}
                      label={t('match.forms.of', { who: describe(g) })}
                    />
                  </Table.Td>
                  <Table.Td valign="top">
                    <Stack gap={6} align="flex-start">
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconArrowsExchange size={14} aria-hidden />}
                        onClick={() => onSwap(g.key)}
                        disabled={draft.groups.length < 2}
                        aria-label={t('match.draft.swapNamed', { who: describe(g) })}
                      >
                        {t('match.draft.swap')}
                      </Button>
                      {(byMentor.get(g.mentorId) ?? 0) > 1 && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="grape"
                          leftSection={<IconUsersGroup size={14} aria-hidden />}
                          onClick={() => onMerge(g.mentorId)}
                          aria-label={t('match.draft.mergeNamed', { name: mentorName(g.mentorId) })}
                        >
                          {t('match.draft.merge')}
                        </Button>
                      )}
                    </Stack>
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
