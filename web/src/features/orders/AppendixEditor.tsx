// One appendix of an order: its heading, its paragraphs (one per line) and, where it has one, its
// table — every cell editable, rows added and removed. The table of pairs is filled from the groups.
import { ActionIcon, Button, Group, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { OrderForm } from './order-form';

export function AppendixEditor({ form, index }: { form: OrderForm; index: number }) {
  const t = useT();
  const n = index + 1;
  const path = `content.appendices.${index}`;
  const appendix = form.values.content.appendices[index];
  if (!appendix) return null;
  const table = appendix.table;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('orders.appendixTitle', { n })}
        autosize
        minRows={1}
        required
        data-path={`${path}.title`}
        {...form.getInputProps(`${path}.title`)}
      />
      <Textarea
        label={t('orders.appendixParagraphs')}
        description={t('orders.onePerLine')}
        autosize
        minRows={2}
        maxRows={12}
        data-path={`${path}.paragraphs`}
        {...form.getInputProps(`${path}.paragraphs`)}
      />
      {table && (
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('orders.appendixTable', { n: table.rows.length })}
          </Text>
          <ScrollArea type="auto" offsetScrollbars>
            <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} miw={640}>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((c, ci) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity beyond their place
                    <Table.Th key={ci}>
                      <Text size="xs" fw={600}>
                        {c}
                      </Text>
                    </Table.Th>
                  ))}
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row, ri) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
                  <Table.Tr key={ri}>
                    {table.columns.map((c, ci) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond their place
                      <Table.Td key={ci}>
                        <Textarea
                          size="xs"
                          autosize
                          minRows={1}
                          maxRows={6}
                          aria-label={t('orders.cell', { row: ri + 1, column: c })}
                          value={row[ci] ?? ''}
                          onChange={(e) => form.setFieldValue(`${path}.table.rows.${ri}.${ci}`, e.currentTarget.value)}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('orders.rowRemove', { n: ri + 1 })}
                        onClick={() => form.removeListItem(`${path}.table.rows`, ri)}
                      >
                        <IconTrash size={14} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Group mt="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                form.insertListItem(`${path}.table.rows`, [
                  String(table.rows.length + 1),
                  ...table.columns.slice(1).map(() => ''),
                ])
              }
            >
              {t('orders.rowAdd')}
            </Button>
          </Group>
        </div>
      )}
    </Stack>
  );
}
