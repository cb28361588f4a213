import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../../../src/auth/auth-contract.js';
import { useT } from '../../i18n';
import { notifyError } from '../../lib/notify';
import { useLogout } from '../auth/auth-api';

function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate('/login', { replace: true }),
      onError: (error) => {
        notifyError(error);
        navigate('/login', { replace: true });
      },
    });
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name: me.fullName })} p={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="navy" radius="xl" size={34}>
              {initials(me.fullName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="lg" maw={180} truncate>
              {me.fullName}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.login}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('header.profile')}
        </Menu.Item>
        <Menu.Item onClick={signOut} leftSection={<IconLogout size={16} aria-hidden />}>
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
