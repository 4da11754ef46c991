import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Logo() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to="/"
      aria-label={t('header.home')}
      underline="never"
      fw={800}
      fz="xl"
      c="var(--mantine-color-anchor)"
      style={{ letterSpacing: '-0.02em' }}
    >
      Turgus
    </Anchor>
  );
}
