// Rows open the card on click; the name is a real link, so keyboard and screen-reader users
// reach the same place.
import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { useT } from '../../i18n';
import { categoryLabel } from '../../lib/labels';
import { useOrg } from '../org/OrgScope';
import { fullName } from './staff-format';

export function StaffTable({ items }: { items: Staff[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { orgId } = useOrg();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.col.name')}</Table.Th>
              <Table.Th>{t('staff.col.position')}</Table.Th>
              <Table.Th>{t('staff.col.subjects')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('staff.col.years')}
              </Table.Th>
              <Table.Th>{t('staff.col.category')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => {
              const to = `/orgs/${orgId}/staff/${s.id}`;
              return (
                <Table.Tr key={s.id} className="clickable-row" onClick={() => navigate(to)}>
                  <Table.Td>
                    <Group gap={6} wrap="wrap" align="center">
                      <Anchor component={Link} to={to} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
                        {fullName(s)}
                      </Anchor>
                      {s.youngSpecialist && (
                        <Badge size="sm" variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
                          {t('staff.badge.young')}
                        </Badge>
                      )}
                      {s.archived && (
                        <Badge size="sm" variant="light" color="gray" tt="none">
                          {t('staff.badge.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.position}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {s.subjects.join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{s.teachingYears ?? '—'}</Table.Td>
                  <Table.Td>{categoryLabel(t, s.qualificationCategory)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
