// An organization's first screen: figures for those who may see them, otherwise the person's own
// mentoring (the mentee's program, the mentor's pairs) and a welcome that explains their place in it.
import { Badge, Group } from '@mantine/core';
import { useT } from '../../i18n';
import { roleLabel } from '../../lib/labels';
import { PageHeader } from '../../ui/PageHeader';
import { MyGroupsCard } from '../groups/MyGroupsCard';
import { AttentionCard } from '../programs/AttentionCard';
import { MyMenteesCard } from '../programs/MyMenteesCard';
import { MyProgramCard } from '../programs/MyProgramCard';
import { RemindersCard } from '../surveys/RemindersCard';
import { useOrg } from './OrgScope';
import { StatsOverview } from './StatsOverview';
import { WelcomePage } from './WelcomePage';

export function HomePage() {
  const t = useT();
  const { membership, can } = useOrg();
  if (!can('stats:read'))
    return (
      <>
        <RemindersCard orgId={membership.orgId} />
        <MyGroupsCard />
        <MyProgramCard />
        <MyMenteesCard />
        {/* A mentor's or mentee's own programs are on the two cards above, pair by pair. */}
        {can('program:readAll') && <AttentionCard />}
        <WelcomePage />
      </>
    );
  return (
    <>
      <PageHeader
        title={membership.orgName}
        subtitle={
          <Group gap={6} mt={4}>
            {t('home.yourRoles')}
            {membership.roles.map((r) => (
              <Badge key={r} variant="light" color="gray" tt="none">
                {roleLabel(t, r)}
              </Badge>
            ))}
          </Group>
        }
      />
      <RemindersCard orgId={membership.orgId} />
      <AttentionCard />
      <StatsOverview />
    </>
  );
}
