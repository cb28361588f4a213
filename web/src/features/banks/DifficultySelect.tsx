// One catalogue entry to filter by, grouped as in the catalogue.
import { Select } from '@mantine/core';
import type { Difficulty } from '../../../../src/catalog/catalog-contract.js';
import { useT } from '../../i18n';
import { groupDifficulties } from '../catalog/catalog-api';

export function DifficultySelect({
  label,
  catalogue,
  value,
  onChange,
}: {
  label: string;
  catalogue: readonly Difficulty[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const t = useT();
  const data = groupDifficulties(catalogue.filter((d) => !d.archived)).map((g) => ({
    group: g.group,
    items: g.items.map((d) => ({ value: d.id, label: d.name })),
  }));
  return (
    <Select
      label={label}
      placeholder={t('bank.any')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      nothingFoundMessage={t('bank.nothingFound')}
      maxDropdownHeight={320}
      w={320}
    />
  );
}
