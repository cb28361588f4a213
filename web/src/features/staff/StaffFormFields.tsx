import { Autocomplete, Grid, NumberInput, Paper, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { qualificationCategories } from '../../../../src/staff/staff-contract.js';
import { useT } from '../../i18n';
import { categoryLabel, useFieldLabel } from '../../lib/labels';
import { DateField } from '../../ui/DateField';
import { FormSection } from '../../ui/FormSection';
import type { StaffFormValues } from './staff-form-values';
import { positionSuggestions, subjectSuggestions } from './suggestions';

export function StaffFormFields({ form }: { form: UseFormReturnType<StaffFormValues> }) {
  const t = useT();
  const label = useFieldLabel();
  const thisYear = new Date().getFullYear();
  return (
    <>
      <FormSection title={t('staff.section.person')}>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={label('lastName')} withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={label('firstName')} withAsterisk autoComplete="off" {...form.getInputProps('firstName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={label('middleName')} autoComplete="off" {...form.getInputProps('middleName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField label={label('birthDate')} maxDate={new Date()} {...form.getInputProps('birthDate')} />
        </Grid.Col>
      </FormSection>
      <FormSection title={t('staff.section.work')}>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Autocomplete
            label={label('position')}
            withAsterisk
            data={positionSuggestions}
            {...form.getInputProps('position')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={label('qualificationCategory')}
            data={qualificationCategories.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
            allowDeselect={false}
            {...form.getInputProps('qualificationCategory')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TagsInput
            label={label('subjects')}
            description={t('staff.subjectsHint')}
            data={subjectSuggestions}
            clearable
            maxTags={20}
            splitChars={[',', ';']}
            {...form.getInputProps('subjects')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField label={label('hiredOn')} maxDate={new Date()} {...form.getInputProps('hiredOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput
            label={label('teachingSince')}
            min={1940}
            max={thisYear}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=""
            hideControls
            {...form.getInputProps('teachingSince')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={label('employmentContractNumber')}
            description={t('staff.contractHint')}
            maxLength={30}
            autoComplete="off"
            {...form.getInputProps('employmentContractNumber')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateField
            label={label('employmentContractDate')}
            maxDate={new Date()}
            {...form.getInputProps('employmentContractDate')}
          />
        </Grid.Col>
      </FormSection>
      <FormSection title={t('staff.section.contacts')}>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={label('email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={label('phone')}
            type="tel"
            placeholder="+7 912 345-67-89"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
        </Grid.Col>
      </FormSection>
      <Paper withBorder p="lg">
        <Textarea
          label={t('field.reason.change')}
          description={t('reason.hint')}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
      </Paper>
    </>
  );
}
