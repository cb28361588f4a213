// Taking a person out of a bank: the entry stays in the history with the reason given here.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useRemoveFromBank } from './bank-api';

interface Props {
  bank: 'mentees' | 'mentors';
  entry: { id: string; version: number };
  name: string;
  onClose: () => void;
  onRemoved: () => void;
}

export function RemoveFromBankModal({ bank, entry, name, onClose, onRemoved }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const mutation = useRemoveFromBank(orgId, bank);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = isProblem(mutation.error) ? mutation.error : null;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate(
      { id: entry.id, version: entry.version, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('banks.removed'));
          onRemoved();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('banks.removeTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(bank === 'mentees' ? 'banks.removeMenteeText' : 'banks.removeMentorText', { name })}</Text>
          {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
          <Textarea
            label={t('banks.removeReason')}
            placeholder={t('banks.removeReasonPlaceholder')}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('banks.removeReasonRequired') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>
              {t('banks.remove')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
