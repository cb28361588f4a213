// The organization's requisites and the thresholds that make a teacher a "young specialist".
import { Button, Skeleton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { orgKindLabel } from '../../lib/labels';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { OrgDetails } from './OrgDetails';
import { OrgEditForm } from './OrgEditForm';
import { useOrg } from './OrgScope';
import { useOrganization } from './org-api';

export function OrgPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const org = useOrganization(orgId);
  const [editing, setEditing] = useState(false);
  if (org.isPending) return <Skeleton h={320} radius="md" />;
  if (org.error) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  const canEdit = can('organization:update');
  return (
    <>
      <PageHeader
        title={org.data.shortName}
        subtitle={orgKindLabel(t, org.data.kind)}
        actions={
          canEdit &&
          !editing && (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      {editing ? (
        <OrgEditForm key={org.data.version} org={org.data} onDone={() => setEditing(false)} />
      ) : (
        <OrgDetails org={org.data} />
      )}
    </>
  );
}
