import { Alert, Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { User } from '../../../../src/admin/users-contract.js';
import { userUpdateSchema } from '../../../../src/admin/users-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { useUpdateUser } from './admin-api';
import { RoleCheckboxes } from './RoleCheckboxes';

interface Values {
  fullName: string;
  email: string;
  roles: string[];
  active: boolean;
  reason: string;
}

export function UserEditModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const update = useUpdateUser(orgId, user.id);
  const toInput = (v: Values) => ({ ...v, reason: v.reason || null, version: user.membershipVersion });
  const form = useForm<Values>({
    initialValues: {
      fullName: user.fullName,
      email: user.email ?? '',
      roles: user.roles,
      active: user.active,
      reason: '',
    },
    validate: zodValidate(userUpdateSchema, toInput),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(userUpdateSchema.parse(toInput(values)), {
      onSuccess: () => {
        notifySuccess(t('users.saved'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiProblem) form.setErrors(problemToErrors(error));
      },
    }),
  );
  const problem = isProblem(update.error) && update.error.errors.length === 0 ? update.error : null;
  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { login: user.login })} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color={problem.code === 'STALE_VERSION' ? 'orange' : 'red'} variant="light" title={problem.title}>
              {problem.detail}
            </Alert>
          )}
          <TextInput label={label('fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <TextInput label={label('email')} type="email" {...form.getInputProps('email')} />
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <Switch
            label={t('users.activeSwitch')}
            description={t('users.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <TextInput label={t('field.reason.change')} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
