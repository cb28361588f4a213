import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FieldItem {
  label: string;
  value: ReactNode;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Label–value pairs of a record; empty values show a dash so the eye does not search for them. */
export function FieldList({ items, labelWidth = 240 }: { items: FieldItem[]; labelWidth?: number }) {
  return (
    <DataList withDivider labelWidth={labelWidth} gap="sm">
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel c="dimmed">{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            {isEmpty(item.value) ? (
              <Text span c="dimmed" aria-label="—">
                —
              </Text>
            ) : (
              item.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
