// One query client for the app. A lost session anywhere sends the person back to sign in:
// clearing the cached "me" makes the auth guard redirect.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblem } from './client';
import { meKey } from './keys';

function onError(error: unknown): void {
  if (isProblem(error, 'UNAUTHENTICATED')) queryClient.setQueryData(meKey, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Refusals (4xx) will not change on retry; only network hiccups and 5xx deserve one more try.
      retry: (count, error) => count < 1 && !(isProblem(error) && error.status >= 400 && error.status < 500),
    },
  },
});
