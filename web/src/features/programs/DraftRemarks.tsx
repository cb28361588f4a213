// On a draft program's page: the participants' and the curator's remarks on the draft (§5.1: the
// mentee takes part in drafting), oldest first, and a field to add one.
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { type Program, programsKey, useProgramEvents } from './programs-api';

export function DraftRemarks({ program, mayWrite }: { program: Program; mayWrite: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const client = useQueryClient();
  const events = useProgramEvents(orgId, program.id);
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: (body: { text: string }) =>
      api(`/api/v1/orgs/${orgId}/programs/${program.id}/comments`, { method: 'POST', body }),
    onSuccess: () => {
      setText('');
      void client.invalidateQueries({ queryKey: programsKey(orgId) });
    },
    onError: notifyError,
  });
  const remarks = (events.data?.items ?? []).filter((e) => e.action === 'comment');
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="draft-remarks">
      <Title order={2} size="h5" id="draft-remarks" mb={4}>
        {t('remarks.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('remarks.hint')}
      </Text>
      <Stack gap="xs">
        {remarks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('remarks.none')}
          </Text>
        )}
        {remarks.map((r) => (
          <div key={r.id}>
            <Text size="xs" c="dimmed">
              {r.actor}, {formatDateTime(r.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.note}
            </Text>
          </div>
        ))}
        {mayWrite && (
          <>
            <Textarea
              label={t('remarks.new')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Group justify="flex-end">
              <Button
                size="sm"
                variant="light"
                disabled={!text.trim()}
                loading={send.isPending}
                onClick={() => send.mutate({ text: text.trim() })}
              >
                {t('remarks.send')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
