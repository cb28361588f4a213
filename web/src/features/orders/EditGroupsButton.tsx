// Changing which agreed pairs and groups a draft order on pairs approves. The server writes the
// text again from the new list (the table of pairs, the acquaintance sheet), so the dialog says
// that edits to the text give way to it.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { AgreedGroupsPicker, useAgreedGroups } from './AgreedGroupsPicker';
import { type Order, useUpdateOrder } from './orders-api';

function GroupsDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const update = useUpdateOrder(orgId, order.id);
  const agreed = useAgreedGroups(orgId, true);
  const linked = order.links.filter((l) => l.entity === 'group').map((l) => l.entityId);
  const [picked, setPicked] = useState<string[] | null>(null);
  const value = picked ?? linked.filter((id) => agreed.groups.some((g) => g.id === id));
  const empty = value.length === 0;
  const save = () =>
    update.mutate(
      {
        links: [
          ...value.map((entityId) => ({ entity: 'group' as const, entityId })),
          ...order.links.filter((l) => l.entity !== 'group'),
        ],
        version: order.version,
      },
      {
        onSuccess: () => {
          notifySuccess(t('orders.groupsChanged'));
          onClose();
        },
      },
    );
  const problem = isProblem(update.error) ? update.error : null;
  return (
    <Modal opened onClose={onClose} title={t('orders.editGroupsTitle')} size="xl">
      <Stack gap="md">
        {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
        <Text size="sm">{t('orders.editGroupsText')}</Text>
        <AgreedGroupsPicker
          orgId={orgId}
          agreed={agreed}
          value={value}
          onChange={setPicked}
          error={empty && !agreed.isLoading ? t('orders.groupsRequired') : null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={empty}>
            {t('orders.editGroupsSave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function EditGroupsButton({ order }: { order: Order }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconUsersGroup size={14} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('orders.editGroups')}
      </Button>
      {open && <GroupsDialog order={order} onClose={() => setOpen(false)} />}
    </>
  );
}
