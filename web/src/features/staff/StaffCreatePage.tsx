// Adding a new staff member, on its own address.
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { useOrg } from '../org/OrgScope';
import { StaffCrumbs } from './StaffCrumbs';
import { StaffForm } from './StaffForm';

export function StaffCreatePage() {
  const t = useT();
  const { orgId } = useOrg();
  return (
    <>
      <PageHeader
        above={<StaffCrumbs orgId={orgId} last={t('staff.new')} />}
        title={t('staff.newTitle')}
        subtitle={t('staff.formHint')}
      />
      <StaffForm />
    </>
  );
}
