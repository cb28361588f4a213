// Editing a draft questionnaire: title, kind, anonymity, dates, who it is addressed to, and the
// questions. Checked with the server's own schema before saving; a stale version is never
// overwritten silently.
import { Button, Checkbox, Grid, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../src/auth/policy.js';
import {
  type Survey,
  type SurveyData,
  type SurveyKind,
  surveyKinds,
  surveyUpdateSchema,
} from '../../../../src/surveys/survey-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { roleLabel } from '../../lib/labels';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrg } from '../org/OrgScope';
import { freshId, isChoice, QuestionEditor, type QuestionValues, withoutCopies } from './QuestionEditor';
import { surveysKey, useUpdateSurvey } from './survey-api';
import { surveyKindLabel } from './survey-labels';

interface Values {
  title: string;
  kind: SurveyKind;
  anonymous: boolean;
  opensOn: string;
  closesOn: string;
  roles: Role[];
  banks: ('mentees' | 'mentors')[];
  questions: QuestionValues[];
}

const audienceRoles: Role[] = ['director', 'curator', 'council', 'mentor', 'mentee'];

function valuesOf(s: Survey): Values {
  return {
    title: s.title,
    kind: s.kind,
    anonymous: s.anonymous,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    roles: s.audience.roles ?? [],
    banks: s.audience.banks ?? [],
    questions: s.questions.map((q) => ({ ...q, options: q.options ?? [] })),
  };
}

function toData(v: Values, staffIds: string[] | undefined): SurveyData {
  return {
    title: v.title,
    kind: v.kind,
    anonymous: v.anonymous,
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    audience: {
      ...(v.roles.length ? { roles: v.roles } : {}),
      ...(v.banks.length ? { banks: v.banks } : {}),
      ...(staffIds?.length ? { staffIds } : {}),
    },
    questions: v.questions.map((q) => ({
      id: q.id,
      text: q.text,
      type: q.type,
      required: q.required,
      ...(isChoice(q.type) ? { options: q.options } : {}),
    })),
  };
}

export function SurveyEditor({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  const client = useQueryClient();
  const update = useUpdateSurvey(orgId, survey.id);
  const form = useForm<Values>({
    initialValues: valuesOf(survey),
    validate: (v: Values) =>
      withoutCopies(zodValidate(surveyUpdateSchema, (x: Values) => toData(x, survey.audience.staffIds))(v)),
  });
  const submit = form.onSubmit(
    (v) =>
      update.mutate(
        { ...toData(v, survey.audience.staffIds), version: survey.version },
        {
          onSuccess: (saved) => {
            notifySuccess(t('survey.saved'));
            form.resetDirty(valuesOf(saved));
          },
          onError: (error) => {
            if (isProblem(error) && error.errors.length > 0) form.setErrors(withoutCopies(problemToErrors(error)));
          },
        },
      ),
    focusFirstError,
  );
  const problem = isProblem(update.error) && update.error.errors.length === 0 ? update.error : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {problem?.code === 'STALE_VERSION' ? (
          <StaleVersionAlert
            problem={problem}
            onReload={() => {
              update.reset();
              void client.invalidateQueries({ queryKey: surveysKey(orgId) });
            }}
          />
        ) : (
          problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>
        )}
        <Paper withBorder p="lg" component="section" aria-labelledby="survey-settings">
          <Title order={2} size="h4" mb="md" id="survey-settings">
            {t('survey.settings')}
          </Title>
          <Grid gap="md">
            <Grid.Col span={12}>
              <TextInput label={t('survey.field.title')} required data-path="title" {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('survey.field.kind')}
                data={surveyKinds.map((k) => ({ value: k, label: surveyKindLabel(t, k) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Switch
                mt={{ base: 0, sm: 30 }}
                label={t('survey.field.anonymous')}
                description={t('survey.anonymousHint')}
                {...form.getInputProps('anonymous', { type: 'checkbox' })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DateField
                label={t('survey.field.opensOn')}
                required
                data-path="opensOn"
                {...form.getInputProps('opensOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DateField
                label={t('survey.field.closesOn')}
                required
                data-path="closesOn"
                {...form.getInputProps('closesOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Checkbox.Group
                label={t('survey.audienceRoles')}
                description={t('survey.audienceHint')}
                {...form.getInputProps('roles')}
              >
                <Stack gap={6} mt="xs">
                  {audienceRoles.map((r) => (
                    <Checkbox key={r} value={r} label={roleLabel(t, r)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Checkbox.Group label={t('survey.audienceBanks')} {...form.getInputProps('banks')}>
                <Stack gap={6} mt="xs">
                  <Checkbox value="mentees" label={t('survey.bank.mentees')} />
                  <Checkbox value="mentors" label={t('survey.bank.mentors')} />
                </Stack>
              </Checkbox.Group>
              {survey.audience.staffIds?.length ? (
                <Text size="xs" c="dimmed" mt="sm">
                  {t('survey.namedPeople', { n: survey.audience.staffIds.length })}
                </Text>
              ) : null}
            </Grid.Col>
          </Grid>
        </Paper>
        <Stack gap="sm" component="section" aria-labelledby="survey-questions">
          <Title order={2} size="h4" id="survey-questions">
            {t('survey.questions', { n: form.values.questions.length })}
          </Title>
          {typeof form.errors.questions === 'string' && (
            <Text size="sm" c="var(--mantine-color-error)">
              {form.errors.questions}
            </Text>
          )}
          {form.values.questions.map((q, i) => (
            <QuestionEditor key={q.id} form={form} index={i} count={form.values.questions.length} />
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                form.insertListItem('questions', {
                  id: freshId('q'),
                  text: '',
                  type: 'single',
                  required: false,
                  options: [
                    { id: freshId('o'), text: '' },
                    { id: freshId('o'), text: '' },
                  ],
                })
              }
            >
              {t('survey.qAdd')}
            </Button>
          </Group>
        </Stack>
        <Paper withBorder shadow="sm" p="sm" pos="sticky" bottom={8} style={{ zIndex: 2 }}>
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
