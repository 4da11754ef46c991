import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
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
import { CatalogPage } from '@/features/catalog/routes/CatalogPage';
import { ProductPage } from '@/features/catalog/routes/ProductPage';
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

const pageLoader = (
  <Center py="xl">
    <Loader />
  </Center>
);

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
          {
            element: <RequireRole role="ADMIN" />,
            children: [
              { path: 'admin', element: <Navigate to="/admin/products" replace /> },
              {
                path: 'admin/products',
                element: (
                  <Suspense fallback={pageLoader}>
                    <AdminProductsPage />
                  </Suspense>
                ),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
