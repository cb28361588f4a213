// The scanned copy of a signed consent in its row: open it, attach one, replace or remove it.
import { Anchor, Button, FileButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Consent } from '../../../../src/consents/consent-contract.js';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { consentScanUrl, useAttachScan, useRemoveScan } from './consent-api';
import { consentKindLabel } from './consent-labels';

const accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

function sizeLabel(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} КБ` : `${(bytes / 1024 / 1024).toFixed(1)} МБ`;
}

export function ScanCell({ consent, manage }: { consent: Consent; manage: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const attach = useAttachScan(orgId, consent.staffId);
  const remove = useRemoveScan(orgId, consent.staffId);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const kind = consentKindLabel(t, consent.kind);
  const upload = (file: File | null) => {
    if (!file) return;
    attach.mutate(
      { consentId: consent.id, file },
      { onSuccess: () => notifySuccess(t('scan.attached')), onError: notifyError },
    );
  };
  const picker = (label: string, variant: 'default' | 'subtle') => (
    <FileButton onChange={upload} accept={accept}>
      {(props) => (
        <Button
          {...props}
          variant={variant}
          size="xs"
          loading={attach.isPending}
          leftSection={<IconPaperclip size={14} aria-hidden />}
          aria-label={`${label}: ${kind}`}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
  if (!consent.scan) return manage ? picker(t('scan.attach'), 'default') : <Text size="sm">—</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Anchor href={consentScanUrl(orgId, consent.staffId, consent.id)} target="_blank" rel="noopener" size="sm">
        {consent.scan.fileName}
      </Anchor>
      <Text size="xs" c="dimmed">
        {sizeLabel(consent.scan.size)}
      </Text>
      {manage && (
        <Group gap={4} wrap="nowrap">
          {picker(t('scan.replace'), 'subtle')}
          <Button
            variant="subtle"
            size="xs"
            c="red.9"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={`${t('scan.remove')}: ${kind}`}
            onClick={() => setRemoving(true)}
          >
            {t('scan.remove')}
          </Button>
        </Group>
      )}
      {removing && (
        <Modal opened onClose={() => setRemoving(false)} title={t('scan.removeTitle')} centered>
          <Stack gap="md">
            <Text size="sm">{t('scan.removeText', { name: consent.scan.fileName })}</Text>
            <TextInput
              label={t('scan.removeReason')}
              placeholder={t('scan.removeReasonPlaceholder')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { consentId: consent.id, reason: reason.trim() },
                    {
                      onSuccess: () => {
                        notifySuccess(t('scan.removed'));
                        setRemoving(false);
                      },
                      onError: notifyError,
                    },
                  )
                }
              >
                {t('scan.remove')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
