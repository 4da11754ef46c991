import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/lib/api/describe-error';
import type { AdminProduct } from '../api/get-admin-products';
import { useReinstateProduct } from '../api/reinstate-product';
import { useWithdrawProduct } from '../api/withdraw-product';
import { notifyFailure, notifySuccess } from './notify';

export type ProductDialog = 'edit' | 'restock' | 'picture';

interface ProductRowActionsProps {
  product: AdminProduct;
  onOpen: (dialog: ProductDialog, product: AdminProduct) => void;
}

export function ProductRowActions({ product, onOpen }: ProductRowActionsProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProduct();
  const reinstate = useReinstateProduct();
  const callbacks = (success: string) => ({
    onSuccess: () => {
      notifySuccess(success);
    },
    onError: (error: unknown) => {
      notifyFailure(t('admin.notify.failed'), describeError(error, t).message);
    },
  });

  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => {
          onOpen('edit', product);
        }}
      >
        {t('admin.actions.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => {
          onOpen('restock', product);
        }}
      >
        {t('admin.actions.restock')}
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => {
          onOpen('picture', product);
        }}
      >
        {t('admin.actions.picture')}
      </Button>
      {product.active ? (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          loading={withdraw.isPending}
          onClick={() => {
            withdraw.mutate(
              product.id,
              callbacks(t('admin.notify.withdrawn', { name: product.name })),
            );
          }}
        >
          {t('admin.actions.withdraw')}
        </Button>
      ) : (
        <Button
          size="compact-sm"
          variant="light"
          color="teal"
          loading={reinstate.isPending}
          onClick={() => {
            reinstate.mutate(
              product.id,
              callbacks(t('admin.notify.reinstated', { name: product.name })),
            );
          }}
        >
          {t('admin.actions.reinstate')}
        </Button>
      )}
    </Group>
  );
}
