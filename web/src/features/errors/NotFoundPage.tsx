// Shown for unknown addresses and for records the API says do not exist (or are not the visitor's).
import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';

export function NotFoundPage({ detail }: { detail?: string }) {
  const t = useT();
  useDocumentTitle(`${t('notFound.title')} — Наставник`);
  return (
    <Center mih="50vh" p="lg">
      <Stack align="center" gap="sm" maw={460} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
          <IconMapSearch size={34} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{detail ?? t('notFound.text')}</Text>
        <Button component={Link} to="/" mt="sm">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
