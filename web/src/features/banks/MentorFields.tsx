// The fields a mentor entry shares between adding and editing: what the mentor can help with (the
// catalogue's words), how many mentees they take, when they are free and which forms suit them.
import { MultiSelect, NumberInput, SimpleGrid, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { MentorForm } from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { groupDifficulties, useDifficulties } from '../catalog/catalog-api';
import { useOrg } from '../org/OrgScope';
import { FormsCheckboxes } from './bank-form-parts';

export interface MentorFieldValues {
  competences: string[];
  capacity: number | string;
  availability: string;
  forms: MentorForm[];
}

export const mentorFieldsInput = (v: MentorFieldValues) => ({
  competences: v.competences,
  capacity: typeof v.capacity === 'number' ? v.capacity : undefined,
  availability: v.availability.trim() || null,
  forms: v.forms,
});

export function MentorFields<V extends MentorFieldValues>({
  form,
  extra,
}: {
  form: UseFormReturnType<V>;
  /** A field shown beside the capacity (the subjects, when editing). */
  extra?: React.ReactNode;
}) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const catalogue = useDifficulties(orgId);
  const f = form as unknown as UseFormReturnType<MentorFieldValues>;
  const data = groupDifficulties((catalogue.data ?? []).filter((d) => !d.archived)).map((g) => ({
    group: g.group,
    items: g.items.map((d) => ({ value: d.id, label: d.name })),
  }));
  return (
    <>
      <MultiSelect
        label={label('competences')}
        description={t('bank.competencesHint')}
        data={data}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        nothingFoundMessage={t('bank.nothingFound')}
        maxDropdownHeight={320}
        data-path="competences"
        {...f.getInputProps('competences')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label={label('capacity')}
          description={t('bank.capacityHint')}
          min={1}
          max={20}
          allowDecimal={false}
          allowNegative={false}
          {...f.getInputProps('capacity')}
        />
        {extra}
      </SimpleGrid>
      <Textarea
        label={label('availability')}
        placeholder={t('bank.availabilityPlaceholder')}
        autosize
        minRows={2}
        {...f.getInputProps('availability')}
      />
      <FormsCheckboxes label={label('forms')} inputProps={f.getInputProps('forms')} />
    </>
  );
}
