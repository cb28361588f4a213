// What a teacher sees under «Анкеты»: the open questionnaires addressed to them, each with a
// button to answer (or a note that they already have, for named ones).
import { Badge, Button, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Survey } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useSurveyResponses, useSurveys } from './survey-api';
import { surveyKindLabel } from './survey-labels';

function SurveyCard({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  // Only a named answer can be found again; an anonymous one is kept without the person.
  const own = useSurveyResponses(orgId, survey.id, !survey.anonymous);
  const answered = (own.data?.length ?? 0) > 0;
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="xs" h="100%">
        <Group gap={6}>
          <Badge variant="light" tt="none">
            {surveyKindLabel(t, survey.kind)}
          </Badge>
          {survey.anonymous && (
            <Badge variant="light" color="gray" tt="none">
              {t('survey.anonymous')}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h4" fw={600}>
          {survey.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('survey.until', { date: formatDate(survey.closesOn) })} ·{' '}
          {t('survey.questionCount', { n: survey.questions.length })}
        </Text>
        <Group mt="auto" pt="sm">
          {answered ? (
            <Badge color="teal" variant="light" leftSection={<IconClipboardCheck size={14} aria-hidden />} tt="none">
              {t('survey.youAnswered')}
            </Badge>
          ) : (
            <Button
              component={Link}
              to={`/orgs/${orgId}/surveys/${survey.id}/answer`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('survey.answer')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function MySurveys() {
  const t = useT();
  const { orgId } = useOrg();
  const list = useSurveys(orgId, null);
  const items = list.data ?? [];
  return (
    <>
      <PageHeader title={t('survey.mineTitle')} subtitle={t('survey.mineSubtitle')} />
      {list.isPending ? (
        <TableSkeleton />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconClipboardCheck size={28} aria-hidden />}
            withIndicatorBackground
            title={t('survey.mineEmpty')}
            description={t('survey.mineEmptyText')}
          />
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {items.map((s) => (
            <SurveyCard key={s.id} survey={s} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
