// The body of a bank page: a skeleton while loading, the error with a retry, an empty state that
// says whether filters hid everyone, or the table with its footer.
import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { ListFooter } from '../../ui/ListFooter';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';

interface Props {
  list: {
    isPending: boolean;
    error: Error | null;
    refetch: () => unknown;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
  };
  count: number;
  filtered: boolean;
  icon: ReactNode;
  empty: { title: MessageKey; text: MessageKey };
  children: ReactNode;
}

export function BankList({ list, count, filtered, icon, empty, children }: Props) {
  const t = useT();
  if (list.isPending) return <TableSkeleton />;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (count === 0)
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={icon}
          withIndicatorBackground
          title={filtered ? t('staff.empty.filtered') : t(empty.title)}
          description={filtered ? t('staff.empty.filteredText') : t(empty.text)}
        />
      </Paper>
    );
  return (
    <>
      {children}
      <ListFooter count={count} list={list} />
    </>
  );
}
