// Moving a person to the archive (or back) is recorded in the history with its reason.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { staffArchiveSchema } from '../../../../src/staff/staff-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { useArchiveStaff } from './staff-api';
import { fullName } from './staff-format';

interface Props {
  staff: Staff;
  action: 'archive' | 'restore';
  onClose: () => void;
}

export function ArchiveModal({ staff, action, onClose }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const mutation = useArchiveStaff(orgId, staff.id, action);
  const archiving = action === 'archive';
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodValidate(
      staffArchiveSchema,
      (v: { reason: string }) => ({ version: staff.version, reason: v.reason || null }),
      // The schema lets the reason be empty, but a person leaving the school should be explained.
      (v) => (archiving && !v.reason.trim() ? { reason: t('staff.archiveReasonRequired') } : {}),
    ),
  });
  const submit = form.onSubmit((v) =>
    mutation.mutate(
      { version: staff.version, reason: v.reason.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(archiving ? t('staff.archived') : t('staff.restored'));
          onClose();
        },
      },
    ),
  );
  const problem = isProblem(mutation.error) ? mutation.error : null;
  return (
    <Modal opened onClose={onClose} title={archiving ? t('staff.archiveTitle') : t('staff.restoreTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(archiving ? 'staff.archiveText' : 'staff.restoreText', { name: fullName(staff) })}</Text>
          {problem && (
            <Alert color="red" variant="light" title={problem.title}>
              {problem.detail}
            </Alert>
          )}
          <Textarea
            label={t('field.reason.change')}
            placeholder={archiving ? t('staff.archiveReasonPlaceholder') : undefined}
            withAsterisk={archiving}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} color={archiving ? 'red.9' : undefined}>
              {archiving ? t('staff.archive') : t('staff.restore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
