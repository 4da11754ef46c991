import {
  Anchor,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  localStorageColorSchemeManager,
  rem,
  type CSSVariablesResolver,
} from '@mantine/core';

const systemFont =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** A default palette whose darkest shade is darker still, so that it carries text at 4.5:1. */
function deepened(
  name: 'teal' | 'green' | 'orange' | 'yellow',
  darkest: string,
): MantineColorsTuple {
  const shades = [...DEFAULT_THEME.colors[name]];
  shades[9] = darkest;
  return shades as unknown as MantineColorsTuple;
}

/**
 * The shop's one look: a system type scale, a 4-px spacing rhythm, a deep cyan accent.
 * Filled colours use each palette's darkest shade, so that white text on them keeps a contrast of
 * at least 4.5:1 (WCAG AA) in both light and dark (cyan 9 on white: 5.6:1).
 */
export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: { light: 9, dark: 9 },
  focusRing: 'auto',
  // Badges and filled buttons in these colours: 5.3:1 or more on their light tint and on white.
  colors: {
    teal: deepened('teal', '#06704f'),
    green: deepened('green', '#237032'),
    orange: deepened('orange', '#b33e0c'),
    yellow: deepened('yellow', '#8f4f00'),
  },
  fontFamily: systemFont,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSizes: { xs: rem(12), sm: rem(14), md: rem(16), lg: rem(18), xl: rem(22) },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.55', lg: '1.6', xl: '1.65' },
  spacing: { xs: rem(8), sm: rem(12), md: rem(16), lg: rem(24), xl: rem(32) },
  radius: { xs: rem(2), sm: rem(4), md: rem(8), lg: rem(12), xl: rem(20) },
  defaultRadius: 'md',
  headings: {
    fontFamily: systemFont,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: rem(30), lineHeight: '1.2' },
      h2: { fontSize: rem(24), lineHeight: '1.25' },
      h3: { fontSize: rem(20), lineHeight: '1.3' },
      h4: { fontSize: rem(17), lineHeight: '1.35' },
    },
  },
  breakpoints: { xs: '36em', sm: '48em', md: '62em', lg: '75em', xl: '88em' },
  components: {
    // Links inside sentences are underlined, so that they do not rely on colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A plain object, not Modal.extend(): that would put the dialog's code in every first load.
    Modal: {
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
  },
});

/** The light/dark choice is kept next to the other Turgus settings. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'turgus.color-scheme' });

/**
 * Secondary ("dimmed") text dark enough to read: Mantine's own grey gives 3.3:1 on white and
 * 4.0:1 on the dark background; these give 8.2:1 and 7.8:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
  },
});
