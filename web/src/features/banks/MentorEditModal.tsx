// Correcting a mentor entry: competences, subjects, capacity and forms change; the curator records
// the mentees the mentor would take (§6.1) and pauses or releases the mentor.
import { Modal, MultiSelect, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type Mentee,
  type Mentor,
  mentorUpdateSchema,
  type openMentorStatuses,
  openMentorStatuses as statuses,
} from '../../../../src/banks/bank-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { mentorsKey } from '../../api/keys';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { useOrg } from '../org/OrgScope';
import { fullName } from '../staff/staff-format';
import { useAllEntries, useUpdateMentor } from './bank-api';
import { mentorStatusLabel } from './bank-labels';
import { EditActions, EditProblem } from './EditActions';
import { MentorFields, type MentorFieldValues, mentorFieldsInput } from './MentorFields';
import { RemoveFromBankModal } from './RemoveFromBankModal';

interface Values extends MentorFieldValues {
  subjects: string[];
  preferredMenteeIds: string[];
  status: (typeof openMentorStatuses)[number];
  reason: string;
}

export function MentorEditModal({ entry, onClose }: { entry: Mentor; onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const client = useQueryClient();
  const mutation = useUpdateMentor(orgId, entry.id);
  const mentees = useAllEntries<Mentee>(orgId, 'mentees');
  const [removing, setRemoving] = useState(false);
  const toInput = (v: Values) => ({
    ...mentorFieldsInput(v),
    subjects: v.subjects,
    preferredMenteeIds: v.preferredMenteeIds,
    status: v.status,
    reason: v.reason.trim() || null,
    version: entry.version,
  });
  const form = useForm<Values>({
    initialValues: {
      competences: entry.competences,
      capacity: entry.capacity,
      availability: entry.availability ?? '',
      forms: entry.forms,
      subjects: entry.subjects,
      preferredMenteeIds: entry.preferredMenteeIds,
      status: (statuses as readonly string[]).includes(entry.status) ? (entry.status as Values['status']) : 'available',
      reason: '',
    },
    validate: zodValidate(mentorUpdateSchema, toInput),
  });
  const submit = form.onSubmit(
    (values) =>
      mutation.mutate(mentorUpdateSchema.parse(toInput(values)), {
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
        bank="mentors"
        entry={entry}
        name={name}
        onClose={() => setRemoving(false)}
        onRemoved={onClose}
      />
    );
  const open = (mentees.data ?? []).filter((m) => m.status !== 'withdrawn' && m.status !== 'removed');
  return (
    <Modal opened onClose={onClose} title={t('banks.editMentorTitle', { name })} centered size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <EditProblem
            problem={problem}
            onReload={() => {
              void client.invalidateQueries({ queryKey: mentorsKey(orgId) });
              onClose();
            }}
          />
          <Select
            label={label('status')}
            allowDeselect={false}
            data={statuses.map((s) => ({ value: s, label: mentorStatusLabel(t, s) }))}
            {...form.getInputProps('status')}
          />
          <MentorFields
            form={form}
            extra={
              <TagsInput
                label={label('subjects')}
                description={t('banks.subjectsHint')}
                data-path="subjects"
                {...form.getInputProps('subjects')}
              />
            }
          />
          <MultiSelect
            label={label('preferredMenteeIds')}
            description={t('banks.preferredMenteesHint')}
            data={open.map((m) => ({ value: m.id, label: fullName(m.staff) }))}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('bank.nothingFound')}
            data-path="preferredMenteeIds"
            {...form.getInputProps('preferredMenteeIds')}
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
