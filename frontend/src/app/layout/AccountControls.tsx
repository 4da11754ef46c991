import { Box, Button, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DeferredMenu } from '@/components/ui/DeferredMenu';
import { ChevronDownIcon, UserIcon } from '@/components/ui/icons';
import { useSession } from '@/lib/auth/session';
import { CartLink } from './CartLink';

/** The account menu's pages, in the order it lists them, each with its label's key. */
const ACCOUNT_PAGES = [
  ['/account/profile', 'header.profile'],
  ['/account/balance', 'header.balance'],
  ['/account/orders', 'header.orders'],
  ['/account/password', 'header.password'],
  ['/account/sessions', 'header.sessions'],
] as const;

export function AccountControls() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  // Below the `xs` breakpoint the button shows its icon alone and is named by its label.
  const iconOnly = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });

  if (!session) {
    return (
      <>
        <Button component={Link} to="/login" size="compact-sm">
          {t('header.signIn')}
        </Button>
        {/* On a phone the header keeps "Sign in" alone; the sign-in page links to registration. */}
        <Button
          component={Link}
          to="/register"
          size="compact-sm"
          variant="default"
          visibleFrom="xs"
        >
          {t('header.register')}
        </Button>
      </>
    );
  }
  return (
    <>
      <CartLink />
      <Text size="sm" c="dimmed" truncate="end" maw={200} visibleFrom="md">
        {session.username}
      </Text>
      <DeferredMenu
        position="bottom-end"
        withinPortal
        // On a phone the word gives way to the icon, so the header fits 375 px.
        target={
          <Button
            variant="default"
            size="compact-sm"
            aria-label={iconOnly ? t('header.account') : undefined}
            leftSection={<UserIcon size={16} />}
            rightSection={<ChevronDownIcon size={14} />}
          >
            <Box component="span" visibleFrom="xs">
              {t('header.account')}
            </Box>
          </Button>
        }
        items={(Menu) => (
          <>
            {ACCOUNT_PAGES.map(([to, label]) => (
              <Menu.Item key={to} component={Link} to={to}>
                {t(label)}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item
              component={Link}
              to="/logout"
              state={{ from: location.pathname + location.search }}
            >
              {t('header.signOut')}
            </Menu.Item>
          </>
        )}
      />
    </>
  );
}
