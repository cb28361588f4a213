// One question of a draft: wording, type, whether it must be answered, and the choices for the
// choice types. Choices tied to the catalogue keep their link, so answers can still feed the banks.
import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { type QuestionType, questionTypes } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { questionTypeLabel } from './survey-labels';

export interface OptionValues {
  id: string;
  text: string;
  difficultyId?: string;
}
export interface QuestionValues {
  id: string;
  text: string;
  type: QuestionType;
  required: boolean;
  options: OptionValues[];
}

export const isChoice = (type: QuestionType) => type === 'single' || type === 'multiple';
/**
 * The shared form helper copies an item's error up to its list (`questions.0.text` also on
 * `questions`); here each item shows its own, so only errors of a list itself are kept there.
 */
export function withoutCopies(errors: FormErrors): FormErrors {
  const keys = Object.keys(errors);
  return Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.some((other) => other.startsWith(`${k}.`))));
}

export const freshId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

interface Props {
  // biome-ignore lint/suspicious/noExplicitAny: the editor's form values are typed in SurveyEditor
  form: UseFormReturnType<any>;
  index: number;
  count: number;
}

export function QuestionEditor({ form, index, count }: Props) {
  const t = useT();
  const path = `questions.${index}`;
  const q = form.values.questions[index] as QuestionValues;
  const n = index + 1;
  const setType = (value: string | null) => {
    const type = (value ?? 'text') as QuestionType;
    form.setFieldValue(`${path}.type`, type);
    if (isChoice(type) && q.options.length === 0) {
      form.setFieldValue(`${path}.options`, [
        { id: freshId('o'), text: '' },
        { id: freshId('o'), text: '' },
      ]);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={t('survey.qNumber', { n })}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('survey.qNumber', { n })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={index === 0}
              onClick={() => form.reorderListItem('questions', { from: index, to: index - 1 })}
              aria-label={t('survey.qUp', { n })}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={index === count - 1}
              onClick={() => form.reorderListItem('questions', { from: index, to: index + 1 })}
              aria-label={t('survey.qDown', { n })}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={count === 1}
              onClick={() => form.removeListItem('questions', index)}
              aria-label={t('survey.qRemove', { n })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <Textarea
          label={t('survey.qText')}
          autosize
          minRows={1}
          required
          data-path={`${path}.text`}
          {...form.getInputProps(`${path}.text`)}
        />
        <Group align="flex-end" gap="lg">
          <Select
            label={t('survey.qType')}
            data={questionTypes.map((v) => ({ value: v, label: questionTypeLabel(t, v) }))}
            value={q.type}
            onChange={setType}
            allowDeselect={false}
            w={240}
          />
          <Checkbox
            label={t('survey.qRequired')}
            mb={8}
            {...form.getInputProps(`${path}.required`, { type: 'checkbox' })}
          />
        </Group>
        {isChoice(q.type) && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('survey.options')}
            </Text>
            {q.options.map((o, k) => (
              <Group key={o.id} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('survey.optionN', { n: k + 1 })}
                  style={{ flex: 1 }}
                  description={o.difficultyId ? t('survey.optionLinked') : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data-path={`${path}.options.${k}.text`}
                  {...form.getInputProps(`${path}.options.${k}.text`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  onClick={() => form.removeListItem(`${path}.options`, k)}
                  aria-label={t('survey.optionRemove', { n: k + 1 })}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {typeof form.errors[`${path}.options`] === 'string' && (
              <Text size="xs" c="var(--mantine-color-error)">
                {form.errors[`${path}.options`]}
              </Text>
            )}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem(`${path}.options`, { id: freshId('o'), text: '' })}
              >
                {t('survey.optionAdd')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
