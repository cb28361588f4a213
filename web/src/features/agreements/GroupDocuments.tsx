// «Документы» on a group's card: the mentor's supplementary agreement (Labour Code art. 351.8) as
// Word or PDF, with the term to print and the mentor's pay that it states (editable here).
import {
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { MentorPayView } from '../../../../src/agreements/agreement-contract.js';
import { mentorPaySchema } from '../../../../src/organizations/organization-contract.js';
import { ApiProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import type { Group as MentoringGroup } from '../groups/groups-api';
import { useOrg } from '../org/OrgScope';
import { agreementUrl, useMentorPay, useSaveMentorPay } from './agreements-api';

type T = ReturnType<typeof useT>;

export function payText(t: T, pay: Pick<MentorPayView, 'amount' | 'unit'>): string {
  if (pay.amount === null) return t('documents.pay.noAmount');
  const amount = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(pay.amount);
  return t('documents.pay.amount', { amount, unit: t(`documents.pay.unit.${pay.unit}`) });
}

interface PayValues {
  amount: number | string;
  unit: 'month' | 'period';
  conditions: string;
}

const toPay = (v: PayValues) => ({
  amount: v.amount === '' ? null : Number(v.amount),
  unit: v.unit,
  conditions: v.conditions,
});
const checkPay = zodValidate(mentorPaySchema, toPay);

function PayForm({ pay, mentorId, onDone }: { pay: MentorPayView; mentorId: string; onDone: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const { save } = useSaveMentorPay(orgId, mentorId);
  const form = useForm<PayValues>({
    initialValues: { amount: pay.amount ?? '', unit: pay.unit, conditions: pay.conditions },
    validate: checkPay,
  });
  const submit = form.onSubmit((v) =>
    save.mutate(
      { ...toPay(v), ...(pay.version === null ? {} : { version: pay.version }) },
      {
        onSuccess: () => {
          notifySuccess(t('documents.pay.saved'));
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
          else notifyError(error);
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <NumberInput
            label={t('documents.pay.amountLabel')}
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            {...form.getInputProps('amount')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('documents.pay.unitLabel')}
            </Text>
            <SegmentedControl
              data={[
                { value: 'month', label: t('documents.pay.unit.month') },
                { value: 'period', label: t('documents.pay.unit.period') },
              ]}
              {...form.getInputProps('unit')}
            />
          </Stack>
        </Group>
        <Textarea
          label={t('documents.pay.conditionsLabel')}
          description={t('documents.pay.conditionsHint')}
          autosize
          minRows={2}
          {...form.getInputProps('conditions')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MentorPay({ mentorId }: { mentorId: string }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const pay = useMentorPay(orgId, mentorId, true);
  const { reset } = useSaveMentorPay(orgId, mentorId);
  const [editing, setEditing] = useState(false);
  if (!pay.data) return null;
  const manage = can('agreement:manage');
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={500}>
          {t('documents.pay')}:
        </Text>{' '}
        {payText(t, pay.data)}
        {pay.data.conditions && `; ${pay.data.conditions}`}{' '}
        <Text span c="dimmed" size="xs">
          ({t(pay.data.source === 'mentor' ? 'documents.pay.sourceOwn' : 'documents.pay.sourceOrg')})
        </Text>
      </Text>
      {manage && !editing && (
        <Group gap="md">
          <Anchor component="button" type="button" size="sm" onClick={() => setEditing(true)}>
            {t('documents.pay.edit')}
          </Anchor>
          {pay.data.source === 'mentor' && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => reset.mutate(undefined, { onError: notifyError })}
            >
              {t('documents.pay.reset')}
            </Anchor>
          )}
        </Group>
      )}
      {editing && <PayForm pay={pay.data} mentorId={mentorId} onDone={() => setEditing(false)} />}
    </Stack>
  );
}

export function GroupDocuments({ group }: { group: MentoringGroup }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const [term, setTerm] = useState({ startsOn: '', endsOn: '', number: '' });
  if (!can('agreement:read')) return null;
  const badTerm = Boolean(term.startsOn && term.endsOn && term.startsOn > term.endsOn);
  const link = (ext: 'docx' | 'pdf') => (badTerm ? undefined : agreementUrl(orgId, group.id, ext, term));
  return (
    <div>
      <Title order={3} size="h5" mb={6}>
        {t('documents.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={600}>
              {t('documents.agreement')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('documents.agreementHint')}
            </Text>
          </div>
          <Group grow align="flex-start">
            <DateField
              label={t('documents.startsOn')}
              value={term.startsOn}
              onChange={(startsOn) => setTerm((v) => ({ ...v, startsOn }))}
            />
            <DateField
              label={t('documents.endsOn')}
              value={term.endsOn}
              onChange={(endsOn) => setTerm((v) => ({ ...v, endsOn }))}
              error={badTerm ? t('documents.termOrder') : undefined}
            />
          </Group>
          <TextInput
            label={t('documents.agreementNumber')}
            description={t('documents.agreementNumberHint')}
            value={term.number}
            maxLength={30}
            onChange={(e) => {
              const number = e.currentTarget.value;
              setTerm((v) => ({ ...v, number }));
            }}
          />
          {group.hostAgreement ? (
            <Text size="sm" c="dimmed">
              {t('documents.pay.otherSchool')}
            </Text>
          ) : (
            <MentorPay mentorId={group.mentorId} />
          )}
          <Group gap="xs">
            <Button
              component="a"
              href={link('docx')}
              download
              variant="light"
              size="xs"
              disabled={badTerm}
              leftSection={<IconFileTypeDocx size={16} aria-hidden />}
            >
              {t('documents.agreementWord')}
            </Button>
            <Button
              component="a"
              href={link('pdf')}
              download
              variant="light"
              size="xs"
              disabled={badTerm}
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
            >
              {t('documents.agreementPdf')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </div>
  );
}
