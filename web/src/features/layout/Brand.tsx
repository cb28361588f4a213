import { Group, Text } from '@mantine/core';
import { BrandMark } from './BrandMark';

/** The mark and the name; `compact` drops the name on phones, where the header has no room for it. */
export function Brand({
  size = 30,
  large = false,
  compact = false,
}: {
  size?: number;
  large?: boolean;
  compact?: boolean;
}) {
  return (
    <Group gap={10} wrap="nowrap">
      <BrandMark size={size} />
      <Text
        fw={700}
        fz={large ? 26 : 19}
        c="navy.9"
        style={{ letterSpacing: '-0.01em' }}
        visibleFrom={compact ? 'xs' : undefined}
      >
        Наставник
      </Text>
    </Group>
  );
}
