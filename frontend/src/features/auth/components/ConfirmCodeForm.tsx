import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Input, PinInput, Stack, Text } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { explainFieldError } from '@/lib/api/describe-error';
import { hasStatus } from '@/lib/api/errors';
import { formatClock, useCountdown } from '@/lib/countdown';
import { CODE_LENGTH, confirmationCodeSchema } from '../auth-forms';
import { useConfirmRegistration } from '../api/confirm-registration';

type Schema = ReturnType<typeof confirmationCodeSchema>;

function CodeValidity({ until, onEnd }: { until: number; onEnd: () => void }) {
  const left = useCountdown(until, onEnd);
  return (
    <Text size="sm" c="dimmed">
      <Trans
        i18nKey="confirm.validFor"
        values={{ time: formatClock(left) }}
        components={{ timer: <span role="timer" /> }}
      />
    </Text>
  );
}

interface ConfirmCodeFormProps {
  email: string;
  /** When the code stops working, if known (ISO-8601). */
  expiresAt: string | null;
  onConfirmed: () => void;
}

/** What the shop found wrong with the code (wrong, expired, tried too often), in the reader's words. */
function codeProblem(error: unknown, t: TFunction): string | undefined {
  if (!hasStatus(error, 400)) return undefined;
  const problems = error.fieldErrors.filter((fieldError) => fieldError.field === 'code');
  if (problems.length === 0) return undefined;
  return problems
    .map((fieldError) =>
      t('confirm.codeProblem', { problem: explainFieldError(error, fieldError, t) }),
    )
    .join('\n');
}

export function ConfirmCodeForm({ email, expiresAt, onConfirmed }: ConfirmCodeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useMemo(() => confirmationCodeSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { code: '' },
  });
  const confirm = useConfirmRegistration();
  const deadline = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
  const [expired, setExpired] = useState(false);

  const onSubmit = form.handleSubmit(({ code }) => {
    confirm.mutate(
      { email, code },
      {
        onSuccess: onConfirmed,
        onError: () => {
          form.setValue('code', '');
          form.setFocus('code');
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        {confirm.error && (
          <ErrorAlert
            error={confirm.error}
            // 409: the phone of the registration belongs to another account, found only now.
            message={
              hasStatus(confirm.error, 409)
                ? t('confirm.phoneTaken')
                : codeProblem(confirm.error, t)
            }
          />
        )}
        <Controller
          control={form.control}
          name="code"
          render={({ field, fieldState }) => (
            <Input.Wrapper
              id={id}
              label={t('confirm.code')}
              labelElement="div"
              error={fieldState.error?.message}
            >
              <PinInput
                ref={field.ref}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                length={CODE_LENGTH}
                type="number"
                oneTimeCode
                autoFocus
                size="md"
                aria-labelledby={`${id}-label`}
                error={fieldState.invalid}
                getInputProps={(index) => ({
                  'aria-label': t('confirm.digit', { index: index + 1 }),
                  'aria-describedby': fieldState.invalid ? `${id}-error` : undefined,
                })}
              />
            </Input.Wrapper>
          )}
        />
        {expired ? (
          <Text size="sm" c="red">
            {t('confirm.expired')}
          </Text>
        ) : Number.isNaN(deadline) ? (
          <Text size="sm" c="dimmed">
            {t('confirm.validFor15')}
          </Text>
        ) : (
          <CodeValidity
            key={deadline}
            until={deadline}
            onEnd={() => {
              setExpired(true);
            }}
          />
        )}
        <Button type="submit" loading={confirm.isPending} fullWidth>
          {t('confirm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
