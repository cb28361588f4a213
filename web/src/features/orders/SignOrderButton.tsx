// Signing, for the director only: the dialog says what the signature does (the number and date are
// fixed, the text can no longer change, the agreed pairs it names start working, the orders it
// cancels lose force). A refusal from the server — a pair not agreed, say — is shown as it names it.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { DateField } from '../../ui/DateField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrg } from '../org/OrgScope';
import { todayLocalIso } from '../surveys/survey-labels';
import { orderRef } from './order-labels';
import { type Order, useReloadOrder, useSignOrder } from './orders-api';

export function SignOrderButton({ order, dirty }: { order: Order; dirty: boolean }) {
  const t = useT();
  const { orgId } = useOrg();
  const sign = useSignOrder(orgId, order.id);
  const reload = useReloadOrder(orgId, order.id);
  const [open, setOpen] = useState(false);
  const today = todayLocalIso();
  const [date, setDate] = useState(today);
  const groups = order.links.filter((l) => l.entity === 'group').length;
  const cancels = order.links.filter((l) => l.entity === 'order').length;
  const programs = order.links.filter((l) => l.entity === 'program').length;
  const close = () => {
    setOpen(false);
    sign.reset();
  };
  const run = () =>
    sign.mutate(
      { version: order.version, ...(date && date !== today ? { date } : {}) },
      {
        onSuccess: (signed) => {
          setOpen(false);
          notifySuccess(t('orders.signedDone', { ref: orderRef(t, signed) }));
        },
      },
    );
  const problem = isProblem(sign.error) ? sign.error : null;
  const dateError = date > today ? t('orders.dateInFuture') : null;
  return (
    <>
      <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('orders.sign')}
      </Button>
      <Modal opened={open} onClose={close} title={t('orders.signTitle')} centered size="lg">
        <Stack>
          {problem &&
            (problem.code === 'STALE_VERSION' ? (
              <StaleVersionAlert
                problem={problem}
                onReload={() => {
                  sign.reset();
                  reload();
                }}
              />
            ) : (
              <ProblemAlert title={problem.title}>
                {problem.errors.length > 0 ? problem.errors.map((e) => e.message).join('; ') : problem.detail}
              </ProblemAlert>
            ))}
          {dirty && (
            <Alert color="orange" variant="light" title={t('orders.signUnsaved')}>
              {t('orders.signUnsavedText')}
            </Alert>
          )}
          <Text size="sm" fw={500}>
            {order.title}
          </Text>
          <Text size="sm">{t('orders.signWhat')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('orders.signNumber')}</List.Item>
            <List.Item>{t('orders.signFrozen')}</List.Item>
            {groups > 0 && order.kind === 'groups' && <List.Item>{t('orders.signGroups', { n: groups })}</List.Item>}
            {cancels > 0 && <List.Item>{t('orders.signCancels', { n: cancels })}</List.Item>}
            {programs > 0 && <List.Item>{t('changes.sign.programs', { n: programs })}</List.Item>}
          </List>
          <DateField
            label={t('orders.signDate')}
            description={t('orders.signDateHint')}
            value={date}
            onChange={(v) => setDate(v || today)}
            maxDate={today}
            error={dateError}
            w={220}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              leftSection={<IconSignature size={16} aria-hidden />}
              onClick={run}
              loading={sign.isPending}
              disabled={dirty || Boolean(dateError)}
            >
              {t('orders.signConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
