// The mentor's home page: each working pair or group they mentor with its program's status, the
// term and the days left, the next activity (red once late), the journal's last entry (a warning
// after three weeks of silence) and the way to the program and its journal — or, with no program
// yet, the button to draft one for those who may.
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconNotebook, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { terminalStatuses } from '../../../../src/programs/lifecycle.js';
import { type Translate, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import type { Group as MentoringGroup } from '../groups/groups-api';
import { useGroups } from '../groups/groups-api';
import { groupsExternalMentors, ownEntryIds, usePeople, withExternalMentors } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { DueText, Fact, JournalNote, OverdueCount, useTermNote } from './DashboardParts';
import { isOverdue, programsOfGroup } from './dashboard';
import { ProgramCreateModal } from './ProgramCreateModal';
import { programStatusColor, statusLabel } from './program-labels';
import { type MyProgram, useMyPrograms } from './programs-api';

export function MyMenteesCard() {
  const t = useT();
  const { orgId, can, membership } = useOrg();
  const enabled =
    membership.roles.includes('mentor') && can('program:read') && can('group:read') && !can('group:readAll');
  const groups = useGroups(orgId, enabled);
  const ownPeople = usePeople(orgId, enabled);
  const mine = useMyPrograms(orgId, enabled);
  const [drafting, setDrafting] = useState<string | null>(null);
  if (!enabled || !groups.data || !mine.data || ownPeople.isLoading) return null;
  const people = withExternalMentors(ownPeople, groupsExternalMentors(groups.data));
  const own = ownEntryIds(people, membership.roles, false);
  const mentored = mine.data.items.filter((p) => p.role === 'mentor');
  const working = groups.data.filter(
    (g) =>
      (g.status === 'agreed' || g.status === 'active') &&
      (own.has(g.mentorId) || mentored.some((p) => p.groupId === g.id && !terminalStatuses.includes(p.status))),
  );
  if (working.length === 0) return null;
  const { today } = mine.data;
  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="my-mentees-title">
      <Group gap="sm" mb={4} wrap="nowrap">
        <ThemeIcon variant="light" radius="xl" aria-hidden>
          <IconUsers size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="my-mentees-title">
          {t('dash.mentees.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('dash.mentees.hint')}
      </Text>
      <Stack gap="md">
        {working.map((g) => {
          const { current, past } = programsOfGroup(mentored, g.id);
          const names =
            (current ?? past)?.mentees.map((m) => m.name).join(', ') ||
            g.menteeIds.map((id) => people.mentee(id)?.name ?? t('programs.unknown')).join(', ');
          return (
            <PairBlock
              key={g.id}
              t={t}
              orgId={orgId}
              group={g}
              names={names}
              current={current}
              past={past}
              today={today}
              mayDraft={can('program:create')}
              onDraft={() => setDrafting(g.id)}
            />
          );
        })}
      </Stack>
      {drafting && <ProgramCreateModal groupId={drafting} onClose={() => setDrafting(null)} />}
    </Paper>
  );
}

interface PairProps {
  t: Translate;
  orgId: string;
  group: MentoringGroup;
  names: string;
  current: MyProgram | null;
  past: MyProgram | null;
  today: string;
  mayDraft: boolean;
  onDraft: () => void;
}

function PairBlock({ t, orgId, group, names, current, past, today, mayDraft, onDraft }: PairProps) {
  const termNote = useTermNote(t);
  const headingId = `pair-${group.id}`;
  const programUrl = (p: MyProgram) => `/orgs/${orgId}/programs/${p.id}`;
  const next = current?.next[0] ?? null;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="sm">
        <Title order={3} size="h5" id={headingId}>
          {names}
        </Title>
        {current ? (
          <Badge variant="light" color={programStatusColor[current.status]} tt="none" styles={unclippedLabel}>
            {statusLabel(t, current.status)}
          </Badge>
        ) : (
          <Badge variant="light" color="gray" tt="none" styles={unclippedLabel}>
            {t('dash.noProgram')}
          </Badge>
        )}
      </Group>

      {current ? (
        <Stack gap="sm">
          {current.awaitingMe && (
            <Alert color="orange" variant="light" p="xs">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm">{t('dash.awaitingMe')}</Text>
                <Button component={Link} to={programUrl(current)} size="xs">
                  {t('dash.agree')}
                </Button>
              </Group>
            </Alert>
          )}
          {!current.awaitingMe && current.status === 'draft' && (
            <Text size="sm" c="dimmed">
              {t('dash.awaitingOthers', {
                names: [current.mentor, ...current.mentees]
                  .filter((x) => x && !x.agreed)
                  .map((x) => x?.name)
                  .join(', '),
              })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
            <Fact label={t('dash.term')}>
              <Text size="sm">
                {t('programs.term', { from: formatDate(current.startsOn), to: formatDate(current.endsOn) })}
              </Text>
              <Text size="sm" c="dimmed">
                {termNote(current, today)}
              </Text>
            </Fact>
            <Fact label={t('dash.next')}>
              {next ? (
                <>
                  <Text size="sm" fw={500} c={isOverdue(next.dueOn, today) ? 'red.9' : undefined}>
                    {next.title}
                  </Text>
                  <DueText t={t} dueOn={next.dueOn} today={today} />
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('dash.nextNone')}
                </Text>
              )}
              <OverdueCount t={t} overdue={current.plan.overdue} shown={next && isOverdue(next.dueOn, today) ? 1 : 0} />
            </Fact>
            <Fact label={t('dash.journal')}>
              <JournalNote t={t} program={current} today={today} />
            </Fact>
          </SimpleGrid>
          <Group gap="xs">
            <Button
              component={Link}
              to={programUrl(current)}
              size="xs"
              variant="light"
              aria-label={t('dash.openLabel', { names })}
            >
              {t('dash.open')}
            </Button>
            <Button
              component={Link}
              to={`${programUrl(current)}?tab=journal`}
              size="xs"
              variant="subtle"
              leftSection={<IconNotebook size={14} aria-hidden />}
              aria-label={t('dash.journalLabel', { names })}
            >
              {t('dash.openJournal')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {mayDraft ? t('dash.noProgramMay') : t('dash.noProgramCurator')}
          </Text>
          {past && (
            <Anchor component={Link} to={programUrl(past)} size="sm">
              {t('dash.past', {
                term: `${t('programs.term', { from: formatDate(past.startsOn), to: formatDate(past.endsOn) })}, ${statusLabel(t, past.status)}`,
              })}
            </Anchor>
          )}
          {mayDraft && (
            <Group>
              <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={onDraft}>
                {t('dash.draft')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
