// Adding a person to the mentor bank: what they can help with (the catalogue's words), how many
// mentees they can take, when they are free and which forms of mentoring suit them.
import { Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type MentorForm, mentorCreateSchema } from '../../../../src/banks/bank-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { groupDifficulties, useDifficulties } from '../catalog/catalog-api';
import { useOrg } from '../org/OrgScope';
import { useCreateMentor } from './bank-api';
import { AddActions, FormsCheckboxes } from './bank-form-parts';
import { ConsentRequiredAlert } from './ConsentRequiredAlert';
import { StaffPicker } from './StaffPicker';

interface Values {
  staffId: string;
  competences: string[];
  capacity: number | string;
  availability: string;
  forms: MentorForm[];
}

const toInput = (v: Values) => ({
  staffId: v.staffId || null,
  competences: v.competences,
  capacity: typeof v.capacity === 'number' ? v.capacity : undefined,
  availability: v.availability.trim() || null,
  forms: v.forms,
});

export function MentorCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const mutation = useCreateMentor(orgId);
  const catalogue = useDifficulties(orgId);
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
  const data = groupDifficulties((catalogue.data ?? []).filter((d) => !d.archived)).map((g) => ({
    group: g.group,
    items: g.items.map((d) => ({ value: d.id, label: d.name })),
  }));
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
          <MultiSelect
            label={label('competences')}
            description={t('bank.competencesHint')}
            data={data}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('bank.nothingFound')}
            maxDropdownHeight={320}
            data-path="competences"
            {...form.getInputProps('competences')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label={label('capacity')}
              description={t('bank.capacityHint')}
              min={1}
              max={20}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('capacity')}
            />
          </SimpleGrid>
          <Textarea
            label={label('availability')}
            placeholder={t('bank.availabilityPlaceholder')}
            autosize
            minRows={2}
            {...form.getInputProps('availability')}
          />
          <FormsCheckboxes label={label('forms')} inputProps={form.getInputProps('forms')} />
          <AddActions onClose={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
