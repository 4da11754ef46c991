import type { TFunction } from 'i18next';
import { z } from 'zod';
import { emailField, fullNameField, phoneField } from '@/lib/account-fields';
import { newPasswordField, requireConfirmation } from '@/lib/password-policy';

export const registrationSchema = (t: TFunction) =>
  z
    .object({
      fullName: fullNameField(t),
      email: emailField(t),
      phone: phoneField(t),
      password: newPasswordField(t),
      passwordConfirmation: z.string(),
    })
    .superRefine(requireConfirmation('password', 'passwordConfirmation', t));

export const CODE_LENGTH = 6;

export const confirmationCodeSchema = (t: TFunction) =>
  z.object({
    code: z
      .string()
      .regex(new RegExp(`^\\d{${String(CODE_LENGTH)}}$`), t('validation.codeRequired')),
  });

export const forgotPasswordSchema = (t: TFunction) => z.object({ email: emailField(t) });

export const resetPasswordSchema = (t: TFunction) =>
  z
    .object({
      newPassword: newPasswordField(t),
      newPasswordConfirmation: z.string(),
    })
    .superRefine(requireConfirmation('newPassword', 'newPasswordConfirmation', t));
