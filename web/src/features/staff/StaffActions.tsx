// Archived records are read-only: they can only be brought back, never edited in place.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';
import { ArchiveModal } from './ArchiveModal';

export function StaffActions({ staff }: { staff: Staff }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const [opened, { open, close }] = useDisclosure(false);
  const action = staff.archived ? 'restore' : 'archive';
  return (
    <>
      {!staff.archived && can('staff:update') && (
        <Button
          component={Link}
          to={`/orgs/${orgId}/staff/${staff.id}/edit`}
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          {t('common.edit')}
        </Button>
      )}
      {can('staff:archive') && (
        <Button
          variant="default"
          onClick={open}
          leftSection={
            staff.archived ? <IconArrowBackUp size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
          }
        >
          {staff.archived ? t('staff.restore') : t('staff.archive')}
        </Button>
      )}
      {opened && <ArchiveModal staff={staff} action={action} onClose={close} />}
    </>
  );
}
