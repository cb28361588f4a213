// Roadmap stage 5: mentees still without a pair, and why — what matching would say about them now,
// and a refused proposal if there was one — so the curator keeps looking for them.
import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { busyGroupStatuses } from '../../../../src/groups/group-contract.js';
import { api } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { menteeCategoryLabel } from '../banks/bank-labels';
import { LoadError } from '../errors/LoadError';
import type { MatchingResult } from '../matching/matching-api';
import { useOrg } from '../org/OrgScope';
import { type Group as MentoringGroup, matchingKey } from './groups-api';
import type { People } from './people-api';

export function searchingMentees(people: People, groups: readonly MentoringGroup[]) {
  const placed = new Set(groups.filter((g) => busyGroupStatuses.includes(g.status)).flatMap((g) => g.menteeIds));
  return [...people.mentees.values()].filter((m) => m.status === 'searching' && !placed.has(m.id));
}

export function StillSearching({ people, groups }: { people: People; groups: readonly MentoringGroup[] }) {
  const t = useT();
  const { locale } = useLanguage();
  const { orgId, can } = useOrg();
  const items = searchingMentees(people, groups);
  const ids = items.map((m) => m.id).sort();
  const check = useQuery({
    queryKey: [...matchingKey(orgId), 'searching', ids, locale],
    queryFn: ({ signal }) =>
      api<MatchingResult>(`/api/v1/orgs/${orgId}/matching`, {
        method: 'POST',
        body: { mode: 'max-coverage', menteeIds: ids },
        signal,
      }),
    enabled: ids.length > 0 && can('matching:run'),
  });
  if (items.length === 0)
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{t('groups.searching.none')}</Text>
      </Paper>
    );
  if (check.isPending && can('matching:run')) return <TableSkeleton />;
  if (check.error) return <LoadError error={check.error} onRetry={() => void check.refetch()} />;
  const reasonOf = new Map(check.data?.unmatched.map((u) => [u.menteeId, u.reason]) ?? []);
  const proposable = new Map(check.data?.proposals.map((p) => [p.menteeId, p.mentorId]) ?? []);
  const refusals = new Map<string, string>();
  for (const g of groups)
    if (g.status === 'declined') {
      const who = g.agreements.find((a) => a.decision === 'declined');
      for (const id of g.menteeIds) if (who?.reason) refusals.set(id, who.reason);
    }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('groups.searching.hint')}{' '}
        {can('matching:run') && (
          <Anchor component={Link} to={`/orgs/${orgId}/matching`} size="sm">
            {t('groups.searching.toMatching')}
          </Anchor>
        )}
      </Text>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="sm" aria-label={t('groups.tab.searching')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('match.col.mentee')}</Table.Th>
                <Table.Th w="20%">{t('bank.col.category')}</Table.Th>
                <Table.Th>{t('match.col.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => {
                const p = people.mentee(m.id);
                const refusal = refusals.get(m.id);
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td valign="top">
                      <Text size="sm" fw={500}>
                        {p?.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {p?.position}
                      </Text>
                    </Table.Td>
                    <Table.Td valign="top">
                      <Text size="sm">{menteeCategoryLabel(t, m.category)}</Text>
                    </Table.Td>
                    <Table.Td valign="top">
                      <Stack gap={4}>
                        {reasonOf.has(m.id) ? (
                          <Text size="sm">{reasonOf.get(m.id)}</Text>
                        ) : proposable.has(m.id) ? (
                          <Text size="sm">
                            <Badge variant="light" color="teal" tt="none" mr={6}>
                              {t('groups.searching.canPropose')}
                            </Badge>
                            {people.mentor(proposable.get(m.id) ?? '')?.name}
                          </Text>
                        ) : null}
                        {refusal && (
                          <Text size="xs" c="dimmed">
                            {t('groups.searching.refused', { reason: refusal })}
                          </Text>
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
    </Stack>
  );
}
