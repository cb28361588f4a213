// «Программы»: every personalized program the caller may see — the pair or group, the term and the
// status — filtered by status (kept in the address), and drafting a new one for those who may.
import { Anchor, Badge, Button, EmptyState, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { programStatuses } from '../../../../src/programs/lifecycle.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { pick, useFilterParams } from '../../lib/use-filter-params';
import { unclippedLabel } from '../../ui/badge-styles';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { ProgramCreateModal } from './ProgramCreateModal';
import { programStatusColor, programTitle, statusLabel } from './program-labels';
import { type ProgramStatus, usePrograms } from './programs-api';

export function ProgramsPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const { params, setFilter } = useFilterParams();
  const [creating, setCreating] = useState(false);
  const status = pick<ProgramStatus>(params.get('status'), programStatuses);
  const list = usePrograms(orgId, { status });
  const people = usePeople(orgId);
  const items = list.data ?? [];

  return (
    <>
      <PageHeader
        title={t('programs.title')}
        subtitle={t('programs.subtitle')}
        actions={
          can('program:create') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('programs.create')}
            </Button>
          )
        }
      />
      <Group mb="md">
        <Select
          label={t('programs.filter.label')}
          data={[
            { value: 'all', label: t('programs.filter.all') },
            ...programStatuses.map((s) => ({ value: s, label: statusLabel(t, s) })),
          ]}
          value={status ?? 'all'}
          onChange={(v) => setFilter('status', v && v !== 'all' ? v : null)}
          allowDeselect={false}
          w={240}
        />
      </Group>
      {list.isPending ? (
        <TableSkeleton />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconRoute size={28} aria-hidden />}
            withIndicatorBackground
            title={status ? t('programs.emptyFiltered') : t('programs.empty')}
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('programs.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programs.col.group')}</Table.Th>
                  <Table.Th>{t('programs.col.term')}</Table.Th>
                  <Table.Th>{t('programs.col.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${orgId}/programs/${p.id}`} fw={500} size="sm">
                        {programTitle(t, p, people)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('programs.term', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={programStatusColor[p.status]} tt="none" styles={unclippedLabel}>
                        {statusLabel(t, p.status)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <ProgramCreateModal onClose={() => setCreating(false)} />}
    </>
  );
}
