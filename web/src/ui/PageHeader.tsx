import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
}

/** The one h1 of a screen, with its actions on the right. */
export function PageHeader({ title, subtitle, actions, above }: Props) {
  useDocumentTitle(`${title} — Наставник`);
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" gap="md">
        <Box style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={1} size="h2" fw={600}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" mt={4} component="div">
              {subtitle}
            </Text>
          )}
        </Box>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
