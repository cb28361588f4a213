// The questions of a survey as they were asked, for a survey that is no longer a draft.
import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { Survey } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { roleLabel } from '../../lib/labels';
import { questionTypeLabel } from './survey-labels';

export function AudienceText({ survey }: { survey: Survey }) {
  const t = useT();
  const parts = [
    ...(survey.audience.roles ?? []).map((r) => roleLabel(t, r)),
    ...(survey.audience.banks ?? []).map((b) => t(`survey.bank.${b}`)),
  ];
  if (survey.audience.staffIds?.length) parts.push(t('survey.namedPeople', { n: survey.audience.staffIds.length }));
  return <>{parts.length ? parts.join(', ') : t('survey.audienceAll')}</>;
}

export function QuestionList({ survey }: { survey: Survey }) {
  const t = useT();
  return (
    <Stack gap="sm">
      <Text size="sm">
        <Text span fw={500}>
          {t('survey.audience')}:
        </Text>{' '}
        <AudienceText survey={survey} />
      </Text>
      {survey.questions.map((q, i) => (
        <Paper key={q.id} withBorder p="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text fw={500}>
              {i + 1}. {q.text}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Badge variant="light" color="gray" tt="none">
                {questionTypeLabel(t, q.type)}
              </Badge>
              {q.required && (
                <Badge variant="light" color="orange" tt="none">
                  {t('survey.required')}
                </Badge>
              )}
            </Group>
          </Group>
          {q.options && (
            <List size="sm" mt="xs" c="dimmed">
              {q.options.map((o) => (
                <List.Item key={o.id}>{o.text}</List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
