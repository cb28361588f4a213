// Adding an entry to the catalogue or renaming one (its group may change too).
import { Autocomplete, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type Difficulty,
  difficultyCreateSchema,
  difficultyUpdateSchema,
} from '../../../../src/catalog/catalog-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { problemToErrors, zodValidate } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useCreateDifficulty, useUpdateDifficulty } from './catalog-api';

interface Values {
  name: string;
  group: string;
  reason: string;
}

interface Props {
  entry?: Difficulty;
  group?: string;
  groups: string[];
  onClose: () => void;
}

export function DifficultyModal({ entry, group, groups, onClose }: Props) {
  const t = useT();
  const label = useFieldLabel();
  const { orgId } = useOrg();
  const create = useCreateDifficulty(orgId);
  const update = useUpdateDifficulty(orgId);
  const mutation = entry ? update : create;
  const toInput = (v: Values) => ({
    name: v.name,
    group: v.group,
    reason: v.reason.trim() || null,
    ...(entry ? { version: entry.version } : {}),
  });
  const form = useForm<Values>({
    initialValues: { name: entry?.name ?? '', group: entry?.group ?? group ?? '', reason: '' },
    validate: zodValidate(entry ? difficultyUpdateSchema : difficultyCreateSchema, toInput),
  });
  const onError = (error: Error) => {
    if (error instanceof ApiProblem && error.errors.length > 0) form.setErrors(problemToErrors(error));
  };
  const onSuccess = () => {
    notifySuccess(entry ? t('catalog.saved') : t('catalog.added'));
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (entry)
      update.mutate({ id: entry.id, body: difficultyUpdateSchema.parse(toInput(values)) }, { onSuccess, onError });
    else create.mutate(difficultyCreateSchema.parse(toInput(values)), { onSuccess, onError });
  });
  const problem = isProblem(mutation.error) ? mutation.error : null;
  return (
    <Modal opened onClose={onClose} title={entry ? t('catalog.renameTitle') : t('catalog.addTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
          <Textarea
            label={t('catalog.name')}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Autocomplete
            label={label('group')}
            description={t('catalog.groupHint')}
            withAsterisk
            data={groups}
            {...form.getInputProps('group')}
          />
          <TextInput label={label('reason')} description={t('reason.hint')} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {entry ? t('common.save') : t('common.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
