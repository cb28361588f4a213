// The mentee's home page: their program — its status, the mentor, how much of the term has gone
// and how much of the plan is done, the journal's last entry, the next activities with their
// deadlines, whether their own agreement is awaited, and the way to the program and its journal.
// While the pair has no program yet, a word that it is being drafted.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconNotebook, IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router';
import { terminalStatuses } from '../../../../src/programs/lifecycle.js';
import { type Translate, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { useGroups } from '../groups/groups-api';
import { ownEntryIds, usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { DueText, Fact, JournalNote, OverdueCount, useTermNote } from './DashboardParts';
import { isOverdue, planProgress, termProgress } from './dashboard';
import { programStatusColor, statusLabel } from './program-labels';
import { type MyProgram, useMyPrograms } from './programs-api';

export function MyProgramCard() {
  const t = useT();
  const { orgId, can, membership } = useOrg();
  const enabled =
    membership.roles.includes('mentee') && can('program:read') && can('group:read') && !can('group:readAll');
  const mine = useMyPrograms(orgId, enabled);
  const groups = useGroups(orgId, enabled);
  const people = usePeople(orgId, enabled);
  if (!enabled || !mine.data || !groups.data || people.isLoading) return null;
  const own = ownEntryIds(people, membership.roles, false);
  const current = mine.data.items.filter((p) => p.role === 'mentee' && !terminalStatuses.includes(p.status));
  // A formed pair whose program is still being drafted: the mentee hears it is coming.
  const waiting = groups.data.filter(
    (g) =>
      (g.status === 'agreed' || g.status === 'active') &&
      g.menteeIds.some((id) => own.has(id)) &&
      !current.some((p) => p.groupId === g.id),
  );
  if (current.length === 0 && waiting.length === 0) return null;
  const { today } = mine.data;
  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="my-program-title">
      <Group gap="sm" mb="md" wrap="nowrap">
        <ThemeIcon variant="light" radius="xl" aria-hidden>
          <IconRoute size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="my-program-title">
          {t(current.length > 1 ? 'dash.program.titleMany' : 'dash.program.title')}
        </Title>
      </Group>
      <Stack gap="lg">
        {current.map((p) => (
          <ProgramBlock key={p.id} t={t} orgId={orgId} program={p} today={today} />
        ))}
        {current.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dash.program.notYet')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function ProgramBlock({
  t,
  orgId,
  program: p,
  today,
}: {
  t: Translate;
  orgId: string;
  program: MyProgram;
  today: string;
}) {
  const termNote = useTermNote(t);
  const term = termProgress(p.startsOn, p.endsOn, today);
  const plan = planProgress(p.plan);
  const url = `/orgs/${orgId}/programs/${p.id}`;
  const headingId = `program-${p.id}`;
  const mentorName = p.mentor?.name || t('programs.unknown');
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('dash.program.mentor', { name: mentorName })}
        </Title>
        <Badge variant="light" color={programStatusColor[p.status]} tt="none" styles={unclippedLabel}>
          {statusLabel(t, p.status)}
        </Badge>
      </Group>

      {p.awaitingMe && (
        <Alert color="orange" variant="light" p="xs">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">{t('dash.awaitingMe')}</Text>
            <Button component={Link} to={url} size="xs">
              {t('dash.agree')}
            </Button>
          </Group>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" verticalSpacing="sm">
        <Fact label={t('dash.term')}>
          <Text size="sm">{t('programs.term', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}</Text>
          <Progress
            value={term.percent}
            size="sm"
            my={6}
            aria-label={t('dash.program.termLabel', { percent: term.percent })}
          />
          {term.phase === 'running' && (
            <Text size="sm" c="dimmed">
              {t('dash.program.termPassed', { percent: term.percent })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {termNote(p, today)}
          </Text>
        </Fact>
        <Fact label={t('dash.program.plan')}>
          {plan.counted === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dash.program.planEmpty')}
            </Text>
          ) : (
            <>
              <Text size="sm">{t('dash.program.planDone', { done: plan.done, counted: plan.counted })}</Text>
              <Progress
                value={plan.percent}
                size="sm"
                my={6}
                color="teal"
                aria-label={t('dash.program.planLabel', { percent: plan.percent })}
              />
            </>
          )}
          <OverdueCount t={t} overdue={p.plan.overdue} shown={p.next.filter((a) => isOverdue(a.dueOn, today)).length} />
        </Fact>
        <Fact label={t('dash.journal')}>
          <JournalNote t={t} program={p} today={today} />
        </Fact>
      </SimpleGrid>

      {p.next.length > 0 && (
        <Fact label={t('dash.program.next')}>
          <List size="sm" spacing={4} aria-label={t('dash.program.next')}>
            {p.next.map((a) => (
              <List.Item key={a.id}>
                <Text size="sm" span fw={500} c={isOverdue(a.dueOn, today) ? 'red.9' : undefined}>
                  {a.title}
                </Text>
                {' — '}
                <DueText t={t} dueOn={a.dueOn} today={today} />
              </List.Item>
            ))}
          </List>
        </Fact>
      )}

      <Group gap="xs">
        <Button component={Link} to={url} size="xs" variant="light">
          {t('dash.open')}
        </Button>
        {p.status === 'active' && (
          <Button
            component={Link}
            to={`${url}?tab=journal`}
            size="xs"
            variant="subtle"
            leftSection={<IconNotebook size={14} aria-hidden />}
          >
            {t('dash.program.write')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
