import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { ChangePasswordPage } from '@/features/account/routes/ChangePasswordPage';
import { PasswordChangedPage } from '@/features/account/routes/PasswordChangedPage';
import { ProfilePage } from '@/features/account/routes/ProfilePage';
import { SessionsPage } from '@/features/account/routes/SessionsPage';
import { ConfirmRegistrationPage } from '@/features/auth/routes/ConfirmRegistrationPage';
import { ForgotPasswordPage } from '@/features/auth/routes/ForgotPasswordPage';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { LogoutPage } from '@/features/auth/routes/LogoutPage';
import { RegisterPage } from '@/features/auth/routes/RegisterPage';
import { ResetPasswordPage } from '@/features/auth/routes/ResetPasswordPage';
import { RevertEmailPage } from '@/features/auth/routes/RevertEmailPage';
import { BalancePage } from '@/features/balance/routes/BalancePage';
import { CartPage } from '@/features/cart/routes/CartPage';
import { CatalogPage } from '@/features/catalog/routes/CatalogPage';
import { ProductPage } from '@/features/catalog/routes/ProductPage';
import { OrderPage } from '@/features/orders/routes/OrderPage';
import { OrdersPage } from '@/features/orders/routes/OrdersPage';
import { AdminLayout } from '../layout/AdminLayout';
import { AppLayout } from '../layout/AppLayout';
import { RequireAuth, RequireRole } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

// Admin screens load only for those who open them.
const AdminProductsPage = lazy(() =>
  import('@/features/admin-products/routes/AdminProductsPage').then((module) => ({
    default: module.AdminProductsPage,
  })),
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
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'login', element: <LoginPage /> },
      // Asks before signing out; goes to the sign-in page when there is no one to sign out.
      { path: 'logout', element: <LogoutPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'register/confirm', element: <ConfirmRegistrationPage /> },
      { path: 'password/forgot', element: <ForgotPasswordPage /> },
      { path: 'password/reset', element: <ResetPasswordPage /> },
      // Public: the owner may have no working session left when they open the mailed link.
      { path: 'account/email/revert', element: <RevertEmailPage /> },
      // The addresses the shop was first described with lead to the pages that have them now.
      { path: 'profile', element: <Navigate to="/account/profile" replace /> },
      { path: 'password/change', element: <Navigate to="/account/password" replace /> },
      { path: 'password/change/done', element: <Navigate to="/account/password/done" replace /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <CatalogPage /> },
          { path: 'products/:id', element: <ProductPage /> },
          { path: 'account', element: <Navigate to="/account/profile" replace /> },
          { path: 'account/profile', element: <ProfilePage /> },
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: 'account/password/done', element: <PasswordChangedPage /> },
          { path: 'account/sessions', element: <SessionsPage /> },
          { path: 'account/balance', element: <BalancePage /> },
          { path: 'account/orders', element: <OrdersPage /> },
          { path: 'account/orders/:id', element: <OrderPage /> },
          { path: 'cart', element: <CartPage /> },
          {
            element: <RequireRole role="ADMIN" />,
            children: [
              { path: 'admin', element: <Navigate to="/admin/dashboard" replace /> },
              {
                element: <AdminLayout />,
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
