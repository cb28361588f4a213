// What changed, field by field. For a new record only the filled values are listed.
import { Box, Table, Text } from '@mantine/core';
import type { AuditEvent } from '../../../../src/audit/audit-contract.js';
import { fieldLabels } from '../../../../src/i18n/field-labels.js';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { flattenChanges, formatAuditValue } from './audit-format';

const hidden = new Set(['version', 'membershipVersion', 'updatedAt', 'createdAt', 'id', 'orgId', 'passwordHash']);
// Fields read in the order of the shared label list (the order of the forms), unknown ones last.
const order = Object.keys(fieldLabels);
const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);

export function AuditChanges({ event, names }: { event: AuditEvent; names: Map<string, string> }) {
  const t = useT();
  const label = useFieldLabel();
  const show = (field: string, value: unknown) =>
    field === 'userId' && typeof value === 'string' && names.has(value)
      ? names.get(value)
      : formatAuditValue(field, value, t);
  const all = flattenChanges(event.changes).filter((c) => !hidden.has(c.field));
  const created = all.every((c) => c.before === null || c.before === undefined);
  // A new record lists only what was filled in; "not archived" or an empty list says nothing.
  const changes = all
    .filter((c) => !created || !(c.after === false || c.after === null || (Array.isArray(c.after) && !c.after.length)))
    .sort((a, b) => rank(a.field) - rank(b.field));
  if (changes.length === 0) return null;
  return (
    <Box mt={8} maw={760}>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm" highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%" fw={500} c="dimmed" fz="xs">
              {t('audit.col.field')}
            </Table.Th>
            {!created && (
              <Table.Th fw={500} c="dimmed" fz="xs">
                {t('audit.col.before')}
              </Table.Th>
            )}
            <Table.Th fw={500} c="dimmed" fz="xs">
              {created ? t('audit.col.value') : t('audit.col.after')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.field}>
              <Table.Td c="dimmed">{label(c.field)}</Table.Td>
              {!created && (
                <Table.Td>
                  <Text span size="sm" td="line-through" c="dimmed">
                    {show(c.field, c.before)}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{show(c.field, c.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
