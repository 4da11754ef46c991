import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth/routes/LoginPage';
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
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <CatalogPage /> },
          { path: 'products/:id', element: <ProductPage /> },
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
