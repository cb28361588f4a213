// «Банк наставляемых»: who needs a mentor and why. Filters live in the address, like the staff list.
import { Button, Chip, EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSeeding, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  type MenteeCategory,
  type MenteeStatus,
  menteeCategories,
  menteeStatuses,
} from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { useDifficulties } from '../catalog/catalog-api';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useMentees } from './bank-api';
import { menteeCategoryLabel, menteeStatusLabel } from './bank-labels';
import { MenteeCreateModal } from './MenteeCreateModal';
import { MenteeTable } from './MenteeTable';

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function MenteeBankPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const filters = {
    category: pick<MenteeCategory>(params.get('category'), menteeCategories),
    status: pick<MenteeStatus>(params.get('status'), menteeStatuses),
    young: params.get('young') === '1',
  };
  const setFilter = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const list = useMentees(orgId, filters);
  const catalogue = useDifficulties(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!filters.category || !!filters.status || filters.young;

  return (
    <>
      <PageHeader
        title={t('bank.mentees.title')}
        subtitle={t('bank.mentees.subtitle')}
        actions={
          can('mentee:manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('common.add')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {can('mentee:readAll') && (
          <Paper withBorder p="sm">
            <Group gap="md" wrap="wrap" align="flex-end" role="group" aria-label={t('staff.filters')}>
              <Select
                label={t('bank.col.category')}
                placeholder={t('bank.any')}
                data={menteeCategories.map((c) => ({ value: c, label: menteeCategoryLabel(t, c) }))}
                value={filters.category}
                onChange={(v) => setFilter('category', v)}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
                w={260}
              />
              <Select
                label={t('bank.col.status')}
                placeholder={t('bank.any')}
                data={menteeStatuses.map((s) => ({ value: s, label: menteeStatusLabel(t, s) }))}
                value={filters.status}
                onChange={(v) => setFilter('status', v)}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
                w={220}
              />
              <Chip
                checked={filters.young}
                onChange={(on) => setFilter('young', on ? '1' : null)}
                variant="outline"
                icon={<IconSeeding size={14} aria-hidden />}
                mb={4}
              >
                {t('staff.filter.young')}
              </Chip>
            </Group>
          </Paper>
        )}
        {list.isPending ? (
          <TableSkeleton />
        ) : list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <Paper withBorder p="xl">
            <EmptyState
              icon={<IconUserQuestion size={28} aria-hidden />}
              withIndicatorBackground
              title={filtered ? t('staff.empty.filtered') : t('bank.mentees.empty')}
              description={filtered ? t('staff.empty.filteredText') : t('bank.mentees.emptyText')}
            />
          </Paper>
        ) : (
          <>
            <MenteeTable items={items} catalogue={catalogue.data ?? []} />
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
          </>
        )}
      </Stack>
      {adding && <MenteeCreateModal onClose={() => setAdding(false)} />}
    </>
  );
}
