// Drafting a program for an agreed or active pair (group) that has none running: the term, goals,
// expected results, strengths, difficulties (empty: the mentees' own), forms and a first plan.
// The server checks the 3–12-month term; its refusal shows on the field it names.
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type GroupForm, groupForms } from '../../../../src/groups/group-contract.js';
import { terminalStatuses } from '../../../../src/programs/lifecycle.js';
import { type ActivityKind, activityKinds } from '../../../../src/programs/program-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DateField } from '../../ui/DateField';
import { groupDifficulties, useDifficulties } from '../catalog/catalog-api';
import { groupTitle } from '../groups/GroupCard';
import { groupFormLabel } from '../groups/group-labels';
import { useGroups } from '../groups/groups-api';
import { usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { activityKindLabel } from './program-labels';
import { useCreateProgram, usePrograms, useProgramTemplates } from './programs-api';

interface Row {
  key: number;
  title: string;
  kind: ActivityKind;
  dueOn: string;
}

type Field = 'groupId' | 'startsOn' | 'endsOn' | 'goals';

/** `groupId` preselects the pair (a mentor drafting from their home page). */
export function ProgramCreateModal({ onClose, groupId: initialGroup }: { onClose: () => void; groupId?: string }) {
  const t = useT();
  const { orgId } = useOrg();
  const navigate = useNavigate();
  const groups = useGroups(orgId);
  const programs = usePrograms(orgId, {});
  const people = usePeople(orgId);
  const catalogue = useDifficulties(orgId);
  const create = useCreateProgram(orgId);
  const templates = useProgramTemplates(orgId);
  const [start, setStart] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(initialGroup ?? null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [goals, setGoals] = useState('');
  const [expectedResults, setExpectedResults] = useState('');
  const [strengths, setStrengths] = useState('');
  const [difficulties, setDifficulties] = useState<string[]>([]);
  const [forms, setForms] = useState<GroupForm[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const running = new Set(
    (programs.data ?? []).filter((p) => !terminalStatuses.includes(p.status)).map((p) => p.groupId),
  );
  const choices = (groups.data ?? [])
    .filter((g) => (g.status === 'agreed' || g.status === 'active') && !running.has(g.id))
    .map((g) => {
      const mentees = g.menteeIds.map((id) => people.mentee(id)?.name ?? t('programs.unknown')).join(', ');
      return { value: g.id, label: `${groupTitle(t, g, people)}: ${mentees}` };
    });
  // A ready plan, or a past program of the school (the program bank): goals and plan come from it.
  const startChoices = [
    {
      group: t('programs.new.fromTemplate'),
      items: (templates.data ?? []).map((x) => ({ value: `template:${x.name}`, label: x.title })),
    },
    {
      group: t('programs.new.fromBank'),
      items: (programs.data ?? [])
        .filter((p) => terminalStatuses.includes(p.status) || p.status === 'active')
        .map((p) => {
          const g = (groups.data ?? []).find((x) => x.id === p.groupId);
          const who = g ? groupTitle(t, g, people) : t('programs.unknown');
          return { value: `copy:${p.id}`, label: `${who}, ${p.startsOn.slice(0, 4)}: ${p.goals.slice(0, 60)}` };
        }),
    },
  ].filter((g) => g.items.length > 0);
  const catalogueData = groupDifficulties((catalogue.data ?? []).filter((d) => !d.archived)).map((g) => ({
    group: g.group,
    items: g.items.map((d) => ({ value: d.id, label: d.name })),
  }));
  const setRow = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const clear = (f: Field) => setErrors((e) => ({ ...e, [f]: undefined }));

  const submit = () => {
    const required = t('programs.required');
    const missing: Partial<Record<Field, string>> = {};
    if (!groupId) missing.groupId = required;
    if (!startsOn) missing.startsOn = required;
    if (!endsOn) missing.endsOn = required;
    if (!goals.trim() && !start) missing.goals = required;
    if (Object.keys(missing).length > 0 || !groupId) return setErrors(missing);
    create.mutate(
      {
        groupId,
        startsOn,
        endsOn,
        goals: goals.trim() || undefined,
        ...(start?.startsWith('template:') ? { template: start.slice('template:'.length) } : {}),
        ...(start?.startsWith('copy:') ? { copyFrom: start.slice('copy:'.length) } : {}),
        expectedResults: expectedResults.trim() || null,
        strengths: strengths.trim() || null,
        difficulties,
        forms: forms.length > 0 ? forms : undefined,
        activities: rows
          .filter((r) => r.title.trim())
          .map((r) => ({ title: r.title.trim(), kind: r.kind, dueOn: r.dueOn || null, status: 'planned' as const })),
      },
      {
        onSuccess: (program) => {
          notifySuccess(t('programs.new.saved'));
          onClose();
          void navigate(`/orgs/${orgId}/programs/${program.id}`);
        },
        onError: (error) => {
          if (isProblem(error, 'VALIDATION_FAILED')) {
            const named: Partial<Record<Field, string>> = {};
            for (const e of error.errors) {
              const f = e.path.split('.')[0] as Field;
              if (['groupId', 'startsOn', 'endsOn', 'goals'].includes(f)) named[f] = e.message;
            }
            if (Object.keys(named).length > 0) return setErrors(named);
          }
          notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('programs.new.title')} size="xl">
      <Stack gap="md">
        <Select
          label={t('programs.new.group')}
          description={t('programs.new.groupHint')}
          placeholder={choices.length === 0 && groups.isSuccess ? t('programs.new.noGroups') : undefined}
          data={choices}
          value={groupId}
          onChange={(v) => {
            setGroupId(v);
            clear('groupId');
          }}
          searchable
          required
          error={errors.groupId}
          comboboxProps={{ width: 'target' }}
        />
        <div>
          <Group grow align="flex-start">
            <DateField
              label={t('programs.new.startsOn')}
              value={startsOn}
              onChange={(v) => {
                setStartsOn(v);
                clear('startsOn');
              }}
              required
              error={errors.startsOn}
            />
            <DateField
              label={t('programs.new.endsOn')}
              value={endsOn}
              onChange={(v) => {
                setEndsOn(v);
                clear('endsOn');
              }}
              required
              error={errors.endsOn}
            />
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('programs.new.termHint')}
          </Text>
        </div>
        <Select
          label={t('programs.new.start')}
          description={t('programs.new.startHint')}
          placeholder={t('programs.new.blank')}
          data={startChoices}
          value={start}
          onChange={setStart}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          comboboxProps={{ width: 'target' }}
        />
        <Textarea
          label={t('programs.new.goals')}
          description={start ? t('programs.new.goalsFromStart') : undefined}
          value={goals}
          onChange={(e) => {
            setGoals(e.currentTarget.value);
            clear('goals');
          }}
          required={!start}
          error={errors.goals}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={t('programs.new.expectedResults')}
          value={expectedResults}
          onChange={(e) => setExpectedResults(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={t('programs.new.strengths')}
          value={strengths}
          onChange={(e) => setStrengths(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={4000}
        />
        <MultiSelect
          label={t('programs.new.difficulties')}
          description={t('programs.new.difficultiesHint')}
          data={catalogueData}
          value={difficulties}
          onChange={setDifficulties}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
        />
        <MultiSelect
          label={t('programs.new.forms')}
          description={t('programs.new.formsHint')}
          data={groupForms.map((f) => ({ value: f, label: groupFormLabel(t, f) }))}
          value={forms}
          onChange={(v) => setForms(v as GroupForm[])}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
        />
        <Title order={3} size="h5">
          {t('programs.new.plan')}
        </Title>
        {rows.map((r, i) => (
          <Group key={r.key} align="flex-end" wrap="wrap" gap="xs">
            <TextInput
              label={t('programs.new.rowTitle', { n: i + 1 })}
              value={r.title}
              onChange={(e) => setRow(r.key, { title: e.currentTarget.value })}
              style={{ flex: '2 1 220px' }}
              maxLength={500}
            />
            <Select
              label={t('programs.new.rowKind', { n: i + 1 })}
              data={activityKinds.map((k) => ({ value: k, label: activityKindLabel(t, k) }))}
              value={r.kind}
              onChange={(v) => v && setRow(r.key, { kind: v as ActivityKind })}
              allowDeselect={false}
              style={{ flex: '1 1 160px' }}
            />
            <DateField
              label={t('programs.new.rowDue', { n: i + 1 })}
              value={r.dueOn}
              onChange={(v) => setRow(r.key, { dueOn: v })}
              style={{ flex: '1 1 150px' }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('programs.new.removeRow', { n: i + 1 })}
              onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              setRows((rs) => [...rs, { key: Date.now() + rs.length, title: '', kind: 'meeting', dueOn: '' }])
            }
          >
            {t('programs.new.addRow')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            {t('programs.new.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
