// Someone else saved the record first. We never overwrite their change silently: the person reloads
// and makes their edit again on top of it.
import { Button, Group, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import type { ApiProblem } from '../api/client';
import { useT } from '../i18n';
import { ProblemAlert } from './ProblemAlert';

export function StaleVersionAlert({ problem, onReload }: { problem: ApiProblem; onReload: () => void }) {
  const t = useT();
  return (
    <ProblemAlert color="orange" icon={<IconRefreshAlert aria-hidden />} title={problem.title}>
      <Text size="sm">{problem.detail}</Text>
      <Group mt="sm">
        <Button size="xs" variant="default" onClick={onReload}>
          {t('stale.reload')}
        </Button>
      </Group>
    </ProblemAlert>
  );
}
