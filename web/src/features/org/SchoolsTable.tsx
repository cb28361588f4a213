import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { orgKindLabel } from '../../lib/labels';
import { useCurrentUser } from '../auth/auth-api';
import type { OrgStats } from './org-api';

export function SchoolsTable({ orgs }: { orgs: OrgStats['orgs'] }) {
  const t = useT();
  const me = useCurrentUser();
  const reachable = new Set(me.memberships.map((m) => m.orgId));
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t('stats.below')}
      </Title>
      {orgs.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('stats.belowEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stats.col.name')}</Table.Th>
                <Table.Th>{t('stats.col.kind')}</Table.Th>
                <Table.Th ta="right">{t('stats.col.staff')}</Table.Th>
                <Table.Th ta="right">{t('stats.col.young')}</Table.Th>
                <Table.Th ta="right">{t('stats.col.archived')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orgs.map((o) => (
                <Table.Tr key={o.orgId}>
                  <Table.Td>
                    {reachable.has(o.orgId) ? (
                      <Anchor component={Link} to={`/orgs/${o.orgId}`} size="sm">
                        {o.name}
                      </Anchor>
                    ) : (
                      o.name
                    )}
                  </Table.Td>
                  <Table.Td>{orgKindLabel(t, o.kind)}</Table.Td>
                  <Table.Td ta="right">{o.staff}</Table.Td>
                  <Table.Td ta="right">{o.youngSpecialists}</Table.Td>
                  <Table.Td ta="right">{o.archived}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
