// API tokens let other systems (e.g. the school's e-journal) read data on a user's behalf.
import { Button, Paper, Skeleton, Table, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useTokens } from './admin-api';
import { RevokeTokenButton } from './RevokeTokenButton';
import { TokenIssueModal } from './TokenIssueModal';
import { TokenStatus } from './TokenStatus';

export function TokensPage() {
  const t = useT();
  const { orgId } = useOrg();
  const tokens = useTokens(orgId);
  const [issuing, setIssuing] = useState(false);
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        actions={
          <Button leftSection={<IconKey size={16} aria-hidden />} onClick={() => setIssuing(true)}>
            {t('tokens.issue')}
          </Button>
        }
      />
      {tokens.isPending ? (
        <Skeleton h={200} radius="md" />
      ) : tokens.error ? (
        <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t('tokens.empty')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.col.name')}</Table.Th>
                  <Table.Th>{t('tokens.col.user')}</Table.Th>
                  <Table.Th>{t('tokens.col.created')}</Table.Th>
                  <Table.Th>{t('tokens.col.expires')}</Table.Th>
                  <Table.Th>{t('tokens.col.lastUsed')}</Table.Th>
                  <Table.Th>{t('tokens.col.status')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={500}>{token.name}</Table.Td>
                    <Table.Td>{token.userLogin}</Table.Td>
                    <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                    <Table.Td>{token.expiresOn ? formatDate(token.expiresOn) : t('tokens.noExpiry')}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('users.never')}</Table.Td>
                    <Table.Td>
                      <TokenStatus token={token} />
                    </Table.Td>
                    <Table.Td ta="right">{!token.revokedAt && <RevokeTokenButton token={token} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {issuing && <TokenIssueModal onClose={() => setIssuing(false)} />}
    </>
  );
}
