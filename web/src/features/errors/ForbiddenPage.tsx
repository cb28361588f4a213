import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';

export function ForbiddenPage({ detail }: { detail?: string }) {
  const t = useT();
  useDocumentTitle(`${t('forbidden.title')} — Наставник`);
  return (
    <Center mih="50vh" p="lg">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="orange" aria-hidden>
          <IconLock size={34} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('forbidden.title')}
        </Title>
        <Text c="dimmed">{detail ?? t('forbidden.text')}</Text>
        <Button component={Link} to="/" mt="sm" variant="light">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
