import { AppShell, Burger, Container, Drawer, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ColorSchemeToggle } from '@/components/ui/ColorSchemeToggle';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import { useSession } from '@/lib/auth/session';
import { AccountControls } from './AccountControls';
import { Logo } from './Logo';
import { MainNav } from './MainNav';

export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);
  const signedIn = useSession() !== null;

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {signedIn && (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={menuOpened ? t('nav.close') : t('nav.open')}
              />
            )}
            <Logo />
            <Group component="nav" aria-label={t('nav.label')} gap={4} visibleFrom="sm" ml="md">
              <MainNav variant="bar" />
            </Group>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitcher />
            <ColorSchemeToggle />
            <AccountControls />
          </Group>
        </Group>
      </AppShell.Header>
      <Drawer opened={menuOpened} onClose={menu.close} hiddenFrom="sm" size="xs" title={<Logo />}>
        <nav aria-label={t('nav.label')}>
          <MainNav variant="drawer" onNavigate={menu.close} />
        </nav>
      </Drawer>
      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
