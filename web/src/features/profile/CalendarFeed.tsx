// The person's calendar of mentoring activities: a secret address a calendar application can
// subscribe to. It is shown once when issued; a new address replaces the old, and it can be turned off.
import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/notify';

const key = ['me', 'calendar'] as const;

export function CalendarFeed() {
  const t = useT();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<{ active: boolean; createdAt: string | null }>('/api/v1/me/calendar', { signal }),
  });
  const [address, setAddress] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () => api<{ path: string }>('/api/v1/me/calendar', { method: 'POST' }),
    onSuccess: (r) => {
      setAddress(new URL(r.path, window.location.origin).toString());
      void client.invalidateQueries({ queryKey: key });
    },
    onError: notifyError,
  });
  const revoke = useMutation({
    mutationFn: () => api<void>('/api/v1/me/calendar', { method: 'DELETE' }),
    onSuccess: () => {
      setAddress(null);
      void client.invalidateQueries({ queryKey: key });
    },
    onError: notifyError,
  });
  const active = status.data?.active ?? false;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="xs">
        {t('calendar.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('calendar.hint')}
        </Text>
        {address ? (
          <Alert color="teal" variant="light" icon={<IconCalendarEvent aria-hidden />} title={t('calendar.issued')}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput label={t('calendar.address')} value={address} readOnly style={{ flex: 1 }} />
              <CopyButton value={address}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  >
                    {copied ? t('calendar.copied') : t('calendar.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Alert>
        ) : (
          active && (
            <Text size="sm">{t('calendar.active', { date: formatDateTime(status.data?.createdAt ?? null) })}</Text>
          )
        )}
        <Group gap="sm">
          <Button
            variant={active ? 'default' : 'filled'}
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => issue.mutate()}
            loading={issue.isPending}
          >
            {active ? t('calendar.reissue') : t('calendar.issue')}
          </Button>
          {active && (
            <Button variant="default" c="red.9" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t('calendar.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
