// A staff member's card: what we know about them, and every change made to the record.
import { Anchor, Badge, Breadcrumbs, Group, Skeleton, Tabs } from '@mantine/core';
import { IconHistory, IconId, IconSignature } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { categoryLabel } from '../../lib/labels';
import { PageHeader } from '../../ui/PageHeader';
import { ConsentsTab } from '../consents/ConsentsTab';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { StaffActions } from './StaffActions';
import { StaffDetails } from './StaffDetails';
import { StaffHistory } from './StaffHistory';
import { useStaff } from './staff-api';
import { fullName } from './staff-format';

export function StaffCardPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const staff = useStaff(orgId, id);
  const asked = params.get('tab');
  const tab =
    asked === 'history' && can('audit:read')
      ? 'history'
      : asked === 'consents' && can('consent:read')
        ? 'consents'
        : 'details';

  const crumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={`/orgs/${orgId}/staff`} size="sm">
        {t('staff.title')}
      </Anchor>
      {staff.data && <span>{fullName(staff.data)}</span>}
    </Breadcrumbs>
  );
  if (staff.isPending) return <Skeleton h={280} radius="md" />;
  if (staff.error) return <LoadError error={staff.error} onRetry={() => void staff.refetch()} />;
  const s = staff.data;

  return (
    <>
      <PageHeader
        above={crumbs}
        title={fullName(s)}
        subtitle={
          <Group gap={8} mt={2}>
            <span>{s.position}</span>
            {s.youngSpecialist && (
              <Badge variant="light" color="teal" tt="none">
                {t('staff.badge.young')}
              </Badge>
            )}
            {s.qualificationCategory !== 'none' && (
              <Badge variant="light" color="navy" tt="none">
                {categoryLabel(t, s.qualificationCategory)}
              </Badge>
            )}
            {s.archived && (
              <Badge variant="light" color="gray" tt="none">
                {t('staff.badge.archived')}
              </Badge>
            )}
          </Group>
        }
        actions={<StaffActions staff={s} />}
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'details' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="details" leftSection={<IconId size={16} aria-hidden />}>
            {t('staff.tab.details')}
          </Tabs.Tab>
          {can('audit:read') && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('staff.tab.history')}
            </Tabs.Tab>
          )}
          {can('consent:read') && (
            <Tabs.Tab value="consents" leftSection={<IconSignature size={16} aria-hidden />}>
              {t('staff.tab.consents')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="details">
          <StaffDetails staff={s} />
        </Tabs.Panel>
        {can('audit:read') && (
          <Tabs.Panel value="history">
            <StaffHistory staffId={s.id} />
          </Tabs.Panel>
        )}
        {can('consent:read') && (
          <Tabs.Panel value="consents">
            <ConsentsTab staffId={s.id} archived={s.archived} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
