import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Organization } from '../../../../src/organizations/organization-contract.js';
import { useT } from '../../i18n';
import { orgKindLabel, useFieldLabel } from '../../lib/labels';
import { FieldList } from '../../ui/FieldList';

export function OrgDetails({ org }: { org: Organization }) {
  const t = useT();
  const label = useFieldLabel();
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t('org.requisites')}
        </Title>
        <FieldList
          items={[
            { label: t('field.org.fullName'), value: org.fullName },
            { label: label('shortName'), value: org.shortName },
            { label: label('kind'), value: orgKindLabel(t, org.kind) },
            { label: label('address'), value: org.address },
            { label: label('locality'), value: org.locality },
            { label: label('directorName'), value: org.directorName },
            { label: label('directorPosition'), value: org.directorPosition },
            { label: label('orderSuffix'), value: org.orderSuffix },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="xs">
          {t('org.young')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('org.youngRule', {
            age: org.settings.youngSpecialistMaxAge,
            years: org.settings.youngSpecialistMaxYears,
          })}
        </Text>
        <FieldList
          items={[
            { label: label('youngSpecialistMaxAge'), value: org.settings.youngSpecialistMaxAge },
            { label: label('youngSpecialistMaxYears'), value: org.settings.youngSpecialistMaxYears },
            { label: label('mentorCapacityDefault'), value: org.settings.mentorCapacityDefault },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg">
        <FieldList
          items={[
            {
              label: t('documents.pay'),
              value:
                org.settings.mentorPay?.amount != null
                  ? `${t('documents.pay.amount', {
                      amount: org.settings.mentorPay.amount,
                      unit: t(`documents.pay.unit.${org.settings.mentorPay.unit}`),
                    })}${org.settings.mentorPay.conditions ? `; ${org.settings.mentorPay.conditions}` : ''}`
                  : null,
            },
            {
              label: t('org.orderGrounds'),
              value: org.settings.orderGrounds?.length ? org.settings.orderGrounds.join('; ') : null,
            },
          ]}
        />
      </Paper>
      {org.kind !== 'school' && (
        <Paper withBorder p="lg">
          <FieldList
            items={[
              {
                label: t('org.crossSchoolMatching'),
                value: org.settings.crossSchoolMatching ? t('org.crossSchoolOn') : t('org.crossSchoolOff'),
              },
            ]}
          />
        </Paper>
      )}
    </Stack>
  );
}
