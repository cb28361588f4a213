// «Пары и группы»: every proposed, agreed and declined pair or group with each participant's
// decision; the curator records paper signatures, a mentor or mentee decides on their own group.
// The second tab lists the mentees still searching (roadmap stage 5).
import { Button, EmptyState, Group, Paper, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowsShuffle, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type GroupStatus, groupStatuses } from '../../../../src/groups/group-contract.js';
import { useT } from '../../i18n';
import { useFilterParams } from '../../lib/use-filter-params';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { GroupCard } from './GroupCard';
import { GroupsTable } from './GroupsTable';
import { groupStatusLabel } from './group-labels';
import { useGroups } from './groups-api';
import { groupsExternalMentors, ownEntryIds, usePeople, withExternalMentors } from './people-api';
import { StillSearching, searchingMentees } from './StillSearching';

export function GroupsPage() {
  const t = useT();
  const { orgId, can, membership } = useOrg();
  const { params, setFilter: set } = useFilterParams();
  const groups = useGroups(orgId);
  const ownPeople = usePeople(orgId);
  const people = withExternalMentors(ownPeople, groupsExternalMentors(groups.data ?? []));
  const [openId, setOpenId] = useState<string | null>(null);
  const readsAll = can('group:readAll');
  const own = ownEntryIds(people, membership.roles, readsAll);
  const mayRecordPaper = readsAll && can('group:agree');
  const tab = params.get('tab') === 'searching' && readsAll ? 'searching' : 'groups';
  const statusParam = params.get('status');
  const status = groupStatuses.includes(statusParam as GroupStatus) ? (statusParam as GroupStatus) : null;

  const all = groups.data ?? [];
  const shown = status ? all.filter((g) => g.status === status) : all;
  const counts = new Map<GroupStatus, number>();
  for (const g of all) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const opened = all.find((g) => g.id === openId);
  const loading = groups.isPending || people.isLoading;

  const list = loading ? (
    <TableSkeleton />
  ) : groups.error || people.error ? (
    <LoadError error={groups.error ?? people.error} onRetry={() => void groups.refetch()} />
  ) : (
    <Stack gap="md">
      {all.length > 0 && (
        <Group gap="sm" wrap="wrap">
          <Text size="sm" id="groups-status-filter">
            {t('groups.col.status')}:
          </Text>
          <SegmentedControl
            aria-labelledby="groups-status-filter"
            value={status ?? 'all'}
            onChange={(v) => set('status', v === 'all' ? null : v)}
            data={[
              { value: 'all', label: t('groups.filter.all', { n: all.length }) },
              ...groupStatuses
                .filter((s) => counts.has(s))
                .map((s) => ({ value: s, label: `${groupStatusLabel(t, s)} · ${counts.get(s)}` })),
            ]}
          />
        </Group>
      )}
      {shown.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconUsersGroup size={28} aria-hidden />}
            withIndicatorBackground
            title={readsAll ? t('groups.empty') : t('groups.emptyOwn')}
            description={readsAll ? t('groups.emptyText') : t('groups.emptyOwnText')}
          />
        </Paper>
      ) : (
        <GroupsTable items={shown} people={people} onOpen={setOpenId} />
      )}
    </Stack>
  );

  return (
    <>
      <PageHeader
        title={t('groups.title')}
        subtitle={readsAll ? t('groups.subtitle') : t('groups.subtitleOwn')}
        actions={
          can('matching:run') && (
            <Button
              component={Link}
              to={`/orgs/${orgId}/matching`}
              leftSection={<IconArrowsShuffle size={16} aria-hidden />}
            >
              {t('nav.matching')}
            </Button>
          )
        }
      />
      {readsAll ? (
        <Tabs value={tab} onChange={(v) => set('tab', v === 'searching' ? 'searching' : null)} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="groups">{t('groups.tab.groups')}</Tabs.Tab>
            <Tabs.Tab value="searching">
              {t('groups.tab.searching')}
              {!loading && !groups.error && ` · ${searchingMentees(people, all).length}`}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="groups">{list}</Tabs.Panel>
          <Tabs.Panel value="searching">
            {loading ? <TableSkeleton /> : <StillSearching people={people} groups={all} />}
          </Tabs.Panel>
        </Tabs>
      ) : (
        list
      )}
      {opened && (
        <GroupCard
          group={opened}
          people={people}
          own={own}
          mayRecordPaper={mayRecordPaper}
          onClose={() => setOpenId(null)}
        />
      )}
    </>
  );
}
