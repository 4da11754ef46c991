import { TextInput } from '@mantine/core';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type ContactField = 'fullName' | 'email' | 'phone';

interface ContactFieldsProps {
  /** The form's `register`, for a form that has these three fields. */
  register: (name: ContactField) => UseFormRegisterReturn;
  errors: Partial<Record<ContactField, FieldError>>;
}

/** Full name, email and phone: the fields registration and the profile share. */
export function ContactFields({ register, errors }: ContactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('fields.fullName')}
        autoComplete="name"
        error={errors.fullName?.message}
        {...register('fullName')}
      />
      <TextInput
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        error={errors.email?.message}
        {...register('email')}
      />
      <TextInput
        type="tel"
        label={t('fields.phone')}
        description={t('fields.phoneHint')}
        autoComplete="tel"
        error={errors.phone?.message}
        {...register('phone')}
      />
    </>
  );
}
