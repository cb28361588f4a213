import { Grid, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { orgKinds } from '../../../../src/organizations/organization-contract.js';
import { useT } from '../../i18n';
import { orgKindLabel, useFieldLabel } from '../../lib/labels';
import type { SetupValues } from './setup-form';

export function SetupOrgStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const t = useT();
  const label = useFieldLabel();
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput
          label={t('field.org.fullName')}
          description={t('setup.org.fullNameHint')}
          withAsterisk
          {...form.getInputProps('organization.fullName')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={label('shortName')} withAsterisk {...form.getInputProps('organization.shortName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={label('kind')}
          data={orgKinds.map((k) => ({ value: k, label: orgKindLabel(t, k) }))}
          allowDeselect={false}
          {...form.getInputProps('organization.kind')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={label('address')} {...form.getInputProps('organization.address')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={label('locality')} {...form.getInputProps('organization.locality')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={label('directorName')} {...form.getInputProps('organization.directorName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={label('directorPosition')}
          placeholder={t('setup.org.directorPositionPlaceholder')}
          {...form.getInputProps('organization.directorPosition')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={label('orderSuffix')}
          description={t('setup.org.orderSuffixHint')}
          {...form.getInputProps('organization.orderSuffix')}
        />
      </Grid.Col>
    </Grid>
  );
}
