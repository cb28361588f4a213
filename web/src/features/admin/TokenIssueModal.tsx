// Issuing a token: the secret is shown exactly once, then only its name remains visible.
import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { tokenCreateSchema } from '../../../../src/admin/users-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import { useOrg } from '../org/OrgScope';
import { useIssueToken, useUsers } from './admin-api';

interface Values {
  name: string;
  userId: string;
  expiresOn: string;
}

const toInput = (v: Values) => ({ name: v.name, userId: v.userId || undefined, expiresOn: v.expiresOn || null });

export function TokenIssueModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const users = useUsers(orgId);
  const issue = useIssueToken(orgId);
  const form = useForm<Values>({
    initialValues: { name: '', userId: '', expiresOn: '' },
    validate: zodValidate(tokenCreateSchema, toInput),
  });
  const submit = form.onSubmit((values) =>
    issue.mutate(tokenCreateSchema.parse(toInput(values)), {
      onError: (error) => {
        if (error instanceof ApiProblem) form.setErrors(problemToErrors(error));
      },
    }),
  );
  const issued = issue.data;
  return (
    <Modal opened onClose={onClose} title={t('tokens.issueTitle')} size="lg" centered closeOnClickOutside={!issued}>
      {issued ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('tokens.onceTitle')}>
            {t('tokens.onceText')}
          </Alert>
          <Text size="sm" fw={500}>
            {issued.name}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label={t('tokens.secret')}>
            {issued.token}
          </Code>
          <Group justify="space-between">
            <CopyButton value={issued.token}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  color={copied ? 'teal.9' : undefined}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                >
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('tokens.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {isProblem(issue.error) && issue.error.errors.length === 0 && (
              <Alert color="red" variant="light" title={issue.error.title}>
                {issue.error.detail}
              </Alert>
            )}
            <TextInput
              label={label('name')}
              description={t('tokens.nameHint')}
              withAsterisk
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Select
              label={label('userId')}
              description={t('tokens.userHint')}
              withAsterisk
              searchable
              data={(users.data?.items ?? [])
                .filter((u) => u.active)
                .map((u) => ({ value: u.id, label: `${u.fullName} (${u.login})` }))}
              {...form.getInputProps('userId')}
            />
            <DateField label={label('expiresOn')} minDate={new Date()} {...form.getInputProps('expiresOn')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={issue.isPending}>
                {t('tokens.issueSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
