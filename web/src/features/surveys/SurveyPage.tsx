// One questionnaire for those who run it: its questions (edited while a draft), the campaign's
// progress with reminders, the results with charts and the Excel book, and named answers to
// confirm into the banks. Respondents are sent to the form instead.
import { Anchor, Badge, Breadcrumbs, Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { IconLock, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import type { Role } from '../../../../src/auth/policy.js';
import type { Survey } from '../../../../src/surveys/survey-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { unclippedLabel } from '../../ui/badge-styles';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { QuestionList } from './QuestionList';
import { SurveyEditor } from './SurveyEditor';
import { SurveyProgressPanel } from './SurveyProgressPanel';
import { SurveyResponsesPanel } from './SurveyResponsesPanel';
import { SurveyResultsPanel } from './SurveyResultsPanel';
import { useMoveSurvey, useSurvey } from './survey-api';
import { surveyKindLabel, surveyStatusColor, surveyStatusLabel, surveyWindow } from './survey-labels';

/** Whether the survey asks the viewer by their role (or everyone); bank audiences are left to the form. */
function addressedToMe(s: Survey, roles: readonly Role[]): boolean {
  const { roles: asked = [], banks = [], staffIds = [] } = s.audience;
  if (asked.length === 0 && banks.length === 0 && staffIds.length === 0) return true;
  return asked.some((r) => roles.includes(r));
}

const tabs = ['questions', 'progress', 'results', 'responses'] as const;
type Tab = (typeof tabs)[number];

function MoveButton({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  const move = useMoveSurvey(orgId, survey.id);
  const [asking, setAsking] = useState(false);
  if (survey.status === 'closed') return null;
  const action = survey.status === 'draft' ? 'open' : 'close';
  const run = () =>
    move.mutate(
      { action, version: survey.version },
      {
        onSuccess: () => {
          setAsking(false);
          notifySuccess(t(action === 'open' ? 'survey.opened' : 'survey.closed'));
        },
        onError: (e) => {
          setAsking(false);
          notifyError(e);
        },
      },
    );
  return (
    <>
      <Button
        leftSection={action === 'open' ? <IconPlayerPlay size={16} aria-hidden /> : <IconLock size={16} aria-hidden />}
        color={action === 'open' ? undefined : 'gray'}
        variant={action === 'open' ? 'filled' : 'default'}
        onClick={() => setAsking(true)}
      >
        {t(action === 'open' ? 'survey.open' : 'survey.close')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t(`survey.${action}Confirm`)} centered>
        <Stack>
          <Text size="sm">{t(`survey.${action}Text`)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={run} loading={move.isPending}>
              {t(action === 'open' ? 'survey.open' : 'survey.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function SurveyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { orgId, can, membership } = useOrg();
  const [params, setParams] = useSearchParams();
  const survey = useSurvey(orgId, id);
  if (!can('survey:results')) return <Navigate to="answer" replace />;
  if (survey.isPending) return <TableSkeleton />;
  if (survey.error) {
    if (isProblem(survey.error)) return <LoadError error={survey.error} onRetry={() => void survey.refetch()} />;
    return <LoadError error={survey.error} />;
  }
  const s = survey.data;
  const feedsBank = (s.kind === 'needs-assessment' || s.kind === 'mentor-candidate') && !s.anonymous;
  // A running survey opens on who has answered; a finished one on what they said.
  const followUp: Tab[] = s.status === 'open' ? ['progress', 'results'] : ['results', 'progress'];
  const available: Tab[] =
    s.status === 'draft' ? ['questions'] : [...followUp, ...(feedsBank ? (['responses'] as const) : []), 'questions'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && available.includes(asked) ? asked : (available[0] ?? 'questions');
  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to={`/orgs/${orgId}/surveys`} size="sm">
              {t('survey.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {surveyKindLabel(t, s.kind)}
            </Text>
          </Breadcrumbs>
        }
        title={s.title}
        subtitle={
          <Group gap={6} mt={4}>
            <Badge variant="light" color={surveyStatusColor[s.status]} tt="none" styles={unclippedLabel}>
              {surveyStatusLabel(t, s.status)}
            </Badge>
            {s.anonymous && (
              <Badge variant="light" color="gray" tt="none">
                {t('survey.anonymous')}
              </Badge>
            )}
            <span>{surveyWindow(s)}</span>
          </Group>
        }
        actions={
          <>
            {s.status === 'open' && can('survey:respond') && addressedToMe(s, membership.roles) && (
              <Button variant="default" component={Link} to="answer">
                {t('survey.answerSelf')}
              </Button>
            )}
            {can('survey:manage') && <MoveButton survey={s} />}
          </>
        }
      />
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          {available.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`survey.tab.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="questions">
          {s.status === 'draft' && can('survey:manage') ? <SurveyEditor survey={s} /> : <QuestionList survey={s} />}
        </Tabs.Panel>
        <Tabs.Panel value="progress">
          <SurveyProgressPanel survey={s} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <SurveyResultsPanel survey={s} />
        </Tabs.Panel>
        {feedsBank && (
          <Tabs.Panel value="responses">
            <SurveyResponsesPanel survey={s} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
