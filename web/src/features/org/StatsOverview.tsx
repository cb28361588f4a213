// Aggregate figures only — this is all a municipal observer sees, so no names appear here.
import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconArchive, IconSeeding, IconUsers } from '@tabler/icons-react';
import { usePlural, useT } from '../../i18n';
import { LoadError } from '../errors/LoadError';
import { useOrg } from './OrgScope';
import { useOrganization, useStats } from './org-api';
import { QuickLinks } from './QuickLinks';
import { SchoolsTable } from './SchoolsTable';
import { StatCard } from './StatCard';

export function StatsOverview() {
  const t = useT();
  const plural = usePlural();
  const { orgId, membership, can } = useOrg();
  const stats = useStats(orgId);
  const org = useOrganization(orgId);
  if (stats.isPending) return <Skeleton h={130} radius="md" />;
  if (stats.error) return <LoadError error={stats.error} onRetry={() => void stats.refetch()} />;
  const { totals, orgs } = stats.data;
  const settings = org.data?.settings;
  const staffLink = can('staff:read') ? `/orgs/${orgId}/staff` : undefined;
  const others = orgs.filter((o) => o.orgId !== orgId);
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label={t('stats.staff')} value={totals.staff} icon={<IconUsers size={22} />} to={staffLink} />
        <StatCard
          label={t('stats.young')}
          value={totals.youngSpecialists}
          icon={<IconSeeding size={22} />}
          note={
            settings
              ? t('stats.youngNote', {
                  age: settings.youngSpecialistMaxAge,
                  years: plural('unit.years', settings.youngSpecialistMaxYears),
                })
              : undefined
          }
          to={staffLink ? `${staffLink}?young=1` : undefined}
        />
        <StatCard label={t('stats.archived')} value={totals.archived} icon={<IconArchive size={22} />} />
      </SimpleGrid>
      <QuickLinks />
      {membership.orgKind !== 'school' && <SchoolsTable orgs={others} />}
    </Stack>
  );
}
