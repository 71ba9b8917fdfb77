import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { describeApiError } from '../components/ui/form.ts';
import { Toasts, toast } from '../components/ui/toast.tsx';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { APP_LOCALES, type AppLocale, intlTag } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/translator.ts';
import { useLocaleState } from '../i18n/use-locale-state.ts';
import { setApiListener } from '../lib/api-client.ts';
import { loadPublicConfig, type PublicConfig } from '../lib/public-config.ts';
import { loadAppCatalog } from './app-catalogs.ts';
import { createAppRouter } from './router.tsx';
import { meQuery } from './session.tsx';
import { BrandContext } from './shell/brand-context.tsx';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; a flaky network might.
        retry: (count, error) => count < 2 && !(error && 'status' in error && Number(error.status) >= 400),
      },
    },
  });
}

export function AppRoot(props: { locale: AppLocale; catalog: Catalog; config: PublicConfig }) {
  const [queryClient] = useState(createQueryClient);
  const router = useMemo(() => createAppRouter(queryClient), [queryClient]);
  const [config, setConfig] = useState(props.config);
  const i18n = useLocaleState({
    initial: { locale: props.locale, catalog: props.catalog },
    available: APP_LOCALES,
    load: loadAppCatalog,
  });
  // The API listener lives outside React; it reads the current language through this ref.
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  useEffect(() => {
    loadPublicConfig().then(setConfig, () => undefined);
    return setApiListener({
      onError: (error) => {
        const { t, maybe } = i18nRef.current;
        toast({ tone: 'error', title: describeApiError(error, t, maybe) });
      },
      onUnauthenticated: (error) => {
        // The session ended (expired, signed out elsewhere): back to the login page, then here again.
        if (error.code !== 'COMMON.UNAUTHENTICATED') return;
        queryClient.setQueryData(meQuery.queryKey, null);
        const here = router.state.location.href;
        void router.navigate({ to: '/login', search: { redirect: here } });
      },
    });
  }, [queryClient, router]);

  return (
    <BrandContext.Provider value={config}>
      <I18nProvider value={i18n}>
        <AriaI18nProvider locale={intlTag(i18n.locale)}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
            <Toasts />
          </QueryClientProvider>
        </AriaI18nProvider>
      </I18nProvider>
    </BrandContext.Provider>
  );
}
