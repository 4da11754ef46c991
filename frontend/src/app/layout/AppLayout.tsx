import { Box, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ColorSchemeToggle } from '@/components/ui/ColorSchemeToggle';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import { useSession } from '@/lib/auth/session';
import { AccountControls } from './AccountControls';
import { Logo } from './Logo';
import { MainNav } from './MainNav';
import './layout.css';

// The phone menu's drawer loads the first time the menu is opened: wide screens never need it.
const MobileMenu = lazy(() =>
  import('./MobileMenu').then((module) => ({ default: module.MobileMenu })),
);

export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);
  const [menuWanted, setMenuWanted] = useState(false);
  const signedIn = useSession() !== null;

  return (
    // A header and the page under it (not Mantine's AppShell: it is made for side bars, and its
    // code would weigh on every first page for nothing).
    <>
      <Box component="header" className="turgus-header">
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {signedIn && (
              <Burger
                opened={menuOpened}
                onClick={() => {
                  setMenuWanted(true);
                  menu.toggle();
                }}
                hiddenFrom="sm"
                size="sm"
                aria-label={menuOpened ? t('nav.close') : t('nav.open')}
              />
            )}
            <Logo />
            <Group component="nav" aria-label={t('nav.label')} gap={4} visibleFrom="sm" ml="md">
              <MainNav />
            </Group>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitcher />
            <ColorSchemeToggle />
            <AccountControls />
          </Group>
        </Group>
      </Box>
      {menuWanted && (
        <Suspense fallback={null}>
          <MobileMenu opened={menuOpened} onClose={menu.close} />
        </Suspense>
      )}
      <Box component="main" p="md">
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </Box>
    </>
  );
}
