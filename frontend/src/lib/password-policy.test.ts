import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { checkPassword, meetsPasswordPolicy, newPasswordField } from './password-policy';

const broken = (password: string) =>
  checkPassword(password)
    .filter((rule) => !rule.met)
    .map((rule) => rule.id);

describe('the password policy', () => {
  it.each([
    ['Secret$pass', []],
    ['Se$1', ['minLength']],
    [`S$${'a'.repeat(126)}`, []],
    [`S$${'a'.repeat(127)}`, ['maxLength']],
    ['Пароль$Secret', ['printableAscii']],
    ['Secret$pass\t', ['printableAscii']],
    ['secret$pass', ['upperCase']],
    ['Secret#pass', ['special']],
    ['', ['minLength', 'upperCase', 'special']],
    ['Spaces are: fine', []],
  ])('"%s" breaks %j', (password, rules) => {
    expect(broken(password)).toEqual(rules);
    expect(meetsPasswordPolicy(password)).toBe(rules.length === 0);
  });

  it.each(['$', '%', '&', '!', ':'])('takes "%s" as the special character', (special) => {
    expect(broken(`Password${special}`)).toEqual([]);
  });

  it('never trims a new password', () => {
    const field = newPasswordField(i18n.t);
    expect(field.parse(' Secret$pass ')).toBe(' Secret$pass ');
    expect(field.safeParse('secret').success).toBe(false);
  });
});
