import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';
import { DeferredMenu } from './DeferredMenu';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';

  return (
    <DeferredMenu
      position="bottom-end"
      withinPortal
      target={
        <Button
          variant="subtle"
          size="compact-sm"
          // The name starts with what the button shows, so that speech control finds it by that.
          aria-label={`${current.toUpperCase()} – ${t('header.language')}: ${t(`languages.${current as Language}`)}`}
        >
          {current.toUpperCase()}
        </Button>
      }
      items={(Menu) =>
        LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            aria-current={language === current ? 'true' : undefined}
            fw={language === current ? 700 : undefined}
            onClick={() => {
              void changeLanguage(language);
            }}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))
      }
    />
  );
}
