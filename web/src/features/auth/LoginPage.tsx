// Sign-in: the first screen most people see, so it says plainly what the system is for.
import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginBody } from '../../../../src/auth/auth-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { zodValidate } from '../../lib/zod-form';
import { FullPageLoader } from '../errors/FullPageLoader';
import { Brand } from '../layout/Brand';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useLogin, useMe, useSetupStatus } from './auth-api';
import { DemoHint } from './DemoHint';

export function LoginPage() {
  const t = useT();
  const label = useFieldLabel();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const me = useMe();
  const setup = useSetupStatus();
  const login = useLogin();
  useDocumentTitle(`${t('login.title')} — Наставник`);
  const form = useForm({
    initialValues: { login: '', password: '' },
    validate: zodValidate(loginBody, (v) => v),
  });

  if (me.isPending || setup.isPending) return <FullPageLoader />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (me.data) return <Navigate to={from ?? '/'} replace />;

  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: (user) => navigate(user.mustChangePassword ? '/profile' : (from ?? '/'), { replace: true }),
    }),
  );
  const problem = isProblem(login.error) ? login.error : null;

  return (
    <Box mih="100vh" style={{ background: 'linear-gradient(180deg, #e6eef8 0%, #f6f8fb 55%)' }}>
      <Box component="header" p="md" style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageSwitch />
      </Box>
      <Center component="main" px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={6} align="center" ta="center">
            <Brand size={44} large />
            <Text c="dimmed" size="sm" maw={360}>
              {t('login.tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl">
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Text component="h1" fw={600} fz="lg" m={0}>
                  {t('login.title')}
                </Text>
                {problem && (
                  <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={problem.title}>
                    {problem.detail}
                  </Alert>
                )}
                <TextInput
                  label={label('login')}
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  data-autofocus
                  {...form.getInputProps('login')}
                />
                <PasswordInput
                  label={label('password')}
                  autoComplete="current-password"
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={login.isPending} fullWidth mt={4}>
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
          <DemoHint onPick={(login) => form.setValues({ login, password: 'demo' })} />
        </Stack>
      </Center>
    </Box>
  );
}
