import { Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function Shortcut({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <UnstyledButton component={Link} to={to} style={{ display: 'block' }}>
      <Paper withBorder p="md" h="100%" className="shortcut">
        <ThemeIcon variant="light" size={34} radius="md" mb="sm" aria-hidden>
          {icon}
        </ThemeIcon>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="xs" c="dimmed" mt={2}>
          {text}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
