// The home page's note about questionnaires the curator asked this person to fill in, with a link
// to each form. Nothing is shown when there is nothing to answer.
import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useMarkReminderSeen, useMyReminders } from './survey-api';

export function RemindersCard({ orgId }: { orgId: string }) {
  const t = useT();
  const reminders = useMyReminders();
  const seen = useMarkReminderSeen();
  const items = (reminders.data ?? []).filter((r) => r.orgId === orgId);
  if (items.length === 0) return null;
  return (
    <Paper
      withBorder
      p="lg"
      mb="lg"
      component="section"
      aria-labelledby="reminders-title"
      bg="var(--mantine-color-yellow-light)"
    >
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="yellow" radius="xl" aria-hidden>
          <IconBellRinging size={18} />
        </ThemeIcon>
        <Title order={2} size="h4" id="reminders-title">
          {t('survey.rem.title')}
        </Title>
      </Group>
      <Stack gap="sm">
        {items.map((r) => (
          <Group key={r.id} justify="space-between" wrap="wrap" gap="sm">
            <div>
              <Anchor component={Link} to={`/orgs/${orgId}/surveys/${r.surveyId}/answer`} fw={500}>
                {r.surveyTitle}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('survey.rem.until', { date: formatDate(r.closesOn) })}
              </Text>
            </div>
            <Group gap="xs">
              <Button component={Link} to={`/orgs/${orgId}/surveys/${r.surveyId}/answer`} size="xs">
                {t('survey.rem.fill')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => seen.mutate(r.id)}>
                {t('survey.rem.hide')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
