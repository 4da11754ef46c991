import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import type { AdminProduct } from '../api/get-admin-products';
import { useUpdateProduct, type ProductChanges } from '../api/update-product';
import { editProductSchema, toLocalDateTimeInput } from '../product-forms';
import { FormActions } from './FormActions';
import { notifySuccess } from './notify';

const FIELDS = ['name', 'description', 'price', 'salePercent', 'saleEndsAt'] as const;

type Schema = ReturnType<typeof editProductSchema>;

interface EditProductModalProps {
  product: AdminProduct;
  onClose: () => void;
}

export function EditProductModal({ product, onClose }: EditProductModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => editProductSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: product.name,
      description: product.description,
      price: String(product.price),
      salePercent: product.salePercent == null ? '' : String(product.salePercent),
      saleEndsAt: toLocalDateTimeInput(product.saleEndsAt),
    },
  });
  const update = useUpdateProduct();
  const { errors, dirtyFields } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    // Send only what was changed.
    const changes: ProductChanges = {};
    if (dirtyFields.name) changes.name = values.name;
    if (dirtyFields.description) changes.description = values.description;
    if (dirtyFields.price) changes.price = values.price;
    if (dirtyFields.salePercent) changes.salePercent = values.salePercent;
    if (dirtyFields.saleEndsAt) changes.saleEndsAt = values.saleEndsAt;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: product.id, changes },
      {
        onSuccess: (updated) => {
          notifySuccess(t('admin.notify.updated', { name: updated.name }));
          onClose();
        },
        onError: (error) => {
          applyServerFieldErrors(error, FIELDS, form.setError);
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.dialogs.edit')} size="lg">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <FormErrorAlert error={update.error} fields={FIELDS} />
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
          <TextInput
            label={t('admin.form.price')}
            description={t('admin.form.priceHint')}
            inputMode="decimal"
            withAsterisk
            error={errors.price?.message}
            {...form.register('price')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('admin.form.salePercent')}
              description={t('admin.form.salePercentHint')}
              inputMode="numeric"
              error={errors.salePercent?.message}
              {...form.register('salePercent')}
            />
            <TextInput
              type="datetime-local"
              label={t('admin.form.saleEndsAt')}
              description={t('admin.form.saleEndsAtHint')}
              error={errors.saleEndsAt?.message}
              {...form.register('saleEndsAt')}
            />
          </SimpleGrid>
          <FormActions
            submitLabel={t('admin.form.save')}
            pending={update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
