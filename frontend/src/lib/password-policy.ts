import type { TFunction } from 'i18next';
import { z } from 'zod';

/**
 * The shop's default password policy, mirrored rule by rule so that a person sees what is still
 * missing while typing. Whether a password is among the most commonly used ones only the shop can
 * tell: it checks that when the form is sent.
 */
export const PASSWORD_POLICY = {
  minLength: 8,
  maxLength: 128,
  specialCharacters: '$%&!:',
} as const;

export type PasswordRuleId = 'minLength' | 'maxLength' | 'printableAscii' | 'upperCase' | 'special';

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const UPPER_CASE = /[A-Z]/;
const SPECIAL = /[$%&!:]/;

const RULES: readonly { id: PasswordRuleId; holds: (password: string) => boolean }[] = [
  { id: 'minLength', holds: (password) => password.length >= PASSWORD_POLICY.minLength },
  { id: 'maxLength', holds: (password) => password.length <= PASSWORD_POLICY.maxLength },
  { id: 'printableAscii', holds: (password) => PRINTABLE_ASCII.test(password) },
  { id: 'upperCase', holds: (password) => UPPER_CASE.test(password) },
  { id: 'special', holds: (password) => SPECIAL.test(password) },
];

export interface PasswordRuleResult {
  id: PasswordRuleId;
  met: boolean;
}

/** Every rule the browser can check, in the order the shop checks them, each met or not. */
export function checkPassword(password: string): PasswordRuleResult[] {
  return RULES.map((rule) => ({ id: rule.id, met: rule.holds(password) }));
}

export function meetsPasswordPolicy(password: string): boolean {
  return RULES.every((rule) => rule.holds(password));
}

/** A new password: never trimmed (spaces are part of it), and meeting every rule. */
export function newPasswordField(t: TFunction) {
  return z
    .string()
    .min(1, t('validation.passwordRequired'))
    .refine(meetsPasswordPolicy, t('validation.passwordRules'));
}

/**
 * For a form's `superRefine`: the repeated password must be given and equal the password; the
 * problem is shown on the repeated one.
 */
export function requireConfirmation<P extends string, C extends string>(
  password: P,
  confirmation: C,
  t: TFunction,
) {
  return (values: Record<P | C, string>, ctx: z.RefinementCtx) => {
    const repeated = values[confirmation];
    if (repeated === '') {
      ctx.addIssue({
        code: 'custom',
        path: [confirmation],
        message: t('validation.confirmationRequired'),
      });
    } else if (repeated !== values[password]) {
      ctx.addIssue({
        code: 'custom',
        path: [confirmation],
        message: t('validation.passwordMismatch'),
      });
    }
  };
}
