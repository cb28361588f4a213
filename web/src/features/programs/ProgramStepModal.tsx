// One step of a program's life, confirmed in a dialog with what that step needs: whose agreement,
// the new end date and everyone's consent, corrected goals or forms, the new mentor and who asked,
// the §7 reason. The server decides; a refusal is shown in place — 409 with the steps possible now
// (re-read, in words), 422 on the field it names.
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { type GroupForm, groupForms } from '../../../../src/groups/group-contract.js';
import {
  allowedActions,
  type ProgramAction,
  type TerminationReason,
  terminationReasons,
} from '../../../../src/programs/lifecycle.js';
import { type ApiProblem, api, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { DateField } from '../../ui/DateField';
import { groupFormLabel } from '../groups/group-labels';
import { useGroups } from '../groups/groups-api';
import type { People } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { actionLabel, participantName, reasonLabel, statusLabel } from './program-labels';
import { type Program, type TransitionBody, useTransition } from './programs-api';

interface Props {
  program: Program;
  action: ProgramAction;
  people: People;
  /** The signed-in person's own participant entry, when they agree for themselves. */
  ownId: string | null;
  onClose: () => void;
}

export function ProgramStepModal({ program, action, people, ownId, onClose }: Props) {
  const t = useT();
  const { orgId, can } = useOrg();
  const transition = useTransition(orgId, program.id);
  const groups = useGroups(orgId, can('group:read'));
  // A pair fixed by an order changes its term or mentor, or ends early, only by another order.
  const byOrder =
    (action === 'extend' || action === 'replace-mentor' || action === 'terminate') &&
    groups.data?.find((g) => g.id === program.groupId)?.status === 'active';
  const waiting = program.participants.filter((p) => !p.agreed);
  const [participantId, setParticipantId] = useState<string | null>(ownId ?? waiting[0]?.id ?? null);
  const [endsOn, setEndsOn] = useState('');
  const [allConsent, setAllConsent] = useState(false);
  const [goals, setGoals] = useState(program.goals);
  const [forms, setForms] = useState<GroupForm[]>(program.forms as GroupForm[]);
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [requestedBy, setRequestedBy] = useState<'mentee' | 'mentor'>('mentee');
  const [newMentorAgreed, setNewMentorAgreed] = useState(false);
  const [reason, setReason] = useState('');
  const [terminateReason, setTerminateReason] = useState<TerminationReason | null>(null);
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);

  const currentMentor = program.participants.find((p) => p.role === 'mentor')?.id;
  const mentorChoices = [...people.mentors.values()]
    // Only a mentor who takes mentees now may take the pair over (the server checks it too).
    .filter((m) => m.id !== currentMentor && (!('status' in m) || m.status === 'available'))
    .map((m) => ({ value: m.id, label: people.mentor(m.id)?.name ?? m.id }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));

  const body = (): TransitionBody => {
    const common = { action, version: program.version, note: note.trim() || null };
    switch (action) {
      case 'agree':
        return { ...common, participantId: ownId ? undefined : (participantId ?? undefined) };
      case 'extend':
        return { ...common, endsOn: endsOn || undefined, allConsent, reason: reason.trim() || null };
      case 'correct':
        return { ...common, goals: goals.trim() || undefined, forms, allConsent, reason: reason.trim() || null };
      case 'replace-mentor':
        return {
          ...common,
          mentorId: mentorId ?? undefined,
          requestedBy,
          newMentorAgreed,
        };
      case 'terminate':
        return { ...common, reason: terminateReason };
      default:
        return { ...common, reason: reason.trim() || null };
    }
  };

  const explainConflict = async (error: ApiProblem) => {
    // The program may have moved on: name what is possible now, in words, from its fresh state.
    try {
      const fresh = await api<Program>(`/api/v1/orgs/${orgId}/programs/${program.id}`);
      const now = allowedActions(fresh.status).map((a) => actionLabel(t, a));
      setRefusal(
        `${error.detail} ${t('programs.step.refused', { allowed: now.join(', ') || t('programs.step.nothingNow') })}`,
      );
    } catch {
      setRefusal(error.detail);
    }
  };

  const submit = () => {
    setFieldErrors({});
    setRefusal(null);
    transition.mutate(body(), {
      onSuccess: (p) => {
        notifySuccess(
          p.pendingChange ? t('changes.step.waiting') : t('programs.step.done', { status: statusLabel(t, p.status) }),
        );
        onClose();
      },
      onError: (error) => {
        if (isProblem(error, 'VALIDATION_FAILED') && error.errors.length > 0) {
          setFieldErrors(Object.fromEntries(error.errors.map((e) => [e.path.split('.')[0] ?? '', e.message])));
          return;
        }
        if (isProblem(error, 'PROGRAM_ACTION_NOT_ALLOWED')) return void explainConflict(error);
        setRefusal(isProblem(error) ? `${error.title}. ${error.detail}` : String(error));
      },
    });
  };

  const err = (f: string) => fieldErrors[f];
  const otherErrors = Object.entries(fieldErrors).filter(
    ([f]) =>
      ![
        'participantId',
        'endsOn',
        'allConsent',
        'goals',
        'forms',
        'mentorId',
        'requestedBy',
        'newMentorAgreed',
        'reason',
      ].includes(f),
  );
  const whyField = (
    <Textarea
      label={t('programs.step.why')}
      value={reason}
      onChange={(e) => setReason(e.currentTarget.value)}
      error={action !== 'terminate' ? err('reason') : undefined}
      autosize
      minRows={2}
      maxLength={1000}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t('programs.step.title', { action: actionLabel(t, action) })} size="lg">
      <Stack gap="md">
        {byOrder && (
          <Alert color="yellow" variant="light" icon={<IconFileCertificate size={18} aria-hidden />}>
            {t('changes.step.hint')}
          </Alert>
        )}
        {action === 'agree' &&
          (ownId ? (
            <Text size="sm">{t('programs.step.agreeOwn')}</Text>
          ) : (
            <Select
              label={t('programs.step.agreeWho')}
              description={t('programs.step.agreePaper')}
              data={waiting.map((p) => ({
                value: p.id,
                label: `${participantName(t, p, people)} (${t(`programs.page.${p.role}`)})`,
              }))}
              value={participantId}
              onChange={setParticipantId}
              allowDeselect={false}
              error={err('participantId')}
            />
          ))}
        {action === 'approve' && <Text size="sm">{t('programs.step.approveText')}</Text>}
        {action === 'start' && <Text size="sm">{t('programs.step.startText')}</Text>}
        {action === 'complete' && <Text size="sm">{t('programs.step.completeText')}</Text>}
        {action === 'extend' && (
          <>
            <DateField
              label={t('programs.step.endsOn')}
              description={t('programs.new.termHint')}
              value={endsOn}
              onChange={setEndsOn}
              required
              error={err('endsOn')}
            />
            <Checkbox
              label={t('programs.step.allConsent')}
              checked={allConsent}
              onChange={(e) => setAllConsent(e.currentTarget.checked)}
              error={err('allConsent')}
            />
            {whyField}
          </>
        )}
        {action === 'correct' && (
          <>
            <Textarea
              label={t('programs.page.goals')}
              value={goals}
              onChange={(e) => setGoals(e.currentTarget.value)}
              error={err('goals')}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <MultiSelect
              label={t('programs.new.forms')}
              data={groupForms.map((f) => ({ value: f, label: groupFormLabel(t, f) }))}
              value={forms}
              onChange={(v) => setForms(v as GroupForm[])}
              error={err('forms')}
            />
            <Checkbox
              label={t('programs.step.allConsent')}
              checked={allConsent}
              onChange={(e) => setAllConsent(e.currentTarget.checked)}
              error={err('allConsent')}
            />
            {whyField}
          </>
        )}
        {action === 'replace-mentor' && (
          <>
            <Select
              label={t('programs.step.mentor')}
              data={mentorChoices}
              value={mentorId}
              onChange={setMentorId}
              searchable
              required
              error={err('mentorId')}
              comboboxProps={{ width: 'target' }}
            />
            <Select
              label={t('programs.step.requestedBy')}
              data={[
                { value: 'mentee', label: t('programs.step.byMentee') },
                { value: 'mentor', label: t('programs.step.byMentor') },
              ]}
              value={requestedBy}
              onChange={(v) => v && setRequestedBy(v as 'mentee' | 'mentor')}
              allowDeselect={false}
              error={err('requestedBy')}
            />
            <Checkbox
              label={t('programs.step.newMentorAgreed')}
              checked={newMentorAgreed}
              onChange={(e) => setNewMentorAgreed(e.currentTarget.checked)}
              error={err('newMentorAgreed')}
            />
            {/* The server records who asked as the reason; the words go into the note. */}
          </>
        )}
        {action === 'terminate' && (
          <Select
            label={t('programs.step.terminateReason')}
            data={terminationReasons.map((r) => ({ value: r, label: reasonLabel(t, r) }))}
            value={terminateReason}
            onChange={(v) => setTerminateReason(v as TerminationReason | null)}
            required
            error={err('reason')}
          />
        )}
        <Textarea
          label={t('programs.step.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
        />
        {otherErrors.length > 0 && <Alert color="red">{otherErrors.map(([f, m]) => `${f}: ${m}`).join('; ')}</Alert>}
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={transition.isPending} color={action === 'terminate' ? 'red' : undefined}>
            {t('programs.step.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
