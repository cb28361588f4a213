// One program: the pair or group, its status and term, goals and participants with their
// agreement, the next steps the status allows (each confirmed in a dialog), and the tabs «План»,
// «Журнал», «История».
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { GroupForm } from '../../../../src/groups/group-contract.js';
import type { ProgramAction } from '../../../../src/programs/lifecycle.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { PageHeader } from '../../ui/PageHeader';
import { FullPageLoader } from '../errors/FullPageLoader';
import { LoadError } from '../errors/LoadError';
import { groupFormLabel } from '../groups/group-labels';
import { ownEntryIds, usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { DraftRemarks } from './DraftRemarks';
import { HistoryTab } from './HistoryTab';
import { JournalTab } from './JournalTab';
import { OutcomeTab } from './OutcomeTab';
import { PendingChange } from './PendingChange';
import { PlanTab } from './PlanTab';
import { ProgramStepModal } from './ProgramStepModal';
import { actionLabel, participantName, programStatusColor, programTitle, statusLabel } from './program-labels';
import { useProgram } from './programs-api';
import { RequestsTab } from './RequestsTab';

export function ProgramPage() {
  const t = useT();
  const { id = '' } = useParams();
  // `?tab=journal` opens a tab directly (the home page's cards link to the journal).
  const [params] = useSearchParams();
  const { orgId, can, membership } = useOrg();
  const program = useProgram(orgId, id);
  const people = usePeople(orgId);
  const [step, setStep] = useState<ProgramAction | null>(null);
  if (program.isPending) return <FullPageLoader />;
  if (program.error) return <LoadError error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data;
  const manages = can('program:manage');
  const own = ownEntryIds(people, membership.roles, can('program:readAll'));
  const ownWaiting = p.participants.find((x) => own.has(x.id) && !x.agreed)?.id ?? null;
  // The status says what may come next; the role says who may take each step.
  const terminal = p.allowedActions.length === 0;
  const mentorId = p.participants.find((x) => x.role === 'mentor')?.id;
  const mayPlan = !terminal && (manages || (mentorId !== undefined && own.has(mentorId)));
  const mayWrite = p.status === 'active' && (manages || p.participants.some((x) => own.has(x.id)));
  const steps = p.allowedActions
    .filter((a) => (a === 'agree' ? manages || ownWaiting !== null : manages))
    // While a change waits for its order, only a correction of the plan or forms may go ahead.
    .filter((a) => !p.pendingChange || a === 'correct');
  const section = (label: string, text: string | null) =>
    text ? (
      <div>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </div>
    ) : null;

  return (
    <>
      <Anchor component={Link} to={`/orgs/${orgId}/programs`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programs.page.back')}
        </Group>
      </Anchor>
      <PageHeader title={programTitle(t, p, people)} />
      <Group gap="sm" mb="md">
        <Badge variant="light" color={programStatusColor[p.status]} tt="none" size="lg" styles={unclippedLabel}>
          {statusLabel(t, p.status)}
        </Badge>
        <Text size="sm">{t('programs.term', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}</Text>
      </Group>
      <PendingChange program={p} people={people} />
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <Paper withBorder p="md">
          <Stack gap="sm">
            {section(t('programs.page.goals'), p.goals)}
            {section(t('programs.page.expectedResults'), p.expectedResults)}
            {section(t('programs.page.strengths'), p.strengths)}
            {p.forms.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  {t('programs.page.forms')}
                </Text>
                <Group gap={6}>
                  {p.forms.map((f) => (
                    <Badge key={f} variant="outline" color="gray" tt="none" styles={unclippedLabel}>
                      {groupFormLabel(t, f as GroupForm)}
                    </Badge>
                  ))}
                </Group>
              </div>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h5">
              {t('programs.page.participants')}
            </Title>
            {p.participants.map((x) => (
              <Group key={x.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {participantName(t, x, people)}{' '}
                  <Text span size="sm" c="dimmed">
                    ({t(`programs.page.${x.role}`)})
                  </Text>
                </Text>
                {p.status === 'draft' && (
                  <Badge variant="light" color={x.agreed ? 'teal' : 'gray'} tt="none" styles={unclippedLabel}>
                    {x.agreed ? t('programs.page.agreed') : t('programs.page.notAgreed')}
                  </Badge>
                )}
              </Group>
            ))}
            <Title order={2} size="h5" mt="sm">
              {t('programs.page.nextSteps')}
            </Title>
            {steps.length > 0 ? (
              <Group gap="xs">
                {steps.map((a) => (
                  <Button
                    key={a}
                    size="sm"
                    variant={a === 'terminate' ? 'light' : 'filled'}
                    color={a === 'terminate' ? 'red' : undefined}
                    onClick={() => setStep(a)}
                  >
                    {actionLabel(t, a)}
                  </Button>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {p.allowedActions.length === 0
                  ? t('programs.page.noSteps')
                  : p.status === 'draft'
                    ? t('programs.page.waitOthers')
                    : t('programs.page.curatorSteps')}
              </Text>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      {p.status === 'draft' && (
        <DraftRemarks program={p} mayWrite={manages || p.participants.some((x) => own.has(x.id))} />
      )}
      <Tabs defaultValue={params.get('tab') ?? 'plan'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="plan">{t('programs.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="journal">{t('programs.tabs.journal')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('programs.tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="outcome">{t('outcome.tab')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('programs.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan">
          <PlanTab program={p} editable={mayPlan} />
        </Tabs.Panel>
        <Tabs.Panel value="journal">
          <JournalTab program={p} writable={mayWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="requests">
          <RequestsTab program={p} own={own} />
        </Tabs.Panel>
        <Tabs.Panel value="outcome">
          <OutcomeTab key={p.version} program={p} people={people} own={own} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab program={p} people={people} />
        </Tabs.Panel>
      </Tabs>
      {step && (
        <ProgramStepModal
          program={p}
          action={step}
          people={people}
          ownId={step === 'agree' && !manages ? ownWaiting : null}
          onClose={() => setStep(null)}
        />
      )}
    </>
  );
}
