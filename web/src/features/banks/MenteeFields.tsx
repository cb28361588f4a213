// The fields a mentee entry shares between adding and editing: why the person is in the bank,
// what troubles them and how they would like to be helped.
import { Select, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type MenteeCategory, type MentorForm, menteeCategories } from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { useDifficulties } from '../catalog/catalog-api';
import { useOrg } from '../org/OrgScope';
import { FormsCheckboxes } from './bank-form-parts';
import { menteeCategoryLabel } from './bank-labels';
import { DifficultyPicker, type PickedDifficulty } from './DifficultyPicker';

export interface MenteeFieldValues {
  category: MenteeCategory | '';
  difficulties: PickedDifficulty[];
  request: string;
  preferredForms: MentorForm[];
}

export const menteeFieldsInput = (v: MenteeFieldValues) => ({
  category: v.category || undefined,
  difficulties: v.difficulties,
  request: v.request.trim() || null,
  preferredForms: v.preferredForms,
});

export function MenteeFields<V extends MenteeFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const catalogue = useDifficulties(orgId);
  // The generic form type hides the concrete field names from TypeScript; these four always exist.
  const f = form as unknown as UseFormReturnType<MenteeFieldValues>;
  return (
    <>
      <Select
        label={label('category')}
        withAsterisk
        allowDeselect={false}
        data={menteeCategories.map((c) => ({ value: c, label: menteeCategoryLabel(t, c) }))}
        data-path="category"
        {...f.getInputProps('category')}
      />
      <DifficultyPicker
        label={label('difficulties')}
        catalogue={catalogue.data ?? []}
        value={f.values.difficulties}
        onChange={(v) => f.setFieldValue('difficulties', v)}
        error={f.errors.difficulties}
      />
      <Textarea
        label={label('request')}
        description={t('bank.requestHint')}
        autosize
        minRows={3}
        {...f.getInputProps('request')}
      />
      <FormsCheckboxes label={label('preferredForms')} inputProps={f.getInputProps('preferredForms')} />
    </>
  );
}
