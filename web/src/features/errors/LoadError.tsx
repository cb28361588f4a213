// What a screen shows when its data could not be loaded: the 404 and 403 pages for records that
// are missing or closed to the visitor, otherwise the server's own words and a retry.
import { Alert, Button, Center, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { ForbiddenPage } from './ForbiddenPage';
import { NotFoundPage } from './NotFoundPage';

interface Props {
  error: unknown;
  onRetry?: () => void;
  fullPage?: boolean;
}

export function LoadError({ error, onRetry, fullPage }: Props) {
  const t = useT();
  if (isProblem(error) && error.status === 404) return <NotFoundPage />;
  if (isProblem(error) && error.status === 403) return <ForbiddenPage detail={error.detail} />;
  const title = isProblem(error) ? error.title : t('error.unexpected.title');
  const detail = isProblem(error) ? error.detail : t('error.loadFailed');
  const alert = (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert" maw={640}>
      <Text size="sm">{detail}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
  return fullPage ? (
    <Center mih="60vh" p="lg">
      {alert}
    </Center>
  ) : (
    alert
  );
}
