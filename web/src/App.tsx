// Providers in the order they depend on each other: language first, since the API client,
// Mantine's date pickers and every screen read it.
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/query-client';
import { LanguageProvider } from './i18n';
import { LocalizedShell } from './LocalizedShell';

export function App() {
  return (
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        <LocalizedShell />
      </QueryClientProvider>
    </LanguageProvider>
  );
}
