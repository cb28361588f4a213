// The host school's answer to a request: agree, or decline with a reason the other school reads.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrg } from '../org/OrgScope';
import { type NetworkRequestView, useDecideNetworkRequest } from './network-api';

interface Props {
  request: NetworkRequestView;
  decision: 'agreed' | 'declined';
  onClose: () => void;
}

export function NetworkDecisionModal({ request, decision, onClose }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const mutation = useDecideNetworkRequest(orgId);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const declining = decision === 'declined';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (declining && reason.trim() === '') {
      setReasonError(t('network.reasonRequired'));
      return;
    }
    mutation.mutate(
      { id: request.id, body: { decision, reason: reason.trim() || null, version: request.version } },
      {
        onSuccess: () => {
          notifySuccess(declining ? t('network.declinedDone') : t('network.agreedDone'));
          onClose();
        },
      },
    );
  };
  const problem = isProblem(mutation.error) ? mutation.error : null;
  const names = request.mentees.map((m) => m.fullName).join(', ');
  return (
    <Modal opened onClose={onClose} title={declining ? t('network.declineTitle') : t('network.agreeTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('network.decisionText', {
              mentor: request.mentor.fullName,
              school: request.menteeOrg.name,
              mentees: names,
            })}
          </Text>
          {problem &&
            (problem.code === 'STALE_VERSION' ? (
              <StaleVersionAlert problem={problem} onReload={onClose} />
            ) : (
              <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
            ))}
          <Textarea
            label={declining ? t('network.reason') : t('network.comment')}
            withAsterisk={declining}
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={declining ? 'red.9' : undefined} loading={mutation.isPending}>
              {declining ? t('network.decline') : t('network.agree')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
