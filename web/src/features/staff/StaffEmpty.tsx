import { Button, EmptyState, Paper } from '@mantine/core';
import { IconPlus, IconUserSearch, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';

export function StaffEmpty({ filtered, archived }: { filtered: boolean; archived: boolean }) {
  const t = useT();
  const { orgId, can } = useOrg();
  if (filtered) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconUserSearch size={28} aria-hidden />}
          withIndicatorBackground
          title={archived ? t('staff.empty.archive') : t('staff.empty.filtered')}
          description={archived ? t('staff.empty.archiveText') : t('staff.empty.filteredText')}
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="xl">
      <EmptyState
        icon={<IconUsers size={28} aria-hidden />}
        variant="light"
        title={t('staff.empty.title')}
        description={t('staff.empty.text')}
      >
        {can('staff:create') && (
          <EmptyState.Actions>
            <Button component={Link} to={`/orgs/${orgId}/staff/new`} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('staff.empty.add')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Paper>
  );
}
