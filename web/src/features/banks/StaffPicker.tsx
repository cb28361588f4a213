// Choosing the person for a bank entry: a searchable list that asks the server as one types.
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';
import { fullName } from '../staff/staff-format';
import { useStaffSearch } from './bank-api';

interface Option {
  value: string;
  label: string;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  label: string;
  description?: string;
}

export function StaffPicker({ value, onChange, error, label, description }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  // Once a person is chosen the box shows their name; that text is not a new search.
  const query = chosen && search === chosen.label ? '' : search;
  const [debounced] = useDebouncedValue(query, 300);
  const found = useStaffSearch(orgId, debounced);
  const options: Option[] = (found.data ?? []).map((s) => ({ value: s.id, label: `${fullName(s)} — ${s.position}` }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={label}
      description={description}
      withAsterisk
      searchable
      clearable
      allowDeselect={false}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      placeholder={t('bank.staffPlaceholder')}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('bank.staffNotFound')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={data}
      value={value || null}
      onChange={(next, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(next ?? '');
      }}
      rightSection={found.isFetching ? <Loader size={16} aria-hidden /> : undefined}
      error={error}
      data-path="staffId"
    />
  );
}
