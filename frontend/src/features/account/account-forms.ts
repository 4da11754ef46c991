import type { TFunction } from 'i18next';
import { z } from 'zod';
import { emailField, fullNameField, phoneField } from '@/lib/account-fields';
import { newPasswordField, requireConfirmation } from '@/lib/password-policy';
import { isPictureSizeAllowed, isPictureType } from '@/lib/pictures';

export const profileSchema = (t: TFunction) =>
  z.object({
    fullName: fullNameField(t),
    email: emailField(t),
    phone: phoneField(t),
  });

export const changePasswordSchema = (t: TFunction) =>
  z
    .object({
      oldPassword: z.string().min(1, t('validation.oldPasswordRequired')),
      newPassword: newPasswordField(t),
      newPasswordConfirmation: z.string(),
    })
    .superRefine(requireConfirmation('newPassword', 'newPasswordConfirmation', t));

/** Why a chosen picture cannot be sent, if it cannot. */
export function pictureProblem(file: File, t: TFunction): string | undefined {
  if (!isPictureType(file)) return t('validation.pictureType');
  if (!isPictureSizeAllowed(file)) return t('validation.pictureSize');
  return undefined;
}
