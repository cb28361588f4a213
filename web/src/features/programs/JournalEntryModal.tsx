// A journal entry: what happened and when, minutes spent, a summary; for a lesson observation the
// simple observation form, for an assignment the task, when it was checked and the result.
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type JournalKind, journalKinds } from '../../../../src/programs/program-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DateField } from '../../ui/DateField';
import { useOrg } from '../org/OrgScope';
import { journalKindLabel } from './program-labels';
import { useAddJournalEntry } from './programs-api';

const today = () => new Date().toLocaleDateString('sv-SE');

export function JournalEntryModal({ programId, onClose }: { programId: string; onClose: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const add = useAddJournalEntry(orgId, programId);
  const [kind, setKind] = useState<JournalKind>('meeting');
  const [happenedOn, setHappenedOn] = useState(today());
  const [minutes, setMinutes] = useState<number | string>('');
  const [summary, setSummary] = useState('');
  const [obs, setObs] = useState({ className: '', topic: '', strengths: '', toImprove: '', recommendations: '' });
  const [task, setTask] = useState('');
  const [checkedOn, setCheckedOn] = useState('');
  const [result, setResult] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const orNull = (s: string) => s.trim() || null;
  const setOb = (k: keyof typeof obs) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.currentTarget.value;
    setObs((o) => ({ ...o, [k]: value }));
  };

  const submit = () => {
    const missing: Record<string, string> = {};
    if (!happenedOn) missing.happenedOn = t('programs.required');
    if (!summary.trim()) missing.summary = t('programs.required');
    if (kind === 'assignment' && !task.trim()) missing.assignment = t('programs.required');
    if (Object.keys(missing).length > 0) return setErrors(missing);
    add.mutate(
      {
        kind,
        happenedOn,
        minutes: typeof minutes === 'number' ? minutes : null,
        summary: summary.trim(),
        observation:
          kind === 'lesson-observation'
            ? {
                className: orNull(obs.className),
                topic: orNull(obs.topic),
                strengths: orNull(obs.strengths),
                toImprove: orNull(obs.toImprove),
                recommendations: orNull(obs.recommendations),
              }
            : undefined,
        assignment:
          kind === 'assignment'
            ? { task: task.trim(), checkedOn: checkedOn || null, result: orNull(result) }
            : undefined,
      },
      {
        onSuccess: () => {
          notifySuccess(t('programs.journal.saved'));
          onClose();
        },
        onError: (error) => {
          if (isProblem(error, 'VALIDATION_FAILED') && error.errors.length > 0)
            return setErrors(Object.fromEntries(error.errors.map((e) => [e.path.split('.')[0] ?? '', e.message])));
          notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('programs.journal.newTitle')} size="lg">
      <Stack gap="md">
        <Group grow align="flex-start">
          <Select
            label={t('programs.journal.kind')}
            data={journalKinds.map((k) => ({ value: k, label: journalKindLabel(t, k) }))}
            value={kind}
            onChange={(v) => v && setKind(v as JournalKind)}
            allowDeselect={false}
          />
          <DateField
            label={t('programs.journal.date')}
            value={happenedOn}
            onChange={setHappenedOn}
            required
            error={errors.happenedOn}
          />
          <NumberInput
            label={t('programs.journal.minutes')}
            value={minutes}
            onChange={setMinutes}
            min={0}
            max={1440}
            allowDecimal={false}
            error={errors.minutes}
          />
        </Group>
        <Textarea
          label={t('programs.journal.summary')}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
            setErrors({});
          }}
          required
          error={errors.summary}
          autosize
          minRows={2}
          maxLength={4000}
        />
        {kind === 'lesson-observation' && (
          <>
            <Group grow align="flex-start">
              <TextInput
                label={t('programs.journal.className')}
                value={obs.className}
                onChange={setOb('className')}
                maxLength={50}
              />
              <TextInput
                label={t('programs.journal.topic')}
                value={obs.topic}
                onChange={setOb('topic')}
                maxLength={300}
              />
            </Group>
            <Textarea
              label={t('programs.journal.wentWell')}
              value={obs.strengths}
              onChange={setOb('strengths')}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Textarea
              label={t('programs.journal.toImprove')}
              value={obs.toImprove}
              onChange={setOb('toImprove')}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Textarea
              label={t('programs.journal.recommendations')}
              value={obs.recommendations}
              onChange={setOb('recommendations')}
              autosize
              minRows={2}
              maxLength={2000}
            />
          </>
        )}
        {kind === 'assignment' && (
          <>
            <Textarea
              label={t('programs.journal.task')}
              value={task}
              onChange={(e) => setTask(e.currentTarget.value)}
              required
              error={errors.assignment}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Group grow align="flex-start">
              <DateField label={t('programs.journal.checkedOn')} value={checkedOn} onChange={setCheckedOn} />
              <TextInput
                label={t('programs.journal.result')}
                value={result}
                onChange={(e) => setResult(e.currentTarget.value)}
                maxLength={2000}
              />
            </Group>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={add.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
