// A participant's decision on a proposed group: their own, in the app, or the curator's record of a
// signature on paper. Refusing needs a reason (participation is voluntary, and the reason is kept).
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { type Group as MentoringGroup, useRecordAgreement } from './groups-api';

interface Props {
  group: MentoringGroup;
  participantId: string;
  name: string;
  /** The signed-in person deciding for themselves, or a record from paper. */
  own: boolean;
  initial?: 'agreed' | 'declined';
  onClose: () => void;
}

export function DecisionModal({ group, participantId, name, own, initial = 'agreed', onClose }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const record = useRecordAgreement(orgId);
  const [decision, setDecision] = useState<'agreed' | 'declined'>(initial);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const submit = () => {
    if (decision === 'declined' && !reason.trim()) {
      setReasonError(t('groups.decide.reasonRequired'));
      return;
    }
    record.mutate(
      { groupId: group.id, body: { participantId, decision, reason: reason.trim() || null, version: group.version } },
      {
        onSuccess: () => {
          notifySuccess(t(decision === 'agreed' ? 'groups.decide.savedAgreed' : 'groups.decide.savedDeclined'));
          onClose();
        },
        onError: (error) => {
          if (isProblem(error, 'VALIDATION_FAILED')) {
            const e = error.errors.find((x) => x.path === 'reason');
            if (e) return setReasonError(e.message);
          }
          notifyError(error);
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={own ? t('groups.decide.ownTitle') : t('groups.decide.paperTitle', { name })}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{own ? t('groups.decide.ownText') : t('groups.decide.paperText', { name })}</Text>
        <SegmentedControl
          value={decision}
          onChange={(v) => {
            setDecision(v as 'agreed' | 'declined');
            setReasonError(null);
          }}
          data={[
            { value: 'agreed', label: t('groups.decide.agree') },
            { value: 'declined', label: t('groups.decide.decline') },
          ]}
          fullWidth
          aria-label={t('groups.decide.choice')}
        />
        <Textarea
          label={t('groups.decide.reason')}
          description={decision === 'declined' ? t('groups.decide.reasonHintDecline') : t('groups.decide.reasonHint')}
          required={decision === 'declined'}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError}
          autosize
          minRows={2}
          maxLength={500}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={record.isPending} color={decision === 'declined' ? 'red' : undefined}>
            {t('groups.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
