// «План»: the program's activities — what, kind, due date, status, evidence — with adding and
// editing for those who keep the plan (the curator, the pair's mentor) while the program is not over.
import { ActionIcon, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { ActivityModal } from './ActivityModal';
import { activityKindLabel, activityStatusColor, activityStatusLabel } from './program-labels';
import { type Activity, type Program, programsKey, useActivities } from './programs-api';

export function PlanTab({ program, editable }: { program: Program; editable: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const client = useQueryClient();
  const list = useActivities(orgId, program.id);
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  if (list.isPending) return <TableSkeleton />;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  return (
    <>
      {editable && (
        <Group mb="sm">
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('programs.plan.add')}
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('programs.plan.empty')}
        </Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label={t('programs.plan.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programs.plan.title')}</Table.Th>
                  <Table.Th>{t('programs.plan.kind')}</Table.Th>
                  <Table.Th>{t('programs.plan.dueOn')}</Table.Th>
                  <Table.Th>{t('programs.plan.status')}</Table.Th>
                  <Table.Th>{t('programs.plan.evidence')}</Table.Th>
                  {editable && <Table.Th aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {a.title}
                      </Text>
                      {a.responsible && (
                        <Text size="xs" c="dimmed">
                          {a.responsible}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{activityKindLabel(t, a.kind)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {a.dueOn ? formatDate(a.dueOn) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={activityStatusColor[a.status]} tt="none" styles={unclippedLabel}>
                        {activityStatusLabel(t, a.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {a.evidence ?? '—'}
                      </Text>
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('programs.plan.edit', { title: a.title })}
                          onClick={() => setEditing(a)}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <ActivityModal
          programId={program.id}
          activity={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onStale={() => void client.invalidateQueries({ queryKey: programsKey(orgId) })}
        />
      )}
    </>
  );
}
