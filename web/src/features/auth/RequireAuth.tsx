// The gate in front of the app: unknown visitors go to sign in, and a person with a temporary
// password changes it before anything else.
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../errors/FullPageLoader';
import { LoadError } from '../errors/LoadError';
import { useMe } from './auth-api';

export function RequireAuth() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageLoader />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} fullPage />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && location.pathname !== '/profile') return <Navigate to="/profile" replace />;
  return <Outlet />;
}
