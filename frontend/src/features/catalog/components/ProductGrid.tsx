import { Card, SimpleGrid, Skeleton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Product } from '@/lib/api/schemas';
import { ProductCard } from './ProductCard';

const columns = { base: 1, xs: 2, md: 3, lg: 4 };

export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <SimpleGrid cols={columns} spacing="md">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </SimpleGrid>
  );
}

export function ProductGridSkeleton({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('catalog.loading')}</VisuallyHidden>
      <SimpleGrid cols={columns} spacing="md">
        {Array.from({ length: count }, (_, index) => (
          <Card key={index} withBorder radius="md" padding="md">
            <Card.Section>
              <Skeleton height={180} radius={0} />
            </Card.Section>
            <Skeleton height={18} mt="md" width="70%" />
            <Skeleton height={16} mt="sm" width="35%" />
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}
