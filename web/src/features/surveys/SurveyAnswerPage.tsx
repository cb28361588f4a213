// Filling in a questionnaire: one control per question type, the required ones checked before
// sending (in Russian, under each question), the server's word on anything else. After sending,
// the reminder about this survey is put away.
import { Alert, Anchor, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconCircleCheck, IconLock, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Answers, AnswerValue, Question, Survey } from '../../../../src/surveys/survey-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { focusFirstError, problemToErrors } from '../../lib/zod-form';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { useMarkReminderSeen, useMyReminders, useSubmitResponse, useSurvey, useSurveyResponses } from './survey-api';
import { surveyWindow, todayLocalIso } from './survey-labels';

type Values = Record<string, string | string[]>;
// biome-ignore lint/suspicious/noExplicitAny: the form's validate function is not part of what the inputs need
type AnswerForm = UseFormReturnType<Values, Values, any>;

function emptyValues(questions: readonly Question[]): Values {
  return Object.fromEntries(questions.map((q) => [q.id, q.type === 'multiple' ? [] : '']));
}

function toAnswers(questions: readonly Question[], values: Values): Answers {
  const out: Answers = {};
  for (const q of questions) {
    const v = values[q.id];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    let value: AnswerValue = v;
    if (q.type === 'scale5' || q.type === 'scale10') value = Number(v);
    out[q.id] = value;
  }
  return out;
}

function ScaleInput({ question, form }: { question: Question; form: AnswerForm }) {
  const t = useT();
  const top = question.type === 'scale5' ? 5 : 10;
  return (
    <Radio.Group
      label={question.text}
      description={t(`survey.scaleHint${top}`)}
      required={question.required}
      data-path={question.id}
      {...form.getInputProps(question.id)}
    >
      <Group gap="md" mt="xs">
        {Array.from({ length: top }, (_, k) => String(k + 1)).map((v) => (
          <Radio key={v} value={v} label={v} />
        ))}
      </Group>
    </Radio.Group>
  );
}

function QuestionInput({ question, form }: { question: Question; form: AnswerForm }) {
  const t = useT();
  switch (question.type) {
    case 'single':
      return (
        <Radio.Group label={question.text} required={question.required} {...form.getInputProps(question.id)}>
          <Stack gap={8} mt="xs">
            {(question.options ?? []).map((o) => (
              <Radio key={o.id} value={o.id} label={o.text} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          label={question.text}
          description={t('survey.multipleHint')}
          required={question.required}
          {...form.getInputProps(question.id)}
        >
          <Stack gap={8} mt="xs">
            {(question.options ?? []).map((o) => (
              <Checkbox key={o.id} value={o.id} label={o.text} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'scale5':
    case 'scale10':
      return <ScaleInput question={question} form={form} />;
    case 'text':
      return (
        <Textarea
          label={question.text}
          required={question.required}
          autosize
          minRows={3}
          maxLength={4000}
          data-path={question.id}
          {...form.getInputProps(question.id)}
        />
      );
  }
}

function AnswerForm({ survey, onSent }: { survey: Survey; onSent: () => void }) {
  const t = useT();
  const { orgId } = useOrg();
  const submitMutation = useSubmitResponse(orgId, survey.id);
  const reminders = useMyReminders();
  const seen = useMarkReminderSeen();
  const form = useForm<Values>({
    initialValues: emptyValues(survey.questions),
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const q of survey.questions) {
        const v = values[q.id];
        const empty = v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');
        if (q.required && empty) errors[q.id] = t(q.type === 'multiple' ? 'survey.pickOne' : 'survey.answerRequired');
      }
      return errors;
    },
  });
  const submit = form.onSubmit(
    (values) =>
      submitMutation.mutate(toAnswers(survey.questions, values), {
        onSuccess: () => {
          for (const r of reminders.data ?? []) if (r.surveyId === survey.id) seen.mutate(r.id);
          onSent();
          window.scrollTo({ top: 0 });
        },
        onError: (error) => {
          if (isProblem(error) && error.errors.length > 0) {
            const errors = problemToErrors(error);
            const byQuestion = Object.fromEntries(
              Object.entries(errors).map(([k, v]) => [k.replace(/^answers\./, ''), v]),
            );
            form.setErrors(byQuestion);
            focusFirstError(byQuestion);
          }
        },
      }),
    focusFirstError,
  );
  const problem =
    isProblem(submitMutation.error) && submitMutation.error.errors.length === 0 ? submitMutation.error : null;
  return (
    <form onSubmit={submit} noValidate aria-label={survey.title}>
      <Stack gap="md">
        {problem && <ProblemAlert title={problem.title}>{problem.detail}</ProblemAlert>}
        {survey.anonymous && (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
            <Text size="sm">{t('survey.anonymousNote')}</Text>
          </Alert>
        )}
        {survey.questions.map((q, i) => (
          <Paper key={q.id} withBorder p="lg" data-question={i + 1}>
            <QuestionInput question={{ ...q, text: `${i + 1}. ${q.text}` }} form={form} />
          </Paper>
        ))}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('survey.requiredNote')}
          </Text>
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={submitMutation.isPending}>
            {t('survey.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Thanks({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('survey.thanks')} role="status">
      <Text size="sm">{t(survey.anonymous ? 'survey.thanksAnonymous' : 'survey.thanksText')}</Text>
      <Group mt="sm">
        <Button component={Link} to={`/orgs/${orgId}`} size="xs" variant="white">
          {t('survey.toHome')}
        </Button>
      </Group>
    </Alert>
  );
}

export function SurveyAnswerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { orgId } = useOrg();
  const survey = useSurvey(orgId, id);
  const named = survey.data ? !survey.data.anonymous : false;
  const own = useSurveyResponses(orgId, id, named);
  // Once sent, the page thanks the person, even though the refreshed list now holds their answer.
  const [sent, setSent] = useState(false);
  if (survey.isPending) return <TableSkeleton />;
  if (survey.error) return <LoadError error={survey.error} onRetry={() => void survey.refetch()} />;
  const s = survey.data;
  const answered = (own.data?.length ?? 0) > 0;
  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to={`/orgs/${orgId}/surveys`} size="sm">
            {t('survey.backToList')}
          </Anchor>
        }
        title={s.title}
        subtitle={t('survey.answerSubtitle', { window: surveyWindow(s) })}
      />
      {sent ? (
        <Thanks survey={s} />
      ) : s.status === 'open' && todayLocalIso() < s.opensOn ? (
        <Alert color="gray" variant="light" title={t('survey.notYet', { date: formatDate(s.opensOn) })}>
          <Text size="sm">{t('survey.notYetText')}</Text>
        </Alert>
      ) : s.status !== 'open' ? (
        <Alert color="gray" variant="light" title={t('survey.notOpen')}>
          <Text size="sm">{t(s.status === 'closed' ? 'survey.closedText' : 'survey.draftText')}</Text>
        </Alert>
      ) : named && own.isPending ? (
        <TableSkeleton />
      ) : answered ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('survey.youAnswered')}>
          <Text size="sm">{t('survey.alreadyText', { date: formatDate(s.closesOn) })}</Text>
        </Alert>
      ) : (
        <AnswerForm survey={s} onSent={() => setSent(true)} />
      )}
    </>
  );
}
