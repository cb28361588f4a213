// Everything that follows the chosen language: Mantine's theme (spoken names of close buttons),
// the calendars, and the router with its screens.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { useLanguage } from './i18n';
import { router } from './router';
import { cssVariablesResolver, makeTheme } from './theme';

export function LocalizedShell() {
  const { locale } = useLanguage();
  const theme = useMemo(() => makeTheme(locale), [locale]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" limit={4} />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  );
}
