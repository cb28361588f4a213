import { Chip, CloseButton, Group, Paper, Select, TextInput } from '@mantine/core';
import { IconArchive, IconSearch, IconSeeding } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { consentFilters } from './staff-api';

interface Props {
  search: string;
  onSearch: (value: string) => void;
  young: boolean;
  archived: boolean;
  onToggle: (key: 'young' | 'archived', on: boolean) => void;
  /** Offered to those who keep the consents only. */
  consent?: { value: string | null; onChange: (value: string | null) => void } | undefined;
}

export function StaffToolbar({ search, onSearch, young, archived, onToggle, consent }: Props) {
  const t = useT();
  return (
    <Paper withBorder p="sm">
      <Group gap="md" wrap="wrap">
        <TextInput
          type="search"
          aria-label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            search ? <CloseButton size="sm" aria-label={t('common.clear')} onClick={() => onSearch('')} /> : null
          }
          style={{ flex: '1 1 280px' }}
        />
        {consent && (
          <Select
            aria-label={t('banks.consentFilter')}
            placeholder={t('banks.consentFilter')}
            data={consentFilters.map((c) => ({ value: c, label: t(`banks.consentFilter.${c}`) }))}
            value={consent.value}
            onChange={consent.onChange}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            w={290}
          />
        )}
        <Group gap="xs" role="group" aria-label={t('staff.filters')}>
          <Chip
            checked={young}
            onChange={(on) => onToggle('young', on)}
            variant="outline"
            icon={<IconSeeding size={14} aria-hidden />}
          >
            {t('staff.filter.young')}
          </Chip>
          <Chip
            checked={archived}
            onChange={(on) => onToggle('archived', on)}
            variant="outline"
            color="gray"
            icon={<IconArchive size={14} aria-hidden />}
          >
            {t('staff.filter.archived')}
          </Chip>
        </Group>
      </Group>
    </Paper>
  );
}
