// One form for adding and editing. It checks with the server's own schemas, shows the server's
// field errors on the fields, and never overwrites someone else's newer change.
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { staffCreateSchema, staffUpdateSchema } from '../../../../src/staff/staff-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrg } from '../org/OrgScope';
import { StaffFormFields } from './StaffFormFields';
import { useCreateStaff, useUpdateStaff } from './staff-api';
import { emptyStaffValues, type StaffFormValues, staffToValues, valuesToInput } from './staff-form-values';

interface Props {
  staff?: Staff;
  onReload?: () => void;
}

export function StaffForm({ staff, onReload }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { orgId } = useOrg();
  const create = useCreateStaff(orgId);
  const update = useUpdateStaff(orgId, staff?.id ?? '');
  const mutation = staff ? update : create;
  const form = useForm<StaffFormValues>({
    initialValues: staff ? staffToValues(staff) : emptyStaffValues,
    validate: staff
      ? zodValidate(staffUpdateSchema, (v: StaffFormValues) => ({ ...valuesToInput(v), version: staff.version }))
      : zodValidate(staffCreateSchema, valuesToInput),
    validateInputOnBlur: true,
  });

  const onError = (error: Error) => {
    if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
  };
  const onSaved = (saved: Staff) => {
    notifySuccess(staff ? t('staff.saved') : t('staff.created'));
    navigate(`/orgs/${orgId}/staff/${saved.id}`);
  };
  const submit = form.onSubmit((values) => {
    // Validation has passed, so parsing cannot throw; it sends the trimmed, normalised values.
    const input = valuesToInput(values);
    if (staff)
      update.mutate(staffUpdateSchema.parse({ ...input, version: staff.version }), { onSuccess: onSaved, onError });
    else create.mutate(staffCreateSchema.parse(input), { onSuccess: onSaved, onError });
  }, focusFirstError);
  const cancelTo = staff ? `/orgs/${orgId}/staff/${staff.id}` : `/orgs/${orgId}/staff`;
  const problem = isProblem(mutation.error) ? mutation.error : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {problem?.code === 'STALE_VERSION' && onReload ? (
          <StaleVersionAlert problem={problem} onReload={onReload} />
        ) : (
          problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
        )}
        <StaffFormFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(cancelTo)} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {staff ? t('common.save') : t('staff.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
