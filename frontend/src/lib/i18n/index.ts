import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

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

/** English comes with the app; the other languages load the first time they are chosen. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<typeof en>> = {
  lt: () => import('./lt').then((module) => module.lt),
  ru: () => import('./ru').then((module) => module.ru),
};

/** Makes the language's messages available (once; English always is). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
}

export async function changeLanguage(language: Language): Promise<unknown> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  return i18n.changeLanguage(language);
}

/** Shows the detected language once its messages are here (English until then). */
export async function startInDetectedLanguage(): Promise<void> {
  const language = detectLanguage();
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18n };
