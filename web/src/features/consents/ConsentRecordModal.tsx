// Recording a signed paper consent: its kind, the date on it and, for the website, what may be shown.
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type ConsentKind,
  consentCreateSchema,
  consentKinds,
  publicFields,
} from '../../../../src/consents/consent-contract.js';
import { todayIso } from '../../../../src/shared/dates.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useRecordConsent } from './consent-api';
import { consentKindLabel, publicFieldLabel } from './consent-labels';

interface Values {
  kind: ConsentKind | '';
  givenOn: string;
  note: string;
  fields: string[];
}

function toInput(v: Values) {
  return {
    kind: v.kind || undefined,
    givenOn: v.givenOn || null,
    note: v.note.trim() || null,
    fields: v.kind === 'publication' ? v.fields : undefined,
  };
}

interface Props {
  staffId: string;
  /** Kinds the person already has in force: a second one of the same kind is refused. */
  activeKinds: readonly ConsentKind[];
  onClose: () => void;
}

export function ConsentRecordModal({ staffId, activeKinds, onClose }: Props) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const mutation = useRecordConsent(orgId, staffId);
  const firstFree = consentKinds.find((k) => !activeKinds.includes(k)) ?? '';
  const form = useForm<Values>({
    initialValues: { kind: firstFree, givenOn: todayIso(), note: '', fields: [] },
    validate: zodValidate(consentCreateSchema, toInput, (v) => (v.kind ? {} : { kind: t('common.required') })),
  });
  const submit = form.onSubmit((values) =>
    mutation.mutate(consentCreateSchema.parse(toInput(values)), {
      onSuccess: () => {
        notifySuccess(t('consent.recorded'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
      },
    }),
  );
  const problem = isProblem(mutation.error) ? mutation.error : null;
  return (
    <Modal opened onClose={onClose} title={t('consent.recordTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('consent.recordText')}</Text>
          {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
          <Select
            label={t('consent.kindLabel')}
            withAsterisk
            allowDeselect={false}
            data={consentKinds.map((k) => ({
              value: k,
              label: activeKinds.includes(k)
                ? `${consentKindLabel(t, k)} — ${t('consent.alreadyActive')}`
                : consentKindLabel(t, k),
              disabled: activeKinds.includes(k),
            }))}
            data-autofocus
            {...form.getInputProps('kind')}
          />
          <DateField label={label('givenOn')} withAsterisk maxDate={new Date()} {...form.getInputProps('givenOn')} />
          {form.values.kind === 'publication' && (
            <Checkbox.Group label={label('fields')} withAsterisk {...form.getInputProps('fields')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {publicFields.map((f) => (
                  <Checkbox key={f} value={f} label={publicFieldLabel(t, f)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
          <Textarea
            label={label('note')}
            description={t('consent.noteHint')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('consent.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
