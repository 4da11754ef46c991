import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { hasRole, useSession } from '@/lib/auth/session';

export interface NavItem {
  to: string;
  label: string;
  /** Paths that keep the item highlighted. */
  match: string;
}

export function useNavItems(): NavItem[] {
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

/** The main navigation in the header (the phone menu has it in MobileMenu). */
export function MainNav() {
  const items = useNavItems();
  return items.map((item) => <BarLink key={item.to} item={item} />);
}
