// The bottom row of a bank entry's edit form: take out of the bank on the left, cancel and save on
// the right; a stale version offers to reload instead of overwriting someone else's change.
import { Button, Group } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import type { ApiProblem } from '../../api/client';
import { useT } from '../../i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';

export function EditProblem({ problem, onReload }: { problem: ApiProblem | null; onReload: () => void }) {
  if (!problem) return null;
  if (problem.code === 'STALE_VERSION') return <StaleVersionAlert problem={problem} onReload={onReload} />;
  return <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>;
}

export function EditActions({
  onClose,
  onRemove,
  pending,
}: {
  onClose: () => void;
  onRemove: () => void;
  pending: boolean;
}) {
  const t = useT();
  return (
    <Group justify="space-between">
      <Button variant="default" c="red.9" leftSection={<IconUserMinus size={16} aria-hidden />} onClick={onRemove}>
        {t('banks.remove')}
      </Button>
      <Group>
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
