// Revoking cannot be undone, so it asks first.
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useOrg } from '../org/OrgScope';
import { type ApiToken, useRevokeToken } from './admin-api';

export function RevokeTokenButton({ token }: { token: ApiToken }) {
  const t = useT();
  const { orgId } = useOrg();
  const revoke = useRevokeToken(orgId);
  const [opened, { close, toggle }] = useDisclosure(false);
  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button size="xs" variant="subtle" color="red" onClick={toggle}>
          {t('tokens.revoke')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={300}>
        <Stack gap="sm">
          <Text size="sm">{t('tokens.revokeConfirm', { name: token.name })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              color="red.9"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(token.id, {
                  onSuccess: () => {
                    notifySuccess(t('tokens.revokedNotice', { name: token.name }));
                    close();
                  },
                  onError: notifyError,
                })
              }
            >
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
