import {
  Anchor,
  Badge,
  Grid,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Price } from '@/components/ui/Price';
import { ProductImage } from '@/components/ui/ProductImage';
import { hasStatus } from '@/lib/api/errors';
import type { Product } from '@/lib/api/schemas';
import { useProduct } from '../api/get-product';
import { useRecommendations } from '../api/get-recommendations';
import { AddToCartForm } from '../components/AddToCartForm';
import { ProductCard } from '../components/ProductCard';

/** Products bought together with this one; nothing at all when there are none. */
function BoughtTogether({ id }: { id: string }) {
  const { t } = useTranslation();
  const recommendations = useRecommendations(id);
  // Below the product: drawn in the background, in slices, once the rest of the page is up.
  const shown = useDeferredValue(recommendations.data);
  if (!shown || shown.length === 0) return null;
  return (
    <Stack component="section" gap="md" aria-labelledby="bought-together">
      <Title order={2} size="h3" id="bought-together">
        {t('product.boughtTogether')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        {shown.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProductDetails({ product }: { product: Product }) {
  const { t } = useTranslation();
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ProductImage src={product.imageUrl} alt={product.name} height={360} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Stack gap="md">
          <Title order={1}>{product.name}</Title>
          <Price price={product.price} salePrice={product.salePrice} size="xl" />
          {product.stock > 0 ? (
            <Text>{t('catalog.inStock', { count: product.stock })}</Text>
          ) : (
            <Badge color="gray" variant="light" size="lg">
              {t('catalog.outOfStock')}
            </Badge>
          )}
          <AddToCartForm product={product} />
          {product.description && (
            <Text style={{ whiteSpace: 'pre-line' }}>{product.description}</Text>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function ProductPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const product = useProduct(id);
  // The answer arrives as an urgent update; the page it fills is drawn in the background, in
  // slices, so that the main thread is never held for the whole page at once.
  const shown = useDeferredValue(product.data);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/" size="sm">
        <span aria-hidden="true">← </span>
        {t('product.back')}
      </Anchor>
      {product.isError ? (
        // 400: an address no product can have.
        hasStatus(product.error, 404) || hasStatus(product.error, 400) ? (
          <EmptyState title={t('product.notFound')} text={t('product.notFoundText')} />
        ) : (
          <ErrorAlert error={product.error} onRetry={() => void product.refetch()} />
        )
      ) : shown === undefined || shown.id !== product.data?.id ? (
        <Stack aria-busy="true" aria-label={t('product.loading')}>
          <Skeleton height={36} width="50%" />
          <Skeleton height={360} />
        </Stack>
      ) : (
        <>
          <ProductDetails product={shown} />
          <BoughtTogether id={id} />
        </>
      )}
    </Stack>
  );
}
