import { Grid, PasswordInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import type { SetupValues } from './setup-form';

export function SetupAccountStep({ form }: { form: UseFormReturnType<SetupValues> }) {
  const t = useT();
  const label = useFieldLabel();
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          {t('setup.account.intro')}
        </Text>
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={label('fullName')}
          withAsterisk
          autoComplete="name"
          {...form.getInputProps('director.fullName')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={label('login')}
          description={t('setup.account.loginHint')}
          withAsterisk
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('director.login')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }} />
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput
          label={label('password')}
          description={t('password.hint')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('director.password')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <PasswordInput
          label={t('field.passwordRepeat')}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('passwordRepeat')}
        />
      </Grid.Col>
    </Grid>
  );
}
