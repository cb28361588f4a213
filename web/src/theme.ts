// A calm, document-like look: one deep blue, system fonts (works offline in any school network),
// and text colours that keep WCAG AA contrast on white.
import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';
import { type Locale, translate } from './i18n';

const navy: MantineColorsTuple = [
  '#ecf3fb',
  '#d9e3f1',
  '#aec5e3',
  '#81a6d6',
  '#5b8bcb',
  '#4479c4',
  '#3770c2',
  '#295fac',
  '#20549a',
  '#0f4889',
];

/** Built per language: close buttons of dialogs and notices need a spoken name. */
export function makeTheme(locale: Locale): MantineThemeOverride {
  const close = { 'aria-label': translate(locale, 'common.close') };
  return createTheme({
    ...base,
    components: {
      ...base.components,
      Modal: { defaultProps: { closeButtonProps: close } },
      Notification: { defaultProps: { closeButtonProps: close } },
      Drawer: { defaultProps: { closeButtonProps: close } },
    },
  });
}

const base = createTheme({
  primaryColor: 'navy',
  primaryShade: 7,
  colors: { navy },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});

// Mantine's default "dimmed" grey and the text of light teal/orange/red badges and alerts are too
// pale for small print; these keep them at WCAG AA (4.5:1) on their backgrounds.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-placeholder': '#6c737a',
    '--mantine-color-teal-light-color': '#0b5e45',
    '--mantine-color-orange-light-color': '#a33a00',
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-yellow-light-color': '#7a5200',
  },
  dark: {},
});
