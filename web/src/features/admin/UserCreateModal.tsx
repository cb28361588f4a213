import { Alert, Button, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { userCreateSchema } from '../../../../src/admin/users-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { useCreateUser } from './admin-api';
import { RoleCheckboxes } from './RoleCheckboxes';

interface Values {
  fullName: string;
  login: string;
  email: string;
  password: string;
  roles: string[];
}

export function UserCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const create = useCreateUser(orgId);
  const form = useForm<Values>({
    initialValues: { fullName: '', login: '', email: '', password: '', roles: [] },
    validate: zodValidate(userCreateSchema, (v: Values) => v),
  });
  const submit = form.onSubmit(() => {
    const parsed = userCreateSchema.parse(form.values);
    create.mutate(parsed, {
      onSuccess: (user) => {
        notifySuccess(t('users.created', { login: user.login }));
        onClose();
      },
      onError: (error) => {
        if (isProblem(error, 'LOGIN_TAKEN')) form.setFieldError('login', error.detail);
        else if (error instanceof ApiProblem) form.setErrors(problemToErrors(error));
      },
    });
  });
  const problem = isProblem(create.error) && create.error.code !== 'LOGIN_TAKEN' ? create.error : null;
  return (
    <Modal opened onClose={onClose} title={t('users.createTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" title={problem.title}>
              {problem.detail}
            </Alert>
          )}
          <TextInput label={label('fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={label('login')}
              withAsterisk
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('login')}
            />
            <TextInput label={label('email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          </SimpleGrid>
          <PasswordInput
            label={t('users.tempPassword')}
            description={t('users.tempPasswordHint')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
