// On a program's page: a change that waits for the director's order (an extension, a new mentor,
// an early end) — what it is, who asked and when, the draft order to open, and the curator's way
// to take it back.
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TerminationReason } from '../../../../src/programs/lifecycle.js';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import type { People } from '../groups/people-api';
import { ordersKey } from '../orders/orders-api';
import { useOrg } from '../org/OrgScope';
import { reasonLabel } from './program-labels';
import { type Program, programsKey } from './programs-api';

type Change = NonNullable<Program['pendingChange']>;

function useWithdraw(orgId: string, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changeId: string) =>
      api<void>(`/api/v1/orgs/${orgId}/programs/${programId}/changes/${changeId}/withdraw`, { method: 'POST' }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: programsKey(orgId) });
      void client.invalidateQueries({ queryKey: ordersKey(orgId) });
    },
  });
}

export function PendingChange({ program, people }: { program: Program; people: People }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const withdraw = useWithdraw(orgId, program.id);
  const [confirming, setConfirming] = useState(false);
  const change: Change | null = program.pendingChange;
  if (!change) return null;
  const what =
    change.action === 'extend'
      ? t('changes.pending.extend', { date: formatDate(change.endsOn ?? '') })
      : change.action === 'replace-mentor'
        ? t('changes.pending.replace-mentor', {
            mentor: (change.mentorId && people.mentor(change.mentorId)?.name) || t('programs.unknown'),
          })
        : t('changes.pending.terminate', {
            reason: change.reason ? reasonLabel(t, change.reason as TerminationReason) : '—',
          });
  const run = () =>
    withdraw.mutate(change.id, {
      onSuccess: () => {
        setConfirming(false);
        notifySuccess(t('changes.pending.withdrawn'));
      },
      onError: (e) => {
        setConfirming(false);
        notifyError(e);
      },
    });
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="md"
      icon={<IconFileCertificate size={20} aria-hidden />}
      title={t('changes.pending.title')}
      role="status"
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {what}
        </Text>
        <Text size="sm">
          {t('changes.pending.asked', { date: formatDate(change.createdAt), who: change.requestedByName })}
        </Text>
        {change.note && (
          <Text size="sm" c="dimmed">
            {change.note}
          </Text>
        )}
        <Text size="sm">{t('changes.pending.rule')}</Text>
        <Group gap="md" mt={4}>
          {change.order && can('order:read') && (
            <Anchor component={Link} to={`/orgs/${orgId}/orders/${change.order.id}`} size="sm" fw={600}>
              {t('changes.pending.order')}
            </Anchor>
          )}
          {can('program:manage') && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t('changes.pending.withdraw')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('changes.pending.withdraw')} centered>
        <Stack>
          <Text size="sm">{t('changes.pending.withdrawConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={run} loading={withdraw.isPending}>
              {t('changes.pending.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}
