// «История»: every step of the program — when, who, what, on what grounds, and the values before
// and after (status, term, goals, forms, participants) in words.
import { Paper, Table, Text } from '@mantine/core';
import type { GroupForm } from '../../../../src/groups/group-contract.js';
import {
  type ProgramAction,
  type ProgramStatus,
  programActions,
  programStatuses,
  type TerminationReason,
  terminationReasons,
} from '../../../../src/programs/lifecycle.js';
import { type ProgramChangeAction, programChangeActions } from '../../../../src/programs/program-contract.js';
import { type Translate, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { groupFormLabel } from '../groups/group-labels';
import type { People } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { participantName, reasonLabel, statusLabel } from './program-labels';
import { type Program, useProgramEvents } from './programs-api';

const fieldKeys = {
  change: 'changes.field.change',
  outcome: 'outcome.tab',
  order: 'changes.field.order',
  agreementEndsOn: 'changes.field.agreementEndsOn',
  status: 'programs.col.status',
  startsOn: 'programs.new.startsOn',
  endsOn: 'programs.new.endsOn',
  goals: 'programs.page.goals',
  forms: 'programs.page.forms',
  participants: 'programs.page.participants',
  mentorId: 'programs.page.mentor',
} as const;

function valueText(t: Translate, people: People, key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (key === 'status' && (programStatuses as readonly string[]).includes(String(value)))
    return statusLabel(t, value as ProgramStatus);
  if ((key === 'startsOn' || key === 'endsOn' || key === 'agreementEndsOn') && typeof value === 'string')
    return formatDate(value);
  if (key === 'outcome' && typeof value === 'object') {
    const o = value as { results: string | null; assessments: Record<string, string> };
    const who = Object.keys(o.assessments ?? {})
      .map((id) => people.mentor(id)?.name ?? people.mentee(id)?.name ?? t('programs.unknown'))
      .join(', ');
    return [o.results, who && t('outcome.historyWho', { who })].filter(Boolean).join('; ') || '—';
  }
  if (key === 'change' && (programChangeActions as readonly string[]).includes(String(value)))
    return t(`changes.kind.${value as ProgramChangeAction}`);
  if (key === 'forms' && Array.isArray(value)) return value.map((f) => groupFormLabel(t, f as GroupForm)).join(', ');
  if (key === 'mentorId' && typeof value === 'string') return people.mentor(value)?.name ?? t('programs.unknown');
  if (key === 'participants' && Array.isArray(value))
    return value
      .map(
        (p: { id: string; role: 'mentor' | 'mentee' }) =>
          `${participantName(t, p, people)} (${t(`programs.page.${p.role}`)})`,
      )
      .join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

type Participant = { id: string; role: 'mentor' | 'mentee'; agreed: boolean };

/** A change of participants in words: who agreed, and which mentor took over from which. */
function participantChanges(t: Translate, people: People, was: Participant[], now: Participant[]): string[] {
  const lines: string[] = [];
  const mentorWas = was.find((p) => p.role === 'mentor');
  const mentorNow = now.find((p) => p.role === 'mentor');
  if (mentorWas && mentorNow && mentorWas.id !== mentorNow.id)
    lines.push(
      `${t('programs.history.mentor')}: ${participantName(t, mentorWas, people)} → ${participantName(t, mentorNow, people)}`,
    );
  for (const p of now)
    if (p.agreed && was.some((w) => w.id === p.id && !w.agreed))
      lines.push(`${t('programs.history.agreed')}: ${participantName(t, p, people)}`);
  return lines;
}

function changeText(
  t: Translate,
  people: People,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.flatMap((k) => {
    if (k === 'participants' && Array.isArray(before?.[k]) && Array.isArray(after?.[k]))
      return participantChanges(t, people, before[k] as Participant[], after[k] as Participant[]);
    const label = k in fieldKeys ? t(fieldKeys[k as keyof typeof fieldKeys]) : k;
    const was = before && k in before ? valueText(t, people, k, before[k]) : null;
    const now = valueText(t, people, k, after?.[k]);
    return was === null ? `${label}: ${now}` : `${label}: ${was} → ${now}`;
  });
}

function reasonText(t: Translate, reason: string | null): string | null {
  if (!reason) return null;
  if ((terminationReasons as readonly string[]).includes(reason)) return reasonLabel(t, reason as TerminationReason);
  if (reason === 'request:mentee') return t('programs.step.byMentee');
  if (reason === 'request:mentor') return t('programs.step.byMentor');
  return reason;
}

export function HistoryTab({ program, people }: { program: Program; people: People }) {
  const t = useT();
  const { orgId } = useOrg();
  const events = useProgramEvents(orgId, program.id);
  if (events.isPending) return <TableSkeleton />;
  if (events.error) return <LoadError error={events.error} onRetry={() => void events.refetch()} />;
  const items = events.data.items;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('programs.history.empty')}
      </Text>
    );
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" aria-label={t('programs.history.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programs.history.when')}</Table.Th>
              <Table.Th>{t('programs.history.who')}</Table.Th>
              <Table.Th>{t('programs.history.what')}</Table.Th>
              <Table.Th>{t('programs.history.reason')}</Table.Th>
              <Table.Th>{t('programs.history.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(e.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.actor}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {e.action === 'create' || (programActions as readonly string[]).includes(e.action)
                      ? t(`programs.event.${e.action as ProgramAction | 'create'}`)
                      : e.action === 'change-requested' || e.action === 'change-withdrawn'
                        ? t(`changes.event.${e.action}`)
                        : e.action === 'outcome'
                          ? t('outcome.event')
                          : e.action === 'comment'
                            ? t('remarks.event')
                            : e.action}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{reasonText(t, e.reason) ?? '—'}</Text>
                  {e.note && (
                    <Text size="xs" c="dimmed">
                      {e.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {changeText(t, people, e.before, e.after).map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
