import { Anchor, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One figure on the home page; linked to the list behind it when the viewer may open it. */
export function StatCard({
  label,
  value,
  note,
  icon,
  to,
}: {
  label: string;
  value: number;
  note?: string;
  icon: ReactNode;
  to?: string;
}) {
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text fz={34} fw={700} lh={1.1}>
            {to ? (
              <Anchor component={Link} to={to} inherit underline="hover" c="navy.9">
                {value}
              </Anchor>
            ) : (
              value
            )}
          </Text>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
        <ThemeIcon variant="light" size={42} radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
