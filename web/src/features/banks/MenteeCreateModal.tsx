// Adding a person to the mentee bank: who, why (the category), what troubles them and how they
// would like to be helped. The server insists on their written consent to personal data.
import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { menteeCreateSchema } from '../../../../src/banks/bank-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useCreateMentee } from './bank-api';
import { AddActions } from './bank-form-parts';
import { ConsentRequiredAlert } from './ConsentRequiredAlert';
import { MenteeFields, type MenteeFieldValues, menteeFieldsInput } from './MenteeFields';
import { StaffPicker } from './StaffPicker';

interface Values extends MenteeFieldValues {
  staffId: string;
}

const toInput = (v: Values) => ({ staffId: v.staffId || null, ...menteeFieldsInput(v) });

export function MenteeCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const mutation = useCreateMentee(orgId);
  const form = useForm<Values>({
    initialValues: { staffId: '', category: '', difficulties: [], request: '', preferredForms: [] },
    validate: zodValidate(menteeCreateSchema, toInput, (v) => (v.category ? {} : { category: t('common.required') })),
  });
  const submit = form.onSubmit(
    (values) =>
      mutation.mutate(menteeCreateSchema.parse(toInput(values)), {
        onSuccess: () => {
          notifySuccess(t('bank.menteeAdded'));
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
    <Modal opened onClose={onClose} title={t('bank.menteeAddTitle')} centered size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem?.code === 'CONSENT_REQUIRED' && form.values.staffId ? (
            <ConsentRequiredAlert problem={problem} staffId={form.values.staffId} needed={['personal-data']} />
          ) : (
            problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
          )}
          <StaffPicker
            label={label('staffId')}
            description={t('bank.menteeStaffHint')}
            value={form.values.staffId}
            onChange={(v) => {
              form.setFieldValue('staffId', v);
              mutation.reset();
            }}
            error={form.errors.staffId}
          />
          <MenteeFields form={form} />
          <AddActions onClose={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
