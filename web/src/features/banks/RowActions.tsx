// The action cells of a bank row: «Изменить» for those who keep the bank, and the mutual-interest
// toggle (§6.1) for a mentee choosing mentors or a mentor answering mentees who chose them.
import { Button, Group } from '@mantine/core';
import { IconPencil, IconStar, IconStarFilled } from '@tabler/icons-react';
import { useT } from '../../i18n';

export interface Choice {
  chosen: ReadonlySet<string>;
  toggle: (id: string) => void;
  pendingId: string | null;
  /** «Хочу к этому наставнику» or «Готов(а) взять». */
  label: string;
}

/** The star that marks a person as wanted; it leads the row, where a narrow screen still shows it. */
export function ChoiceToggle({ id, name, choice }: { id: string; name: string; choice: Choice }) {
  const t = useT();
  const chosen = choice.chosen.has(id);
  return (
    <Button
      size="xs"
      variant={chosen ? 'filled' : 'default'}
      leftSection={chosen ? <IconStarFilled size={14} aria-hidden /> : <IconStar size={14} aria-hidden />}
      aria-pressed={chosen}
      aria-label={`${choice.label}: ${name}`}
      loading={choice.pendingId === id}
      onClick={() => choice.toggle(id)}
    >
      {chosen ? t('banks.chosen') : t('banks.choose')}
    </Button>
  );
}

export function EditButton({ name, onEdit }: { name: string; onEdit: () => void }) {
  const t = useT();
  return (
    <Group justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={`${t('common.edit')}: ${name}`}
        onClick={onEdit}
      >
        {t('common.edit')}
      </Button>
    </Group>
  );
}
