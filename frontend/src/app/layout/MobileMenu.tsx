import { Drawer, NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Logo } from './Logo';
import { NavLink, useMatch } from 'react-router';
import { useNavItems, type NavItem } from './MainNav';

function DrawerLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
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

interface MobileMenuProps {
  opened: boolean;
  onClose: () => void;
}

/** The main navigation in a drawer, behind the header's menu button on a narrow screen. */
export function MobileMenu({ opened, onClose }: MobileMenuProps) {
  const { t } = useTranslation();
  const items = useNavItems();
  return (
    <Drawer opened={opened} onClose={onClose} hiddenFrom="sm" size="xs" title={<Logo />}>
      <nav aria-label={t('nav.label')}>
        {items.map((item) => (
          <DrawerLink key={item.to} item={item} onNavigate={onClose} />
        ))}
      </nav>
    </Drawer>
  );
}
