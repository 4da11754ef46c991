import { zodResolver } from '@hookform/resolvers/zod';
import { FileInput, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { ProductImage } from '@/components/ui/ProductImage';
import { applyServerFieldErrors } from '@/lib/forms';
import { PICTURE_ACCEPT } from '@/lib/pictures';
import type { AdminProduct } from '../api/get-admin-products';
import { useUploadProductImage } from '../api/upload-product-image';
import { pictureSchema } from '../product-forms';
import { FormActions } from './FormActions';
import { notifySuccess } from './notify';

const FIELDS = ['picture', 'image'] as const;

type Schema = ReturnType<typeof pictureSchema>;

interface PictureModalProps {
  product: AdminProduct;
  onClose: () => void;
}

export function PictureModal({ product, onClose }: PictureModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => pictureSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { picture: null },
  });
  const upload = useUploadProductImage();

  const onSubmit = form.handleSubmit(({ picture }) => {
    upload.mutate(
      { id: product.id, file: picture },
      {
        onSuccess: () => {
          notifySuccess(t('admin.notify.pictureUploaded', { name: product.name }));
          onClose();
        },
        onError: (error) => {
          // The server names the multipart part `image`; the form calls it `picture`.
          applyServerFieldErrors(error, ['picture'], form.setError, { image: 'picture' });
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.dialogs.picture')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Text fw={600}>{product.name}</Text>
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <ProductImage src={product.imageUrl} alt={product.name} height={160} />
          </Paper>
          <FormErrorAlert error={upload.error} fields={FIELDS} />
          <Controller
            control={form.control}
            name="picture"
            render={({ field, fieldState }) => (
              <FileInput
                label={t('admin.form.picture')}
                description={t('admin.form.pictureHint')}
                accept={PICTURE_ACCEPT}
                clearable
                withAsterisk
                error={fieldState.error?.message}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={field.onChange}
              />
            )}
          />
          <FormActions
            submitLabel={t('admin.form.upload')}
            pending={upload.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
