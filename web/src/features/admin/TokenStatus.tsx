import { Badge } from '@mantine/core';
import { useT } from '../../i18n';
import type { ApiToken } from './admin-api';

export function TokenStatus({ token }: { token: ApiToken }) {
  const t = useT();
  const today = new Date().toISOString().slice(0, 10);
  if (token.revokedAt)
    return (
      <Badge size="sm" variant="light" color="gray" tt="none">
        {t('tokens.revoked')}
      </Badge>
    );
  if (token.expiresOn && token.expiresOn < today)
    return (
      <Badge size="sm" variant="light" color="orange" tt="none">
        {t('tokens.expired')}
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color="teal" tt="none">
      {t('tokens.active')}
    </Badge>
  );
}
