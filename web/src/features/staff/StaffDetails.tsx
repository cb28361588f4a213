import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { usePlural, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { categoryLabel, useFieldLabel } from '../../lib/labels';
import { FieldList } from '../../ui/FieldList';

export function StaffDetails({ staff: s }: { staff: Staff }) {
  const t = useT();
  const plural = usePlural();
  const label = useFieldLabel();
  const withAge = s.birthDate
    ? `${formatDate(s.birthDate)}${s.age !== null ? ` (${plural('unit.years', s.age)})` : ''}`
    : null;
  return (
    <Stack gap="lg">
      {s.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title={t('staff.archivedNotice')}>
          {t('staff.archivedNoticeText', { date: formatDateTime(s.archivedAt) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('staff.section.person')}
          </Title>
          <FieldList
            labelWidth={200}
            items={[
              { label: label('lastName'), value: s.lastName },
              { label: label('firstName'), value: s.firstName },
              { label: label('middleName'), value: s.middleName },
              { label: label('birthDate'), value: withAge },
            ]}
          />
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('staff.section.contacts')}
          </Title>
          <FieldList
            labelWidth={200}
            items={[
              { label: label('email'), value: s.email && <Anchor href={`mailto:${s.email}`}>{s.email}</Anchor> },
              {
                label: label('phone'),
                value: s.phone && <Anchor href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</Anchor>,
              },
            ]}
          />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t('staff.section.work')}
        </Title>
        <FieldList
          items={[
            { label: label('position'), value: s.position },
            {
              label: label('subjects'),
              value: s.subjects.length > 0 && (
                <Group gap={6}>
                  {s.subjects.map((subject) => (
                    <Badge key={subject} variant="light" color="gray" tt="none" size="md">
                      {subject}
                    </Badge>
                  ))}
                </Group>
              ),
            },
            { label: label('hiredOn'), value: formatDate(s.hiredOn) },
            {
              label: t('staff.contract'),
              value:
                s.employmentContractNumber || s.employmentContractDate
                  ? t('staff.contractValue', {
                      number: s.employmentContractNumber ?? '—',
                      date: s.employmentContractDate ? formatDate(s.employmentContractDate) : '—',
                    })
                  : null,
            },
            { label: label('teachingSince'), value: s.teachingSince },
            {
              label: t('staff.teachingYears'),
              value: s.teachingYears !== null ? plural('unit.years', s.teachingYears) : null,
            },
            { label: label('qualificationCategory'), value: categoryLabel(t, s.qualificationCategory) },
            {
              label: t('staff.youngSpecialist'),
              value: s.youngSpecialist ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      </Paper>
    </Stack>
  );
}
