// Correcting a mentee entry: the request and difficulties change as the person grows, the curator
// records the mentors they would like (§6.1) and moves them through the statuses.
import { Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type Mentee,
  menteeUpdateSchema,
  type openMenteeStatuses,
  openMenteeStatuses as statuses,
} from '../../../../src/banks/bank-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { menteesKey } from '../../api/keys';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { fullName } from '../staff/staff-format';
import { type MentorEntry, useAllEntries, useUpdateMentee } from './bank-api';
import { menteeStatusLabel } from './bank-labels';
import { EditActions, EditProblem } from './EditActions';
import { MenteeFields, type MenteeFieldValues, menteeFieldsInput } from './MenteeFields';
import { RemoveFromBankModal } from './RemoveFromBankModal';

interface Values extends MenteeFieldValues {
  preferredMentorIds: string[];
  status: (typeof openMenteeStatuses)[number];
  reason: string;
}

export function MenteeEditModal({ entry, onClose }: { entry: Mentee; onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const client = useQueryClient();
  const mutation = useUpdateMentee(orgId, entry.id);
  const mentors = useAllEntries<MentorEntry>(orgId, 'mentors');
  const [removing, setRemoving] = useState(false);
  const toInput = (v: Values) => ({
    ...menteeFieldsInput(v),
    preferredMentorIds: v.preferredMentorIds,
    status: v.status,
    reason: v.reason.trim() || null,
    version: entry.version,
  });
  const form = useForm<Values>({
    initialValues: {
      category: entry.category,
      difficulties: entry.difficulties,
      request: entry.request ?? '',
      preferredForms: entry.preferredForms,
      preferredMentorIds: entry.preferredMentorIds,
      status: (statuses as readonly string[]).includes(entry.status) ? (entry.status as Values['status']) : 'searching',
      reason: '',
    },
    validate: zodValidate(menteeUpdateSchema, toInput),
  });
  const submit = form.onSubmit(
    (values) =>
      mutation.mutate(menteeUpdateSchema.parse(toInput(values)), {
        onSuccess: () => {
          notifySuccess(t('banks.saved'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
        },
      }),
    focusFirstError,
  );
  const problem = isProblem(mutation.error) ? mutation.error : null;
  const name = fullName(entry.staff);
  if (removing)
    return (
      <RemoveFromBankModal
        bank="mentees"
        entry={entry}
        name={name}
        onClose={() => setRemoving(false)}
        onRemoved={onClose}
      />
    );
  return (
    <Modal opened onClose={onClose} title={t('banks.editMenteeTitle', { name })} centered size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <EditProblem
            problem={problem}
            onReload={() => {
              void client.invalidateQueries({ queryKey: menteesKey(orgId) });
              onClose();
            }}
          />
          <Select
            label={label('status')}
            allowDeselect={false}
            data={statuses.map((s) => ({ value: s, label: menteeStatusLabel(t, s) }))}
            {...form.getInputProps('status')}
          />
          <MenteeFields form={form} />
          <MultiSelect
            label={label('preferredMentorIds')}
            description={t('banks.preferredMentorsHint')}
            data={(mentors.data ?? []).map((m) => ({ value: m.id, label: fullName(m.staff) }))}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('bank.nothingFound')}
            data-path="preferredMentorIds"
            {...form.getInputProps('preferredMentorIds')}
          />
          <TextInput
            label={label('reason')}
            placeholder={t('banks.changeReasonPlaceholder')}
            {...form.getInputProps('reason')}
          />
          <EditActions onClose={onClose} onRemove={() => setRemoving(true)} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
