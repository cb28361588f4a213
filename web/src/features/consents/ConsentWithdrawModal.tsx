// Withdrawing a consent: the date and the reason; the person is told what it does to the banks.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type Consent, consentWithdrawSchema } from '../../../../src/consents/consent-contract.js';
import { todayIso } from '../../../../src/shared/dates.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useWithdrawConsent } from './consent-api';
import { consentKindLabel } from './consent-labels';

interface Values {
  withdrawnOn: string;
  reason: string;
}

export function ConsentWithdrawModal({ consent, onClose }: { consent: Consent; onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const mutation = useWithdrawConsent(orgId, consent.staffId, consent.id);
  const toInput = (v: Values) => ({
    withdrawnOn: v.withdrawnOn || null,
    reason: v.reason.trim() || null,
    version: consent.version,
  });
  const form = useForm<Values>({
    initialValues: { withdrawnOn: todayIso(), reason: '' },
    validate: zodValidate(consentWithdrawSchema, toInput, (v) =>
      v.withdrawnOn && v.withdrawnOn < consent.givenOn ? { withdrawnOn: t('consent.beforeGiven') } : {},
    ),
  });
  const submit = form.onSubmit((values) =>
    mutation.mutate(consentWithdrawSchema.parse(toInput(values)), {
      onSuccess: () => {
        notifySuccess(t('consent.withdrawn'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
      },
    }),
  );
  const problem = isProblem(mutation.error) ? mutation.error : null;
  const effect =
    consent.kind === 'personal-data'
      ? t('consent.withdrawEffect.personal-data')
      : consent.kind === 'mentor-role'
        ? t('consent.withdrawEffect.mentor-role')
        : null;
  return (
    <Modal opened onClose={onClose} title={t('consent.withdrawTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('consent.withdrawText', { kind: consentKindLabel(t, consent.kind), date: formatDate(consent.givenOn) })}
          </Text>
          {effect && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('consent.withdrawWarn')}
            >
              {effect}
            </Alert>
          )}
          {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
          <DateField
            label={label('withdrawnOn')}
            withAsterisk
            maxDate={new Date()}
            {...form.getInputProps('withdrawnOn')}
          />
          <Textarea
            label={t('consent.withdrawReason')}
            placeholder={t('consent.withdrawReasonPlaceholder')}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>
              {t('consent.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
