import { Button, NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { hasRole, useSession } from '@/lib/auth/session';

interface NavItem {
  to: string;
  label: string;
  /** Paths that keep the item highlighted. */
  match: string;
}

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const session = useSession();
  if (!session) return [];
  const items: NavItem[] = [{ to: '/', label: t('nav.catalog'), match: '/' }];
  if (hasRole(session, 'ADMIN')) {
    items.push({ to: '/admin/dashboard', label: t('nav.admin'), match: '/admin/*' });
  }
  return items;
}

function BarLink({ item }: { item: NavItem }) {
  const active = useMatch(item.match) !== null;
  return (
    <Button component={NavLink} to={item.to} end variant={active ? 'light' : 'subtle'} size="sm">
      {item.label}
    </Button>
  );
}

function DrawerLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const active = useMatch(item.match) !== null;
  return (
    <MantineNavLink
      component={NavLink}
      to={item.to}
      label={item.label}
      active={active}
      onClick={onNavigate}
    />
  );
}

interface MainNavProps {
  variant: 'bar' | 'drawer';
  onNavigate?: () => void;
}

export function MainNav({ variant, onNavigate }: MainNavProps) {
  const items = useNavItems();
  return items.map((item) =>
    variant === 'bar' ? (
      <BarLink key={item.to} item={item} />
    ) : (
      <DrawerLink key={item.to} item={item} onNavigate={onNavigate} />
    ),
  );
}
