// Under a paged list: how many rows are shown, and the button for the next page while there is one.
import { Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n';

interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function ListFooter({ count, list }: { count: number; list: PagedList }) {
  const t = useT();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(list.hasNextPage ? 'staff.shownMore' : 'staff.shown', { n: count })}
      </Text>
      {list.hasNextPage && (
        <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.showMore')}
        </Button>
      )}
    </Group>
  );
}
