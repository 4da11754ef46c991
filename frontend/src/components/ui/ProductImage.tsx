import { Center, Image } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageIcon } from './icons';

interface ProductImageProps {
  src: string | null;
  alt: string;
  height: number;
}

/** The product's picture, or a neutral placeholder when it has none (or it fails to load). */
export function ProductImage({ src, alt, height }: ProductImageProps) {
  const { t } = useTranslation();
  const [failedSrc, setFailedSrc] = useState<string | null>(null);

  if (src === null || src === failedSrc) {
    return (
      <Center
        role="img"
        aria-label={t('catalog.noPicture')}
        h={height}
        bg="var(--mantine-color-default-hover)"
        c="dimmed"
      >
        <ImageIcon size={40} />
      </Center>
    );
  }
  return (
    <Image
      src={src}
      alt={alt}
      h={height}
      // Space kept before it loads (the CSS height wins; the attributes give the proportions).
      width={height}
      height={height}
      fit="contain"
      loading="lazy"
      decoding="async"
      onError={() => {
        setFailedSrc(src);
      }}
    />
  );
}
