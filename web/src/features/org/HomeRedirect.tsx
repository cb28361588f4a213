// "/" leads to the organization the person worked in last, or their first one.
import { Navigate } from 'react-router';
import { useT } from '../../i18n';
import { useCurrentUser } from '../auth/auth-api';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { pickMembership } from './active-org';

export function HomeRedirect() {
  const t = useT();
  const me = useCurrentUser();
  const membership = pickMembership(me);
  if (!membership) return <ForbiddenPage detail={t('home.noOrgs')} />;
  return <Navigate to={`/orgs/${membership.orgId}`} replace />;
}
