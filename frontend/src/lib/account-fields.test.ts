import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { emailField, normalisePhone, phoneField, takenField } from './account-fields';

describe('the account fields', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    [' +7.912.345.67.89 ', '+79123456789'],
    ['8 (912) 345-67-89', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['+89123456789', '+89123456789'],
  ])('normalises the phone %s as the shop does', (raw, normalised) => {
    expect(normalisePhone(raw)).toBe(normalised);
  });

  it.each([
    ['+7 912 345-67-89', true],
    ['+79123456789', true],
    ['89123456789', true],
    ['8 (912) 345-67-89', true],
    ['99123456789', false],
    ['8912345678', false],
    ['+7 912 345-67-8', false],
    ['+7 912 345-67-890', false],
  ])('takes %s as a phone: %s', (phone, valid) => {
    expect(phoneField(i18n.t).safeParse(phone).success).toBe(valid);
  });

  it('trims and lower-cases an email, and refuses one without a domain', () => {
    expect(emailField(i18n.t).parse('  Ann@Example.COM ')).toBe('ann@example.com');
    expect(emailField(i18n.t).safeParse('ann@example').success).toBe(false);
  });

  it.each([
    ['This phone is already registered', 'phone'],
    ['The email is taken', 'email'],
    ['Conflict', undefined],
  ])('finds the field of "%s"', (message, field) => {
    expect(takenField(message)).toBe(field);
  });
});
