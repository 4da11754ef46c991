import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { lt } from './lt';
import { ru } from './ru';

export const LANGUAGES = ['en', 'lt', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'turgus.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** The remembered choice, else the browser's first supported language, else English. */
export function detectLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase());
  return preferred.find(isLanguage) ?? 'en';
}

export function changeLanguage(language: Language): Promise<unknown> {
  localStorage.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    lt: { translation: lt },
    ru: { translation: ru },
  },
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18n };
