// «Затруднения»: the catalogue the mentee bank (difficulties) and the mentor bank (competences)
// choose from. Entries are never deleted — old bank records still name them — only archived.
import { ActionIcon, Badge, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Difficulty } from '../../../../src/catalog/catalog-contract.js';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { groupDifficulties, useDifficulties, useUpdateDifficulty } from './catalog-api';
import { DifficultyModal } from './DifficultyModal';

type Editing = { entry?: Difficulty; group?: string } | null;

export function CatalogPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const list = useDifficulties(orgId);
  const update = useUpdateDifficulty(orgId);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const manage = can('difficulty:manage');

  const toggleArchive = (d: Difficulty) =>
    update.mutate(
      { id: d.id, body: { name: d.name, group: d.group, archived: !d.archived, version: d.version } },
      {
        onSuccess: () => notifySuccess(d.archived ? t('catalog.restored') : t('catalog.archived')),
        onError: notifyError,
      },
    );

  const all = list.data ?? [];
  const groups = groupDifficulties(showArchived ? all : all.filter((d) => !d.archived));
  const groupNames = groupDifficulties(all).map((g) => g.group);
  const archivedCount = all.filter((d) => d.archived).length;

  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        subtitle={t('catalog.subtitle')}
        actions={
          manage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({})}>
              {t('common.add')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <Skeleton h={320} radius="md" />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack gap="md">
          {archivedCount > 0 && (
            <Switch
              label={t('catalog.showArchived', { n: archivedCount })}
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
            />
          )}
          {groups.map((g) => (
            <Paper key={g.group} withBorder p="lg" component="section" aria-label={g.group}>
              <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
                <Title order={2} size="h4">
                  {g.group}
                </Title>
                {manage && (
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setEditing({ group: g.group })}
                    aria-label={t('catalog.addTo', { group: g.group })}
                  >
                    {t('catalog.addItem')}
                  </Button>
                )}
              </Group>
              <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {g.items.map((d) => (
                  <Group
                    key={d.id}
                    component="li"
                    justify="space-between"
                    wrap="nowrap"
                    py={6}
                    style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                  >
                    <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                      <Text size="sm" c={d.archived ? 'dimmed' : undefined}>
                        {d.name}
                      </Text>
                      {d.archived && (
                        <Badge size="sm" variant="light" color="gray" tt="none">
                          {t('staff.badge.archived')}
                        </Badge>
                      )}
                    </Group>
                    {manage && (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('catalog.rename')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${t('catalog.rename')}: ${d.name}`}
                            onClick={() => setEditing({ entry: d })}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={d.archived ? t('catalog.restore') : t('catalog.archive')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`${d.archived ? t('catalog.restore') : t('catalog.archive')}: ${d.name}`}
                            onClick={() => toggleArchive(d)}
                            loading={update.isPending && update.variables?.id === d.id}
                          >
                            {d.archived ? (
                              <IconArrowBackUp size={16} aria-hidden />
                            ) : (
                              <IconArchive size={16} aria-hidden />
                            )}
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {editing && (
        <DifficultyModal
          entry={editing.entry}
          group={editing.group}
          groups={groupNames}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
