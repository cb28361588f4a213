import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Membership } from '../../../../src/auth/auth-contract.js';
import { useT } from '../../i18n';
import { orgKindLabel, roleLabel } from '../../lib/labels';

export function MembershipsTable({ memberships }: { memberships: Membership[] }) {
  const t = useT();
  if (memberships.length === 0) return <Text c="dimmed">{t('profile.noMemberships')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('profile.col.org')}</Table.Th>
            <Table.Th>{t('profile.col.kind')}</Table.Th>
            <Table.Th>{t('profile.col.roles')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((m) => (
            <Table.Tr key={m.orgId}>
              <Table.Td>
                <Anchor component={Link} to={`/orgs/${m.orgId}`} size="sm">
                  {m.orgName}
                </Anchor>
                {m.inherited && (
                  <Text size="xs" c="dimmed">
                    {t('profile.inherited')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{orgKindLabel(t, m.orgKind)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {m.roles.map((r) => (
                    <Badge key={r} size="sm" variant="light" color="gray" tt="none">
                      {roleLabel(t, r)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
