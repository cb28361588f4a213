// A page of the journal with «Показать ещё»; used on a staff card and on the org-wide journal.
import { Button, Center, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { AuditTimeline } from './AuditTimeline';
import { useAudit } from './audit-api';

export function AuditFeed({
  entity,
  entityId,
  showEntity = false,
}: {
  entity?: string;
  entityId?: string;
  showEntity?: boolean;
}) {
  const t = useT();
  const { orgId } = useOrg();
  const audit = useAudit(orgId, { entity, entityId });
  if (audit.isPending) {
    return (
      <Stack gap="sm">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={64} radius="md" />
        ))}
      </Stack>
    );
  }
  if (audit.error) return <LoadError error={audit.error} onRetry={() => void audit.refetch()} />;
  const events = audit.data.pages.flatMap((p) => p.items);
  if (events.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconHistory size={28} aria-hidden />}
          withIndicatorBackground
          title={t('audit.empty')}
          description={t('audit.emptyText')}
        />
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <AuditTimeline events={events} showEntity={showEntity} />
      </Paper>
      {audit.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
            {t('common.showMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
