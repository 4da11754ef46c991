import { Anchor, Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Price } from '@/components/ui/Price';
import { ProductImage } from '@/components/ui/ProductImage';
import type { Product } from '@/lib/api/schemas';
import { AddToCartButton } from './AddToCart';

interface ProductCardProps {
  product: Product;
  withCartButton?: boolean;
}

export function ProductCard({ product, withCartButton = true }: ProductCardProps) {
  const { t } = useTranslation();
  const onSale = product.salePrice !== null && product.salePrice < product.price;
  return (
    <Card component="article" withBorder radius="md" padding="md" h="100%">
      <Card.Section>
        <ProductImage src={product.imageUrl} alt={product.name} height={180} />
      </Card.Section>
      <Stack gap="xs" mt="md" style={{ flex: 1 }}>
        <Title order={2} size="h4" lineClamp={2}>
          <Anchor component={Link} to={`/products/${String(product.id)}`} inherit>
            {product.name}
          </Anchor>
        </Title>
        <Group justify="space-between" align="center" mt="auto" gap="xs">
          <Price price={product.price} salePrice={product.salePrice} />
          <Group gap={4}>
            {onSale && <Badge color="red">{t('catalog.sale')}</Badge>}
            {product.stock === 0 && (
              <Badge color="gray" variant="light">
                {t('catalog.outOfStock')}
              </Badge>
            )}
          </Group>
        </Group>
        {withCartButton && <AddToCartButton product={product} />}
      </Stack>
    </Card>
  );
}
