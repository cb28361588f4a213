// Editing requisites with the server's schema; a concurrent change is reported, not overwritten.
import {
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import type { Organization } from '../../../../src/organizations/organization-contract.js';
import { organizationUpdateSchema } from '../../../../src/organizations/organization-contract.js';
import { ApiProblem, isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { useFieldLabel } from '../../lib/labels';
import { notifyError, notifySuccess } from '../../lib/notify';
import { blanksToNull, focusFirstError, problemToErrors, zodValidate } from '../../lib/zod-form';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useOrganization, useUpdateOrganization } from './org-api';

function valuesOf(org: Organization) {
  return {
    fullName: org.fullName,
    shortName: org.shortName,
    address: org.address ?? '',
    locality: org.locality ?? '',
    directorName: org.directorName ?? '',
    directorPosition: org.directorPosition ?? '',
    orderSuffix: org.orderSuffix,
    youngSpecialistMaxAge: org.settings.youngSpecialistMaxAge as number | string,
    youngSpecialistMaxYears: org.settings.youngSpecialistMaxYears as number | string,
    mentorCapacityDefault: org.settings.mentorCapacityDefault as number | string,
    crossSchoolMatching: org.settings.crossSchoolMatching === true,
    payAmount: (org.settings.mentorPay?.amount ?? '') as number | string,
    payUnit: org.settings.mentorPay?.unit ?? 'month',
    payConditions: org.settings.mentorPay?.conditions ?? '',
    orderGrounds: (org.settings.orderGrounds ?? []).join('\n'),
    reason: '',
  };
}
type Values = ReturnType<typeof valuesOf>;

function toBody(values: Values, version: number) {
  const { payAmount, payUnit, payConditions, orderGrounds: groundsText, ...v } = values;
  // One act per line, as the curator types them.
  const orderGrounds = groundsText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const { youngSpecialistMaxAge, youngSpecialistMaxYears, mentorCapacityDefault, crossSchoolMatching, ...rest } =
    blanksToNull(v);
  const mentorPay = {
    amount: payAmount === '' ? null : Number(payAmount),
    unit: payUnit,
    conditions: payConditions,
  };
  return {
    ...rest,
    settings: {
      youngSpecialistMaxAge,
      youngSpecialistMaxYears,
      mentorCapacityDefault,
      crossSchoolMatching,
      mentorPay,
      orderGrounds,
    },
    version,
  };
}

const payInputs: Record<string, string> = {
  'mentorPay.amount': 'payAmount',
  'mentorPay.unit': 'payUnit',
  'mentorPay.conditions': 'payConditions',
};

// Settings errors come as settings.youngSpecialistMaxAge; the inputs are keyed flat.
function flattenSettings(errors: FormErrors): FormErrors {
  const out: FormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const flat = key.replace(/^settings\./, '').replace(/^orderGrounds\.\d+$/, 'orderGrounds');
    out[payInputs[flat] ?? flat] = message;
  }
  return out;
}

const check = zodValidate(organizationUpdateSchema, (v: Values) => toBody(v, 1));

export function OrgEditForm({ org, onDone }: { org: Organization; onDone: () => void }) {
  const t = useT();
  const label = useFieldLabel();
  const update = useUpdateOrganization(org.id);
  const reload = useOrganization(org.id);
  const form = useForm<Values>({
    initialValues: valuesOf(org),
    validate: (v) => flattenSettings(check(v)),
  });
  const submit = form.onSubmit(
    (values) =>
      update.mutate(toBody(values, org.version) as Parameters<typeof update.mutate>[0], {
        onSuccess: () => {
          notifySuccess(t('org.saved'));
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.errors.length > 0)
            form.setErrors(flattenSettings(problemToErrors(error)));
          else if (!isProblem(error, 'STALE_VERSION')) notifyError(error);
        },
      }),
    focusFirstError,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {isProblem(update.error, 'STALE_VERSION') && (
          <StaleVersionAlert problem={update.error} onReload={() => void reload.refetch()} />
        )}
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('org.requisites')}
          </Title>
          <Grid gap="md">
            <Grid.Col span={12}>
              <Textarea
                label={t('field.org.fullName')}
                withAsterisk
                autosize
                minRows={1}
                {...form.getInputProps('fullName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={label('shortName')} withAsterisk {...form.getInputProps('shortName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={label('orderSuffix')} {...form.getInputProps('orderSuffix')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={label('address')} {...form.getInputProps('address')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={label('locality')} {...form.getInputProps('locality')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={label('directorName')} {...form.getInputProps('directorName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={label('directorPosition')} {...form.getInputProps('directorPosition')} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('org.young')}
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={label('youngSpecialistMaxAge')}
                min={18}
                max={70}
                allowDecimal={false}
                {...form.getInputProps('youngSpecialistMaxAge')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={label('youngSpecialistMaxYears')}
                min={0}
                max={10}
                allowDecimal={false}
                {...form.getInputProps('youngSpecialistMaxYears')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={label('mentorCapacityDefault')}
                min={1}
                max={20}
                allowDecimal={false}
                {...form.getInputProps('mentorCapacityDefault')}
              />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb={4}>
            {t('documents.orgPay.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('documents.orgPay.hint')}
          </Text>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label={t('documents.pay.amountLabel')}
                min={0}
                decimalScale={2}
                thousandSeparator=" "
                {...form.getInputProps('payAmount')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('documents.pay.unitLabel')}
                </Text>
                <SegmentedControl
                  data={[
                    { value: 'month', label: t('documents.pay.unit.month') },
                    { value: 'period', label: t('documents.pay.unit.period') },
                  ]}
                  {...form.getInputProps('payUnit')}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('documents.pay.conditionsLabel')}
                description={t('documents.pay.conditionsHint')}
                autosize
                minRows={2}
                {...form.getInputProps('payConditions')}
              />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="lg">
          <Textarea
            label={t('org.orderGrounds')}
            description={t('org.orderGroundsHint')}
            placeholder={t('org.orderGroundsPlaceholder')}
            autosize
            minRows={3}
            {...form.getInputProps('orderGrounds')}
          />
        </Paper>
        {org.kind !== 'school' && (
          <Paper withBorder p="lg">
            <Switch
              label={t('org.crossSchoolMatching')}
              description={t('org.crossSchoolMatchingHint')}
              {...form.getInputProps('crossSchoolMatching', { type: 'checkbox' })}
            />
          </Paper>
        )}
        <Paper withBorder p="lg">
          <TextInput
            label={t('field.reason.change')}
            description={t('reason.hint')}
            {...form.getInputProps('reason')}
          />
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
