// Named answers of a needs (or potential-mentor) questionnaire, each confirmed by the curator into
// the person's bank entry: what the answer adds is shown before it is written, and the result after.
import { Alert, Anchor, Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Mentee, Mentor } from '../../../../src/banks/bank-contract.js';
import type { Survey, SurveyResponse } from '../../../../src/surveys/survey-contract.js';
import { api, isProblem, type Page } from '../../api/client';
import { menteesKey, mentorsKey } from '../../api/keys';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { type ApplyResult, useApplyResponse, useSurveyResponses } from './survey-api';

interface Chosen {
  id: string;
  text: string;
}

/** The catalogue entries an answer chose, and its free text — what goes to the bank. */
function factsOf(survey: Survey, response: SurveyResponse): { chosen: Chosen[]; text: string | null } {
  const chosen: Chosen[] = [];
  for (const q of survey.questions) {
    const v = response.answers[q.id];
    const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    for (const o of q.options ?? []) {
      if (o.difficultyId && ids.includes(o.id) && !chosen.some((c) => c.id === o.difficultyId))
        chosen.push({ id: o.difficultyId, text: o.text });
    }
  }
  const text = response.answers.request ?? response.answers.experience;
  return { chosen, text: typeof text === 'string' ? text : null };
}

const closed = new Set(['withdrawn', 'removed']);

function useBankEntries(orgId: string, bank: 'mentees' | 'mentors') {
  return useQuery({
    queryKey: [...(bank === 'mentees' ? menteesKey(orgId) : mentorsKey(orgId)), 'for-survey'],
    queryFn: ({ signal }) => api<Page<Mentee | Mentor>>(`/api/v1/orgs/${orgId}/${bank}?limit=200`, { signal }),
    select: (page) => page.items.filter((e) => !closed.has(e.status)),
  });
}

function known(entry: Mentee | Mentor | undefined): Set<string> {
  if (!entry) return new Set();
  return new Set('difficulties' in entry ? entry.difficulties.map((d) => d.id) : entry.competences);
}

function ApplyModal({
  survey,
  response,
  entry,
  bank,
  onClose,
}: {
  survey: Survey;
  response: SurveyResponse;
  entry: Mentee | Mentor | undefined;
  bank: 'mentees' | 'mentors';
  onClose: () => void;
}) {
  const t = useT();
  const { orgId } = useOrg();
  const apply = useApplyResponse(orgId, survey.id);
  const { chosen, text } = factsOf(survey, response);
  const already = known(entry);
  const fresh = chosen.filter((c) => !already.has(c.id));
  const kept = chosen.filter((c) => already.has(c.id));
  const [done, setDone] = useState<ApplyResult | null>(null);
  const run = () =>
    apply.mutate(response.id, {
      onSuccess: (result) => {
        setDone(result);
        notifySuccess(t(`survey.apply.done.${bank}`, { name: response.respondentName ?? '' }));
      },
      onError: (e) => {
        if (!isProblem(e)) notifyError(e);
      },
    });
  const problem = isProblem(apply.error) ? apply.error : null;
  return (
    <Modal opened onClose={onClose} title={t(`survey.apply.title.${bank}`)} centered size="lg">
      <Stack gap="sm">
        <Text fw={500}>{response.respondentName}</Text>
        {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
        {done ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            <Text size="sm">{t(`survey.apply.done.${bank}`, { name: response.respondentName ?? '' })}</Text>
            <Anchor component={Link} to={`/orgs/${orgId}/${bank}`} size="sm">
              {t(`survey.apply.open.${bank}`)}
            </Anchor>
          </Alert>
        ) : (
          <>
            <Text size="sm">{entry ? t(`survey.apply.update.${bank}`) : t(`survey.apply.create.${bank}`)}</Text>
            <Paper withBorder p="sm">
              <Text size="sm" fw={500}>
                {t(`survey.apply.fresh.${bank}`, { n: fresh.length })}
              </Text>
              {fresh.length > 0 ? (
                <List size="sm" mt={4}>
                  {fresh.map((c) => (
                    <List.Item key={c.id}>{c.text}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('survey.apply.nothingNew')}
                </Text>
              )}
              {kept.length > 0 && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('survey.apply.kept', { list: kept.map((c) => c.text).join('; ') })}
                </Text>
              )}
            </Paper>
            {text && bank === 'mentees' && (
              <Text size="sm">
                {t('survey.apply.request')} «{text}»
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(done ? 'common.close' : 'common.cancel')}
          </Button>
          {!done && (
            <Button onClick={run} loading={apply.isPending} leftSection={<IconDatabaseImport size={16} aria-hidden />}>
              {t('survey.apply.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

export function SurveyResponsesPanel({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const bank = survey.kind === 'mentor-candidate' ? 'mentors' : 'mentees';
  const responses = useSurveyResponses(orgId, survey.id);
  const entries = useBankEntries(orgId, bank);
  const [applying, setApplying] = useState<SurveyResponse | null>(null);
  if (responses.isPending) return <TableSkeleton />;
  if (responses.error) return <LoadError error={responses.error} onRetry={() => void responses.refetch()} />;
  const items = responses.data.filter((r) => r.staffId);
  const entryOf = (staffId: string | null) => entries.data?.find((e) => e.staffId === staffId);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t(`survey.apply.intro.${bank}`)}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('survey.apply.none')}
        </Text>
      )}
      {items.map((r) => {
        const { chosen, text } = factsOf(survey, r);
        return (
          <Paper key={r.id} withBorder p="md" component="article" aria-label={r.respondentName ?? ''}>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4} style={{ flex: '1 1 360px' }}>
                <Text fw={600}>{r.respondentName}</Text>
                <Text size="sm">
                  {chosen.length > 0 ? chosen.map((c) => c.text).join('; ') : t('survey.apply.noChoices')}
                </Text>
                {text && (
                  <Text size="sm" c="dimmed">
                    «{text}»
                  </Text>
                )}
              </Stack>
              {r.appliedAt ? (
                <Badge color="teal" variant="light" tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                  {t('survey.apply.applied', { date: formatDateTime(r.appliedAt) })}
                </Badge>
              ) : (
                can('survey:manage') &&
                can('mentee:manage') && (
                  <Button
                    variant="light"
                    leftSection={<IconDatabaseImport size={16} aria-hidden />}
                    onClick={() => setApplying(r)}
                    disabled={entries.isPending}
                  >
                    {t(`survey.apply.button.${bank}`)}
                  </Button>
                )
              )}
            </Group>
          </Paper>
        );
      })}
      {applying && (
        <ApplyModal
          survey={survey}
          response={applying}
          entry={entryOf(applying.staffId)}
          bank={bank}
          onClose={() => setApplying(null)}
        />
      )}
    </Stack>
  );
}
