// Grey placeholder rows while a list loads, so the page does not jump when the data arrives.
import { Paper, Skeleton, Stack } from '@mantine/core';

export function TableSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {Array.from({ length: rows }, (_, i) => `row-${i}`).map((key) => (
          <Skeleton key={key} h={28} />
        ))}
      </Stack>
    </Paper>
  );
}
