// Difficulties from the catalogue, each with its priority: 1 — the most pressing.
import { Group, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Difficulty } from '../../../../src/catalog/catalog-contract.js';
import { useT } from '../../i18n';
import { groupDifficulties } from '../catalog/catalog-api';

export interface PickedDifficulty {
  id: string;
  priority: number;
}

interface Props {
  label: string;
  catalogue: readonly Difficulty[];
  value: PickedDifficulty[];
  onChange: (value: PickedDifficulty[]) => void;
  error?: React.ReactNode;
}

export function DifficultyPicker({ label, catalogue, value, onChange, error }: Props) {
  const t = useT();
  const names = new Map(catalogue.map((d) => [d.id, d.name]));
  const data = groupDifficulties(catalogue.filter((d) => !d.archived)).map((g) => ({
    group: g.group,
    items: g.items.map((d) => ({ value: d.id, label: d.name })),
  }));
  const setIds = (ids: string[]) => onChange(ids.map((id) => value.find((d) => d.id === id) ?? { id, priority: 2 }));
  const setPriority = (id: string, priority: number) =>
    onChange(value.map((d) => (d.id === id ? { ...d, priority } : d)));
  return (
    <Stack gap="xs">
      <MultiSelect
        label={label}
        description={t('bank.difficultiesHint')}
        data={data}
        value={value.map((d) => d.id)}
        onChange={setIds}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        nothingFoundMessage={t('bank.nothingFound')}
        maxDropdownHeight={320}
        error={error}
        data-path="difficulties"
      />
      {value.length > 0 && (
        <Stack gap={6}>
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {t('bank.chosenDifficulties')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('bank.priorityHead')}
            </Text>
          </Group>
          {value.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
                {names.get(d.id) ?? d.id}
              </Text>
              <SegmentedControl
                size="xs"
                aria-label={t('bank.priorityFor', { name: names.get(d.id) ?? '' })}
                value={String(d.priority)}
                onChange={(v) => setPriority(d.id, Number(v))}
                data={[1, 2, 3].map((p) => ({ value: String(p), label: t(`bank.priority.${p as 1 | 2 | 3}`) }))}
              />
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
