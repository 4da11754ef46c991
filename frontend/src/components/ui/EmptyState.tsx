import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  text?: string;
  children?: ReactNode;
  /** 1 where the empty state is all the page has, e.g. "Page not found". */
  order?: 1 | 2;
}

export function EmptyState({ title, text, children, order = 2 }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs" ta="center">
        <Title order={order} size="h3">
          {title}
        </Title>
        {text && <Text c="dimmed">{text}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
