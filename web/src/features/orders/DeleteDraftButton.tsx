// A draft no one needs is deleted (a signed order never is: only another order cancels it).
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { type Order, useDeleteOrder } from './orders-api';

export function DeleteDraftButton({ order }: { order: Order }) {
  const t = useT();
  const { orgId } = useOrg();
  const navigate = useNavigate();
  const remove = useDeleteOrder(orgId, order.id);
  const [open, setOpen] = useState(false);
  const run = () =>
    remove.mutate(order.version, {
      onSuccess: () => {
        notifySuccess(t('orders.deleted'));
        navigate(`/orgs/${orgId}/orders`, { state: { draftDeleted: true } });
      },
      onError: (e) => {
        setOpen(false);
        notifyError(e);
      },
    });
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('orders.delete')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('orders.deleteTitle')} centered>
        <Stack>
          <Text size="sm">{t('orders.deleteText', { title: order.title })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={run} loading={remove.isPending}>
              {t('orders.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
