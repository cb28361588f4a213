import { Chip, CloseButton, Group, Paper, TextInput } from '@mantine/core';
import { IconArchive, IconSearch, IconSeeding } from '@tabler/icons-react';
import { useT } from '../../i18n';

interface Props {
  search: string;
  onSearch: (value: string) => void;
  young: boolean;
  archived: boolean;
  onToggle: (key: 'young' | 'archived', on: boolean) => void;
}

export function StaffToolbar({ search, onSearch, young, archived, onToggle }: Props) {
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
