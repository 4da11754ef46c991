import { describe, expect, it } from 'vitest';
import { detectLanguage } from '.';
import { en } from './en';
import { lt } from './lt';
import { ru } from './ru';

function entries(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Values ({{name}}) and the tags that wrap parts of a message (<timer>…</timer>). */
const placeholders = (text: unknown) =>
  String(text)
    .match(/{{\w+}}|<\/?\w+>/g)
    ?.sort() ?? [];

describe.each([
  ['lt', lt],
  ['ru', ru],
])('the %s translation', (_, translation) => {
  it('has every English key and no other', () => {
    expect(entries(translation).map(([key]) => key)).toEqual(entries(en).map(([key]) => key));
  });

  it('fills every message, keeping its placeholders', () => {
    const english = new Map(entries(en));
    for (const [key, text] of entries(translation)) {
      expect(text, key).toMatch(/\S/);
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)));
    }
  });
});

describe('detectLanguage', () => {
  it('prefers the remembered choice', () => {
    localStorage.setItem('turgus.language', 'ru');
    expect(detectLanguage()).toBe('ru');
  });

  it('ignores a remembered value that is no supported language', () => {
    localStorage.setItem('turgus.language', 'de');
    expect(detectLanguage()).toBe('en');
  });
});
