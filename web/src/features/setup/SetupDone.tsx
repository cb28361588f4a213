import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useT } from '../../i18n';

export function SetupDone({ orgName, onEnter }: { orgName: string; onEnter: () => void }) {
  const t = useT();
  return (
    <Stack align="center" ta="center" gap="sm" py="lg">
      <ThemeIcon size={56} radius="xl" color="teal" variant="light" aria-hidden>
        <IconCircleCheck size={32} />
      </ThemeIcon>
      <Title order={2} size="h3">
        {t('setup.done.title')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('setup.done.text', { org: orgName })}
      </Text>
      <Button mt="sm" onClick={onEnter} data-autofocus>
        {t('setup.done.enter')}
      </Button>
    </Stack>
  );
}
