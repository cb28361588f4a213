// «Сетевое наставничество»: other schools ask for this school's mentors; the curator sees who is
// asking, for whom and with which requests, and agrees or declines. Until then the group waits.
import { Badge, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgreementDecision } from '../../../../src/groups/group-contract.js';
import { type MessageKey, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { NetworkDecisionModal } from './NetworkDecisionModal';
import { type NetworkRequestView, useNetworkRequests } from './network-api';

type Filter = AgreementDecision | 'all';

const decisionColor: Record<AgreementDecision, string> = { pending: 'yellow', agreed: 'teal', declined: 'red' };

export function NetworkRequestsPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const [filter, setFilter] = useState<Filter>('pending');
  const list = useNetworkRequests(orgId, filter === 'all' ? null : filter);
  const [deciding, setDeciding] = useState<{ request: NetworkRequestView; decision: 'agreed' | 'declined' } | null>(
    null,
  );
  const mayDecide = can('network:decide');
  const items = list.data ?? [];

  return (
    <>
      <PageHeader title={t('network.title')} subtitle={t('network.subtitle')} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('network.filter')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={(['pending', 'agreed', 'declined', 'all'] as const).map((value) => ({
            value,
            label: t(`network.filter.${value}` as MessageKey),
          }))}
          style={{ alignSelf: 'flex-start' }}
        />
        {list.isPending ? (
          <Skeleton h={240} radius="md" />
        ) : list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <Paper withBorder p="lg">
            <Text fw={500}>{t('network.empty')}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('network.emptyText')}
            </Text>
          </Paper>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('network.col.school')}</Table.Th>
                    <Table.Th>{t('network.col.mentees')}</Table.Th>
                    <Table.Th>{t('network.col.mentor')}</Table.Th>
                    <Table.Th>{t('network.col.decision')}</Table.Th>
                    {mayDecide && <Table.Th aria-label={t('network.col.actions')} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Text size="sm">{r.menteeOrg.name}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(r.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {r.mentees.map((m) => (
                            <div key={m.fullName}>
                              <Text size="sm">{m.fullName}</Text>
                              {m.difficulties.length > 0 && (
                                <Text size="xs" c="dimmed">
                                  {t('network.requests', { list: m.difficulties.join('; ') })}
                                </Text>
                              )}
                            </div>
                          ))}
                          {r.forms.length > 0 && (
                            <Group gap={4}>
                              {r.forms.map((f) => (
                                <Badge key={f} size="xs" variant="light" color="gray" tt="none">
                                  {t(`network.form.${f}` as MessageKey)}
                                </Badge>
                              ))}
                            </Group>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.mentor.fullName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={decisionColor[r.decision]} tt="none">
                          {t(`network.decision.${r.decision}` as MessageKey)}
                        </Badge>
                        {r.reason && (
                          <Text size="xs" mt={4}>
                            {r.reason}
                          </Text>
                        )}
                        {r.recordedBy && (
                          <Text size="xs" c="dimmed">
                            {r.recordedBy}, {formatDateTime(r.recordedAt)}
                          </Text>
                        )}
                      </Table.Td>
                      {mayDecide && (
                        <Table.Td>
                          {r.decision === 'pending' && (
                            <Group gap="xs" wrap="nowrap" justify="flex-end">
                              <Button
                                size="xs"
                                leftSection={<IconCheck size={14} aria-hidden />}
                                onClick={() => setDeciding({ request: r, decision: 'agreed' })}
                                aria-label={`${t('network.agree')}: ${r.mentor.fullName} — ${r.menteeOrg.name}`}
                              >
                                {t('network.agree')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                leftSection={<IconX size={14} aria-hidden />}
                                onClick={() => setDeciding({ request: r, decision: 'declined' })}
                                aria-label={`${t('network.decline')}: ${r.mentor.fullName} — ${r.menteeOrg.name}`}
                              >
                                {t('network.decline')}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
      {deciding && (
        <NetworkDecisionModal
          request={deciding.request}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
