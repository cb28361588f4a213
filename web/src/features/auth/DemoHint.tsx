// On a demo installation the login page tells which accounts to try; elsewhere it says nothing.
import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { useHealth } from './auth-api';

const demoLogins = ['director', 'curator', 'mentor', 'mentee', 'curator2', 'observer'];

/** Clicking a login fills the form, so trying the demo takes one click and one Enter. */
export function DemoHint({ onPick }: { onPick: (login: string) => void }) {
  const t = useT();
  const health = useHealth();
  if (!health.data?.demo) return null;
  return (
    <Alert variant="light" color="navy" icon={<IconInfoCircle aria-hidden />} title={t('login.demo.title')}>
      <Text size="sm" mb={8}>
        {t('login.demo.text')}
      </Text>
      <Group gap={6}>
        {demoLogins.map((login) => (
          <Button
            key={login}
            size="compact-sm"
            variant="default"
            ff="monospace"
            fw={500}
            onClick={() => onPick(login)}
            aria-label={t('login.demo.pick', { login })}
          >
            {login}
          </Button>
        ))}
      </Group>
      <Text size="sm" mt={8}>
        {t('login.demo.password')} <Code>demo</Code>
      </Text>
    </Alert>
  );
}
