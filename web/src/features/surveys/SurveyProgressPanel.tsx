// The campaign (§3.4): how many of the people addressed have answered, who has and who has not
// (names only on named surveys), and an in-app reminder to the rest, confirmed with its count.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBellRinging, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Survey } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { AudienceText } from './QuestionList';
import { type SurveyProgress, useRemind, useSurveyProgress } from './survey-api';

type Person = NonNullable<SurveyProgress['answeredPeople']>[number];

function People({ title, people, empty, id }: { title: string; people: Person[]; empty: string; id: string }) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" mb="sm" id={id}>
        {title} ({people.length})
      </Title>
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {people.map((p) => (
            <List.Item key={p.staffId}>
              {p.name}
              {!p.hasAccount && (
                <Badge ml={6} size="xs" variant="light" color="gray" tt="none">
                  {t('survey.prog.noAccount')}
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function RemindButton({ survey, pending }: { survey: Survey; pending: number }) {
  const t = useT();
  const { orgId } = useOrg();
  const remind = useRemind(orgId, survey.id);
  const [asking, setAsking] = useState(false);
  const run = () =>
    remind.mutate(undefined, {
      onSuccess: ({ reminded }) => {
        setAsking(false);
        notifySuccess(reminded > 0 ? t('survey.prog.reminded', { n: reminded }) : t('survey.prog.remindedNone'));
      },
      onError: (e) => {
        setAsking(false);
        notifyError(e);
      },
    });
  return (
    <>
      <Button leftSection={<IconBellRinging size={16} aria-hidden />} onClick={() => setAsking(true)}>
        {t('survey.prog.remind')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('survey.prog.remindTitle')} centered>
        <Stack>
          <Text size="sm">{t('survey.prog.remindText', { n: pending })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={run} loading={remind.isPending}>
              {t('survey.prog.remindGo')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {remind.data && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mt="sm">
          {remind.data.reminded > 0
            ? t('survey.prog.reminded', { n: remind.data.reminded })
            : t('survey.prog.remindedNone')}
        </Alert>
      )}
    </>
  );
}

export function SurveyProgressPanel({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const progress = useSurveyProgress(orgId, survey.id, true);
  if (progress.isPending) return <TableSkeleton />;
  if (progress.error) return <LoadError error={progress.error} onRetry={() => void progress.refetch()} />;
  const p = progress.data;
  const share = p.total ? Math.round((p.answered / p.total) * 100) : 0;
  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text fw={600} size="lg">
              {t('survey.prog.summary', { n: p.answered, total: p.total })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('survey.audience')}: <AudienceText survey={survey} />
            </Text>
          </Stack>
          {survey.status === 'open' && can('survey:manage') && p.pending > 0 && (
            <div>
              <RemindButton survey={survey} pending={p.pending} />
            </div>
          )}
        </Group>
        <Progress value={share} mt="md" size="lg" aria-label={t('survey.prog.share', { n: share })} />
      </Paper>
      {p.answeredPeople && p.pendingPeople ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <People
            id="prog-pending"
            title={t('survey.prog.pending')}
            people={p.pendingPeople}
            empty={t('survey.prog.allAnswered')}
          />
          <People
            id="prog-answered"
            title={t('survey.prog.answered')}
            people={p.answeredPeople}
            empty={t('survey.prog.noneAnswered')}
          />
        </SimpleGrid>
      ) : (
        <Alert color="gray" variant="light">
          {t('survey.prog.anonymous', { pending: p.pending })}
        </Alert>
      )}
    </Stack>
  );
}
