// Editing a staff member; archived records are read-only and say so.
import { Alert, Button, Skeleton } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { StaffCrumbs } from './StaffCrumbs';
import { StaffForm } from './StaffForm';
import { useStaff } from './staff-api';
import { fullName } from './staff-format';

export function StaffEditPage() {
  const t = useT();
  const { orgId } = useOrg();
  const { id = '' } = useParams();
  const staff = useStaff(orgId, id);
  if (staff.isPending) return <Skeleton h={400} radius="md" />;
  if (staff.error) return <LoadError error={staff.error} onRetry={() => void staff.refetch()} />;
  const s = staff.data;
  const name = fullName(s);
  const header = (
    <PageHeader
      above={<StaffCrumbs orgId={orgId} last={t('common.edit')} card={{ id: s.id, name }} />}
      title={t('staff.editTitle', { name })}
      subtitle={t('staff.formHint')}
    />
  );
  if (s.archived) {
    return (
      <>
        {header}
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title={t('staff.archivedNotice')}>
          {t('staff.archivedReadOnly')}
          <Button
            component={Link}
            to={`/orgs/${orgId}/staff/${s.id}`}
            variant="default"
            size="xs"
            mt="sm"
            display="block"
          >
            {t('staff.backToCard')}
          </Button>
        </Alert>
      </>
    );
  }
  return (
    <>
      {header}
      {/* A reload after a conflict brings a new version: start the form again from it. */}
      <StaffForm key={s.version} staff={s} onReload={() => void staff.refetch()} />
    </>
  );
}
