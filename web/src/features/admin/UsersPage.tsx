// Accounts of the organization and their roles in it.
import { ActionIcon, Badge, Button, Group, Menu, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../../src/admin/users-contract.js';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/labels';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useUsers } from './admin-api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

export function UsersPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const users = useUsers(orgId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = can('user:manage');
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          manage && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.create')}
            </Button>
          )
        }
      />
      {users.isPending ? (
        <Skeleton h={240} radius="md" />
      ) : users.error ? (
        <LoadError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.col.user')}</Table.Th>
                  <Table.Th>{t('users.col.roles')}</Table.Th>
                  <Table.Th>{t('users.col.status')}</Table.Th>
                  <Table.Th>{t('users.col.lastLogin')}</Table.Th>
                  {manage && (
                    <Table.Th w={60}>
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {u.fullName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {u.login}
                        {u.email ? ` · ${u.email}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.roles.map((r) => (
                          <Badge key={r} size="sm" variant="light" color="gray" tt="none">
                            {roleLabel(t, r)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Badge size="sm" variant="light" color={u.active ? 'teal' : 'gray'} tt="none">
                          {u.active ? t('users.active') : t('users.inactive')}
                        </Badge>
                        {u.mustChangePassword && (
                          <Text size="xs" c="dimmed">
                            {t('users.mustChange')}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</Text>
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('users.actionsFor', { name: u.fullName })}
                            >
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconPencil size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'edit', user: u })}
                            >
                              {t('users.edit')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconKey size={16} aria-hidden />}
                              onClick={() => setDialog({ kind: 'password', user: u })}
                            >
                              {t('users.resetPassword')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {dialog?.kind === 'create' && <UserCreateModal onClose={close} />}
      {dialog?.kind === 'edit' && <UserEditModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={close} />}
    </>
  );
}
