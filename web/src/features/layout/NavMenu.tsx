// The side navigation lists only what the chosen organization's permissions allow.
import { NavLink, Stack } from '@mantine/core';
import {
  IconAffiliate,
  IconArrowsShuffle,
  IconBuilding,
  IconClipboardList,
  IconFileCertificate,
  IconHistory,
  IconHome,
  IconKey,
  IconListDetails,
  IconRoute,
  IconSeeding,
  IconUserShield,
  IconUserStar,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Membership } from '../../../../src/auth/auth-contract.js';
import type { Permission } from '../../../../src/auth/policy.js';
import { type MessageKey, useT } from '../../i18n';
import { hasPermission } from '../org/active-org';

interface Item {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission?: Permission;
}

const items: Item[] = [
  { path: '', label: 'nav.home', icon: <IconHome size={18} aria-hidden /> },
  { path: '/staff', label: 'nav.staff', icon: <IconUsers size={18} aria-hidden />, permission: 'staff:read' },
  {
    path: '/mentees',
    label: 'nav.mentees',
    icon: <IconSeeding size={18} aria-hidden />,
    permission: 'mentee:read',
  },
  {
    path: '/mentors',
    label: 'nav.mentors',
    icon: <IconUserStar size={18} aria-hidden />,
    permission: 'mentor:read',
  },
  {
    path: '/matching',
    label: 'nav.matching',
    icon: <IconArrowsShuffle size={18} aria-hidden />,
    permission: 'matching:run',
  },
  {
    path: '/groups',
    label: 'nav.groups',
    icon: <IconUsersGroup size={18} aria-hidden />,
    permission: 'group:read',
  },
  {
    path: '/programs',
    label: 'nav.programs',
    icon: <IconRoute size={18} aria-hidden />,
    permission: 'program:read',
  },
  {
    path: '/network',
    label: 'nav.network',
    icon: <IconAffiliate size={18} aria-hidden />,
    permission: 'network:read',
  },
  {
    path: '/orders',
    label: 'nav.orders',
    icon: <IconFileCertificate size={18} aria-hidden />,
    permission: 'order:read',
  },
  {
    path: '/surveys',
    label: 'nav.surveys',
    icon: <IconClipboardList size={18} aria-hidden />,
    permission: 'survey:read',
  },
  {
    path: '/catalog',
    label: 'nav.catalog',
    icon: <IconListDetails size={18} aria-hidden />,
    permission: 'difficulty:read',
  },
  {
    path: '/organization',
    label: 'nav.organization',
    icon: <IconBuilding size={18} aria-hidden />,
    permission: 'organization:read',
  },
  { path: '/journal', label: 'nav.journal', icon: <IconHistory size={18} aria-hidden />, permission: 'audit:read' },
  {
    path: '/admin/users',
    label: 'nav.users',
    icon: <IconUserShield size={18} aria-hidden />,
    permission: 'user:read',
  },
  { path: '/admin/tokens', label: 'nav.tokens', icon: <IconKey size={18} aria-hidden />, permission: 'token:manage' },
];

export function NavMenu({ membership, onNavigate }: { membership: Membership | null; onNavigate: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  if (!membership) return null;
  const base = `/orgs/${membership.orgId}`;
  return (
    <Stack gap={2}>
      {items
        .filter((item) => !item.permission || hasPermission(membership, item.permission))
        .map((item) => {
          const to = base + item.path;
          const active = item.path === '' ? pathname === base || pathname === `${base}/` : pathname.startsWith(to);
          return (
            <NavLink
              key={item.path}
              component={Link}
              to={to}
              label={t(item.label)}
              leftSection={item.icon}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              style={{ borderRadius: 8 }}
            />
          );
        })}
    </Stack>
  );
}
