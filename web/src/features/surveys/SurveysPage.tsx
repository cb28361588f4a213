// «Анкеты»: the curator's list of questionnaires (kind, status, dates, how many answered) with
// creating one from a template; for everyone else, the questionnaires waiting for their answer.
import { Anchor, Badge, Button, EmptyState, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Survey, type SurveyStatus, surveyStatuses } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { unclippedLabel } from '../../ui/badge-styles';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { MySurveys } from './MySurveys';
import { SurveyCreateModal } from './SurveyCreateModal';
import { useSurveyProgress, useSurveys } from './survey-api';
import { surveyKindLabel, surveyStatusColor, surveyStatusLabel, surveyWindow } from './survey-labels';

function AnsweredCell({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  const progress = useSurveyProgress(orgId, survey.id, survey.status !== 'draft');
  if (survey.status === 'draft')
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (!progress.data)
    return (
      <Text size="sm" c="dimmed">
        …
      </Text>
    );
  return <Text size="sm">{t('survey.answeredOf', { n: progress.data.answered, total: progress.data.total })}</Text>;
}

function pickStatus(value: string | null): SurveyStatus | null {
  return value && (surveyStatuses as readonly string[]).includes(value) ? (value as SurveyStatus) : null;
}

export function SurveysPage() {
  const { can } = useOrg();
  if (!can('survey:results')) return <MySurveys />;
  return <AllSurveys canManage={can('survey:manage')} />;
}

function AllSurveys({ canManage }: { canManage: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const status = pickStatus(params.get('status'));
  const list = useSurveys(orgId, status);
  const items = list.data ?? [];
  return (
    <>
      <PageHeader
        title={t('survey.title')}
        subtitle={t('survey.subtitle')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('survey.create')}
            </Button>
          )
        }
      />
      <Group mb="md">
        <SegmentedControl
          aria-label={t('survey.filterStatus')}
          value={status ?? 'all'}
          onChange={(v) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (v === 'all') next.delete('status');
                else next.set('status', v);
                return next;
              },
              { replace: true },
            )
          }
          data={[
            { value: 'all', label: t('survey.filterAll') },
            ...surveyStatuses.map((s) => ({ value: s, label: t(`survey.filter.${s}`) })),
          ]}
        />
      </Group>
      {list.isPending ? (
        <TableSkeleton />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconClipboardList size={28} aria-hidden />}
            withIndicatorBackground
            title={t('survey.empty')}
            description={t(canManage ? 'survey.emptyManage' : 'survey.emptyText')}
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('survey.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('survey.col.title')}</Table.Th>
                  <Table.Th>{t('survey.col.kind')}</Table.Th>
                  <Table.Th>{t('survey.col.status')}</Table.Th>
                  <Table.Th>{t('survey.col.window')}</Table.Th>
                  <Table.Th>{t('survey.col.answered')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${orgId}/surveys/${s.id}`} fw={500} size="sm">
                        {s.title}
                      </Anchor>
                      {s.anonymous && (
                        <Text size="xs" c="dimmed">
                          {t('survey.anonymous')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{surveyKindLabel(t, s.kind)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={surveyStatusColor[s.status]} tt="none" styles={unclippedLabel}>
                        {surveyStatusLabel(t, s.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {surveyWindow(s)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <AnsweredCell survey={s} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <SurveyCreateModal onClose={() => setCreating(false)} />}
    </>
  );
}
