// The home page's list of what needs attention in the programs the person can see: activities past
// their deadline, pairs with no journal entry for three weeks, programs ending within two weeks,
// drafts waiting for agreement and requests waiting for a decision. Nothing is shown when all is well.
import { Anchor, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useGroups } from '../groups/groups-api';
import { usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';

interface Overview {
  overdue: { programId: string; activityId: string; title: string; dueOn: string | null }[];
  quiet: { programId: string; groupId: string; lastEntryOn: string | null }[];
  endingSoon: { programId: string; groupId: string; endsOn: string }[];
  awaitingAgreement: { programId: string; groupId: string; pending: string[] }[];
  requests: { programId: string; requestId: string; kind: 'replace-mentor' | 'release' }[];
  awaitingOrder: {
    programId: string;
    groupId: string;
    action: 'extend' | 'replace-mentor' | 'terminate';
    orderId: string | null;
  }[];
}

export function AttentionCard() {
  const t = useT();
  const { orgId, can } = useOrg();
  const enabled = can('program:read');
  const overview = useQuery({
    queryKey: ['programs', orgId, 'overview'],
    queryFn: ({ signal }) => api<Overview>(`/api/v1/orgs/${orgId}/programs/overview`, { signal }),
    enabled,
  });
  const groups = useGroups(orgId, enabled);
  const people = usePeople(orgId, enabled);
  const o = overview.data;
  if (!enabled || !o) return null;
  const total =
    o.overdue.length +
    o.quiet.length +
    o.endingSoon.length +
    o.awaitingAgreement.length +
    o.requests.length +
    o.awaitingOrder.length;
  if (total === 0) return null;
  const pair = (groupId: string) => {
    const g = (groups.data ?? []).find((x) => x.id === groupId);
    if (!g) return t('attention.program');
    const mentor = people.mentor(g.mentorId)?.name ?? '';
    const mentees = g.menteeIds.map((id) => people.mentee(id)?.name ?? '').join(', ');
    return [mentor, mentees].filter(Boolean).join(' — ') || t('attention.program');
  };
  const link = (programId: string, text: ReactNode) => (
    <Anchor component={Link} to={`/orgs/${orgId}/programs/${programId}`} size="sm">
      {text}
    </Anchor>
  );
  const groupOf = (programId: string) =>
    [...o.quiet, ...o.endingSoon, ...o.awaitingAgreement].find((x) => x.programId === programId)?.groupId;
  const section = (title: string, items: ReactNode[]) =>
    items.length > 0 && (
      <div>
        <Text size="sm" fw={600} mb={4}>
          {title} ({items.length})
        </Text>
        <List size="sm" spacing={2}>
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lists are rebuilt whole on every read
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      </div>
    );
  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="attention-title">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="orange" radius="xl" aria-hidden>
          <IconAlertTriangle size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="attention-title">
          {t('attention.title')}
        </Title>
      </Group>
      <Stack gap="sm">
        {section(
          t('attention.overdue'),
          o.overdue.map((a) =>
            link(a.programId, `${a.title}${a.dueOn ? ` — ${t('attention.due', { date: formatDate(a.dueOn) })}` : ''}`),
          ),
        )}
        {section(
          t('attention.quiet'),
          o.quiet.map((q) =>
            link(
              q.programId,
              `${pair(q.groupId)}${q.lastEntryOn ? ` — ${t('attention.lastEntry', { date: formatDate(q.lastEntryOn) })}` : ` — ${t('attention.noEntries')}`}`,
            ),
          ),
        )}
        {section(
          t('attention.endingSoon'),
          o.endingSoon.map((e) => link(e.programId, `${pair(e.groupId)} — ${formatDate(e.endsOn)}`)),
        )}
        {section(
          t('attention.awaiting'),
          o.awaitingAgreement.map((a) => link(a.programId, pair(a.groupId))),
        )}
        {section(
          t('attention.requests'),
          o.requests.map((r) => {
            const g = groupOf(r.programId);
            return link(r.programId, `${t(`programs.requests.kind.${r.kind}`)}${g ? `: ${pair(g)}` : ''}`);
          }),
        )}
        {section(
          t('attention.awaitingOrder'),
          o.awaitingOrder.map((w) => (
            <>
              {link(w.programId, `${t(`changes.kind.${w.action}`)}: ${pair(w.groupId)}`)}
              {w.orderId && can('order:read') && (
                <>
                  {' — '}
                  <Anchor component={Link} to={`/orgs/${orgId}/orders/${w.orderId}`} size="sm">
                    {t('attention.toOrder')}
                  </Anchor>
                </>
              )}
            </>
          )),
        )}
      </Stack>
    </Paper>
  );
}
