// «Банк наставников»: who can mentor, in what, and how many more mentees they can take. A mentee
// sees the open details of every mentor and marks those they would like to work with (§6.1).
import { Alert, Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle, IconPlus, IconUserStar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type Mentor,
  type MentorForm,
  type MentorStatus,
  mentorForms,
  mentorStatuses,
} from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { pick, useFilterParams } from '../../lib/use-filter-params';
import { PageHeader } from '../../ui/PageHeader';
import { useDifficulties } from '../catalog/catalog-api';
import { useOrg } from '../org/OrgScope';
import { BankList } from './BankList';
import { useMentors } from './bank-api';
import { mentorFormLabel, mentorStatusLabel } from './bank-labels';
import { DifficultySelect } from './DifficultySelect';
import { MentorCreateModal } from './MentorCreateModal';
import { MentorEditModal } from './MentorEditModal';
import { MentorTable } from './MentorTable';
import { useChoice } from './use-choice';

export function MentorBankPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const { params, setFilter } = useFilterParams();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Mentor | null>(null);
  const [subject, setSubject] = useState(params.get('subject') ?? '');
  const [debouncedSubject] = useDebouncedValue(subject.trim(), 300);
  useEffect(() => {
    if ((params.get('subject') ?? '') !== debouncedSubject) setFilter('subject', debouncedSubject || null);
  }, [debouncedSubject, params, setFilter]);
  const filters = {
    competence: params.get('competence'),
    subject: params.get('subject'),
    status: pick<MentorStatus>(params.get('status'), mentorStatuses),
    form: pick<MentorForm>(params.get('form'), mentorForms),
  };
  const list = useMentors(orgId, filters);
  const catalogue = useDifficulties(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  const limited = !can('mentor:readAll');
  const choice = useChoice(orgId, 'mentee', limited && can('mentee:prefer'), t('banks.chooseMentorLabel'));
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
      <Stack gap="md">
        {choice && (
          <Alert variant="light" color="navy" icon={<IconInfoCircle aria-hidden />}>
            {t('banks.menteeChoiceHint')}
          </Alert>
        )}
        <Paper withBorder p="sm">
          <Group gap="md" wrap="wrap" align="flex-end" role="group" aria-label={t('staff.filters')}>
            <DifficultySelect
              label={t('bank.col.competences')}
              catalogue={catalogue.data ?? []}
              value={filters.competence}
              onChange={(v) => setFilter('competence', v)}
            />
            <TextInput
              label={t('bank.col.subjects')}
              placeholder={t('banks.subjectPlaceholder')}
              value={subject}
              onChange={(e) => setSubject(e.currentTarget.value)}
              w={200}
            />
            <Select
              label={t('banks.col.form')}
              placeholder={t('bank.any')}
              data={mentorForms.map((f) => ({ value: f, label: mentorFormLabel(t, f) }))}
              value={filters.form}
              onChange={(v) => setFilter('form', v)}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              w={240}
            />
            {!limited && (
              <Select
                label={t('bank.col.status')}
                placeholder={t('bank.any')}
                data={mentorStatuses.map((s) => ({ value: s, label: mentorStatusLabel(t, s) }))}
                value={filters.status}
                onChange={(v) => setFilter('status', v)}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
                w={200}
              />
            )}
          </Group>
        </Paper>
        <BankList
          list={list}
          count={items.length}
          filtered={filtered}
          icon={<IconUserStar size={28} aria-hidden />}
          empty={{ title: 'bank.mentors.empty', text: 'bank.mentors.emptyText' }}
        >
          <MentorTable
            items={items}
            catalogue={catalogue.data ?? []}
            onEdit={can('mentor:manage') ? (m) => m.view === 'full' && setEditing(m) : undefined}
            choice={choice}
          />
        </BankList>
      </Stack>
      {adding && <MentorCreateModal onClose={() => setAdding(false)} />}
      {editing && <MentorEditModal entry={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
