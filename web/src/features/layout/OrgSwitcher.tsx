// Switching organization takes the person to that organization's home: the screen they were on
// may not exist or be allowed there.
import { Select } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { Me } from '../../../../src/auth/auth-contract.js';
import { useT } from '../../i18n';

export function OrgSwitcher({ me, orgId }: { me: Me; orgId: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  if (me.memberships.length < 2) return null;
  const own = me.memberships.filter((m) => !m.inherited);
  const below = me.memberships.filter((m) => m.inherited);
  const toItems = (list: typeof own) => list.map((m) => ({ value: m.orgId, label: m.orgName }));
  const data =
    below.length > 0 && own.length > 0
      ? [
          { group: t('header.orgs.own'), items: toItems(own) },
          { group: t('header.orgs.below'), items: toItems(below) },
        ]
      : toItems(me.memberships);
  return (
    <Select
      aria-label={t('header.org')}
      data={data}
      value={orgId}
      onChange={(value) => value && navigate(`/orgs/${value}`)}
      allowDeselect={false}
      searchable={me.memberships.length > 7}
      leftSection={<IconBuildingCommunity size={16} aria-hidden />}
      w={{ base: 220, lg: 300 }}
      comboboxProps={{ width: 360, position: 'bottom-start' }}
      maxDropdownHeight={360}
    />
  );
}
