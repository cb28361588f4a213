// A new questionnaire: one of the three ready templates of the Roadmap (built on the school's own
// catalogue of difficulties) or a blank one, with its dates. It starts as a draft to look over.
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import type { SurveyData } from '../../../../src/surveys/survey-contract.js';
import { fromTemplateSchema, type TemplateName, templateNames } from '../../../../src/surveys/templates.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/DateField';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { useCreateFromTemplate, useCreateSurvey } from './survey-api';
import { isoPlusDays, todayLocalIso } from './survey-labels';

type Choice = TemplateName | 'blank';

interface Values {
  choice: Choice;
  title: string;
  opensOn: string;
  closesOn: string;
}

const toInput = (v: Values) => ({
  template: v.choice === 'blank' ? 'needs-assessment' : v.choice,
  title: v.title.trim() || null,
  opensOn: v.opensOn,
  closesOn: v.closesOn,
});

export function SurveyCreateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const navigate = useNavigate();
  const fromTemplate = useCreateFromTemplate(orgId);
  const blank = useCreateSurvey(orgId);
  const today = todayLocalIso();
  const form = useForm<Values>({
    initialValues: { choice: 'needs-assessment', title: '', opensOn: today, closesOn: isoPlusDays(today, 14) },
    validate: zodValidate(fromTemplateSchema, toInput, (v) =>
      v.choice === 'blank' && !v.title.trim() ? { title: t('survey.titleRequired') } : {},
    ),
  });
  const done = (id: string) => {
    notifySuccess(t('survey.created'));
    onClose();
    navigate(`/orgs/${orgId}/surveys/${id}`);
  };
  const onError = (error: unknown) => {
    if (isProblem(error) && error.errors.length > 0) form.setErrors(problemToErrors(error));
  };
  const submit = form.onSubmit((v) => {
    if (v.choice === 'blank') {
      const data: SurveyData = {
        title: v.title.trim(),
        kind: 'custom',
        anonymous: false,
        opensOn: v.opensOn,
        closesOn: v.closesOn,
        audience: {},
        questions: [{ id: 'q-1', text: t('survey.blankQuestion'), type: 'text', required: false }],
      };
      blank.mutate(data, { onSuccess: (s) => done(s.id), onError });
    } else {
      fromTemplate.mutate(
        { template: v.choice, title: v.title.trim() || null, opensOn: v.opensOn, closesOn: v.closesOn },
        { onSuccess: (s) => done(s.id), onError },
      );
    }
  }, focusFirstError);
  const error = fromTemplate.error ?? blank.error;
  const problem = isProblem(error) && error.errors.length === 0 ? error : null;
  const choices: Choice[] = [...templateNames, 'blank'];
  return (
    <Modal opened onClose={onClose} title={t('survey.createTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
          <Radio.Group label={t('survey.templateLabel')} {...form.getInputProps('choice')}>
            <Stack gap="xs" mt="xs">
              {choices.map((c) => (
                <Radio.Card key={c} value={c} p="sm" radius="md" withBorder>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={500} size="sm">
                        {t(`survey.template.${c}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`survey.templateHint.${c}`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('survey.field.title')}
            description={form.values.choice === 'blank' ? undefined : t('survey.titleHint')}
            required={form.values.choice === 'blank'}
            data-path="title"
            {...form.getInputProps('title')}
          />
          <Group grow align="flex-start">
            <DateField
              label={t('survey.field.opensOn')}
              required
              data-path="opensOn"
              {...form.getInputProps('opensOn')}
            />
            <DateField
              label={t('survey.field.closesOn')}
              required
              data-path="closesOn"
              {...form.getInputProps('closesOn')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={fromTemplate.isPending || blank.isPending}>
              {t('survey.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
