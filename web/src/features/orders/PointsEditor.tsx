// The numbered points of an order: each its text, the person responsible and the deadline; added,
// removed and moved up or down. The last printed point (control) is edited apart from them.
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { OrderForm } from './order-form';

export function PointsEditor({ form }: { form: OrderForm }) {
  const t = useT();
  const points = form.values.content.points;
  const listError = form.errors['content.points'];
  return (
    <Stack gap="sm">
      {points.map((_, i) => {
        const n = i + 1;
        const path = `content.points.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a point is known by its number; inputs are controlled
          <Paper key={i} withBorder p="sm" radius="md">
            <Group justify="space-between" mb={6} wrap="nowrap">
              <Text size="sm" fw={600}>
                {t('orders.point', { n })}
              </Text>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('orders.pointUp', { n })}
                  disabled={i === 0}
                  onClick={() => form.reorderListItem('content.points', { from: i, to: i - 1 })}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('orders.pointDown', { n })}
                  disabled={i === points.length - 1}
                  onClick={() => form.reorderListItem('content.points', { from: i, to: i + 1 })}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('orders.pointRemove', { n })}
                  disabled={points.length === 1}
                  onClick={() => form.removeListItem('content.points', i)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
            <Stack gap="xs">
              <Textarea
                label={t('orders.pointText', { n })}
                autosize
                minRows={2}
                maxRows={10}
                required
                data-path={`${path}.text`}
                {...form.getInputProps(`${path}.text`)}
              />
              <Group grow align="flex-start" gap="xs">
                <TextInput
                  label={t('orders.pointResponsible')}
                  placeholder={t('orders.pointResponsiblePlaceholder')}
                  data-path={`${path}.responsible`}
                  {...form.getInputProps(`${path}.responsible`)}
                />
                <TextInput
                  label={t('orders.pointDue')}
                  placeholder={t('orders.pointDuePlaceholder')}
                  data-path={`${path}.due`}
                  {...form.getInputProps(`${path}.due`)}
                />
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {typeof listError === 'string' && (
        <Text size="sm" c="var(--mantine-color-error)">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('content.points', { text: '', responsible: '', due: '' })}
        >
          {t('orders.pointAdd')}
        </Button>
      </Group>
    </Stack>
  );
}
