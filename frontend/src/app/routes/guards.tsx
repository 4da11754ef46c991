import { Navigate, Outlet, useLocation } from 'react-router';
import { hasRole, useSession, type Role } from '@/lib/auth/session';
import { ForbiddenPage } from './ForbiddenPage';

/** Signed-out visitors go to the sign-in page, and come back here afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}

export function RequireRole({ role }: { role: Role }) {
  const session = useSession();
  return hasRole(session, role) ? <Outlet /> : <ForbiddenPage />;
}
