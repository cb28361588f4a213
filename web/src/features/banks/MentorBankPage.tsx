// «Банк наставников»: who can mentor, in what, and how many more mentees they can take.
import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconUserStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { useDifficulties } from '../catalog/catalog-api';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useMentors } from './bank-api';
import { MentorCreateModal } from './MentorCreateModal';
import { MentorTable } from './MentorTable';

export function MentorBankPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const [adding, setAdding] = useState(false);
  const list = useMentors(orgId);
  const catalogue = useDifficulties(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t('bank.mentors.title')}
        subtitle={t('bank.mentors.subtitle')}
        actions={
          can('mentor:manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('common.add')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <TableSkeleton />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconUserStar size={28} aria-hidden />}
            withIndicatorBackground
            title={t('bank.mentors.empty')}
            description={t('bank.mentors.emptyText')}
          />
        </Paper>
      ) : (
        <Stack gap="md">
          <MentorTable items={items} catalogue={catalogue.data ?? []} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t(list.hasNextPage ? 'staff.shownMore' : 'staff.shown', { n: items.length })}
            </Text>
            {list.hasNextPage && (
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('common.showMore')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {adding && <MentorCreateModal onClose={() => setAdding(false)} />}
    </>
  );
}
