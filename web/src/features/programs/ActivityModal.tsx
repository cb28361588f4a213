// One activity of the plan, new or edited under the version read: what, kind, due date, who is
// responsible, the expected result, the status and the evidence that it was done.
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  type ActivityKind,
  type ActivityStatus,
  activityKinds,
  activityStatuses,
} from '../../../../src/programs/program-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DateField } from '../../ui/DateField';
import { useOrg } from '../org/OrgScope';
import { activityKindLabel, activityStatusLabel } from './program-labels';
import { type Activity, useSaveActivity } from './programs-api';

interface Props {
  programId: string;
  activity: Activity | null;
  onClose: () => void;
  onStale: () => void;
}

export function ActivityModal({ programId, activity, onClose, onStale }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const save = useSaveActivity(orgId, programId);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'meeting');
  const [dueOn, setDueOn] = useState(activity?.dueOn ?? '');
  const [responsible, setResponsible] = useState(activity?.responsible ?? '');
  const [expectedResult, setExpectedResult] = useState(activity?.expectedResult ?? '');
  const [status, setStatus] = useState<ActivityStatus>(activity?.status ?? 'planned');
  const [evidence, setEvidence] = useState(activity?.evidence ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    if (!title.trim()) return setErrors({ title: t('programs.required') });
    save.mutate(
      {
        activityId: activity?.id ?? null,
        body: {
          title: title.trim(),
          kind,
          dueOn: dueOn || null,
          responsible: responsible.trim() || null,
          expectedResult: expectedResult.trim() || null,
          status,
          evidence: evidence.trim() || null,
          version: activity?.version,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('programs.plan.saved'));
          onClose();
        },
        onError: (error) => {
          if (isProblem(error, 'STALE_VERSION')) {
            notifyError(error);
            onStale();
            return onClose();
          }
          if (isProblem(error, 'VALIDATION_FAILED') && error.errors.length > 0)
            return setErrors(Object.fromEntries(error.errors.map((e) => [e.path.split('.')[0] ?? '', e.message])));
          notifyError(error);
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={activity ? t('programs.plan.editTitle') : t('programs.plan.newTitle')}
      size="lg"
    >
      <Stack gap="md">
        <TextInput
          label={t('programs.plan.title')}
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setErrors({});
          }}
          required
          error={errors.title}
          maxLength={500}
        />
        <Group grow align="flex-start">
          <Select
            label={t('programs.plan.kind')}
            data={activityKinds.map((k) => ({ value: k, label: activityKindLabel(t, k) }))}
            value={kind}
            onChange={(v) => v && setKind(v as ActivityKind)}
            allowDeselect={false}
          />
          <DateField label={t('programs.plan.dueOn')} value={dueOn} onChange={setDueOn} error={errors.dueOn} />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('programs.plan.responsible')}
            value={responsible}
            onChange={(e) => setResponsible(e.currentTarget.value)}
            maxLength={300}
          />
          <Select
            label={t('programs.plan.status')}
            data={activityStatuses.map((s) => ({ value: s, label: activityStatusLabel(t, s) }))}
            value={status}
            onChange={(v) => v && setStatus(v as ActivityStatus)}
            allowDeselect={false}
          />
        </Group>
        <Textarea
          label={t('programs.plan.expectedResult')}
          value={expectedResult}
          onChange={(e) => setExpectedResult(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
        />
        <Textarea
          label={t('programs.plan.evidence')}
          description={t('programs.plan.evidenceHint')}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          error={errors.evidence}
          autosize
          minRows={1}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
