// First run: the organization's requisites, then the first account, then into the app.
// Once set up, this address only leads to the login page.
import { Alert, Box, Button, Center, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { Me } from '../../../../src/auth/auth-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { meKey, setupKey } from '../../api/keys';
import { useT } from '../../i18n';
import { problemToErrors } from '../../lib/zod-form';
import { useSetupStatus } from '../auth/auth-api';
import { FullPageLoader } from '../errors/FullPageLoader';
import { LoadError } from '../errors/LoadError';
import { Brand } from '../layout/Brand';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { SetupAccountStep } from './SetupAccountStep';
import { SetupDone } from './SetupDone';
import { SetupOrgStep } from './SetupOrgStep';
import { checkAccount, checkOrganization, initialSetupValues, postSetup, type SetupValues } from './setup-form';

export function SetupPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const status = useSetupStatus();
  useDocumentTitle(`${t('setup.title')} — Наставник`);
  const [step, setStep] = useState(0);
  const [created, setCreated] = useState<Me | null>(null);
  const form = useForm<SetupValues>({ initialValues: initialSetupValues });
  const setup = useMutation({
    mutationFn: postSetup,
    onSuccess: (me) => {
      setCreated(me);
      setStep(2);
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      const errors = problemToErrors(error);
      form.setErrors(errors);
      if (Object.keys(errors).some((k) => k.startsWith('organization.'))) setStep(0);
    },
  });

  if (status.isPending) return <FullPageLoader />;
  if (status.error) return <LoadError error={status.error} onRetry={() => void status.refetch()} fullPage />;
  if (!status.data.needed && !created) return <Navigate to="/login" replace />;

  const next = () => {
    const errors = checkOrganization(form.values);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (!form.values.director.fullName && form.values.organization.directorName) {
      form.setFieldValue('director.fullName', form.values.organization.directorName);
    }
    setStep(1);
  };
  const finish = () => {
    const errors = checkAccount(form.values);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) setup.mutate(form.values);
  };
  const enter = () => {
    if (created) client.setQueryData(meKey, created);
    void client.invalidateQueries({ queryKey: setupKey });
    navigate('/', { replace: true });
  };
  const problem = isProblem(setup.error) && setup.error.errors.length === 0 ? setup.error : null;

  return (
    <Box mih="100vh" style={{ background: 'linear-gradient(180deg, #e6eef8 0%, #f6f8fb 50%)' }}>
      <Group component="header" justify="space-between" p="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" pb="xl">
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={760}>
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2">
                {t('setup.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('setup.intro')}
              </Text>
            </div>
            <Stepper active={step} size="sm" allowNextStepsSelect={false}>
              <Stepper.Step label={t('setup.step.org')} description={t('setup.step.orgHint')}>
                <SetupOrgStep form={form} />
              </Stepper.Step>
              <Stepper.Step label={t('setup.step.account')} description={t('setup.step.accountHint')}>
                {problem && (
                  <Alert
                    color="red"
                    variant="light"
                    mb="md"
                    icon={<IconAlertCircle aria-hidden />}
                    title={problem.title}
                  >
                    {problem.detail}
                  </Alert>
                )}
                <SetupAccountStep form={form} />
              </Stepper.Step>
              <Stepper.Completed>
                <SetupDone orgName={form.values.organization.shortName} onEnter={enter} />
              </Stepper.Completed>
            </Stepper>
            {step < 2 && (
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)} disabled={step === 0 || setup.isPending}>
                  {t('common.back')}
                </Button>
                {step === 0 ? (
                  <Button onClick={next}>{t('common.next')}</Button>
                ) : (
                  <Button onClick={finish} loading={setup.isPending}>
                    {t('setup.create')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
