// On a mentor's or mentee's home page: the pairs and groups proposed to them and not yet formed,
// with the buttons to agree or decline right there (§1.4: nothing without their consent).
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';
import { AgreementList } from './AgreementList';
import { groupTitle } from './GroupCard';
import { groupStatusColor, groupStatusLabel } from './group-labels';
import { useGroups } from './groups-api';
import { groupsExternalMentors, ownEntryIds, usePeople, withExternalMentors } from './people-api';

export function MyGroupsCard() {
  const t = useT();
  const { orgId, can, membership } = useOrg();
  const enabled = can('group:read') && !can('group:readAll');
  const groups = useGroups(orgId, enabled);
  const ownPeople = usePeople(orgId, enabled);
  if (!enabled || !groups.data || ownPeople.isLoading || groups.data.length === 0) return null;
  const people = withExternalMentors(ownPeople, groupsExternalMentors(groups.data));
  const own = ownEntryIds(people, membership.roles, false);
  // Only what waits for an answer; agreed, declined and working groups are on the groups page.
  const current = groups.data.filter((g) => g.status === 'proposed');
  if (current.length === 0) return null;
  const awaitingMe = current.some((g) =>
    g.agreements.some((a) => own.has(a.participantId) && a.decision === 'pending'),
  );
  return (
    <Paper withBorder p="lg" mb="lg">
      <Group gap="xs" mb="xs">
        <IconUsersGroup size={20} aria-hidden />
        <Title order={2} size="h4">
          {t('groups.mine.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t(awaitingMe ? 'groups.mine.hint' : 'groups.mine.answered')}
      </Text>
      <Stack gap="lg">
        {current.map((g) => (
          <div key={g.id}>
            <Group gap="xs" mb={6}>
              <Text fw={600} size="sm">
                {groupTitle(t, g, people)}
              </Text>
              <Badge variant="light" color={groupStatusColor[g.status]} tt="none">
                {groupStatusLabel(t, g.status)}
              </Badge>
            </Group>
            <AgreementList group={g} people={people} own={own} mayRecordPaper={false} />
          </div>
        ))}
      </Stack>
      <Anchor component={Link} to={`/orgs/${orgId}/groups`} size="sm" mt="sm" display="inline-block">
        {t('groups.mine.all')}
      </Anchor>
    </Paper>
  );
}
