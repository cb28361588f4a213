// Choosing the pairs and groups an order approves: only those every participant agreed to, each
// shown with its mentor, mentees and forms, all of them ticked at first.
import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { groupFormLabel } from '../groups/group-labels';
import { type Group as MentoringGroup, useGroups } from '../groups/groups-api';
import { groupsExternalMentors, type People, usePeople, withExternalMentors } from '../groups/people-api';

export interface AgreedGroups {
  groups: MentoringGroup[];
  people: People;
  isLoading: boolean;
}

export function useAgreedGroups(orgId: string, enabled: boolean): AgreedGroups {
  const all = useGroups(orgId, enabled);
  const own = usePeople(orgId, enabled);
  const groups = (all.data ?? []).filter((g) => g.status === 'agreed');
  return {
    groups,
    people: withExternalMentors(own, groupsExternalMentors(all.data ?? [])),
    isLoading: enabled && (all.isPending || own.isLoading),
  };
}

export function groupPeopleText(t: ReturnType<typeof useT>, g: MentoringGroup, people: People) {
  return {
    mentor: people.mentor(g.mentorId)?.name ?? t('match.unknownMentor'),
    mentees: g.menteeIds.map((id) => people.mentee(id)?.name ?? t('match.unknownMentee')).join(', '),
  };
}

interface Props {
  orgId: string;
  agreed: AgreedGroups;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}

export function AgreedGroupsPicker({ agreed, value, onChange, error }: Props) {
  const t = useT();
  if (agreed.isLoading) return <Text size="sm">{t('common.loading')}</Text>;
  if (agreed.groups.length === 0)
    return (
      <Paper withBorder p="md">
        <Text size="sm" fw={500}>
          {t('orders.noAgreed')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('orders.noAgreedText')}
        </Text>
      </Paper>
    );
  return (
    <Checkbox.Group
      label={t('orders.field.groups', { n: value.length, total: agreed.groups.length })}
      description={t('orders.groupsHint')}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {agreed.groups.map((g) => {
          const who = groupPeopleText(t, g, agreed.people);
          return (
            <Checkbox.Card key={g.id} value={g.id} p="sm" radius="md" withBorder>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Checkbox.Indicator mt={2} />
                <div>
                  <Text size="sm" fw={500}>
                    {t('orders.groupMentor', { name: who.mentor })}
                  </Text>
                  <Text size="sm">
                    {t(g.menteeIds.length > 1 ? 'orders.groupMentees' : 'orders.groupMentee', { names: who.mentees })}
                  </Text>
                  <Group gap={4} mt={4}>
                    {g.forms.map((f) => (
                      <Badge key={f} size="xs" variant="outline" color="gray" tt="none">
                        {groupFormLabel(t, f)}
                      </Badge>
                    ))}
                  </Group>
                </div>
              </Group>
            </Checkbox.Card>
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
