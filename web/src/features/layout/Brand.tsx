import { Group, Text } from '@mantine/core';
import { BrandMark } from './BrandMark';

export function Brand({ size = 30, large = false }: { size?: number; large?: boolean }) {
  return (
    <Group gap={10} wrap="nowrap">
      <BrandMark size={size} />
      <Text fw={700} fz={large ? 26 : 19} c="navy.9" style={{ letterSpacing: '-0.01em' }}>
        Наставник
      </Text>
    </Group>
  );
}
