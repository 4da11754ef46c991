import { Button, FileButton, Image, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { hasStatus } from '@/lib/api/errors';
import type { User } from '@/lib/api/schemas';
import { PICTURE_ACCEPT } from '@/lib/pictures';
import { pictureProblem } from '../account-forms';
import { useUploadPicture } from '../api/upload-picture';
import defaultPicture from '../assets/default-picture.svg';

const SIZE = 128;

/** The person's picture, or the default one, with a button to upload another. */
export function ProfilePicture({ user }: { user: User }) {
  const { t } = useTranslation();
  const upload = useUploadPicture();
  const [problem, setProblem] = useState<string | null>(null);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const resetInput = useRef<() => void>(null);
  const own = user.pictureUrl !== null && user.pictureUrl !== brokenUrl ? user.pictureUrl : null;

  const choose = (file: File | null) => {
    // The same file may be chosen again after a failure.
    resetInput.current?.();
    upload.reset();
    const why = file && pictureProblem(file, t);
    setProblem(why ?? null);
    if (file && !why) upload.mutate(file);
  };

  return (
    <Stack align="center" gap="sm">
      <Image
        src={own ?? defaultPicture}
        alt={own ? t('profile.picture') : t('profile.defaultPicture')}
        w={SIZE}
        h={SIZE}
        radius={SIZE / 2}
        fit="cover"
        onError={() => {
          setBrokenUrl(own);
        }}
      />
      <FileButton
        onChange={choose}
        accept={PICTURE_ACCEPT}
        resetRef={resetInput}
        inputProps={{ 'aria-label': t('profile.pictureFile') }}
      >
        {(props) => (
          <Button variant="light" loading={upload.isPending} {...props}>
            {t('profile.upload')}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed" ta="center">
        {t('profile.pictureHint')}
      </Text>
      {problem !== null && (
        <Text role="alert" size="sm" c="red" ta="center">
          {problem}
        </Text>
      )}
      {upload.error && (
        <ErrorAlert
          error={upload.error}
          message={hasStatus(upload.error, 413) ? t('validation.pictureSize') : undefined}
        />
      )}
      {upload.isSuccess && (
        <Text role="status" size="sm" c="var(--mantine-color-teal-text)" ta="center">
          {t('profile.pictureUpdated')}
        </Text>
      )}
    </Stack>
  );
}
