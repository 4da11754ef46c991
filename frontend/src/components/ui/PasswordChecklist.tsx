import { Group, List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkPassword } from '@/lib/password-policy';
import { CheckIcon, CrossIcon, ShieldIcon } from './icons';

interface PasswordChecklistProps {
  password: string;
}

/** The password rules, each ticked off as soon as the password typed so far meets it. */
export function PasswordChecklist({ password }: PasswordChecklistProps) {
  const { t } = useTranslation();
  return (
    <List aria-label={t('passwordRules.label')} listStyleType="none" spacing={2} size="sm">
      {checkPassword(password).map(({ id, met }) => (
        <List.Item key={id}>
          <Group gap={6} wrap="nowrap" c={met ? 'var(--mantine-color-teal-text)' : 'dimmed'}>
            {met ? <CheckIcon size={14} /> : <CrossIcon size={14} />}
            <Text size="sm" c="inherit">
              {t(`passwordRules.${id}`)}
              <VisuallyHidden>
                {`: ${met ? t('passwordRules.met') : t('passwordRules.unmet')}`}
              </VisuallyHidden>
            </Text>
          </Group>
        </List.Item>
      ))}
      <List.Item>
        <Group gap={6} wrap="nowrap" c="dimmed">
          <ShieldIcon size={14} />
          <Text size="sm" c="inherit">
            {t('passwordRules.notCommon')}
            {` (${t('passwordRules.byShop')})`}
          </Text>
        </Group>
      </List.Item>
    </List>
  );
}
