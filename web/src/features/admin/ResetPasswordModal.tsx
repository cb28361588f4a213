// The administrator sets a temporary password and passes it on; the person must replace it at
// their next sign-in, so the administrator never knows their real one.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { User } from '../../../../src/admin/users-contract.js';
import { resetPasswordSchema } from '../../../../src/admin/users-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { useResetPassword } from './admin-api';

/** Easy to dictate: no look-alike characters (0/O, 1/l/I). */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const reset = useResetPassword(orgId, user.id);
  const [visible, setVisible] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: zodValidate(resetPasswordSchema, (v: { password: string }) => v),
  });
  const submit = form.onSubmit((values) =>
    reset.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('users.passwordSet', { login: user.login }));
        onClose();
      },
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.fullName })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.resetText')}</Text>
          {isProblem(reset.error) && (
            <Alert color="red" variant="light" title={reset.error.title}>
              {reset.error.detail}
            </Alert>
          )}
          <Group align="flex-end" wrap="nowrap" gap="xs">
            <PasswordInput
              label={t('users.tempPassword')}
              withAsterisk
              autoComplete="new-password"
              style={{ flex: 1 }}
              data-autofocus
              visible={visible}
              onVisibilityChange={setVisible}
              {...form.getInputProps('password')}
            />
            <Button
              variant="default"
              onClick={() => {
                form.setFieldValue('password', generatePassword());
                setVisible(true);
              }}
            >
              {t('users.generate')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.setPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
