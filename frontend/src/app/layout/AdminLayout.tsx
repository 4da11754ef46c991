import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = [
  { path: '/admin/dashboard', label: 'adminNav.dashboard' },
  { path: '/admin/products', label: 'adminNav.products' },
  { path: '/admin/orders', label: 'adminNav.orders' },
  { path: '/admin/users', label: 'adminNav.users' },
  { path: '/admin/discounts', label: 'adminNav.discounts' },
  { path: '/admin/balance-adjustments', label: 'adminNav.balance' },
  { path: '/admin/events', label: 'adminNav.events' },
  { path: '/admin/backups', label: 'adminNav.backups' },
  { path: '/admin/mail', label: 'adminNav.mail' },
] as const;

/** The admin area: its sections as tabs (wrapping onto more lines on a narrow screen). */
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
