import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import { useCreateProduct } from '../api/create-product';
import { newProductSchema } from '../product-forms';
import { FormActions } from './FormActions';
import { notifySuccess } from './notify';

const FIELDS = ['name', 'description', 'price', 'stock'] as const;

type Schema = ReturnType<typeof newProductSchema>;

export function CreateProductModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => newProductSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', description: '', price: '', stock: '0' },
  });
  const create = useCreateProduct();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((product) => {
    create.mutate(product, {
      onSuccess: (created) => {
        notifySuccess(t('admin.notify.created', { name: created.name }));
        onClose();
      },
      onError: (error) => {
        applyServerFieldErrors(error, FIELDS, form.setError);
      },
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.dialogs.create')} size="lg">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <FormErrorAlert error={create.error} fields={FIELDS} />
          <TextInput
            label={t('admin.form.name')}
            withAsterisk
            data-autofocus
            error={errors.name?.message}
            {...form.register('name')}
          />
          <Textarea
            label={t('admin.form.description')}
            autosize
            minRows={3}
            maxRows={8}
            error={errors.description?.message}
            {...form.register('description')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('admin.form.price')}
              description={t('admin.form.priceHint')}
              inputMode="decimal"
              withAsterisk
              error={errors.price?.message}
              {...form.register('price')}
            />
            <TextInput
              label={t('admin.form.stock')}
              inputMode="numeric"
              withAsterisk
              error={errors.stock?.message}
              {...form.register('stock')}
            />
          </SimpleGrid>
          <FormActions
            submitLabel={t('admin.form.create')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
