// What a check or an import found: the counts, every bad row (row, column, message as the file
// names them) and a preview of the rows that are taken.
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { ImportResultView } from './import-api';

const actionColor = { create: 'teal', update: 'blue', skip: 'gray' } as const;

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" c={value > 0 ? color : undefined}>
        {value}
      </Text>
    </Paper>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </Stack>
  );
}

export function ImportReport({ result }: { result: ImportResultView }) {
  const t = useT();
  const badRows = new Set(result.errors.map((e) => e.row)).size;
  const taken = result.created + result.updated + result.skipped;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Count label={t('staffImport.count.created')} value={result.created} color="teal" />
        <Count label={t('staffImport.count.updated')} value={result.updated} color="blue" />
        <Count label={t('staffImport.count.skipped')} value={result.skipped} />
        <Count label={t('staffImport.count.errors')} value={badRows} color="red" />
      </SimpleGrid>

      {result.errors.length > 0 && (
        <Section title={t('staffImport.errorsTitle')} hint={t('staffImport.errorsHint')}>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={560}>
              <Table striped aria-label={t('staffImport.errorsTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>{t('staffImport.col.row')}</Table.Th>
                    <Table.Th>{t('staffImport.col.column')}</Table.Th>
                    <Table.Th>{t('staffImport.col.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.errors.map((e) => (
                    <Table.Tr key={`${e.row}-${e.column}-${e.message}`}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td>{e.column}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Section>
      )}

      {result.preview.length > 0 && (
        <Section
          title={t(result.dryRun ? 'staffImport.previewTitle' : 'staffImport.takenTitle')}
          hint={result.preview.length < taken ? t('staffImport.previewMore', { n: result.preview.length }) : undefined}
        >
          <Paper withBorder>
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label={t(result.dryRun ? 'staffImport.previewTitle' : 'staffImport.takenTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>{t('staffImport.col.row')}</Table.Th>
                    <Table.Th>{t('staffImport.col.action')}</Table.Th>
                    <Table.Th>{t('staffImport.col.name')}</Table.Th>
                    <Table.Th>{t('staffImport.col.position')}</Table.Th>
                    <Table.Th>{t('staffImport.col.birthDate')}</Table.Th>
                    <Table.Th>{t('staffImport.col.email')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.preview.map((p) => (
                    <Table.Tr key={p.row}>
                      <Table.Td>{p.row}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={actionColor[p.action]} tt="none">
                          {t(`staffImport.action.${p.action}` as MessageKey)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{[p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')}</Table.Td>
                      <Table.Td>{p.position}</Table.Td>
                      <Table.Td>{formatDate(p.birthDate) || '—'}</Table.Td>
                      <Table.Td>{p.email ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Section>
      )}
      {result.preview.length === 0 && (
        <Group>
          <Text size="sm" c="dimmed">
            {t('staffImport.nothing')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
