// The person's own account. With a temporary password, the password form comes first and
// nothing else in the app opens until it is changed.
import { Alert, Paper, Stack, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { FieldList } from '../../ui/FieldList';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentUser } from '../auth/auth-api';
import { CalendarFeed } from './CalendarFeed';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MembershipsTable } from './MembershipsTable';

export function ProfilePage() {
  const t = useT();
  const label = useFieldLabel();
  const me = useCurrentUser();
  const password = (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t('profile.password')}
      </Title>
      <ChangePasswordForm />
    </Paper>
  );
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={me.fullName} />
      <Stack gap="lg">
        {me.mustChangePassword && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconShieldLock aria-hidden />}
            title={t('profile.mustChangeTitle')}
          >
            {t('profile.mustChangeText')}
          </Alert>
        )}
        {me.mustChangePassword && password}
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('profile.account')}
          </Title>
          <FieldList
            items={[
              { label: label('fullName'), value: me.fullName },
              { label: label('login'), value: me.login },
              { label: label('email'), value: me.email },
            ]}
          />
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('profile.memberships')}
          </Title>
          <MembershipsTable memberships={me.memberships} />
        </Paper>
        {!me.mustChangePassword && <CalendarFeed />}
        {!me.mustChangePassword && password}
      </Stack>
    </>
  );
}
