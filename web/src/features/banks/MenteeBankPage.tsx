// «Банк наставляемых»: who needs a mentor and why. Filters live in the address, like the staff list.
import { Button, Chip, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSeeding, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import {
  type Mentee,
  type MenteeCategory,
  type MenteeStatus,
  menteeCategories,
  menteeStatuses,
} from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { pick, useFilterParams } from '../../lib/use-filter-params';
import { PageHeader } from '../../ui/PageHeader';
import { useDifficulties } from '../catalog/catalog-api';
import { useOrg } from '../org/OrgScope';
import { BankList } from './BankList';
import { useMentees } from './bank-api';
import { menteeCategoryLabel, menteeStatusLabel } from './bank-labels';
import { DifficultySelect } from './DifficultySelect';
import { MenteeCreateModal } from './MenteeCreateModal';
import { MenteeEditModal } from './MenteeEditModal';
import { MenteeTable } from './MenteeTable';
import { useChoice } from './use-choice';

export function MenteeBankPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const { params, setFilter } = useFilterParams();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Mentee | null>(null);
  const filters = {
    category: pick<MenteeCategory>(params.get('category'), menteeCategories),
    status: pick<MenteeStatus>(params.get('status'), menteeStatuses),
    difficulty: params.get('difficulty'),
    young: params.get('young') === '1',
  };
  const list = useMentees(orgId, filters);
  const catalogue = useDifficulties(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!filters.category || !!filters.status || !!filters.difficulty || filters.young;
  // A mentor (who sees only the mentees who named them) may choose them back.
  const choice = useChoice(
    orgId,
    'mentor',
    !can('mentee:readAll') && can('mentor:prefer'),
    t('banks.chooseMenteeLabel'),
  );

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
              <DifficultySelect
                label={t('bank.col.difficulties')}
                catalogue={catalogue.data ?? []}
                value={filters.difficulty}
                onChange={(v) => setFilter('difficulty', v)}
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
        <BankList
          list={list}
          count={items.length}
          filtered={filtered}
          icon={<IconUserQuestion size={28} aria-hidden />}
          empty={{ title: 'bank.mentees.empty', text: 'bank.mentees.emptyText' }}
        >
          {choice && (
            <Text size="sm" c="dimmed">
              {t('banks.mentorChoiceHint')}
            </Text>
          )}
          <MenteeTable
            items={items}
            catalogue={catalogue.data ?? []}
            onEdit={can('mentee:manage') ? setEditing : undefined}
            choice={choice}
          />
        </BankList>
      </Stack>
      {adding && <MenteeCreateModal onClose={() => setAdding(false)} />}
      {editing && <MenteeEditModal entry={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
