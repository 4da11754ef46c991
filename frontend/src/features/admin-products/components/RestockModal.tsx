import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/FormErrorAlert';
import { applyServerFieldErrors } from '@/lib/forms';
import type { AdminProduct } from '../api/get-admin-products';
import { useRestockProduct } from '../api/restock-product';
import { restockSchema } from '../product-forms';
import { FormActions } from './FormActions';
import { notifySuccess } from './notify';

const FIELDS = ['quantity'] as const;

type Schema = ReturnType<typeof restockSchema>;

interface RestockModalProps {
  product: AdminProduct;
  onClose: () => void;
}

export function RestockModal({ product, onClose }: RestockModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => restockSchema(t), [t]);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { quantity: '' },
  });
  const restock = useRestockProduct();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ quantity }) => {
    restock.mutate(
      { id: product.id, quantity },
      {
        onSuccess: (updated) => {
          notifySuccess(t('admin.notify.restocked', { name: updated.name, quantity }));
          onClose();
        },
        onError: (error) => {
          applyServerFieldErrors(error, FIELDS, form.setError);
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.dialogs.restock')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Text fw={600}>{product.name}</Text>
          <FormErrorAlert error={restock.error} fields={FIELDS} />
          <TextInput
            label={t('admin.form.quantity')}
            description={t('admin.form.quantityHint', { stock: product.stock })}
            inputMode="numeric"
            withAsterisk
            data-autofocus
            error={errors.quantity?.message}
            {...form.register('quantity')}
          />
          <FormActions
            submitLabel={t('admin.form.addStock')}
            pending={restock.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
