// For people without access to staff records (mentors, mentees): who they are here and how
// mentoring works. Nothing on this page is made up: no figures, no sample programmes.
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarTime, IconFileCertificate, IconSignature, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { roleLabel } from '../../lib/labels';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentUser } from '../auth/auth-api';
import { MentoringStep } from './MentoringStep';
import { useOrg } from './OrgScope';

/** Russian colleagues are addressed by first name and patronymic: «Лариса Георгиевна». */
function addressed(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts.length === 3 ? `${parts[1]} ${parts[2]}` : fullName;
}

export function WelcomePage() {
  const t = useT();
  const me = useCurrentUser();
  const { membership, orgId, can } = useOrg();
  return (
    <>
      <PageHeader
        title={t('welcome.title', { name: addressed(me.fullName) })}
        subtitle={t('welcome.subtitle', { org: membership.orgName })}
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('welcome.rolesTitle')}
          </Title>
          <Stack gap="sm">
            {membership.roles.map((role) => (
              <Group key={role} align="flex-start" wrap="nowrap" gap="sm">
                <Badge variant="light" size="lg" tt="none" miw={150}>
                  {roleLabel(t, role)}
                </Badge>
                <Text size="sm">{t(`roleDesc.${role}`)}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('welcome.howTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <MentoringStep
              icon={<IconUsersGroup size={20} />}
              title={t('welcome.how.pair')}
              text={t('welcome.how.pairText')}
            />
            <MentoringStep
              icon={<IconCalendarTime size={20} />}
              title={t('welcome.how.program')}
              text={t('welcome.how.programText')}
            />
            <MentoringStep
              icon={<IconSignature size={20} />}
              title={t('welcome.how.consent')}
              text={t('welcome.how.consentText')}
            />
            <MentoringStep
              icon={<IconFileCertificate size={20} />}
              title={t('welcome.how.order')}
              text={t('welcome.how.orderText')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('welcome.nowTitle')}
          </Title>
          <List size="sm" spacing={6}>
            <List.Item>{t('welcome.now.soon')}</List.Item>
            {can('staff:read') && (
              <List.Item>
                <Anchor component={Link} to={`/orgs/${orgId}/staff`} size="sm">
                  {t('welcome.now.staff')}
                </Anchor>
              </List.Item>
            )}
            <List.Item>
              <Anchor component={Link} to="/profile" size="sm">
                {t('welcome.now.profile')}
              </Anchor>
            </List.Item>
          </List>
        </Paper>
      </Stack>
    </>
  );
}
