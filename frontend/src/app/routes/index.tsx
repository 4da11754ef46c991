import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { CatalogPage } from '@/features/catalog/routes/CatalogPage';
import { AppLayout } from '../layout/AppLayout';
import { RequireAuth, RequireRole } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorBoundary } from './RouteErrorBoundary';

// Only the catalog comes with the first page; every other screen loads when it is opened, so the
// first visit downloads as little as it can (scripts/bundle-size.js keeps it under 200 KB).
const ChangePasswordPage = lazy(() =>
  import('@/features/account/routes/ChangePasswordPage').then((module) => ({
    default: module.ChangePasswordPage,
  })),
);
const PasswordChangedPage = lazy(() =>
  import('@/features/account/routes/PasswordChangedPage').then((module) => ({
    default: module.PasswordChangedPage,
  })),
);
const ProfilePage = lazy(() =>
  import('@/features/account/routes/ProfilePage').then((module) => ({
    default: module.ProfilePage,
  })),
);
const SessionsPage = lazy(() =>
  import('@/features/account/routes/SessionsPage').then((module) => ({
    default: module.SessionsPage,
  })),
);
const ConfirmRegistrationPage = lazy(() =>
  import('@/features/auth/routes/ConfirmRegistrationPage').then((module) => ({
    default: module.ConfirmRegistrationPage,
  })),
);
const ForgotPasswordPage = lazy(() =>
  import('@/features/auth/routes/ForgotPasswordPage').then((module) => ({
    default: module.ForgotPasswordPage,
  })),
);
const LoginPage = lazy(() =>
  import('@/features/auth/routes/LoginPage').then((module) => ({ default: module.LoginPage })),
);
const LogoutPage = lazy(() =>
  import('@/features/auth/routes/LogoutPage').then((module) => ({ default: module.LogoutPage })),
);
const RegisterPage = lazy(() =>
  import('@/features/auth/routes/RegisterPage').then((module) => ({
    default: module.RegisterPage,
  })),
);
const ResetPasswordPage = lazy(() =>
  import('@/features/auth/routes/ResetPasswordPage').then((module) => ({
    default: module.ResetPasswordPage,
  })),
);
const RevertEmailPage = lazy(() =>
  import('@/features/auth/routes/RevertEmailPage').then((module) => ({
    default: module.RevertEmailPage,
  })),
);
const BalancePage = lazy(() =>
  import('@/features/balance/routes/BalancePage').then((module) => ({
    default: module.BalancePage,
  })),
);
const CartPage = lazy(() =>
  import('@/features/cart/routes/CartPage').then((module) => ({ default: module.CartPage })),
);
const ProductPage = lazy(() =>
  import('@/features/catalog/routes/ProductPage').then((module) => ({
    default: module.ProductPage,
  })),
);
const OrderPage = lazy(() =>
  import('@/features/orders/routes/OrderPage').then((module) => ({ default: module.OrderPage })),
);
const OrdersPage = lazy(() =>
  import('@/features/orders/routes/OrdersPage').then((module) => ({ default: module.OrdersPage })),
);
const AdminProductsPage = lazy(() =>
  import('@/features/admin-products/routes/AdminProductsPage').then((module) => ({
    default: module.AdminProductsPage,
  })),
);

// The admin area's tabs come with its first screen, not with everybody's first page.
const AdminLayout = lazy(() =>
  import('../layout/AdminLayout').then((module) => ({ default: module.AdminLayout })),
);
const AdminOrdersPage = lazy(() =>
  import('@/features/admin-orders/routes/AdminOrdersPage').then((module) => ({
    default: module.AdminOrdersPage,
  })),
);
const AdminDiscountsPage = lazy(() =>
  import('@/features/admin-discounts/routes/AdminDiscountsPage').then((module) => ({
    default: module.AdminDiscountsPage,
  })),
);
const BalanceAdjustmentsPage = lazy(() =>
  import('@/features/admin-balance/routes/BalanceAdjustmentsPage').then((module) => ({
    default: module.BalanceAdjustmentsPage,
  })),
);

const AdminDashboardPage = lazy(() =>
  import('@/features/admin-dashboard/routes/AdminDashboardPage').then((module) => ({
    default: module.AdminDashboardPage,
  })),
);
const AdminUsersPage = lazy(() =>
  import('@/features/admin-users/routes/AdminUsersPage').then((module) => ({
    default: module.AdminUsersPage,
  })),
);
const AdminEventsPage = lazy(() =>
  import('@/features/admin-events/routes/AdminEventsPage').then((module) => ({
    default: module.AdminEventsPage,
  })),
);
const AdminBackupsPage = lazy(() =>
  import('@/features/admin-backups/routes/AdminBackupsPage').then((module) => ({
    default: module.AdminBackupsPage,
  })),
);
const MailCheckPage = lazy(() =>
  import('@/features/admin-mail/routes/MailCheckPage').then((module) => ({
    default: module.MailCheckPage,
  })),
);

const pageLoader = (
  <Center py="xl">
    <Loader />
  </Center>
);

function lazyPage(page: ReactNode) {
  return <Suspense fallback={pageLoader}>{page}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    element: (
      <RouteErrorBoundary>
        <AppLayout />
      </RouteErrorBoundary>
    ),
    children: [
      { path: 'login', element: lazyPage(<LoginPage />) },
      // Asks before signing out; goes to the sign-in page when there is no one to sign out.
      { path: 'logout', element: lazyPage(<LogoutPage />) },
      { path: 'register', element: lazyPage(<RegisterPage />) },
      { path: 'register/confirm', element: lazyPage(<ConfirmRegistrationPage />) },
      { path: 'password/forgot', element: lazyPage(<ForgotPasswordPage />) },
      { path: 'password/reset', element: lazyPage(<ResetPasswordPage />) },
      // Public: the owner may have no working session left when they open the mailed link.
      { path: 'account/email/revert', element: lazyPage(<RevertEmailPage />) },
      // The addresses the shop was first described with lead to the pages that have them now.
      { path: 'profile', element: <Navigate to="/account/profile" replace /> },
      { path: 'password/change', element: <Navigate to="/account/password" replace /> },
      { path: 'password/change/done', element: <Navigate to="/account/password/done" replace /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <CatalogPage /> },
          { path: 'products/:id', element: lazyPage(<ProductPage />) },
          { path: 'account', element: <Navigate to="/account/profile" replace /> },
          { path: 'account/profile', element: lazyPage(<ProfilePage />) },
          { path: 'account/password', element: lazyPage(<ChangePasswordPage />) },
          { path: 'account/password/done', element: lazyPage(<PasswordChangedPage />) },
          { path: 'account/sessions', element: lazyPage(<SessionsPage />) },
          { path: 'account/balance', element: lazyPage(<BalancePage />) },
          { path: 'account/orders', element: lazyPage(<OrdersPage />) },
          { path: 'account/orders/:id', element: lazyPage(<OrderPage />) },
          { path: 'cart', element: lazyPage(<CartPage />) },
          {
            element: <RequireRole role="ADMIN" />,
            children: [
              { path: 'admin', element: <Navigate to="/admin/dashboard" replace /> },
              {
                element: lazyPage(<AdminLayout />),
                children: [
                  { path: 'admin/dashboard', element: lazyPage(<AdminDashboardPage />) },
                  { path: 'admin/products', element: lazyPage(<AdminProductsPage />) },
                  { path: 'admin/users', element: lazyPage(<AdminUsersPage />) },
                  { path: 'admin/events', element: lazyPage(<AdminEventsPage />) },
                  { path: 'admin/backups', element: lazyPage(<AdminBackupsPage />) },
                  { path: 'admin/mail', element: lazyPage(<MailCheckPage />) },
                  { path: 'admin/orders', element: lazyPage(<AdminOrdersPage />) },
                  { path: 'admin/discounts', element: lazyPage(<AdminDiscountsPage />) },
                  {
                    path: 'admin/balance-adjustments',
                    element: lazyPage(<BalanceAdjustmentsPage />),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The screens for the address, in a plain `<BrowserRouter>` (no data router: the shop loads data
 * with React Query, and the data router's code would make the first page about 18 KB heavier).
 */
export function AppRoutes() {
  return useRoutes(routes);
}
