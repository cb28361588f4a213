// Adding a person to the mentor bank: what they can help with (the catalogue's words), how many
// mentees they can take, when they are free and which forms of mentoring suit them.
import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { mentorCreateSchema } from '../../../../src/banks/bank-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useCreateMentor } from './bank-api';
import { AddActions } from './bank-form-parts';
import { ConsentRequiredAlert } from './ConsentRequiredAlert';
import { MentorFields, type MentorFieldValues, mentorFieldsInput } from './MentorFields';
import { StaffPicker } from './StaffPicker';

interface Values extends MentorFieldValues {
  staffId: string;
}

const toInput = (v: Values) => ({ staffId: v.staffId || null, ...mentorFieldsInput(v) });

export function MentorCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const mutation = useCreateMentor(orgId);
  const form = useForm<Values>({
    initialValues: { staffId: '', competences: [], capacity: '', availability: '', forms: [] },
    validate: zodValidate(mentorCreateSchema, toInput),
  });
  const submit = form.onSubmit(
    (values) =>
      mutation.mutate(mentorCreateSchema.parse(toInput(values)), {
        onSuccess: () => {
          notifySuccess(t('bank.mentorAdded'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.code !== 'CONSENT_REQUIRED' && error.errors.length > 0)
            form.setErrors(problemToErrors(error));
        },
      }),
    focusFirstError,
  );
  const problem = isProblem(mutation.error) ? mutation.error : null;
  return (
    <Modal opened onClose={onClose} title={t('bank.mentorAddTitle')} centered size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem?.code === 'CONSENT_REQUIRED' && form.values.staffId ? (
            <ConsentRequiredAlert
              problem={problem}
              staffId={form.values.staffId}
              needed={['personal-data', 'mentor-role']}
            />
          ) : (
            problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
          )}
          <StaffPicker
            label={label('staffId')}
            description={t('bank.mentorStaffHint')}
            value={form.values.staffId}
            onChange={(v) => {
              form.setFieldValue('staffId', v);
              mutation.reset();
            }}
            error={form.errors.staffId}
          />
          <MentorFields form={form} />
          <AddActions onClose={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
