// One order. A draft opens in the editor with its live preview for those who prepare orders; the
// director signs it here. A signed or cancelled order is read-only: its number and date, the
// printed text, the files to download, and the records it links to.
import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { orderDocument } from '../../../../src/orders/order-document.js';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { DeleteDraftButton } from './DeleteDraftButton';
import { DraftWorkspace, type WorkspaceTab } from './DraftWorkspace';
import { OrderLinks } from './OrderLinks';
import { OrderPreview } from './OrderPreview';
import { orderKindLabel, orderRef, orderStatusColor, orderStatusLabel } from './order-labels';
import { type Order, orderFileUrl, useOrder } from './orders-api';
import { SignOrderButton } from './SignOrderButton';

function Downloads({ order }: { order: Order }) {
  const t = useT();
  const { orgId } = useOrg();
  return (
    <>
      <Button
        component="a"
        href={orderFileUrl(orgId, order.id, 'docx')}
        download
        variant="default"
        leftSection={<IconFileTypeDocx size={16} aria-hidden />}
      >
        {t('orders.downloadDocx')}
      </Button>
      <Button
        component="a"
        href={orderFileUrl(orgId, order.id, 'pdf')}
        download
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        {t('orders.downloadPdf')}
      </Button>
    </>
  );
}

function StatusLine({ order }: { order: Order }) {
  const t = useT();
  return (
    <Group gap={8} mt={4} wrap="wrap">
      <Badge variant="light" color={orderStatusColor[order.status]} tt="none" size="lg">
        {orderStatusLabel(t, order.status)}
      </Badge>
      {order.number && (
        <Text fw={600} size="md" c="var(--mantine-color-text)">
          {orderRef(t, order)}
        </Text>
      )}
      <span>{orderKindLabel(t, order.kind)}</span>
      <span>
        {order.status === 'draft'
          ? t('orders.preparedBy', { name: order.createdBy, date: formatDate(order.createdAt) })
          : order.signedBy && t('orders.signedBy', { name: order.signedBy })}
      </span>
    </Group>
  );
}

export function OrderPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { orgId, can } = useOrg();
  const query = useOrder(orgId, id);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<WorkspaceTab>('text');
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  if (query.isPending) return <TableSkeleton />;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const order = query.data;
  const draft = order.status === 'draft';
  const editable = draft && can('order:manage');
  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to={`/orgs/${orgId}/orders`} size="sm">
              {t('orders.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {draft ? t('orders.draftRef') : orderRef(t, order)}
            </Text>
          </Breadcrumbs>
        }
        title={order.title}
        subtitle={<StatusLine order={order} />}
        actions={
          <>
            <Downloads order={order} />
            {editable && <DeleteDraftButton order={order} />}
            {draft && can('order:sign') && <SignOrderButton order={order} dirty={dirty} />}
          </>
        }
      />
      <Stack gap="lg">
        {draft && !can('order:sign') && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title={t('orders.notSigner')}>
            {t('orders.notSignerText')}
          </Alert>
        )}
        {order.status === 'cancelled' && (
          <Alert variant="light" color="gray" title={t('orders.cancelledTitle')}>
            {order.cancelledBy
              ? t('orders.cancelledText', {
                  number: order.cancelledBy.number ?? '',
                  date: formatDate(order.cancelledBy.date),
                })
              : t('orders.cancelledPlain')}
          </Alert>
        )}
        {editable ? (
          <>
            <OrderLinks order={order} />
            <DraftWorkspace key={order.version} order={order} tab={tab} onTab={setTab} onDirty={onDirty} />
          </>
        ) : (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <OrderPreview
                document={orderDocument({
                  title: order.title,
                  content: order.content,
                  number: order.number,
                  date: order.date,
                })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <OrderLinks order={order} />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}
