// «Педагогические работники»: search and filters live in the address, so the back button and a
// shared link bring the same list.
import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { ListFooter } from '../../ui/ListFooter';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { StaffEmpty } from './StaffEmpty';
import { StaffTable } from './StaffTable';
import { StaffToolbar } from './StaffToolbar';
import { type ConsentFilter, consentFilters, useStaffList } from './staff-api';

export function StaffListPage() {
  const t = useT();
  const { orgId, can } = useOrg();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 350);
  const young = params.get('young') === '1';
  const archived = params.get('archived') === '1';
  const consentParam = params.get('consent');
  const consent =
    can('consent:read') && consentFilters.includes(consentParam as ConsentFilter)
      ? (consentParam as ConsentFilter)
      : null;

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced.trim()) next.set('q', debounced.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const toggle = (key: 'young' | 'archived', on: boolean) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (on) next.set(key, '1');
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const setConsent = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('consent', value);
        else next.delete('consent');
        return next;
      },
      { replace: true },
    );

  const filters = { q: params.get('q') ?? '', young, archived, consent };
  const list = useStaffList(orgId, filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!filters.q || young || archived || !!consent;

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        actions={
          can('staff:create') && (
            <>
              <Button
                component={Link}
                to={`/orgs/${orgId}/staff/import`}
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              >
                {t('staffImport.open')}
              </Button>
              <Button component={Link} to={`/orgs/${orgId}/staff/new`} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('common.add')}
              </Button>
            </>
          )
        }
      />
      <Stack gap="md">
        <StaffToolbar
          search={search}
          onSearch={setSearch}
          young={young}
          archived={archived}
          onToggle={toggle}
          consent={can('consent:read') ? { value: consent, onChange: setConsent } : undefined}
        />
        {list.isPending ? (
          <TableSkeleton rows={5} />
        ) : list.error ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <StaffEmpty filtered={filtered} archived={archived} />
        ) : (
          <>
            <StaffTable items={items} />
            <ListFooter count={items.length} list={list} />
          </>
        )}
      </Stack>
    </>
  );
}
