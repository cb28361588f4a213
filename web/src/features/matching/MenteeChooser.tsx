// Step one: whom to match. By default every mentee still searching; the curator may narrow it.
import { Button, Group, MultiSelect, Paper, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { Mentee } from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { fullName } from '../staff/staff-format';

interface Props {
  candidates: Mentee[];
  selected: string[];
  onChange: (ids: string[]) => void;
  onRun: () => void;
  running: boolean;
  weightsButton: React.ReactNode;
  /** The switch for mentors of other schools, where a parent organization allows it. */
  network?: React.ReactNode;
}

export function MenteeChooser({ candidates, selected, onChange, onRun, running, weightsButton, network }: Props) {
  const t = useT();
  const all = selected.length === candidates.length;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('match.step.who')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('match.who.hint')}
      </Text>
      <MultiSelect
        label={t('match.who.label')}
        data={candidates.map((m) => ({ value: m.id, label: fullName(m.staff) }))}
        value={selected}
        onChange={onChange}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        maxDropdownHeight={280}
        hidePickedOptions
        nothingFoundMessage={t('match.who.nothing')}
        styles={{ pillsList: { maxHeight: 120, overflowY: 'auto' } }}
      />
      {network}
      <Group justify="space-between" mt="sm" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Text size="sm" aria-live="polite">
            {t('match.who.count', { n: selected.length, total: candidates.length })}
          </Text>
          {!all && (
            <Button variant="subtle" size="compact-sm" onClick={() => onChange(candidates.map((m) => m.id))}>
              {t('match.who.all')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          {weightsButton}
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={onRun}
            loading={running}
            disabled={selected.length === 0}
          >
            {t('match.run')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
