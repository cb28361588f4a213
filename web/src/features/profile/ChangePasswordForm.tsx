import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { changePasswordBody } from '../../../../src/auth/auth-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { useChangePassword, useCurrentUser } from '../auth/auth-api';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function ChangePasswordForm() {
  const t = useT();
  const label = useFieldLabel();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const change = useChangePassword();
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: zodValidate(
      changePasswordBody,
      ({ currentPassword, newPassword }: Values) => ({ currentPassword, newPassword }),
      (v) => (v.repeat !== v.newPassword ? { repeat: t('password.mismatch') } : {}),
    ),
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          const wasForced = me.mustChangePassword;
          form.reset();
          notifySuccess(t('profile.passwordChanged'));
          if (wasForced) navigate('/', { replace: true });
        },
        onError: (error) => {
          if (isProblem(error, 'WRONG_PASSWORD')) form.setFieldError('currentPassword', error.detail);
          else if (error instanceof ApiProblem) form.setErrors(problemToErrors(error));
        },
      },
    ),
  );
  const problem =
    isProblem(change.error) && change.error.code !== 'WRONG_PASSWORD' && change.error.errors.length === 0
      ? change.error
      : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        {problem && (
          <Alert color="red" variant="light" title={problem.title}>
            {problem.detail}
          </Alert>
        )}
        <PasswordInput
          label={label('currentPassword')}
          withAsterisk
          autoComplete="current-password"
          maw={{ sm: 'calc(50% - 8px)' }}
          {...form.getInputProps('currentPassword')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            label={label('newPassword')}
            description={t('password.hint')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('field.passwordRepeat')}
            description={t('password.repeatHint')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('repeat')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
