// Shortcuts to the everyday tasks this person may do here; only permitted ones are shown.
import { SimpleGrid } from '@mantine/core';
import { IconHistory, IconSeeding, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { useOrg } from './OrgScope';
import { Shortcut } from './Shortcut';

export function QuickLinks() {
  const t = useT();
  const { orgId, can } = useOrg();
  const base = `/orgs/${orgId}`;
  const links = [
    can('staff:read') && (
      <Shortcut
        key="staff"
        to={`${base}/staff`}
        icon={<IconUsers size={18} />}
        title={t('quick.staff')}
        text={t('quick.staffText')}
      />
    ),
    can('staff:read') && (
      <Shortcut
        key="young"
        to={`${base}/staff?young=1`}
        icon={<IconSeeding size={18} />}
        title={t('quick.young')}
        text={t('quick.youngText')}
      />
    ),
    can('staff:create') && (
      <Shortcut
        key="add"
        to={`${base}/staff/new`}
        icon={<IconUserPlus size={18} />}
        title={t('quick.add')}
        text={t('quick.addText')}
      />
    ),
    can('audit:read') && (
      <Shortcut
        key="journal"
        to={`${base}/journal`}
        icon={<IconHistory size={18} />}
        title={t('quick.journal')}
        text={t('quick.journalText')}
      />
    ),
  ].filter(Boolean);
  if (links.length === 0) return null;
  return <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>{links}</SimpleGrid>;
}
