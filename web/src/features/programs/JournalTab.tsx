// «Журнал»: what the pair did — meetings, observed lessons, consultations, assignments and their
// checking — newest first; the pair (and the curator, from paper) add entries while it runs.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { unclippedLabel } from '../../ui/badge-styles';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { JournalEntryModal } from './JournalEntryModal';
import { journalKindLabel } from './program-labels';
import { type Program, useJournal } from './programs-api';

const observationLabels = {
  className: 'programs.journal.className',
  topic: 'programs.journal.topic',
  strengths: 'programs.journal.wentWell',
  toImprove: 'programs.journal.toImprove',
  recommendations: 'programs.journal.recommendations',
} as const;

export function JournalTab({ program, writable }: { program: Program; writable: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const list = useJournal(orgId, program.id);
  const [adding, setAdding] = useState(false);
  if (list.isPending) return <TableSkeleton />;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  const line = (label: string, value: string | null | undefined) =>
    value ? (
      <Text size="sm">
        <Text span fw={600} size="sm">
          {label}:
        </Text>{' '}
        {value}
      </Text>
    ) : null;
  return (
    <>
      {writable && (
        <Group mb="sm">
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('programs.journal.add')}
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('programs.journal.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((e) => (
            <Paper key={e.id} withBorder p="sm" component="li">
              <Group gap="xs" mb={4}>
                <Badge variant="light" tt="none" styles={unclippedLabel}>
                  {journalKindLabel(t, e.kind)}
                </Badge>
                <Text size="sm" fw={600}>
                  {formatDate(e.happenedOn)}
                </Text>
                <Text size="sm" c="dimmed">
                  {e.minutes !== null
                    ? t('programs.journal.by', { author: e.author, minutes: e.minutes })
                    : t('programs.journal.byNoTime', { author: e.author })}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.summary}
              </Text>
              {e.observation &&
                (Object.keys(observationLabels) as (keyof typeof observationLabels)[]).map((k) => (
                  <div key={k}>{line(t(observationLabels[k]), e.observation?.[k])}</div>
                ))}
              {e.assignment && (
                <>
                  {line(t('programs.journal.task'), e.assignment.task)}
                  {line(
                    t('programs.journal.checkedOn'),
                    e.assignment.checkedOn ? formatDate(e.assignment.checkedOn) : null,
                  )}
                  {line(t('programs.journal.result'), e.assignment.result)}
                </>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {adding && <JournalEntryModal programId={program.id} onClose={() => setAdding(false)} />}
    </>
  );
}
