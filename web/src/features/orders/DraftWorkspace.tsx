// The draft editor beside its live preview (side by side on a wide screen, in two tabs on a narrow
// one). Saving sends the version that was read: if someone saved in between, the person reloads
// rather than overwriting them. «Собрать заново» rebuilds the text from the kind and linked records.
import { Box, Button, Grid, Group, Modal, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import { orderDocument } from '../../../../src/orders/order-document.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors } from '../../lib/zod-form';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrg } from '../org/OrgScope';
import { OrderEditor } from './OrderEditor';
import { OrderPreview } from './OrderPreview';
import { contentOf, type OrderValues, valuesOf } from './order-form';
import { validateOrder } from './order-validate';
import { type Order, useReloadOrder, useUpdateOrder } from './orders-api';

export type WorkspaceTab = 'text' | 'preview';

interface Props {
  order: Order;
  tab: WorkspaceTab;
  onTab: (tab: WorkspaceTab) => void;
  onDirty: (dirty: boolean) => void;
}

export function DraftWorkspace({ order, tab, onTab, onDirty }: Props) {
  const t = useT();
  const { orgId } = useOrg();
  const wide = useMediaQuery('(min-width: 80em)', true);
  const update = useUpdateOrder(orgId, order.id);
  const reload = useReloadOrder(orgId, order.id);
  const [askRebuild, setAskRebuild] = useState(false);
  const form = useForm<OrderValues>({ initialValues: valuesOf(order), validate: validateOrder });
  const dirty = form.isDirty();
  // Leaving the page with unsaved edits asks first (a deleted draft has nothing left to keep).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      currentLocation.pathname !== nextLocation.pathname &&
      !(nextLocation.state as { draftDeleted?: boolean } | null)?.draftDeleted,
  );
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => () => onDirty(false), [onDirty]);

  const onError = (error: unknown) => {
    if (isProblem(error) && error.errors.length > 0) form.setErrors(problemToErrors(error));
  };
  const submit = form.onSubmit(
    (v) =>
      update.mutate(
        { title: v.title.trim(), content: contentOf(v), version: order.version },
        { onSuccess: () => notifySuccess(t('orders.saved')), onError },
      ),
    focusFirstError,
  );
  const rebuild = () =>
    update.mutate(
      { rebuild: true, version: order.version },
      {
        onSuccess: () => {
          setAskRebuild(false);
          notifySuccess(t('orders.rebuilt'));
        },
        onError: (e) => {
          setAskRebuild(false);
          onError(e);
        },
      },
    );

  const problem = isProblem(update.error) && update.error.errors.length === 0 ? update.error : null;
  const document = orderDocument({
    title: form.values.title,
    content: contentOf(form.values),
    number: null,
    date: null,
  });
  const editor = (
    <form onSubmit={submit} noValidate aria-label={t('orders.editorLabel')}>
      <Stack gap="md">
        {problem?.code === 'STALE_VERSION' ? (
          <StaleVersionAlert
            problem={problem}
            onReload={() => {
              update.reset();
              reload();
            }}
          />
        ) : (
          problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
        )}
        <OrderEditor form={form} />
        <Paper withBorder shadow="sm" p="sm" pos="sticky" bottom={8} style={{ zIndex: 2 }}>
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {dirty ? t('orders.unsaved') : t('orders.allSaved')}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} aria-hidden />}
                onClick={() => setAskRebuild(true)}
              >
                {t('orders.rebuild')}
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={update.isPending && !askRebuild}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
  const preview = <OrderPreview document={document} />;

  return (
    <>
      {wide ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={6}>{editor}</Grid.Col>
          <Grid.Col span={6}>
            {/* The preview scrolls on its own beside a long editor; keyboard users reach it by Tab. */}
            <Box pos="sticky" top={76} mah="calc(100vh - 92px)" style={{ overflowY: 'auto' }} tabIndex={0}>
              {preview}
            </Box>
          </Grid.Col>
        </Grid>
      ) : (
        <Tabs value={tab} onChange={(v) => onTab(v === 'preview' ? 'preview' : 'text')}>
          <Tabs.List mb="md">
            <Tabs.Tab value="text">{t('orders.tab.text')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('orders.tab.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text">{editor}</Tabs.Panel>
          <Tabs.Panel value="preview">{preview}</Tabs.Panel>
        </Tabs>
      )}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('orders.leaveTitle')}
        centered
      >
        <Stack>
          <Text size="sm">{t('orders.leaveText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('orders.leaveStay')}
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              {t('orders.leaveGo')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={askRebuild} onClose={() => setAskRebuild(false)} title={t('orders.rebuildTitle')} centered>
        <Stack>
          <Text size="sm">{t('orders.rebuildText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskRebuild(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={rebuild} loading={update.isPending}>
              {t('orders.rebuild')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
