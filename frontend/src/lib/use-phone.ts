import { useMediaQuery } from '@mantine/hooks';

/** Below the theme's `sm` breakpoint (48em, 768 px): tables give way to cards there. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
