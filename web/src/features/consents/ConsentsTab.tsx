// «Согласия» on a staff card: every written consent, in force or withdrawn, with its printable form.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconFileTypeDocx, IconFileTypePdf, IconPlus, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import {
  type Consent,
  type ConsentKind,
  consentKinds,
  type PublicField,
} from '../../../../src/consents/consent-contract.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { ConsentRecordModal } from './ConsentRecordModal';
import { ConsentWithdrawModal } from './ConsentWithdrawModal';
import { consentBlankUrl, consentDocumentUrl, consentPdfUrl, useConsents } from './consent-api';
import { consentKindLabel, publicFieldLabel } from './consent-labels';
import { ScanCell } from './ScanCell';

function ConsentStatus({ consent }: { consent: Consent }) {
  const t = useT();
  if (consent.active) {
    return (
      <Badge variant="light" color="teal" tt="none">
        {t('consent.active')}
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      <Badge variant="light" color="gray" tt="none">
        {t('consent.withdrawnOn', { date: formatDate(consent.withdrawnOn) })}
      </Badge>
      {consent.withdrawReason && (
        <Text size="xs" c="dimmed">
          {consent.withdrawReason}
        </Text>
      )}
    </Stack>
  );
}

/** «Бланк для подписи»: each kind's form before the consent is given, as Word or PDF. */
function BlankForms({ staffId }: { staffId: string }) {
  const t = useT();
  const { orgId } = useOrg();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
          {t('documents.blankForms')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label maw={320}>{t('documents.blankFormsHint')}</Menu.Label>
        {consentKinds.flatMap((kind) =>
          (['docx', 'pdf'] as const).map((ext) => (
            <Menu.Item
              key={`${kind}.${ext}`}
              component="a"
              href={consentBlankUrl(orgId, staffId, kind, ext)}
              download
              leftSection={
                ext === 'docx' ? <IconFileTypeDocx size={16} aria-hidden /> : <IconFileTypePdf size={16} aria-hidden />
              }
            >
              {t(ext === 'docx' ? 'documents.blankWord' : 'documents.blankPdf', { kind: consentKindLabel(t, kind) })}
            </Menu.Item>
          )),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

export function ConsentsTab({ staffId, archived }: { staffId: string; archived: boolean }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const consents = useConsents(orgId, staffId);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const manage = can('consent:manage') && !archived;

  if (consents.isPending) return <Skeleton h={200} radius="md" />;
  if (consents.error) return <LoadError error={consents.error} onRetry={() => void consents.refetch()} />;
  const items = consents.data.items;
  const activeKinds = items.filter((c) => c.active).map((c) => c.kind);
  const missing = consentKinds.filter((k) => k !== 'publication' && !activeKinds.includes(k));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4">
            {t('consent.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('consent.hint')}
          </Text>
        </div>
        <Group gap="xs">
          <BlankForms staffId={staffId} />
          {manage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setRecording(true)}
              disabled={activeKinds.length === consentKinds.length}
            >
              {t('consent.record')}
            </Button>
          )}
        </Group>
      </Group>
      {missing.length > 0 && (
        <Text size="sm">
          {t('consent.missing')}{' '}
          {missing.map((k, i) => (
            <span key={k}>
              {i > 0 && ', '}«{consentKindLabel(t, k as ConsentKind)}»
            </span>
          ))}
        </Text>
      )}
      {items.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconSignature size={28} aria-hidden />
            <Text fw={600}>{t('consent.empty')}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('consent.emptyText')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label={t('consent.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consent.col.kind')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('consent.col.givenOn')}</Table.Th>
                  <Table.Th>{t('consent.col.recordedBy')}</Table.Th>
                  <Table.Th miw={190}>{t('consent.col.status')}</Table.Th>
                  <Table.Th>{t('scan.col')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {consentKindLabel(t, c.kind)}
                      </Text>
                      {c.fields.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {c.fields.map((f) => publicFieldLabel(t, f as PublicField)).join(', ')}
                        </Text>
                      )}
                      {c.note && (
                        <Text size="xs" c="dimmed">
                          {c.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.givenOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.recordedBy.name}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(c.recordedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ConsentStatus consent={c} />
                    </Table.Td>
                    <Table.Td>
                      <ScanCell consent={c} manage={manage} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          component="a"
                          href={consentDocumentUrl(orgId, staffId, c.id)}
                          download
                          variant="subtle"
                          size="xs"
                          leftSection={<IconFileTypeDocx size={16} aria-hidden />}
                          aria-label={t('consent.documentFor', { kind: consentKindLabel(t, c.kind) })}
                        >
                          {t('consent.document')}
                        </Button>
                        <Tooltip label={t('documents.consentPdf')}>
                          <ActionIcon
                            component="a"
                            href={consentPdfUrl(orgId, staffId, c.id)}
                            download
                            variant="subtle"
                            aria-label={t('documents.consentPdfFor', { kind: consentKindLabel(t, c.kind) })}
                          >
                            <IconFileTypePdf size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        {manage && c.active && (
                          <Button
                            variant="default"
                            size="xs"
                            onClick={() => setWithdrawing(c)}
                            aria-label={t('consent.withdrawFor', { kind: consentKindLabel(t, c.kind) })}
                          >
                            {t('consent.withdraw')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {recording && (
        <ConsentRecordModal staffId={staffId} activeKinds={activeKinds} onClose={() => setRecording(false)} />
      )}
      {withdrawing && <ConsentWithdrawModal consent={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Stack>
  );
}
