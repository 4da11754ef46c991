import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = [
  { path: '/admin/products', label: 'adminNav.products' },
  { path: '/admin/orders', label: 'adminNav.orders' },
  { path: '/admin/discounts', label: 'adminNav.discounts' },
  { path: '/admin/balance-adjustments', label: 'adminNav.balance' },
] as const;

/** The admin area: its sections as tabs above the section shown. */
export function AdminLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = SECTIONS.find((section) => location.pathname.startsWith(section.path));
  return (
    <Stack gap="lg">
      <Tabs
        value={current?.path ?? null}
        onChange={(path) => {
          if (path) void navigate(path);
        }}
      >
        <Tabs.List aria-label={t('adminNav.label')}>
          {SECTIONS.map((section) => (
            <Tabs.Tab key={section.path} value={section.path}>
              {t(section.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}
