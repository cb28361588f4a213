import { Anchor, Breadcrumbs } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n';

/** Staff list › the person › the current step. */
export function StaffCrumbs({
  orgId,
  last,
  card,
}: {
  orgId: string;
  last: string;
  card?: { id: string; name: string };
}) {
  const t = useT();
  return (
    <Breadcrumbs>
      <Anchor component={Link} to={`/orgs/${orgId}/staff`} size="sm">
        {t('staff.title')}
      </Anchor>
      {card && (
        <Anchor component={Link} to={`/orgs/${orgId}/staff/${card.id}`} size="sm">
          {card.name}
        </Anchor>
      )}
      <span>{last}</span>
    </Breadcrumbs>
  );
}
