import { Group, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export function MentoringStep({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <ThemeIcon variant="light" size={38} radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="sm" c="dimmed" mt={2}>
          {text}
        </Text>
      </div>
    </Group>
  );
}
