import { Grid, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled block of a long form; the title names the region for screen readers. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      <Grid gap="md">{children}</Grid>
    </Paper>
  );
}
