// The frame around every signed-in screen: header with organization, language and account,
// side navigation by permission (a burger below the laptop width), and the page.
import { AppShell, Badge, Box, Burger, Group, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { useT } from '../../i18n';
import { orgKindLabel } from '../../lib/labels';
import { useCurrentUser } from '../auth/auth-api';
import { pickMembership, useUrlOrgId } from '../org/active-org';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const t = useT();
  const me = useCurrentUser();
  const urlOrgId = useUrlOrgId();
  const membership = pickMembership(me, urlOrgId);
  const [opened, { toggle, close }] = useDisclosure(false);
  const homePath = membership ? `/orgs/${membership.orgId}` : '/';

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 264, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <ScrollRestoration />
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? t('layout.closeMenu') : t('layout.openMenu')}
            />
            <Box component={Link} to={homePath} aria-label={t('layout.homeLink')} style={{ textDecoration: 'none' }}>
              <Brand compact />
            </Box>
            {me.demo && (
              <Tooltip label={t('header.demoHint')}>
                <Badge color="orange" variant="light" tabIndex={0} style={{ flexShrink: 0 }}>
                  {t('header.demo')}
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <OrgSwitcher me={me} orgId={membership?.orgId ?? null} />
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('layout.navigation')} className="app-navbar">
        {membership && (
          <Box px="sm" pt={4} pb="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {orgKindLabel(t, membership.orgKind)}
            </Text>
            <Text size="sm" fw={600} lineClamp={3}>
              {membership.orgName}
            </Text>
          </Box>
        )}
        <NavMenu membership={membership} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Box maw={1240} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
